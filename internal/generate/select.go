package generate

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	split "studyguide/internal/sentence"
	"studyguide/internal/terms"
)

// Selection weighs the sentences an offline answer may quote.
type Selection struct {
	// KeepFraction is the least share of the best sentence's score for a
	// part of the question that another sentence needs to be quoted for
	// it too: below it, a sentence only shares the question's words.
	KeepFraction float64 `json:"keep_fraction"`
	// KeepSame is the same share for a sentence of the passage the best
	// sentence comes from, which goes on with what that one says.
	KeepSame float64 `json:"keep_same"`
	// RelatedShare is what a sentence earns for a word related to one of
	// the question's ("distinction" for "separation"), against the word.
	RelatedShare float64 `json:"related_share"`
	// PassagePower sharpens the weight of a passage's retrieval score
	// (its score against the best, to this power): the higher, the more a
	// sentence from a lower passage must say to be quoted beside the best
	// passage's.
	PassagePower float64 `json:"passage_power"`
	// PartWords is the least weight of a later part's own words (or of
	// words related to them) that a sentence must hold to be quoted for
	// that part from a passage no earlier part quoted and retrieval did
	// not rank first: one word shared by chance ("come" for "where does
	// the phrase come from?") is no evidence for it. A part pointing back
	// at what an earlier one names ("... and when was it planned to
	// appear?") asks as much of the earlier part's words in the
	// passage. 0 lets any sentence bearing on the part be quoted.
	PartWords float64 `json:"part_words"`
}

// DefaultSelection is the selection offline answers use.
var DefaultSelection = Selection{KeepFraction: 0.6, KeepSame: 0.4, RelatedShare: 0.25, PassagePower: 3, PartWords: 1.2}

// Fixed selection settings.
const (
	// perPart bounds the sentences quoted for one part of a question of
	// several, perQuestion those for a question of one part: each part
	// gets its evidence, and none crowds out the others.
	perPart     = 2
	perQuestion = 3
	// leanShare is what a word of the part a later part points back to
	// weighs in that later part ("did he like it?" leans on "the cult").
	leanShare = 0.5
	// questionFactor scales the author's own questions: they answer
	// little, but show what he thinks is open, and go in only when
	// nothing says more.
	questionFactor = 0.6
	// goesOnShare is the least share of the best sentence's score that
	// the sentence going on from a chosen one about its subject through
	// a pronoun needs (see goesOnAbout): its "he" holds only the name.
	// Fixed, not tuned: cross-validation's grid of selections holds no
	// such field.
	goesOnShare = 0.3
	// repeatFactor scales a sentence already quoted in the conversation,
	// so that a follow-up moves it on rather than repeating it.
	repeatFactor = 0.6
)

// sentence is one quotable sentence of a retrieved passage, with what its
// score reads.
type sentence struct {
	candidate
	stems map[string]bool
	// refers holds the stems of the names a sentence opening with a
	// pronoun ("He was stymied ...") points back to, from the sentence
	// before it in its passage.
	refers []string
	// weight is its passage's retrieval score, against the best, to the
	// power PassagePower; other carries the other factors of its weight
	// (an author's question, a sentence quoted before).
	weight, other float64
	// voice is how it speaks in the way the question's intent asks (see
	// retrieve.Intent.Weigh).
	voice float64
	// defines holds the stems of the words a sentence names or defines
	// ("called the gentry", "known as", "i.e.").
	defines []string
	// marked holds, for a footnote's sentence, the stems of the retrieved
	// sentence that marks the note: a note names its sources and leaves
	// its topic to the sentence it hangs from.
	marked map[string]bool
}

func (e Extractive) selection() Selection {
	if e.Selection != nil {
		return *e.Selection
	}
	return DefaultSelection
}

// selectSentences returns the sentences, from the top passages, that best
// answer each part of the question, in the order they should be read.
// Sentences found in earlier answers count for less, so that a follow-up
// moves the conversation on rather than repeating it.
//
//   - asked: the question as the user asked it; a follow-up is searched
//     with an earlier question's terms carried after it (see followUp).
func (e Extractive) selectSentences(res *retrieve.Result, asked, earlier string) []candidate {
	if len(res.Query.Named) > 0 {
		return e.fromNamed(res, earlier)
	}
	if f, ok := followUp(res, asked); ok {
		if out := e.selectFrom(f, earlier); len(out) > 0 {
			return out
		}
	}
	return withCitations(e.selectFrom(res, earlier), res)
}

// followUp returns res as a follow-up asks it, when the question was
// searched with the terms of an earlier one carried after it in
// parentheses ("Who stopped him? (Caesar, all-powerful)"; see
// answer.Carry): the follow-up's own words are what it asks, and the
// carried terms only say who "him" is and what the talk was of. Read as a
// part of their own, they would answer the earlier question again. The
// parts holding only carried terms are left out, and the others lean on
// those terms. It reports false, leaving res as it is, for a question
// that is no such follow-up or has no words of its own ("Why?").
func followUp(res *retrieve.Result, asked string) (*retrieve.Result, bool) {
	q := res.Query
	if asked == "" || len(q.Asked) <= len(asked) || !strings.HasPrefix(q.Asked, asked) {
		return res, false
	}
	tail := strings.TrimSpace(q.Asked[len(asked):])
	if !strings.HasPrefix(tail, "(") || !strings.HasSuffix(tail, ")") {
		return res, false
	}
	carried := map[string]bool{}
	for _, st := range terms.Stems(tail) {
		carried[st] = true
	}
	for _, st := range terms.Stems(asked) {
		delete(carried, st)
	}
	var leans []string
	for _, st := range q.Stems {
		if carried[st] {
			leans = append(leans, st)
		}
	}
	var parts []retrieve.Part
	for _, p := range q.Parts {
		own := slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool { return carried[st] })
		if len(own) == 0 {
			continue
		}
		lean := slices.Clone(p.Leans)
		for _, st := range leans {
			if !slices.Contains(lean, st) {
				lean = append(lean, st)
			}
		}
		parts = append(parts, retrieve.Part{Stems: own, Leans: lean})
	}
	if len(parts) == 0 || len(leans) == 0 {
		return res, false
	}
	cq := *q
	cq.Parts = parts
	cr := *res
	cr.Query = &cq
	return &cr, true
}

// selectFrom is selectSentences for a question that names no passage.
func (e Extractive) selectFrom(res *retrieve.Result, earlier string) []candidate {
	out, dropped := e.choose(res, earlier, nil, readable)
	if len(dropped) == 0 {
		return out
	}
	skip := map[[2]int]bool{}
	for _, k := range dropped {
		skip[k] = true
	}
	// Asked one thing, a sentence of the best passage dropped for what it
	// leans on leaves its room to the next best, which is chosen as if it
	// had never been there: the sentence after it in the best passage
	// often says what the question asks ("Truth, thus held, is but one
	// superstition the more.").
	if len(out) > 0 && len(res.Query.Parts) == 1 && slices.ContainsFunc(dropped, func(k [2]int) bool { return k[0] == 0 }) {
		if again, _ := e.choose(res, earlier, skip, readable); len(again) > 0 {
			return again
		}
	}
	if len(out) > 0 {
		return out
	}
	// Every sentence chosen leaned on one that could not be quoted. The
	// next best that can be read alone answer instead; failing those, a
	// note is quoted from its start, the best a reader can be given:
	// retrieval found the question addressed, and an answer of nothing
	// would say the text is silent.
	if out, _ = e.choose(res, earlier, skip, readable); len(out) > 0 {
		return out
	}
	out, _ = e.choose(res, earlier, nil, fromStart)
	return out
}

