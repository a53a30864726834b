package generate

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

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
	if sel.offSubject(s, p, res.Query, part, weights) {
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

// offSubject reports whether s, weighed for a later part p of one word
// that points back with no pronoun ("... and who disagrees?"), comes from
// a passage holding less of the earlier parts' words than PartWords, by
// weight: the part asks of the earlier part's subject, and a passage
// elsewhere shares its one word by chance ("the ministers disagreed" of
// another matter). A name is its own subject, and is left alone.
func (sel Selection) offSubject(s sentence, p retrieve.Part, q *retrieve.Query, part int, weights map[string]float64) bool {
	if len(p.Leans) > 0 || len(p.Stems) != 1 || askedAsName(q.Asked, p.Stems[0]) {
		return false
	}
	var earlier []string
	for _, e := range q.Parts[:part] {
		earlier = append(earlier, e.Stems...)
	}
	if len(earlier) == 0 || slices.Contains(earlier, p.Stems[0]) {
		return false
	}
	return passageWeight(s.passage, earlier, weights) < sel.PartWords
}

// askedAsName reports whether the question asked writes a word of stem
// st with a capital after its first word: a name.
func askedAsName(asked, st string) bool {
	for i, f := range strings.Fields(asked) {
		w := strings.Trim(f, "\"“”'‘’(),;:.!?")
		if i > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) && slices.Contains(terms.Stems(w), st) {
			return true
		}
	}
	return false
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
