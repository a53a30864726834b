package generate

import (
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
var DefaultSelection = Selection{KeepFraction: 0.6, KeepSame: 0.4, RelatedShare: 0.5, PassagePower: 3, PartWords: 1.2}

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
	// The parts left are not the ones retrieval judged.
	cr.PartsUnanswered = nil
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
		// Retrieval found the text gives no fact of the kind the part
		// asks: another passage's sentence sharing its words would read
		// as its answer. One of a passage an earlier part quotes goes on
		// with that answer.
		none := unanswered(res, part)
		// The passages earlier parts quote, read once for the part.
		var goesOn map[*essay.Passage]bool
		if none {
			goesOn = map[*essay.Passage]bool{}
			for _, c := range chosen {
				goesOn[c.passage] = true
			}
		}
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
			if !bears || !quotesFor(res, s, part) || none && !goesOn[s.passage] {
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
		if best <= 0 && covered <= 0 && part > 0 && !flat && !none && len(chosen) < maxSentences {
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
// title's words read as a roll too, "Reflections on the Revolution in
// France", which is why another sentence must hold as much.)
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