// choose is selectSentences with the sentences of skip (rank, index) left
// out, and what a sentence leaning out of its passage needs set by lean
// (see withAntecedents). It also returns the sentences withAntecedents
// dropped.
func (e Extractive) choose(res *retrieve.Result, earlier string, skip map[[2]int]bool, lean leaning) ([]candidate, [][2]int) {
	sel := e.selection()
	q, cues := withCues(res.Query, res.Hits)
	if hasIntent(res) {
		q = withoutAsking(q)
	}
	if q != res.Query {
		cp := *res
		cp.Query = q
		res = &cp
	}
	// The words of the question are weighed, and its sentences judged,
	// among the first maxPassages hits alone; a hit after them that a
	// part ranks first (see quotedFrom) adds its sentences for that part
	// without moving the rest.
	all := res.Hits[:quotedFrom(res)]
	stems := sentenceStems(all)
	hits := all[:min(len(all), maxPassages)]
	weights := questionWeights(res.Query, res.StandIns, stems[:len(hits)])
	sents := aboutJudged(gather(all, res.Hits, stems, earlier, res.Query, sel.PassagePower), res.Query, res.Hits)
	applyCues(sents, cues, weights)
	if q := withoutUnheld(res.Query, sentencesAbove(sents, maxPassages)); q != res.Query {
		cp := *res
		cp.Query = q
		res = &cp
	}
	var chosen []candidate
	lead := map[int]int{}
	taken := map[[2]int]bool{}
	perPsg := map[essay.Ref]int{}
	// provisional holds the first part's sentences from a passage below
	// the part's best that say in fewer of its words what a sentence
	// quoted for it says (see saidBetter), and hold no later part's
	// word: addsNothing lets them in for their passage's words of a later
	// part, and they stay only when a later part is answered there.
	provisional := map[[2]int]bool{}
	limit := perQuestion
	if len(res.Query.Parts) > 1 {
		limit = perPart
	}
	// The passages' retrieval scores rank them for the question as a
	// whole, and for its first part; a later part ("... and did he like
	// it?"), and a question asked of the text itself, whose ranking the
	// passages' voice shaped, are matched against the retrieved passages
	// on their own words alone.
	flat := hasIntent(res) && len(res.Query.Stems) == 0
	firstWeight := firstWeights(all, sents, res.Query.Parts, weights, sel.PassagePower)
	// Asked where a claim can be read, the note answers, not the sentence
	// making the claim in the question's words.
	reading := asksReading(res.Query)
	single := len(res.Query.Parts) == 1
	ps := partScores{of: make([][]float64, len(res.Query.Parts)), best: make([]float64, len(res.Query.Parts))}
	// Whether a sentence leans back is read once: the sort below compares
	// mostly tied scores, and would run the pronoun and demonstrative
	// patterns on every comparison (most of eval's time).
	leans := make([]bool, len(sents))
	at := map[[2]int]int{}
	for i, s := range sents {
		leans[i] = leansBack(s.passage, s.text)
		at[[2]int{s.rank, s.index}] = i
	}
	for part, p := range res.Query.Parts {
		scores := make([]float64, len(sents))
		ps.of[part] = scores
		best, covered := 0.0, 0.0
		bestAt, coverer := -1, -1
		owns := make([]bool, len(sents))
		for i, s := range sents {
			var bears bool
			scores[i], bears, owns[i] = sel.score(s, p, res, weights)
			if part == 0 && !flat && !(s.covers(p) && !reading) {
				// How a sentence speaks is its own, whatever its
				// passage's rank: only what it says of the subject is
				// weighed by the passage.
				v := s.spoken(bears, p, weights)
				scores[i] = (scores[i]-v)*firstWeight(s) + v
			}
			scores[i] *= s.other
			if !bears || !quotesFor(res, s, part) {
				scores[i] = 0
			}
			if taken[[2]int{s.rank, s.index}] {
				if scores[i] > covered {
					covered, coverer = scores[i], i
				}
				scores[i] = 0
			}
			if scores[i] > best {
				best, bestAt = scores[i], i
			}
		}
		best, bestAt = outscoring(sents, scores, p, covered, best, bestAt)
		if part == 0 && best > 0 && !flat {
			best = ownFirst(sents, scores, owns, p, res.Query)
		}
		if single && !flat && !asksForQuestions(res.Query.Words) && asksWh(res.Query.Words) {
			best = capQuestions(sents, scores, owns, p, weights, asksWhy(res.Query.Words))
		}
		// A sentence skipped still sets the bar: the next best answer
		// beside it, or nothing does.
		for i, s := range sents {
			if skip[[2]int{s.rank, s.index}] {
				scores[i] = 0
			}
		}
		ps.best[part] = best
		// A later part the answer already answers ("Who was the minister
		// and what did the premier do for him?", both in one sentence)
		// needs no more: another sentence would only share its words.
		if best <= 0 && covered <= 0 && part > 0 && !flat && len(chosen) < maxSentences {
			if i := ofThing(sents, p, chosen, taken, leans, weights, writtenNames(res.Hits)); i >= 0 {
				s := sents[i]
				taken[[2]int{s.rank, s.index}] = true
				perPsg[s.passage.Ref]++
				c := s.candidate
				c.part, c.pick = part, len(chosen)+1
				lead[part] = c.rank
				chosen = append(chosen, c)
			}
		}
		if best <= 0 || part > 0 && covered >= sel.KeepFraction*best && saysAll(sents[coverer], sents[bestAt], p) && holdsNew(sents[coverer], p, res.Query.Parts[:part]) &&
			!(rollOfNames(sents[coverer].text) && best >= covered) {
			continue
		}
		weighed := part == 0 && !flat
		order := make([]int, len(sents))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool {
			i, j := order[a], order[b]
			if scores[i] != scores[j] {
				return scores[i] > scores[j]
			}
			// Of two sentences holding all the words of the part the
			// passages' retrieval scores weigh, the one in the passage
			// ranked higher answers more often: such a sentence scores
			// alike in any passage (see covers), and the one ranked
			// lower may only name the thing in passing ("rather than the
			// Red vs expert contradiction in itself"). Otherwise, one
			// read alone
			// needs nothing quoted before it; of those, the one saying
			// less else says it more directly ("In fact, X was never
			// all-powerful." before "we have been conditioned to think
			// of X as an all-powerful dictator").
			if weighed && sents[i].rank != sents[j].rank && sents[i].covers(p) && sents[j].covers(p) {
				return sents[i].rank < sents[j].rank
			}
			if leans[i] != leans[j] {
				return leans[j]
			}
			return len(sents[i].stems) < len(sents[j].stems)
		})
		if single && !flat {
			floor := min(sel.KeepFraction, sel.KeepSame) * best
			// Asked of the text itself, the sentence speaking most as
			// asked leads, whatever its passage's rank.
			if !hasIntent(res) {
				leadFromBest(order, sents, scores, floor, cueStems(cues, part))
			}
			if !asksForQuestions(res.Query.Words) && asksWh(res.Query.Words) {
				leadWithStatement(order, sents, scores, owns, floor, heldPart(sents, p), weights, asksWhy(res.Query.Words))
			}
			if res.Query.AsksWhatIs {
				leadWithDefinition(order, sents, scores, floor, p)
			}
		}
		// A later part pointing back to a thing an earlier one names
		// ("and what does the critic conclude from that?") is answered where
		// the earlier part was, when a sentence there bears on it well
		// enough to be quoted: another passage's sentence shares its
		// words, not its subject. ("And did he blame his teacher?" may ask of
		// someone the earlier part never named.)
		var near map[*essay.Passage]bool
		if part > 0 && len(p.Leans) > 0 && p.Thing && !flat {
			quoted := map[*essay.Passage]bool{}
			for _, c := range chosen {
				quoted[c.passage] = true
			}
			for _, i := range order {
				if quoted[sents[i].passage] && scores[i] > 0 && scores[i] >= sel.KeepSame*best {
					near = quoted
					break
				}
			}
		}
		n := 0
		top := sents[order[0]].passage
		bar := keepBar(best, sents, scores, p, weights)
		said := map[string]bool{}
		var heard []sentence
		for _, i := range order {
			s := sents[i]
			if n == limit || len(chosen) == maxSentences || scores[i] < min(sel.KeepFraction, sel.KeepSame)*bar {
				break
			}
			// A part all framing ("What sources does he rely on?") shares
			// no word by chance, and its sentences speak as asked in a
			// few steps: another passage's needs half way from the share
			// the best passage's need to the usual one.
			keep := sel.KeepFraction
			if len(p.Stems) == 0 {
				keep = (sel.KeepFraction + sel.KeepSame) / 2
			}
			if s.passage != top && scores[i] < keep*bar || s.passage == top && scores[i] < sel.KeepSame*bar {
				continue
			}
			// Another passage's sentence holding none of the part's own
			// words, only words standing in for them ("surely" for
			// "reliable"), shares a sense at best.
			if n > 0 && s.passage != top && !owns[i] && len(p.Stems) > 0 {
				continue
			}
			// Asked one thing, another passage's sentence that adds
			// nothing is left out. So it is for the first part of a
			// question of several ("rather than the "Red vs expert"
			// contradiction in itself" beside the sentence saying what
			// the contradiction is). A later part keeps its two
			// sentences: the second passage is often the one the part
			// asks for.
			if (single || part == 0) && n > 0 && s.passage != top && addsNothing(s, p, said, res.Query.Parts[part+1:]) {
				continue
			}
			repeats := part == 0 && !single && n > 0 && s.passage != top && saidBetter(s, p, heard) &&
				!slices.ContainsFunc(res.Query.Parts[1:], func(o retrieve.Part) bool { return slices.ContainsFunc(o.Stems, s.holds) })
			// Asked one thing of its subject, the passage that answers it
			// best answers it: another passage's sentence sharing its
			// words comes from a passage that answers the question in
			// about a third of the question sets' answers, and in the
			// rest is filler beside the answer. (Asked of the text itself,
			// its sources or its stance, several passages may each name
			// one; and the author's question scoring above the statement
			// that leads in its place is evidence too: "Would the
			// implementation ... have worked, both ...?" names what was
			// asked.)
			if near != nil && !near[s.passage] {
				continue
			}
			if single && n > 0 && s.passage != top && !hasIntent(res) && (!s.question || scores[i] <= scores[order[0]]) {
				continue
			}
			if part > 0 && !flat && sel.chance(s, p, res, chosen, part, weights) {
				continue
			}
			// A later part's evidence from a passage no earlier part
			// quoted holds one of the part's own words, or a form of one
			// (see holdsKin): one holding only the earlier part's words,
			// or words related in sense ("demonstrated" beside "who told
			// her about it?"), answers the earlier part again, or shares
			// a sense by chance.
			if part > 0 && !flat && !owns[i] && len(p.Stems) > 0 && !holdsKin(s, p, res.Query.Related) &&
				!slices.ContainsFunc(chosen, func(c candidate) bool { return c.passage == s.passage && c.part < part }) &&
				!saysOfThing(s, p, res) {
				continue
			}
			key := [2]int{s.rank, s.index}
			if taken[key] || perPsg[s.passage.Ref] == perQuestion {
				continue
			}
			taken[key] = true
			perPsg[s.passage.Ref]++
			if repeats {
				provisional[key] = true
			}
			c := s.candidate
			c.score, c.part, c.pick = scores[i], part, len(chosen)+1
			c.held = len(heldStems(s, p))
			if n == 0 {
				lead[part] = c.rank
				c.lead = single && s.rank == 0
			}
			chosen = append(chosen, c)
			n++
			for _, st := range p.Stems {
				if s.holds(st) {
					said[st] = true
				}
			}
			heard = append(heard, s)
			// The sentence going on about the same subject through "he"
			// says more of it ("In fact, X was never all-powerful. He was
			// stymied by ..."), though its pronoun holds only the name.
			// Asked several things, it may answer a later part, which
			// then chooses it on its own words.
			j := goesOnAbout(sents, i, p, at)
			if !single || j < 0 || n == limit || len(chosen) == maxSentences || scores[j] <= 0 || skip[[2]int{sents[j].rank, sents[j].index}] ||
				taken[[2]int{sents[j].rank, sents[j].index}] || perPsg[s.passage.Ref] == perQuestion || scores[j] < goesOnShare*best {
				continue
			}
			taken[[2]int{sents[j].rank, sents[j].index}] = true
			perPsg[s.passage.Ref]++
			g := sents[j].candidate
			g.score, g.part, g.pick = scores[j], part, len(chosen)+1
			chosen = append(chosen, g)
			n++
		}
	}
	chosen = withoutRepeats(chosen, provisional)
	if !single && !flat {
		chosen = withSourced(chosen, res, sents, ps, sel.KeepSame)
		chosen = withBest(chosen, sents, ps, taken, sel.KeepSame, res.Query.Parts)
	}
	// Asked which paragraph says a thing, one place answers: another
	// passage's sentence sharing its words would name a second.
	if single && len(chosen) > 0 && asksWhichPassage(res.Query.Words) {
		first := chosen[0].passage
		chosen = slices.DeleteFunc(chosen, func(c candidate) bool { return c.passage != first })
	}
	if single {
		chosen = withoutAsides(chosen, sents, at, lead, res.Query.Parts)
	}
	if single && !flat {
		var verdict int
		if chosen, verdict = withVerdict(chosen, res); verdict >= 0 {
			lead[0] = verdict
		} else if chosen, verdict = withOwnVerdict(chosen, res); verdict >= 0 {
			lead[0] = verdict
		}
	}
	for k, c := range chosen {
		chosen[k].unnamed = pointsBefore(e.corpus, c.passage, res.Query.Stems)
	}
	// A chosen note's marking sentence, and a chosen sentence's note, may
	// come from any passage retrieved.
	asks := asksReading(res.Query)
	out, dropped := withAntecedents(withMarkers(chosen, res.Hits), nil, lean)
	out = withNotes(out, res.Hits, asks)
	// Each part opens with the passage of the sentence that answers it
	// best, whatever its rank.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		ra, rb := rankFirst(a.rank, lead[a.part]), rankFirst(b.rank, lead[b.part])
		switch {
		case a.part != b.part:
			return a.part < b.part
		case ra != rb:
			return ra < rb
		}
		return inText(a, b)
	})
	return antecedentsFirst(answerFirst(byPassage(out))), dropped
}

// withoutAsides drops from chosen each sentence of a passage other than
// the one its part opens with that cannot be read without the sentence
// before it, when that sentence holds none of the part's words and is not
// chosen itself: quoted beside the answer, it would bring a sentence that
// answers nothing to say what its "this" means ("As any reader will
// see, I think this matters a great deal", beside the passage that
// answers). A part's only sentence stays; choose asks it only of a
// question of one part, since asked several things, a later part's
// evidence from another passage is often all the part gets.
//
//   - at: each sentence's index in sents by (rank, index).
//   - lead: the rank of the passage each part opens with.
func withoutAsides(chosen []candidate, sents []sentence, at map[[2]int]int, lead map[int]int, parts []retrieve.Part) []candidate {
	return slices.DeleteFunc(slices.Clone(chosen), func(c candidate) bool {
		if c.rank == lead[c.part] || c.index == 0 || !leansBack(c.passage, c.text) {
			return false
		}
		if !slices.ContainsFunc(chosen, func(o candidate) bool { return o.part == c.part && o != c }) {
			return false
		}
		k := [2]int{c.rank, leansOn(c.passage, c.index)}
		if slices.ContainsFunc(chosen, func(o candidate) bool { return [2]int{o.rank, o.index} == k }) {
			return false
		}
		i, ok := at[k]
		return !ok || !slices.ContainsFunc(parts[c.part].Stems, sents[i].holds)
	})
}

// answerFirst orders the sentences of each passage by what they answer:
// a run of sentences each leaning on the one before it ("In fact, X was
// never all-powerful. He was stymied by ..."), or a note read after the
// sentence marking it, reads as one, in the order of the text, and the
// runs of a passage go best first, by the best score among them. In the
// order of the text, a sentence that only sets the scene would open the
// answer before the one that answers; the author's questions alone set
// no scene, and a passage quoted only for them reads in the text's order.
// The passages keep their order.
//
//   - out: the answer in byPassage's order.
func answerFirst(out []candidate) []candidate {
	type run struct {
		members []candidate
		// passage counts the passages before the run's in out.
		passage int
		score   float64
		// pick is the first turn in which a sentence of the run was
		// chosen (see candidate.pick).
		pick int
	}
	first := func(a, b int) int {
		if a == 0 || b != 0 && b < a {
			return b
		}
		return a
	}
	var runs []run
	passage := 0
	for i, c := range out {
		if i > 0 && c.rank == out[i-1].rank && joins(c, out[i-1]) {
			r := &runs[len(runs)-1]
			r.members = append(r.members, c)
			r.score = max(r.score, c.score)
			r.pick = first(r.pick, c.pick)
			continue
		}
		if i > 0 && c.rank != out[i-1].rank {
			passage++
		}
		runs = append(runs, run{members: []candidate{c}, passage: passage, score: c.score, pick: c.pick})
	}
	// A passage quoted only for its author's questions, for one part,
	// reads in the text's order: best first, a run of questions jumps
	// about in his argument ("What forms of leadership contradict these
	// goals?" before "What is the proper role of a party?").
	asking := map[int]bool{}
	for k, r := range runs {
		prev := k > 0 && runs[k-1].passage == r.passage
		asking[r.passage] = allAsk(r.members) && (!prev || asking[r.passage] && runs[k-1].members[0].part == r.members[0].part)
	}
	sort.SliceStable(runs, func(i, j int) bool {
		a, b := runs[i], runs[j]
		switch {
		case a.passage != b.passage:
			return a.passage < b.passage
		case asking[a.passage]:
			return a.members[0].index < b.members[0].index
		case a.score != b.score:
			return a.score > b.score
		}
		return first(a.pick, b.pick) == a.pick && a.pick != b.pick
	})
	res := make([]candidate, 0, len(out))
	for _, r := range runs {
		res = append(res, r.members...)
	}
	return res
}

// allAsk reports whether the sentences ms, a run of one passage, are
// all the author's own questions for one part of the question.
func allAsk(ms []candidate) bool {
	return !slices.ContainsFunc(ms, func(c candidate) bool { return !c.question || c.part != ms[0].part })
}

// keepBar returns the score the sentences of part p are kept against:
// the best score a sentence earns without the weight of reasonStem, at
// most best. The cue ranks the reason first; it does not make the
// passage's other sentences bearing on the part ("From there ... higher
// pay was necessary to ...") answer it less, nor a sentence it lifts
// above the best let in more beside it.
func keepBar(best float64, sents []sentence, scores []float64, p retrieve.Part, weights map[string]float64) float64 {
	if !slices.Contains(p.Stems, reasonStem) {
		return best
	}
	bar := 0.0
	for i, s := range sents {
		v := scores[i]
		if s.holds(reasonStem) {
			v -= weights[reasonStem]
		}
		bar = max(bar, v)
	}
	if bar <= 0 {
		return best
	}
	return min(bar, best)
}

// joins reports whether c, read right after prev in its passage, belongs
// with it: a note read after the sentence marking it, or the next
// sentence of the text, or the next past an aside (see leansOn), when it
// leans on prev (see leansBack, continues).
func joins(c, prev candidate) bool {
	switch {
	case c.followsMarker:
		return c.index == prev.index
	case c.index != prev.index+1 && leansOn(c.passage, c.index) != prev.index:
		return false
	}
	return leansBack(c.passage, c.text) || continues(c.text)
}

// goesOnAbout returns the index in sents of the sentence right after
// sents[i] in its passage when a person's pronoun leads it ("He was
// stymied by ...") and points back to a name of part p that sents[i]
// holds: it goes on about the one the part asks of. Else -1.
//
//   - at: each sentence's index in sents by (rank, index).
func goesOnAbout(sents []sentence, i int, p retrieve.Part, at map[[2]int]int) int {
	s := sents[i]
	j, ok := at[[2]int{s.rank, s.index + 1}]
	if !ok {
		return -1
	}
	next := sents[j]
	if !personal[split.LeadingPronoun(next.text)] || split.BareDemonstrative(next.text) >= 0 {
		return -1
	}
	if !slices.ContainsFunc(next.refers, func(st string) bool { return s.stems[st] && slices.Contains(p.Stems, st) }) {
		return -1
	}
	return j
}

// holdsKin reports whether s holds a form of one of part p's own words
// that the stemmer keeps apart from it ("suspect" for "suspicion",
// "imagination" for "image"): a word related to it that opens with the
// same kinLetters letters. A word related only in sense ("spoke" for
// "talking", "demonstrated" for "told") may share a sense by chance.
func holdsKin(s sentence, p retrieve.Part, related map[string][]string) bool {
	return slices.ContainsFunc(p.Stems, func(st string) bool {
		return slices.ContainsFunc(related[st], func(t string) bool { return s.stems[t] && kin(st, t) })
	})
}

// saysOfThing reports whether s answers a later part p that points back
// at a thing ("and what was it hiding?") in other words: the text holds
// none of the part's own words, and s holds a word standing in for one of
// them beside a word of the thing pointed back to ("The cult disguised
// these struggles."), opening a paragraph that goes on from one retrieved
// naming the thing (see afterHolder). A word standing in alone may share
// a sense by chance ("forces" for "asserted"); with the thing named where
// the text takes it up again, the sentence says it of that thing.
func saysOfThing(s sentence, p retrieve.Part, res *retrieve.Result) bool {
	leans := slices.DeleteFunc(slices.Clone(p.Leans), func(st string) bool { return defining[st] })
	if !p.Thing || s.index > 0 || !afterHolder(s.passage, res.Hits, leans) {
		return false
	}
	in := map[string]bool{}
	for _, st := range p.Stems {
		kin, absent := res.Query.StandIns[st]
		if !absent {
			return false
		}
		for _, t := range kin {
			if s.stems[t] {
				in[t] = true
			}
		}
	}
	// One word read both ways ("demonstrated" standing in for "told" and
	// holding "demonstration") says nothing of the thing.
	return len(in) > 0 && slices.ContainsFunc(leans, func(st string) bool { return !in[st] && s.holds(st) })
}

// kinLetters is how many opening letters two forms of a word share.
const kinLetters = 4

// kin reports whether stems a and b open with the same kinLetters
// letters.
func kin(a, b string) bool {
	return len(a) >= kinLetters && len(b) >= kinLetters && a[:kinLetters] == b[:kinLetters]
}

// rollOfNames reports whether a sentence names at least minRoll people
// or things in a row, joined by commas and "and" ("ready to confront
// ex-Governor Chamberlain, Bishop Fitzgerald, Bishop Haygood and good
// Miss Frances Willard"): it says one thing of them all, and answers no
// later part asking what one of them said or did, though it holds that
// one's name, when another sentence holds as much of that part. (A
// title's words read as a roll too, "Let History Judge: The Origins and
// Consequences", which is why another sentence must hold as much.)
func rollOfNames(text string) bool {
	run, best := 0, 0
	in := false
	// gap holds the words in lower case since the last name, and joined
	// whether the last name ended with a comma or one of them is "and".
	var gap []string
	joined := false
	for i, f := range strings.Fields(text) {
		w := strings.Trim(f, "\"“”'‘’(),;:.!?")
		name := i > 0 && w != "" && w != "I" && unicode.IsUpper([]rune(w)[0])
		switch {
		case name && !in:
			if run > 0 && joined && len(gap) <= 2 {
				run++
			} else {
				run = 1
			}
			best = max(best, run)
			in, gap, joined = true, nil, false
		case !name:
			in = false
			gap = append(gap, w)
			joined = joined || w == "and" || w == "or"
		}
		if name && strings.HasSuffix(f, ",") {
			in, joined = false, true
		}
	}
	return best >= minRoll
}

// minRoll is the least number of names a roll holds.
const minRoll = 3

// saysAll reports whether sentence a, quoted for an earlier part, holds
// every word of part p that b, the best of the others for p, holds: then
// it answers p as b would. Sharing one of p's words and leaning on the
// part before ("... and what does he blame for it instead of
// emancipation?" after a sentence on emancipation) it does not.
func saysAll(a, b sentence, p retrieve.Part) bool {
	return !slices.ContainsFunc(p.Stems, func(st string) bool { return b.holds(st) && !a.holds(st) })
}

// partScores are what choose weighed the sentences at for each part of
// the question: of holds each part's score of every sentence, best each
// part's best score. The answer's later steps (withSourced, withBest)
// read them to add what a part still lacks.
type partScores struct {
	of   [][]float64
	best []float64
}

// withSourced adds to the answer, for a later part asking for the
// evidence of what an earlier part asked ("Did he condemn the cult, and
// where does the writer get his proof?", "... and which note backs it?"),
// the footnote a sentence quoted for an earlier part marks, when it was
// retrieved and nothing quoted for the later part is a note: the note is
// where the claim comes from, whatever words it shares with the part.
// When no sentence quoted for an earlier part marks a retrieved note, the
// earlier part's best sentence that does, scoring as a sentence kept
// beside the part's best (see withMarked), is quoted for it with its note:
// asked for the source of a claim, the claim the author gives a source
// for is the one meant.
//
//   - sents, ps: the sentences weighed and each part's scores of them.
func withSourced(chosen []candidate, res *retrieve.Result, sents []sentence, ps partScores, keep float64) []candidate {
	for part, p := range res.Query.Parts {
		if part == 0 || !asksSource(p) {
			continue
		}
		// A part asking only for the source, in no word of its own
		// ("what's his source for that?"), is answered by the claim's
		// note alone: a sentence chosen for it otherwise only speaks of
		// sources in general.
		if len(p.Stems) == 0 {
			chosen = slices.DeleteFunc(slices.Clone(chosen), func(c candidate) bool { return c.part == part })
		}
		if len(chosen) >= maxSentences || slices.ContainsFunc(chosen, func(c candidate) bool { return c.part == part && c.passage.Ref.Kind == essay.Note }) {
			continue
		}
		// A part naming the claim it asks the source of ("... and which
		// note backs up his statements against the cult?") makes it
		// itself; one pointing back ("... and what's his source for
		// that?") asks of the part before.
		claim := part - 1
		if slices.ContainsFunc(p.Stems, func(st string) bool { return !sourcing[st] && !slices.Contains(p.Leans, st) }) {
			claim = part
		}
		note, ok := sourceOf(chosen, res.Hits, claim)
		if !ok {
			if chosen, ok = withMarked(chosen, res.Hits, sents, ps, keep, claim); !ok {
				continue
			}
			// The marked sentence's note may be quoted already, for
			// another part: then there is no note to add.
			if note, ok = sourceOf(chosen, res.Hits, claim); !ok {
				continue
			}
		}
		note.part = part
		chosen = append(chosen, note)
		chosen[len(chosen)-1].part, chosen[len(chosen)-1].pick = part, len(chosen)
	}
	return chosen
}

// asksSource reports whether part p asks for the source of a claim, in its
// content stems or its words ("source" may ask of the text itself, and be
// read as its intent rather than a stem).
func asksSource(p retrieve.Part) bool {
	return slices.ContainsFunc(p.Stems, func(st string) bool { return sourcing[st] }) ||
		slices.ContainsFunc(p.Words, func(w string) bool { return sourcing[terms.Stem(w)] })
}

// sourceOf returns the first quotable sentence of the retrieved footnote
// that a sentence chosen for part claim or one before it marks, when no
// sentence of that note is chosen yet.
func sourceOf(chosen []candidate, hits []retrieve.Hit, claim int) (candidate, bool) {
	for _, c := range chosen {
		n := c.passage.Sentences[c.index].Note
		if c.part > claim || c.passage.Ref.Kind != essay.Paragraph || n == 0 {
			continue
		}
		ref := c.passage.NoteRef(n)
		for rank, h := range hits {
			if h.Passage.Ref != ref || slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == h.Passage }) {
				continue
			}
			for i, st := range h.Passage.Sentences {
				if quotable(st) {
					return candidate{passage: h.Passage, rank: rank, index: i, text: st.Text, question: st.Question}, true
				}
			}
		}
	}
	return candidate{}, false
}

// withMarked adds to chosen, for part claim, its best-scoring sentence
// marking a retrieved footnote, when it scores at least keep of that
// part's best; it reports whether it added one.
func withMarked(chosen []candidate, hits []retrieve.Hit, sents []sentence, ps partScores, keep float64, claim int) ([]candidate, bool) {
	scores, best := ps.of[claim], ps.best[claim]
	at := -1
	for i, s := range sents {
		n := s.passage.Sentences[s.index].Note
		if s.passage.Ref.Kind != essay.Paragraph || n == 0 || scores[i] < keep*best ||
			!slices.ContainsFunc(hits, func(h retrieve.Hit) bool { return h.Passage.Ref == s.passage.NoteRef(n) }) {
			continue
		}
		if at < 0 || scores[i] > scores[at] {
			at = i
		}
	}
	if at < 0 || slices.ContainsFunc(chosen, func(c candidate) bool { return c.passage == sents[at].passage && c.index == sents[at].index }) {
		return chosen, false
	}
	c := sents[at].candidate
	c.score, c.part, c.pick = scores[at], claim, len(chosen)+1
	return append(chosen, c), true
}

// sourcing holds the stems of the words asking for a claim's evidence.
var sourcing = stemSet("proof", "prove", "evidence", "source", "sources", "cite", "cites", "documented", "reference", "note", "footnote")

// holdsNew reports whether sentence a holds a word of part p that no
// earlier part asks of, or p adds no such word: a sentence quoted for an
// earlier part answers a later one only in what the later one adds.
// Asked "Who did he blame in the speech, and what is the author writing
// about that speech?", the sentence naming the speech for the first part
// says nothing of what the author writes.
func holdsNew(a sentence, p retrieve.Part, earlier []retrieve.Part) bool {
	added := false
	for _, st := range p.Stems {
		if slices.ContainsFunc(earlier, func(e retrieve.Part) bool { return slices.Contains(e.Stems, st) }) {
			continue
		}
		if a.holds(st) {
			return true
		}
		added = true
	}
	return !added
}

// byPassage gathers the sentences of each passage where the first of them
// stands, in the order of the text: a passage quoted for two parts reads
// once, and a sentence whose "he" an earlier one names follows it.
func byPassage(out []candidate) []candidate {
	first := map[int]int{}
	for i, c := range out {
		if _, ok := first[c.rank]; !ok {
			first[c.rank] = i
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if first[a.rank] != first[b.rank] {
			return first[a.rank] < first[b.rank]
		}
		return inText(a, b)
	})
	return out
}

// inText reports whether a comes before b in their passage: by sentence,
// a note after the sentence marking it, then by the note's sentence.
func inText(a, b candidate) bool {
	switch {
	case a.index != b.index:
		return a.index < b.index
	case a.followsMarker != b.followsMarker:
		return b.followsMarker
	}
	return a.noteIndex < b.noteIndex
}

// withBest adds to the answer to a question of several parts the best
// passage's sentence that bears most on one of them, when no part quoted
// that passage: retrieval found it the best for the question as a whole
// ("What was the cult of personality and did he like it?" finds the
// passage saying he condemned it), though the words of each part alone
// can favour others.
//
//   - ps: each part's sentence scores and its best score, without the
//     sentences taken.
//   - keep: the least share of its part's best a sentence needs.
//   - parts: the question's parts, which scores are of.
func withBest(chosen []candidate, sents []sentence, ps partScores, taken map[[2]int]bool, keep float64, parts []retrieve.Part) []candidate {
	if slices.ContainsFunc(chosen, func(c candidate) bool { return c.rank == 0 }) || len(chosen) == maxSentences {
		return chosen
	}
	pick, part, share := -1, 0, keep
	for pt, sc := range ps.of {
		for i, s := range sents {
			if s.rank != 0 || ps.best[pt] <= 0 || taken[[2]int{s.rank, s.index}] {
				continue
			}
			if r := sc[i] / ps.best[pt]; r >= share && (pick < 0 || r > share) {
				pick, part, share = i, pt, r
			}
		}
	}
	if pick < 0 {
		return chosen
	}
	c := sents[pick].candidate
	c.score, c.part, c.held = ps.of[part][pick], part, len(heldStems(sents[pick], parts[part]))
	return append(chosen, c)
}

// leadFromBest moves the best sentence of the best passage retrieved to
// the head of order, when one of its sentences scores enough to be quoted:
// retrieval weighed every passage with the vectors and the notes
// beside it, which the words of one sentence cannot, and its first
// passage answers more often than the passage of the sentence sharing
// most words with the question. The others keep their order.
//
// A sentence that leans on the one before it ("He was ...", "But this
// excuse is not ...") is not moved: the sentence it leans on would open
// the answer, and that one answers nothing the best sentence does not.
// Nor is anything moved when the best sentence is the best passage's
// already.
//
//   - order: sentence indexes, best score first.
//   - floor: the least score a sentence is quoted with. Moving a sentence
//     below it to the head would end the answer before it began: the
//     choosing stops at the first sentence under the floor.
//   - cued: the part's stems a cue reads into sentences (see cue): a
//     sentence that does with the person what the question asks answers
//     it, whatever its passage's rank, and one that does not may not
//     lead in its place.
func leadFromBest(order []int, sents []sentence, scores []float64, floor float64, cued []string) {
	if len(order) == 0 {
		return
	}
	head := sents[order[0]]
	if head.rank == 0 {
		return
	}
	leadWith(order, scores, floor, func(i int) bool {
		return sents[i].rank == 0 && !leansBack(sents[i].passage, sents[i].text) && !continues(sents[i].text) &&
			!slices.ContainsFunc(cued, func(st string) bool { return head.stems[st] && !sents[i].stems[st] })
	})
}

// leadWith moves to the head of order the first sentence that ok admits,
// among those scoring at least floor (see leadFromBest).
func leadWith(order []int, scores []float64, floor float64, ok func(i int) bool) {
	for k, i := range order {
		if scores[i] <= 0 || scores[i] < floor {
			return
		}
		if ok(i) {
			toHead(order, k)
			return
		}
	}
}

// toHead moves order[k] to the head of order, keeping the rest in turn.
func toHead(order []int, k int) {
	i := order[k]
	copy(order[1:k+1], order[:k])
	order[0] = i
}

// leadWithStatement moves to the head of order the best sentence that
// states something, preferring the best passage's, when one of the
// author's questions heads it and such a sentence scores enough to be
// quoted: asked why wages rose, the author asking whether high wages
// were wise says less than the sentence saying they were thought needed
// to hire engineers. The question may still follow it. Asked whether, the
// author's question may be all the text says, and keeps its place; so
// does one asking what part p asks (see mirrors), which capQuestions
// left uncapped: asked how the author portrays the town, his "does any
// one think that the town does right?" is how.
//
//   - p: the part, with only the words some sentence holds (see
//     heldPart).
//   - owns: whether each sentence holds a word of the part itself, not
//     only a word standing in for one ("specifically" for "specialist"),
//     which is no answer to lead with.
//   - floor: the least score a sentence is quoted with (see leadFromBest).
//   - why: whether the question asks why. Its premise names what was
//     asked ("Given that the plan named no court, ...", asked why the
//     plan failed), and a statement scoring no more than it does not
//     lead in its place: it is no likelier the reason.
func leadWithStatement(order []int, sents []sentence, scores []float64, owns []bool, floor float64, p retrieve.Part, weights map[string]float64, why bool) {
	asks := func(s sentence) bool { return onlyAsks(s, why) }
	if len(order) == 0 || !asks(sents[order[0]]) || mirrors(sents[order[0]], p, weights) {
		return
	}
	framed := framedQuestion(sents[order[0]].text)
	pick := -1
	for k, i := range order {
		if scores[i] <= 0 || scores[i] < floor {
			break
		}
		if asks(sents[i]) || !owns[i] || why && framed && scores[i] <= scores[order[0]] {
			continue
		}
		if pick < 0 {
			pick = k
		}
		if sents[i].rank == sents[order[0]].rank {
			pick = k
			break
		}
	}
	if pick > 0 {
		toHead(order, pick)
	}
}

// leadWithDefinition moves to the head of order the best sentence that
// names or defines a word of part p ("the stratum called the gentry"),
// when it scores enough to be quoted: asked what a thing
// is, that sentence answers, whatever its passage's rank.
//
//   - floor: the least score a sentence is quoted with (see leadFromBest).
func leadWithDefinition(order []int, sents []sentence, scores []float64, floor float64, p retrieve.Part) {
	leadWith(order, scores, floor, func(i int) bool {
		return slices.ContainsFunc(sents[i].defines, func(st string) bool { return slices.Contains(p.Stems, st) })
	})
}

// capQuestions caps the scores of the author's own questions at the best
// score of a statement holding a word of part p, unless one of them
// asks what p asks (see mirrors), and returns the best score then. Asked
// why or what, the author asking whether high wages were wise is no
// answer, however many of the question's words it holds; it may follow
// the statement that is one.
//
//   - owns: whether each sentence holds a word of the part itself.
func capQuestions(sents []sentence, scores []float64, owns []bool, p retrieve.Part, weights map[string]float64, why bool) float64 {
	var stated, best float64
	p = heldPart(sents, p)
	for i, s := range sents {
		if scores[i] <= 0 {
			continue
		}
		if onlyAsks(s, why) {
			if mirrors(s, p, weights) {
				stated = 0
				break
			}
			continue
		}
		if owns[i] {
			stated = max(stated, scores[i])
		}
	}
	for i, s := range sents {
		if stated > 0 && onlyAsks(s, why) {
			scores[i] = min(scores[i], stated)
		}
		best = max(best, scores[i])
	}
	return best
}

// mirrors reports whether sentence s, one of the author's questions,
// asks what part p asks: it holds at least mirrorShare of the part's
// words, by weight. Asked "what role should the guild play?", the author
// asking "what is the proper role of a guild in the town?" says the text
// leaves it open.
//
// A question framed by a statement (see framedQuestion) asks what
// follows the premise it opens with: "Given that the charter names no
// court, it is fair to ask: who would judge?" asks why it is fair to ask
// who would judge, and not why the charter names none.
func mirrors(s sentence, p retrieve.Part, weights map[string]float64) bool {
	if head, tail, ok := strings.Cut(s.text, ":"); ok && framedQuestion(s.text) {
		if i := strings.LastIndex(head, ","); i >= 0 {
			tail = head[i+1:] + " " + tail
		}
		s.stems = map[string]bool{}
		for _, st := range terms.Stems(tail) {
			s.stems[st] = true
		}
		s.refers = nil
	}
	return len(p.Stems) > 0 && s.share(p, weights) >= mirrorShare
}

// heldPart returns part p with only the words some sentence of sents
// holds: a word no sentence holds ("How does the author portray the
// town?") tells none of them from another, and would leave the author's
// question holding the rest ("does any one think that the town does
// right?") short of the share that mirrors it. A part of which some
// sentence holds fewer than minCovered words is returned whole: one word
// shared ("paid" of "Why were specialists paid more?") says little of
// what the part asks.
func heldPart(sents []sentence, p retrieve.Part) retrieve.Part {
	held := slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool {
		return !slices.ContainsFunc(sents, func(s sentence) bool { return s.holds(st) })
	})
	if len(held) >= minCovered {
		p.Stems = held
	}
	return p
}

// mirrorShare is the share of a question's words, by weight, one of the
// author's questions holds when it asks the same.
const mirrorShare = 0.5

// onlyAsks reports whether s is one of the author's questions and states
// nothing that answers: a question framed by a statement (see
// framedQuestion) states what it takes as given, which tells what was
// so ("Given that the charter names no court, ...") but, asked why
// (why), no reason for it.
func onlyAsks(s sentence, why bool) bool {
	return s.question && (why || !framedQuestion(s.text))
}

// asksWhy reports whether a question, given as its words, asks why,
// after a word that only leads in (see asksWh).
func asksWhy(words []string) bool {
	i := slices.IndexFunc(words, func(w string) bool { return !leadIns[w] })
	return i >= 0 && whyWords[words[i]]
}

// framedQuestion reports whether a question sentence states something
// before a colon that opens its question ("Given that the charter names
// no court, it is fair to ask: who would judge?").
func framedQuestion(text string) bool {
	head, _, ok := strings.Cut(text, ":")
	return ok && len(terms.Words(head)) >= minWords
}

// asksWh reports whether a question, given as its words, asks why, what,
// how, who, which, where or when, after a word that only leads in ("so",
// "and"): not whether something is so ("Did ...", "Could ..."), where the
// author's own question may be all the text says, nor a string of words.
func asksWh(words []string) bool {
	i := slices.IndexFunc(words, func(w string) bool { return !leadIns[w] })
	if i < 0 {
		return false
	}
	switch words[i] {
	case "why", "what", "how", "who", "whom", "whose", "which", "where", "when", "what's", "how's":
		return true
	}
	return false
}

// leadIns only lead a question in ("so why ...", "and what ...").
var leadIns = map[string]bool{"so": true, "and": true, "but": true, "then": true, "ok": true, "okay": true, "well": true, "now": true}

// gather returns the quotable sentences of the retrieved passages.
//
//   - all: every passage retrieved, among which a note's marking sentence
//     is looked for.
//   - q: the question, whose words say whether it asks the text's own
//     questions or where to read, and whose intent weighs each sentence's
//     voice.
func gather(hits, all []retrieve.Hit, stems [][][]string, earlier string, q *retrieve.Query, power float64) []sentence {
	top := hits[0].Score
	intent := voiceIntent(q)
	asksQuestions := asksForQuestions(q.Words)
	reading := asksReading(q)
	var out []sentence
	for rank, h := range hits {
		p := h.Passage
		info := readPassage(p)
		for i, s := range p.Sentences {
			var ante *candidate
			if !info[i].quotable {
				// A line too short to quote alone ("It must be
				// found."), the best passage retrieved, is quoted
				// with a line retrieved beside it that names a thing its
				// "it" may mean, or not at all.
				a, ok := shortLine(all, rank, p, i)
				if !ok {
					continue
				}
				ante = &a
			}
			set := map[string]bool{}
			for _, st := range stems[rank][i] {
				set[st] = true
			}
			holdKind(q, s.Text, set)
			w, other := 1.0, 1.0
			if top > 0 {
				w = math.Pow(h.Score/top, power)
			}
			if s.Question && !asksQuestions {
				other *= questionFactor
			}
			// A pointer to read elsewhere ("See D. B., "The Duke and the
			// Affair," Review 63 (2004).") answers where to read; to
			// another question it shares words through a title.
			if pointsElsewhere(s.Text) && !reading {
				other *= questionFactor
			}
			if earlier != "" && strings.Contains(earlier, s.Text) {
				other *= repeatFactor
			}
			out = append(out, sentence{
				candidate: candidate{passage: p, rank: rank, index: i, text: s.Text, question: s.Question, antecedent: ante},
				stems:     set, refers: info[i].refers, weight: w, other: other, voice: voiceFor(q, intent, info[i].voice, s.Text),
				marked: markedBy(all, p, i), defines: info[i].defines,
			})
		}
	}
	return out
}

// score weighs a sentence for one part of the question: the part's words
// it holds (a pronoun opening it counts for the names it points back to),
// the words retrieval searched in place of those the corpus lacks, words
// related to the part's, the words of the part it leans on at leanShare,
// and for a question asked of the text itself, how the sentence speaks of
// the text. It also reports whether the sentence bears on the part at all:
// holds one of its words or their stand-ins, or speaks in the voice its
// intent asks for. A sentence sharing only related or leaned-on words is
// no answer to it.
func (sel Selection) score(s sentence, p retrieve.Part, res *retrieve.Result, weights map[string]float64) (score float64, bears, own bool) {
	holds := s.holds
	ofText := hasIntent(res)
	hedged := hedgeStems(res.Query.Words)
	sources := res.Query.Intent.Has(retrieve.Sources)
	for _, st := range p.Stems {
		// A hedge ("what was he supposedly jailed for?") doubts what is
		// asked and names none of it: a sentence holding only its stem
		// ("But even suppose blood should flow.") does not bear on it.
		if hedged[st] {
			if holds(st) {
				score += weights[st]
			}
			continue
		}
		// A word that only ranks what is asked ("the main purpose"), and
		// asked of the text itself, one that grades or frames it ("his
		// real aim", "in his own words"), names no subject: a sentence
		// holding it ("mainly false") shares it by chance, unless it
		// speaks as asked ("a primary purpose of this essay").
		if s.voice <= 0 && (ranking[st] || ofText && (grading[st] || framing[st])) {
			continue
		}
		// Asked for the sources that show a claim, the verb saying what
		// a source does for it ("show", "prove") names nothing of the
		// claim: a sentence holding it ("Transcripts ... show that
		// leaders disagreed") shows something else.
		if sources && evidencing[st] {
			continue
		}
		switch {
		case holds(st):
			score += weights[st]
			bears, own = true, true
		case slices.ContainsFunc(retrieve.PlainWords(st), holds):
			// An informal word is read in its plain words ("perks"
			// in "material privileges"): the sentence says it.
			score += weights[st]
			bears, own = true, true
		default:
			for _, t := range res.Query.StandIns[st] {
				if s.stems[t] {
					score += weights[t]
					bears = true
				}
			}
			if kin := res.Query.Related[st]; len(kin) > 0 {
				for _, t := range kin {
					if s.stems[t] {
						score += sel.RelatedShare * weights[st] / float64(len(kin))
					}
				}
			}
		}
	}
	// Asked where a claim can be read, a note earns what the sentence
	// marking it holds of the question.
	if res.Query.Intent.Has(retrieve.Sources) || res.Query.Intent.Has(retrieve.Reading) {
		for _, st := range p.Stems {
			if !holds(st) && s.marked[st] {
				score += weights[st]
				bears = true
			}
		}
	}
	// Asked what a thing is, a sentence that names it ("the stratum
	// called the gentry") counts its name twice.
	if res.Query.AsksWhatIs {
		for _, st := range s.defines {
			if slices.Contains(p.Stems, st) {
				score += weights[st]
			}
		}
	}
	for _, st := range p.Leans {
		if holds(st) && !slices.Contains(p.Stems, st) {
			score += leanShare * weights[st]
		}
	}
	// The voice counts alone for a question all framing ("What sources
	// does he rely on?"); one with a subject ("What sources show he
	// condemned the cult?") wants the sources of that, which bear on it.
	// Asked in one part how much the text rests on others, the rest of
	// the question ("did he find this out himself?") names no subject of
	// its own.
	vp := p
	if res.Query.Intent.Has(retrieve.Reliance) && len(res.Query.Parts) < 2 {
		vp.Stems = nil
	}
	if v := s.spoken(bears, vp, weights); v > 0 {
		score += v
		bears = true
	}
	return score, bears, own
}

// chance reports whether sentence s, weighed for a later part p of a
// question of several, shares the part's words by chance: it comes from a
// passage below the best retrieved that no earlier part quoted, and
// either holds less than PartWords of the part's own words, by weight,
// counting a word related to one of them ("suspect" for "suspicion") as
// the word, or the part points back at a thing or someone an earlier
// part names and its passage holds less than PartWords of that part's
// words, by weight ("which verses does he attach to him?" is not
// answered by a passage on verses written in a jail, which names no
// marine; "... and when was it planned to appear?", of an article, not
// by a passage whose "it follows that" shares "follow-up"). A word
// asking for evidence ("proof", "sources") counts for nothing of the
// part's own words. Asked
// "What is the dilemma, and where does the phrase come from?", a note's
// "Still others have come to light" answers nothing: the passage quoted
// for the first part names the phrase's origin, in other words.
//
//   - chosen: the sentences chosen so far, for earlier parts and this one.
func (sel Selection) chance(s sentence, p retrieve.Part, res *retrieve.Result, chosen []candidate, part int, weights map[string]float64) bool {
	if sel.PartWords <= 0 || s.rank == 0 || len(p.Stems) == 0 {
		return false
	}
	if slices.ContainsFunc(chosen, func(c candidate) bool { return c.passage == s.passage && c.part < part }) {
		return false
	}
	// "What does the gentry mean, and why did that group form?" points
	// back at the gentry, not at "mean".
	leans := slices.DeleteFunc(slices.Clone(p.Leans), func(st string) bool { return defining[st] })
	if len(leans) > 0 && (p.Thing || pointsAtOther(res.Query.Words)) && passageWeight(s.passage, leans, weights) < sel.PartWords &&
		!(p.Thing && afterHolder(s.passage, res.Hits, leans)) {
		return true
	}
	var held float64
	for _, st := range p.Stems {
		// A word asking for evidence names no subject: "the leader's
		// evident goal" and "sufficient proof of the ripeness" share it with
		// "what evidence does he rely on?" by chance.
		if sourcing[st] {
			continue
		}
		if s.holds(st) || slices.ContainsFunc(res.Query.Related[st], func(t string) bool { return s.stems[t] }) {
			held += weights[st]
		}
	}
	return held < sel.PartWords
}

// firstWeights returns the weight of each sentence's passage for the
// first part of a question of several: its retrieval score against the
// best, to the power power (see Selection.PassagePower). When a later
// part claims the first passage and not the second, the second counts as
// the best: retrieval ranked the first for that part ("What reasons were
// given for the incentives, and where does he trace the roots of
// inequality?" finds first the passage tracing the roots), and its score
// says nothing of how well another answers the first part.
//
//   - hits: the passages sents come from, best first; only the first
//     maxPassages may claim or rival (see quotedFrom).
func firstWeights(hits []retrieve.Hit, sents []sentence, parts []retrieve.Part, weights map[string]float64, power float64) func(sentence) float64 {
	plain := func(s sentence) float64 { return s.weight }
	if len(parts) < 2 || len(hits) < 2 || hits[1].Score <= 0 {
		return plain
	}
	n := min(len(hits), maxPassages)
	if !claimed(sents, 0, n, parts, weights) || claimed(sents, 1, n, parts, weights) {
		return plain
	}
	best := hits[1].Score
	return func(s sentence) float64 { return math.Min(1, math.Pow(hits[s.rank].Score/best, power)) }
}

// claimed reports whether the passage of the given rank, among n, holds
// more of a later part's own words than of the first part's, by weight,
// while another passage holds as much of the first part's: one holding
// more of the first part than any other answers both.
func claimed(sents []sentence, rank, n int, parts []retrieve.Part, weights map[string]float64) bool {
	first := holdsOf(sents, rank, parts[0].Stems, weights)
	rival := false
	for r := range n {
		rival = rival || r != rank && holdsOf(sents, r, parts[0].Stems, weights) >= first
	}
	if !rival {
		return false
	}
	for _, p := range parts[1:] {
		own := slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool { return slices.Contains(parts[0].Stems, st) })
		if holdsOf(sents, rank, own, weights) > first {
			return true
		}
	}
	return false
}

// holdsOf returns the weight of the stems that some sentence of the
// passage of the given rank holds.
func holdsOf(sents []sentence, rank int, stems []string, weights map[string]float64) float64 {
	var w float64
	for _, st := range stems {
		if slices.ContainsFunc(sents, func(s sentence) bool { return s.rank == rank && s.holds(st) }) {
			w += weights[st]
		}
	}
	return w
}

// defining holds the stems of the words by which a question asks what a
// thing is ("what does it mean?"), which name nothing a later part can
// point back to.
var defining = stemSet("mean", "means", "meaning", "define", "definition")

// pointsAtOther reports whether a question, given as its words, points
// back at someone as the object of a verb ("which verses does he attach
// to him?"): the one it means is someone an earlier part names, never the
// author, whom "he" may mean though no part names him ("and what does he
// say of the charges?").
func pointsAtOther(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return w == "him" || w == "her" || w == "them" })
}

// afterHolder reports whether the paragraph right before p in its text
// was retrieved and holds one of stems: a paragraph goes on with the
// thing the one before it names ("the condition of the freed people",
// then "To my mind the blame does not rest upon emancipation"), so the
// thing a part points back to with "it" need not be named again.
func afterHolder(p *essay.Passage, hits []retrieve.Hit, stems []string) bool {
	if p.Ref.Kind != essay.Paragraph {
		return false
	}
	return slices.ContainsFunc(hits, func(h retrieve.Hit) bool {
		r := h.Passage.Ref
		return r.Kind == essay.Paragraph && r.Source == p.Ref.Source && r.Section == p.Ref.Section && r.N == p.Ref.N-1 &&
			passageWeight(h.Passage, stems, nil) > 0
	})
}

// saidBetter reports whether one of the sentences heard, quoted for part
// p, holds every word of the part that s holds, and more.
func saidBetter(s sentence, p retrieve.Part, heard []sentence) bool {
	mine := heldStems(s, p)
	return slices.ContainsFunc(heard, func(h sentence) bool {
		theirs := heldStems(h, p)
		return len(theirs) > len(mine) && !slices.ContainsFunc(mine, func(st string) bool { return !slices.Contains(theirs, st) })
	})
}

// heldStems returns the stems of part p that s holds.
func heldStems(s sentence, p retrieve.Part) []string {
	return slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool { return !s.holds(st) })
}

// withoutRepeats drops from chosen the first part's sentences that
// provisional holds (see choose) when no later part quoted their
// passage: asked "what did he rule out in elections + what does democracy
// mean", a second passage's "we have no experience of contested elections
// in his time" says again, in fewer words, what the first part's answer
// says, and no later part answered from its passage.
func withoutRepeats(chosen []candidate, provisional map[[2]int]bool) []candidate {
	if len(provisional) == 0 {
		return chosen
	}
	return slices.DeleteFunc(slices.Clone(chosen), func(c candidate) bool {
		return provisional[[2]int{c.rank, c.index}] &&
			!slices.ContainsFunc(chosen, func(o candidate) bool { return o.part > c.part && o.passage == c.passage })
	})
}

// addsNothing reports whether sentence s, quoted beside the answer's
// best passage, holds only words of part p the answer already holds
// (said): it says again what the answer says, or shares its words by
// chance. A sentence whose passage holds a word of a later part may
// answer that part too, and adds something.
func addsNothing(s sentence, p retrieve.Part, said map[string]bool, later []retrieve.Part) bool {
	return len(p.Stems) > 0 && !slices.ContainsFunc(p.Stems, func(st string) bool { return s.holds(st) && !said[st] }) &&
		!slices.ContainsFunc(later, func(o retrieve.Part) bool { return passageWeight(s.passage, o.Stems, nil) > 0 })
}

// passageWeight returns the weight of the stems of stems that some
// sentence of p holds. With weights nil, each stem weighs one: the
// weight is above 0 when p holds any of stems.
func passageWeight(p *essay.Passage, stems []string, weights map[string]float64) float64 {
	var w float64
	info := readPassage(p)
	for _, st := range stems {
		if !slices.ContainsFunc(info, func(s sentenceInfo) bool { return slices.Contains(s.stems, st) }) {
			continue
		}
		if weights == nil {
			w++
		} else {
			w += weights[st]
		}
	}
	return w
}

// covers reports whether s holds every word of part p, of two words at
// least: it answers all the part asks, in the part's own words or as a
// cue reads them, as well as any sentence can by its words, and is
// evidence whatever its passage's rank ("the charter, even if signed,
// would not have ended the war" for "Would the charter have worked?").
func (s sentence) covers(p retrieve.Part) bool {
	return len(p.Stems) >= minCovered && !slices.ContainsFunc(p.Stems, func(st string) bool { return !s.holds(st) })
}

// minCovered is the least number of words a part holds for a sentence
// holding them all to count as covering it: one word shared says little.
const minCovered = 2

// holds reports whether s holds stem st, or a pronoun opening it points
// back to a name with that stem.
func (s sentence) holds(st string) bool { return s.stems[st] || slices.Contains(s.refers, st) }

// spoken is what score adds for how s speaks of the text: its voice,
// when the sentence bears on part p otherwise or p is all framing, in
// the share of the part's words it holds, by weight. Asked "is the
// census reliable?", the author owning his own doubts speaks of himself,
// not of the census.
func (s sentence) spoken(bears bool, p retrieve.Part, weights map[string]float64) float64 {
	if s.voice <= 0 {
		return 0
	}
	// A word that only grades what is asked ("the main purpose", "his
	// real aim") names no subject: the text says "a primary purpose".
	p.Stems = slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool { return grading[st] || framing[st] })
	if !bears && len(p.Stems) > 0 {
		return 0
	}
	return s.voice * s.share(p, weights)
}

// grading holds the stems of the words that grade what a question asks
// of the text ("the main purpose", "his chief sources") rather than name
// its subject.
var grading = stemSet("main", "mainly", "primary", "chief", "principal", "central", "key", "major", "basic", "overall", "ultimate", "underlying", "real", "actual", "true")

// ranking holds the stems of the grading words that rank what is asked
// among others ("the main reason", "his chief aim"): of anything asked,
// they name no subject. "Real", "true" and "actual" grade a purpose ("his
// real aim") but may name a subject ("the real history").
var ranking = stemSet("main", "mainly", "primary", "chief", "principal", "major")

// hedges doubt or distance what a question asks ("supposedly",
// "reportedly") without naming any of it.
var hedges = map[string]bool{"supposedly": true, "reportedly": true, "apparently": true, "allegedly": true,
	"purportedly": true, "ostensibly": true, "presumably": true, "seemingly": true, "truly": true}

// hedgeStems returns the stems of the hedges among a question's words.
func hedgeStems(words []string) map[string]bool {
	var out map[string]bool
	for _, w := range words {
		if hedges[w] {
			if out == nil {
				out = map[string]bool{}
			}
			out[terms.Stem(w)] = true
		}
	}
	return out
}

// evidencing holds the stems of the verbs by which a source bears out a
// claim. "Document" and "support" are left out: they are as often nouns
// that name a kind of source ("archival documents").
var evidencing = stemSet("show", "shows", "prove", "proves", "confirm", "confirms", "demonstrate", "demonstrates")

// framing holds the stems of the words that say how a question wants
// its answer put ("in his own words", "what does he call his aim", "one
// of his reasons") rather than name its subject.
var framing = stemSet("word", "words", "call", "called", "one")

// statingVerbs, right after "does he" or "did the author", ask where or
// how the author says a thing ("Where does the author state the purpose
// of the essay?"), not of the state.
var statingVerbs = map[string]bool{"state": true, "states": true, "stated": true, "declare": true, "declares": true,
	"express": true, "expresses": true, "outline": true, "outlines": true}

// withoutAsking returns q without the stems of its verbs of stating (see
// statingVerbs) in its parts: asked of the text itself, they name no
// subject, and a sentence holding the same word as a noun ("the state")
// shares it by chance.
func withoutAsking(q *retrieve.Query) *retrieve.Query {
	asking := map[string]bool{}
	for i, w := range q.Words {
		if statingVerbs[w] && slices.ContainsFunc(q.Words[max(0, i-3):i], func(v string) bool { return v == "does" || v == "did" || v == "do" }) {
			asking[terms.Stem(w)] = true
		}
	}
	if len(asking) == 0 {
		return q
	}
	cp := *q
	cp.Parts = slices.Clone(q.Parts)
	for i, p := range cp.Parts {
		cp.Parts[i].Stems = slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool { return asking[st] })
	}
	return &cp
}

// share returns the share of part p's words s holds, by weight; 1 for a
// part of no words of its own.
func (s sentence) share(p retrieve.Part, weights map[string]float64) float64 {
	var held, all float64
	for _, st := range p.Stems {
		all += weights[st]
		if s.holds(st) {
			held += weights[st]
		}
	}
	if all == 0 {
		return 1
	}
	return held / all
}

// rankFirst orders the passage of rank lead before all others, leaving the
// others in their order.
func rankFirst(rank, lead int) int {
	switch {
	case rank == lead:
		return 0
	case rank < lead:
		return rank + 1
	}
	return rank
}

// markedBy returns, for the first sentence of note p (i is 0), the stems
// of the sentence marking the note among the retrieved passages; nil for
// another sentence, when p is no note, or when none marks it. The note's
// first sentence goes on from the marking one ("... passages in which he
// does this"); its later ones are the note's own.
func markedBy(hits []retrieve.Hit, p *essay.Passage, i int) map[string]bool {
	if p.Ref.Kind != essay.Note || i > 0 {
		return nil
	}
	m, ok := marker(hits, p.Ref)
	if !ok {
		return nil
	}
	out := map[string]bool{}
	for _, st := range readPassage(m.passage)[m.index].stems {
		out[st] = true
	}
	return out
}

// hasIntent reports whether retrieval ranked passages by the question's
// intent (see retrieve.Intent): it asks of the text itself.
func hasIntent(res *retrieve.Result) bool {
	return res.Query.Intent.Has(retrieve.Sources) || res.Query.Intent.Has(retrieve.Stance) || res.Query.Intent.Has(retrieve.Purpose) || res.Query.Intent.Has(retrieve.Limits)
}

// personal are the pronouns that stand for people.
var personal = map[string]bool{"he": true, "she": true, "they": true, "his": true, "her": true, "their": true}

// leadsWithPronoun reports whether a sentence's subject is a pronoun that
// stands for someone or something named before it (see
// sentence.LeadingPronoun).
func leadsWithPronoun(text string) bool { return split.LeadingPronoun(text) != "" }

// leansBack reports whether a sentence of p cannot be read without the
// one before it: a personal pronoun leads it, a demonstrative stands
// alone where it points back ("the premier seems to be one of the few to have
// understood this to a degree"; see sentence.BareDemonstrative), or, in a
// note, which is short and leans on its context, it points back as
// pointsBack reads it. In a paragraph an opening "It is" is often empty
// ("It is a tragedy that ...").
func leansBack(p *essay.Passage, text string) bool {
	return leadsWithPronoun(text) || split.BareDemonstrative(text) >= 0 || p.Ref.Kind == essay.Note && pointsBack(text)
}

// pointsBack reports whether a sentence leans on one before it: a
// personal pronoun leads it, or among its first few words "this", "that"
// or "it" stands for a whole thing said before ("the critic believes this
// was a fatal mistake", "If that happened"), not for a noun it goes with
// ("this democratic strain").
func pointsBack(text string) bool {
	if leadsWithPronoun(text) {
		return true
	}
	ws := terms.Words(text)
	for i, w := range ws[:min(len(ws), split.PronounReach)] {
		if (w == "this" || w == "that" || w == "it") && i+1 < len(ws) && clauseVerbs[ws[i+1]] {
			return true
		}
	}
	return false
}

// clauseVerbs follow a demonstrative that is a clause's subject.
var clauseVerbs = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "would": true, "will": true, "could": true,
	"might": true, "may": true, "can": true, "has": true, "had": true, "happened": true,
	"means": true, "meant": true, "shows": true, "suggests": true, "does": true, "did": true,
}

// referent returns, for a sentence of p that opens with a pronoun, the
// stems of the capitalized names in the sentence before it, which the
// pronoun most likely points to; nil otherwise.
func referent(p *essay.Passage, i int) []string {
	// "It" stands for a thing said before ("the process ... It will soon
	// take hold"), seldom for a name: only a person's pronoun earns the
	// names before it.
	if i == 0 || !personal[split.LeadingPronoun(p.Sentences[i].Text)] {
		return nil
	}
	// "He was stymied by ... He was never able to ...": a pronoun after
	// one names whom the one before it named.
	if personal[split.LeadingPronoun(p.Sentences[i-1].Text)] {
		if out := referent(p, i-1); len(out) > 0 {
			return out
		}
	}
	var out []string
	for _, f := range strings.Fields(p.Sentences[i-1].Text) {
		f = strings.TrimLeft(f, "\"“'(")
		if f == "" || !strings.ContainsAny(f[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			continue
		}
		// Stems drops a capitalized stop word opening the sentence ("In").
		out = append(out, terms.Stems(f)...)
	}
	return out
}

// leaning says what withAntecedents asks of a sentence that leans on what
// comes before it in its passage when nothing there can be quoted.
type leaning int

const (
	// readable quotes it only as a note whose marking sentence the answer
	// quotes or that the question names, or as the best sentence of the
	// best passage, opening the answer, when a person's pronoun ("He has
	// never permitted her ...", a grievance in a list) is what leans.
	readable leaning = iota
	// fromStart quotes a note from its start all the same, and a
	// paragraph opening on "he" for someone the question does not name
	// (see pointsBefore): when nothing else answers, it is the best a
	// reader can be given.
	fromStart
)

// withAntecedents makes each chosen sentence that leans on the one before
// it readable: one opening with a pronoun, or whose "this" stands alone
// ("understood this to a degree"), is quoted with the sentences before it,
// back to the one that names who "he" is or says what "this" was; when
// they cannot be (one is not quotable, the passage starts, or the answer
// would be too long), the sentence is dropped rather than left pointing
// at the wrong person or at nothing, unless lean lets it stand (see
// leaning). A sentence opening with a connective ("However ...") gets the
// sentence before it while there is room. It returns the sentences kept
// and the (rank, index) of those dropped.
//
//   - named: the passages the question names by their refs; a note among
//     them is quoted from its start: it was asked for.
func withAntecedents(chosen []candidate, named []*essay.Passage, lean leaning) ([]candidate, [][2]int) {
	have := map[[2]int]bool{}
	for _, c := range chosen {
		have[[2]int{c.rank, c.index}] = true
	}
	out := slices.Clone(chosen)
	var drop [][2]int
	// ante holds the sentences quoted for another to lean on.
	ante := map[[2]int]bool{}
	// In reading order, so that a sentence dropped is known as gone to the
	// ones after it that lean on it.
	ordered := slices.Clone(chosen)
	slices.SortStableFunc(ordered, func(a, b candidate) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return a.index - b.index
	})
	for _, c := range ordered {
		if c.antecedent != nil {
			// A short line's antecedent, from another passage, comes
			// with it (see shortLine).
			a := *c.antecedent
			a.part = c.part
			if k := [2]int{a.rank, a.index}; !have[k] {
				have[k], ante[k] = true, true
				out = append(out, a)
			}
			continue
		}
		needs := leansBack(c.passage, c.text)
		if c.followsMarker || !needs && (!continues(c.text) || c.index == 0) || namedByNote(c, out) {
			continue
		}
		var chain []candidate
		ok := true
		for i := c.index; ; {
			cur := c.passage.Sentences[i]
			if !leansBack(c.passage, cur.Text) && (i < c.index || needs) {
				break
			}
			k := leansOn(c.passage, i)
			if have[[2]int{c.rank, k}] {
				// The sentence quoted already is what c leans on now: no
				// room is made by removing it.
				ante[[2]int{c.rank, k}] = true
				break
			}
			if k < 0 || c.passage.Sentences[k].Block != cur.Block || !namesFor(c.passage.Sentences[k]) {
				ok = needs && standsFirst(c, i, out, named, lean)
				if next, more := goesOnWith(c, out); ok && lean == fromStart && more && !have[[2]int{next.rank, next.index}] {
					chain = append(chain, next)
				}
				break
			}
			prev := c.passage.Sentences[k]
			chain = append(chain, candidate{passage: c.passage, rank: c.rank, index: k, text: prev.Text, question: prev.Question, part: c.part})
			i = k
			// The sentence a connective goes on from may itself open
			// with "he": it comes with the one naming him, or not at
			// all (see below), never pointing at no one.
			if !needs && !leansBack(c.passage, prev.Text) {
				break
			}
		}
		if ok && len(out)+len(chain) > maxSentences {
			var made bool
			out, made = makeRoom(out, len(out)+len(chain)-maxSentences, c, ante)
			// The only evidence of its part of the question may stretch
			// the answer by a sentence: without it the part goes
			// unanswered.
			ok = made || len(out)+len(chain) <= maxSentences+1 && onlyOfPart(c, out)
		}
		switch {
		case ok:
			for _, a := range chain {
				k := [2]int{a.rank, a.index}
				have[k], ante[k] = true, true
				// A sentence dropped for want of room before it is
				// read now, with what it leans on: left out, it would
				// leave c's pronoun pointing at no one.
				drop = slices.DeleteFunc(drop, func(d [2]int) bool { return d == k })
			}
			out = append(out, chain...)
		case needs:
			// Gone, it leaves its room to the sentences after it.
			drop = append(drop, [2]int{c.rank, c.index})
			delete(have, [2]int{c.rank, c.index})
			out = slices.DeleteFunc(out, func(o candidate) bool { return o.rank == c.rank && o.index == c.index })
		}
	}
	return slices.DeleteFunc(out, func(c candidate) bool { return slices.Contains(drop, [2]int{c.rank, c.index}) }), drop
}

// leansOn returns the index of the sentence that sentence i of p leans
// on: the one before it, or the one before that when the one before it
// is an aside ("(See also his article ...)"), which the writer sets
// apart from his argument: "This would imply ..." after it points past
// it. It returns -1 for the first sentence.
func leansOn(p *essay.Passage, i int) int {
	k := i - 1
	if k > 0 && aside(p.Sentences[k].Text) && p.Sentences[k-1].Block == p.Sentences[i].Block {
		k--
	}
	return k
}

// aside reports whether a sentence stands wholly in parentheses, or
// points the reader elsewhere ("See ...").
func aside(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "(") && strings.HasSuffix(strings.TrimRight(t, "."), ")") || pointsElsewhere(t)
}

// namesFor reports whether sentence s can be quoted before one leaning
// on it: it can be quoted, or it is a short line of at least
// minShortWords words that leans on nothing ("Then a sailor spoke."),
// too short to answer alone but enough to say who "he" is.
func namesFor(s essay.Sentence) bool {
	return quotable(s) || len(terms.Words(s.Text)) >= minShortWords && !strings.Contains(s.Text, strippedLink) && !leadsWithPronoun(s.Text)
}

// namedByNote reports whether c, a sentence marking a footnote the
// answer quotes, opens with a person's pronoun that the note, read right
// after it, names: "All his life he opposed the practice." is followed
// by a note "... cites letters in which the Governor does this." Asked
// where to read of it, the note answers; the sentences before the marker
// that would name him say nothing of where, and would crowd the note out
// of the answer.
func namedByNote(c candidate, out []candidate) bool {
	if !personal[split.LeadingPronoun(c.text)] || split.BareDemonstrative(c.text) >= 0 {
		return false
	}
	n := c.passage.Sentences[c.index].Note
	if n == 0 {
		return false
	}
	note := c.passage.NoteRef(n)
	refers := readPassage(c.passage)[c.index].refers
	return slices.ContainsFunc(out, func(o candidate) bool {
		if o.passage.Ref != note {
			return false
		}
		i := o.index
		if o.followsMarker {
			i = o.noteIndex
		}
		stems := readPassage(o.passage)[i].stems
		return slices.ContainsFunc(refers, func(st string) bool { return slices.Contains(stems, st) })
	})
}

// onlyOfPart reports whether c is the only sentence of its part of the
// question in out, in a question of several parts.
func onlyOfPart(c candidate, out []candidate) bool {
	several, n := false, 0
	for _, o := range out {
		several = several || o.part != c.part
		if o.part == c.part {
			n++
		}
	}
	return several && n == 1
}

// makeRoom removes from out the n weakest sentences of c's passage, or
// of c's part of the question, that score below c, so that c's
// antecedents fit: a sentence that answers better than another of its
// passage or its part, with what it leans on, is worth the room ("Who
// stopped his reforms?" is answered by "He was stymied by ..." after the
// sentence naming him, not by another passage sharing a word); another
// passage's sentence may answer another part, and keeps its room, as
// does the last sentence quoted from its passage for a later part, which
// may be the one place the answer holds that passage's evidence, and any
// when c is not the best of its part. The first part's sentences are
// weighed by their passages' ranking: its best, with what it leans on,
// answers it better than another passage's lone sentence holding fewer
// of the part's words ("He was never able to attain his goal of
// constitutional reforms." over "... will change the state" for "Why
// couldn't he get his constitution changes through?"). It leaves the
// answer's opening sentence, notes and the sentences marking them (see
// weakest), antecedents (ante), the sentences quoted with antecedents,
// and the sentences another of their passage goes on from. It reports whether it made the room; when it
// cannot, out is returned as it was.
func makeRoom(out []candidate, n int, c candidate, ante map[[2]int]bool) ([]candidate, bool) {
	keep := slices.Clone(out)
	best := !slices.ContainsFunc(out, func(o candidate) bool { return o.part == c.part && o.score > c.score })
	for ; n > 0; n-- {
		spare := slices.DeleteFunc(slices.Clone(keep), func(o candidate) bool {
			k := [2]int{o.rank, o.index}
			next := slices.ContainsFunc(keep, func(x candidate) bool { return x.passage == o.passage && x.index == o.index+1 })
			other := o.passage != c.passage
			alone := !slices.ContainsFunc(keep, func(x candidate) bool { return x.passage == o.passage && x.index != o.index })
			return other && (o.part != c.part || !best || alone && (c.part > 0 || o.held >= c.held)) || o.index == c.index && !other || o.lead || ante[k] || ante[[2]int{o.rank, o.index - 1}] || next || o.score >= c.score
		})
		j := weakest(spare)
		if j < 0 {
			return out, false
		}
		w := spare[j]
		keep = slices.DeleteFunc(keep, func(o candidate) bool { return o.passage == w.passage && o.index == w.index })
	}
	return keep, true
}

// standsFirst reports whether sentence i of c's passage, which leans on
// what comes before it though nothing before it there can be quoted, may
// be quoted all the same, and c with it (see leaning).
//
//   - chosen: the answer so far, which may quote the sentence marking a
//     note.
func standsFirst(c candidate, i int, chosen []candidate, named []*essay.Passage, lean leaning) bool {
	p := c.passage
	text := p.Sentences[i].Text
	// A passage that opens leaning on what was said before it ("the
	// critic believes this was a fatal mistake", of an argument made
	// elsewhere) reads, quoted from its start, with what it goes on to
	// say: "He argues that ..." says what the mistake was. Alone, it
	// leaves the reader asking what mistake.
	goesOn := i == 0 && slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == p && o.index > 0 && !o.followsMarker })
	if p.Ref.Kind == essay.Note {
		// A note's "he" or "this" points at the sentence marking it, which
		// withMarkers quotes when it was retrieved.
		return i == 0 && (lean == fromStart || goesOn || marked(chosen, p.Ref) || slices.Contains(named, p))
	}
	// When nothing else answers, it answers all the same: the ref shows
	// where it stands.
	if i == 0 && c.unnamed && lean != fromStart {
		return false
	}
	// The best passage's best sentence is the answer retrieval found; its
	// "he" names no one in its passage, but the ref shows where it stands.
	// A "this" standing alone says nothing without what it points at.
	return goesOn || c.lead && i == c.index && personal[split.LeadingPronoun(text)] && split.BareDemonstrative(text) < 0
}

// goesOnWith returns the sentence after c, which opens its passage
// leaning on what was said before it, when no later sentence of the
// passage is chosen and the next can be quoted: quoted from its start,
// a passage reads with what it goes on to say ("He argues that ...").
func goesOnWith(c candidate, chosen []candidate) (candidate, bool) {
	p := c.passage
	if c.index != 0 || len(p.Sentences) < 2 || p.Sentences[1].Block != p.Sentences[0].Block || !quotable(p.Sentences[1]) ||
		slices.ContainsFunc(chosen, func(o candidate) bool { return o.passage == p && o.index > 0 }) {
		return candidate{}, false
	}
	next := p.Sentences[1]
	return candidate{passage: p, rank: c.rank, index: 1, text: next.Text, question: next.Question, part: c.part}, true
}

// marked reports whether chosen holds the sentence marking note.
func marked(chosen []candidate, note essay.Ref) bool {
	return slices.ContainsFunc(chosen, func(c candidate) bool {
		n := c.passage.Sentences[c.index].Note
		return c.passage.Ref.Kind == essay.Paragraph && n != 0 && c.passage.NoteRef(n) == note
	})
}

// asksReading reports whether question q asks for the text's sources or
// where to read: its intent says so, or it asks where ("Where can I find
// the passages in which he condemns it?"), which a note answers.
func asksReading(q *retrieve.Query) bool {
	return q.Intent.Has(retrieve.Sources) || q.Intent.Has(retrieve.Reading) || slices.Contains(q.Words, "where")
}

// pointsElsewhere reports whether a sentence sends the reader elsewhere
// ("See ...", "Cf. ...", "For an example, see ...") rather than saying
// something.
func pointsElsewhere(text string) bool {
	t := strings.TrimLeft(text, "(\"“")
	if i := strings.Index(t, ", see "); strings.HasPrefix(t, "For ") && i > 0 && len(terms.Words(t[:i])) <= pointerLead {
		return true
	}
	return strings.HasPrefix(t, "See ") || strings.HasPrefix(t, "Cf. ")
}

// pointerLead is the most words of the phrase a pointer opens with ("For
// a few examples only, see ..."): a longer one says something of its own
// before sending the reader on.
const pointerLead = 5

// shortLine returns, for sentence i of p, a line of dialogue too short to
// quote alone that opens with "it" or "they" ("It must be found."), the
// line that names what its pronoun may mean: the first quotable sentence
// naming a thing ("... to have that letter back.") in the best passage
// retrieved after it in the same section, the one retrieval found nearest
// the question. It is asked only of the best
// passage retrieved, whose sentences are all too short: a text of short
// dialogue lines answers in them, and a line that cannot be quoted would
// leave the answer to lines that only share a word with the question.
//
//   - hits: every passage retrieved; the antecedent must be among them,
//     or its citation would name a passage the answer was not written
//     from.
func shortLine(hits []retrieve.Hit, rank int, p *essay.Passage, i int) (candidate, bool) {
	if rank != 0 || p.Ref.Kind != essay.Paragraph || slices.ContainsFunc(p.Sentences, quotable) ||
		len(terms.Words(p.Sentences[i].Text)) < minShortWords {
		return candidate{}, false
	}
	if w := split.LeadingPronoun(p.Sentences[i].Text); w != "it" && w != "they" {
		return candidate{}, false
	}
	for r, h := range hits {
		q := h.Passage
		if q == p || q.Ref.Kind != essay.Paragraph || q.Ref.Source != p.Ref.Source || q.Section != p.Section {
			continue
		}
		for j, s := range q.Sentences {
			if quotable(s) && !leansBack(q, s.Text) && namesThing(s.Text) {
				return candidate{passage: q, rank: r, index: j, text: s.Text, question: s.Question}, true
			}
		}
	}
	return candidate{}, false
}

// minShortWords is the least a short line quoted with its antecedent
// holds: a subject, a verb and what is said of it.
const minShortWords = 3

// determiners introduce a thing named in lower case ("that letter", "the
// ring", "my seal").
var determiners = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true,
	"my": true, "your": true, "his": true, "her": true, "our": true, "their": true,
}

// namesThing reports whether a sentence names a thing: a determiner
// followed by a word in lower case that is no stop word ("to have that
// letter back"), not a name ("the Duke").
func namesThing(text string) bool {
	ws := strings.Fields(text)
	for i := 0; i+1 < len(ws); i++ {
		d := strings.ToLower(strings.Trim(ws[i], "\"“”'‘’(),;:"))
		n := strings.Trim(ws[i+1], "\"“”'‘’(),;:.!?")
		if determiners[d] && n != "" && strings.ToLower(n) == n && !terms.IsStopword(n) {
			return true
		}
	}
	return false
}

// antecedentsFirst moves each sentence quoted as a short line's
// antecedent from another passage (see shortLine) right before that
// line, so that what "it" means is read first.
func antecedentsFirst(out []candidate) []candidate {
	for i := 0; i < len(out); i++ {
		a := out[i].antecedent
		if a == nil {
			continue
		}
		j := slices.IndexFunc(out, func(o candidate) bool { return o.passage == a.passage && o.index == a.index })
		if j <= i {
			continue
		}
		moved := out[j]
		out = slices.Delete(out, j, j+1)
		out = slices.Insert(out, i, moved)
		i++
	}
	return out
}

// placeWords name one passage of a text.
var placeWords = map[string]bool{"paragraph": true, "passage": true, "footnote": true, "note": true, "section": true}

// asksWhichPassage reports whether a question, given as its words, asks
// which one passage says something: "Which paragraph says ...?", "In
// what footnote ...?". Asked "which footnotes", it asks for several.
func asksWhichPassage(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if (words[i] == "which" || words[i] == "what") && placeWords[words[i+1]] {
			return true
		}
	}
	return false
}

// ownFirst leaves out, when a passage holds one of the first part p's
// own words, the sentences of the passages holding only words standing in
// for them, and returns the best score left: a later part is not
// answered from such a passage either (see Selection.chance). Stand-ins
// are retrieval's guesses at words the text lacks ("fruit" for a misspelt
// "berry"): beside a passage saying what was asked, one sharing only a
// guess answers nothing. In a passage that holds the part's words, a
// stand-in says them in other words ("dealt with" for "handle"), as does
// one that is another form of the word ("suspect" for "suspicion", see
// holdsKin) anywhere.
func ownFirst(sents []sentence, scores []float64, owns []bool, p retrieve.Part, q *retrieve.Query) float64 {
	holding := map[*essay.Passage]bool{}
	for i, s := range sents {
		if owns[i] && scores[i] > 0 {
			holding[s.passage] = true
		}
	}
	best := 0.0
	for i, s := range sents {
		if len(holding) > 0 && !holding[s.passage] && !holdsKin(s, p, q.StandIns) && !holdsKin(s, p, q.Related) {
			scores[i] = 0
		}
		best = max(best, scores[i])
	}
	return best
}

// pointsBefore reports whether paragraph p opens with a pronoun standing
// for one person ("He occupied one window ..."), who is named in the
// paragraph before it, and the question (stems, its content stems) names
// no one that paragraph names. That opening sentence is quoted neither
// as the best passage's best sentence nor as the start of what its
// paragraph goes on to say (see standsFirst): with nothing naming him,
// "he" reads as the person the question asks about (asked
// how long the author stayed in jail, "He occupied one window" speaks
// of his cellmate). Asked of the person by name, the reader knows who
// "he" is. The paragraph before is read back through one that opens on
// "he" too.
//
// A name counts when the question holds it and the opening sentence
// does not.
func pointsBefore(c *essay.Corpus, p *essay.Passage, stems []string) bool {
	if c == nil || p.Ref.Kind != essay.Paragraph || len(p.Sentences) == 0 || !singular[split.LeadingPronoun(p.Sentences[0].Text)] {
		return false
	}
	// A name the opening sentence holds itself ("the Southern trouble")
	// says nothing of whom its "he" stands for.
	own := terms.Stems(p.Sentences[0].Text)
	names := func(s essay.Sentence) bool {
		return slices.ContainsFunc(namesIn(s.Text, nil), func(st string) bool { return slices.Contains(stems, st) && !slices.Contains(own, st) })
	}
	prev := preceding(c, p)
	if prev == nil {
		return false // the text's first paragraph: "he" is who its title names
	}
	for ; prev != nil; prev = preceding(c, prev) {
		if slices.ContainsFunc(prev.Sentences, names) {
			return false
		}
		if len(prev.Sentences) == 0 || !singular[split.LeadingPronoun(prev.Sentences[0].Text)] {
			break
		}
	}
	return true
}

// singular are the pronouns that stand for one person.
var singular = map[string]bool{"he": true, "she": true, "his": true, "her": true}

// preceding returns the paragraph before p in its text, or nil.
func preceding(c *essay.Corpus, p *essay.Passage) *essay.Passage {
	i := slices.Index(c.Passages, p)
	for j := i - 1; j >= 0; j-- {
		q := c.Passages[j]
		if q.Ref.Source != p.Ref.Source {
			return nil
		}
		if q.Ref.Kind == essay.Paragraph {
			return q
		}
	}
	return nil
}
