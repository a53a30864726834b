package generate

import (
	"cmp"
	"slices"

	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// Asked whether a thing would have worked ("Would the charter have
// held?", "Does the author think the charter would have held?"), a
// text often answers twice: with a verdict ("the charter, even if
// signed, would not have ended the feud") and with a hedge ("since it
// was never tried, we can never know"). A reader given one of them alone
// takes it for the author's whole answer: the verdict reads as
// certainty, the hedge as having no view. The answer quotes both when
// the passages retrieved hold both.

// counterfactual returns the cue of a question of one part asking
// whether a thing would or could have done something: "Would <thing>
// have <verb>?" (see wouldCue), or the same asked of someone's view,
// "Does the author think <thing> would have <verb>?". A question asking
// what can be known of it ("Can we know whether ...?") asks for the
// hedge alone, and one asking why, what or how asks something else.
func counterfactual(q *retrieve.Query) (cue, bool) {
	if len(q.Parts) != 1 || q.Intent.Has(retrieve.Limits) {
		return cue{}, false
	}
	if c, ok := wouldCue(q); ok {
		return c, true
	}
	return viewedWould(q)
}

// viewedWould returns the cue of "Do/Does/Did <someone> think <thing>
// would have <verb>?": the thing is what stands between the verb of
// thinking and the modal.
func viewedWould(q *retrieve.Query) (cue, bool) {
	ws := q.Words
	if len(ws) < 5 || !yesNo[ws[0]] {
		return cue{}, false
	}
	m := slices.IndexFunc(ws, func(w string) bool { return modals[w] })
	if m < 3 {
		return cue{}, false
	}
	have := haveAfter(ws, m)
	if have < 0 || have+1 >= len(ws) {
		return cue{}, false
	}
	think := -1
	for i := 1; i < m; i++ {
		if viewWords[terms.Stem(ws[i])] {
			think = i
		}
	}
	if think < 0 {
		return cue{}, false
	}
	// "... think we can judge whether the treaty would have held?":
	// the thing is what follows "whether".
	if i := slices.IndexFunc(ws[think+1:m], func(w string) bool { return w == "whether" || w == "if" || w == "that" }); i >= 0 {
		think += i + 1
	}
	var thing []string
	for _, w := range ws[think+1 : m] {
		thing = append(thing, terms.Stems(w)...)
	}
	verb := terms.Stems(ws[have+1])
	if len(thing) == 0 || len(verb) != 1 {
		return cue{}, false
	}
	return cue{stem: verb[0], persons: thing, kind: cueWould}, true
}

// yesNo open a question asking whether, of someone's view: "Does he
// think ...?".
var yesNo = map[string]bool{"do": true, "does": true, "did": true}

// viewWords say what someone holds to be so.
var viewWords = stemSet("think", "believe", "expect", "say", "suggest", "argue", "claim", "feel", "consider", "reckon", "suppose")

// withVerdict adds to chosen, for a question asking whether a thing
// would have worked (see counterfactual), the verdict and the hedge it
// lacks: the first sentence of the passages retrieved saying what the
// thing would (not) have done (see cue.wouldHave), and the first
// granting that what it would have done cannot be known, holding a word
// of the question beside the verb, in a passage naming the thing. An
// added sentence is weighed as the best chosen, and takes the room of
// the weakest other when the answer is full. It reports the rank of the
// passage of the verdict when it added one: the answer opens with it.
func withVerdict(chosen []candidate, res *retrieve.Result) ([]candidate, int) {
	c, ok := counterfactual(res.Query)
	if !ok || len(chosen) == 0 {
		return chosen, -1
	}
	best := slices.MaxFunc(chosen, func(a, b candidate) int { return cmp.Compare(a.score, b.score) }).score
	verdict := -1
	out := chosen
	says := func(o candidate) bool { return c.says(o, res) }
	if !slices.ContainsFunc(chosen, says) {
		if v, ok := firstOf(res, says); ok {
			v.score = best
			out = add(out, v)
			verdict = v.rank
		}
	}
	if !slices.ContainsFunc(out, candidate.grantsUnknown) {
		if h, ok := firstOf(res, func(o candidate) bool { return c.hedgesOn(o, res) }); ok {
			h.score = best
			out = add(out, h)
		}
	}
	return out, verdict
}

// says reports whether candidate o says what the cue's thing would
// (not) have done, of all the question asks (see holdsRest).
func (c cue) says(o candidate, res *retrieve.Result) bool {
	if o.question || !holdsRest(o, c, res) {
		return false
	}
	return c.wouldHave(sentence{candidate: o}, plainWords(o.text))
}

// hedgesOn reports whether candidate o grants that what the cue's thing
// would have done cannot be known: it says what cannot be known, holds
// a word of the question other than the verb and all it asks besides
// the thing (see holdsRest), and its passage names the thing.
func (c cue) hedgesOn(o candidate, res *retrieve.Result) bool {
	if o.question || !o.grantsUnknown() || !holdsRest(o, c, res) {
		return false
	}
	words := slices.DeleteFunc(slices.Clone(res.Query.Parts[0].Stems), func(st string) bool { return st == c.stem })
	stems := readPassage(o.passage)[o.index].stems
	return slices.ContainsFunc(words, func(st string) bool { return slices.Contains(stems, st) }) &&
		passageWeight(o.passage, c.persons, nil) > 0
}

// grantsUnknown reports whether a sentence grants what cannot be known ("we
// can never know", see retrieve.Limits).
func grantsUnknown(text string) bool { return retrieve.Intent(retrieve.Limits).Weigh(text) > 0 }

// grantsUnknown is grantsUnknown of o's text, read from the voice of its
// sentence that readPassage keeps when o quotes that sentence whole:
// withVerdict asks it of every sentence retrieved, and eval writes each
// answer under dozens of selections. The voice readPassage keeps (see
// retrieve.VoiceOf) differs from the one Weigh reads only in its cues of
// purpose, which Limits does not weigh.
func (o candidate) grantsUnknown() bool {
	if o.passage != nil && o.index >= 0 && o.index < len(o.passage.Sentences) && o.passage.Sentences[o.index].Text == o.text {
		return retrieve.Intent(retrieve.Limits).WeighVoice(readPassage(o.passage)[o.index].voice) > 0
	}
	return grantsUnknown(o.text)
}

// firstOf returns the first quotable sentence of the passages retrieved,
// best passage first, that ok admits.
func firstOf(res *retrieve.Result, ok func(candidate) bool) (candidate, bool) {
	for rank, h := range res.Hits {
		for i, s := range h.Passage.Sentences {
			c := candidate{passage: h.Passage, rank: rank, index: i, text: s.Text, question: s.Question}
			if quotable(s) && ok(c) {
				return c, true
			}
		}
	}
	return candidate{}, false
}

// add appends c to chosen, in place of the weakest other sentence when
// the answer is full.
func add(chosen []candidate, c candidate) []candidate {
	out := slices.Clone(chosen)
	if len(out) >= maxSentences {
		if j := weakest(out); j >= 0 {
			out = slices.Delete(out, j, j+1)
		}
	}
	c.pick = len(out) + 1
	return append(out, c)
}

// holdsRest reports whether candidate o holds every word of the question
// but the thing's and the verb's. Asked whether the charter would have
// worked, a verdict or a hedge on the charter answers; asked whether it
// would have driven the city to war, one that names no war says nothing
// of it, though it says the charter would have failed.
func holdsRest(o candidate, c cue, res *retrieve.Result) bool {
	stems := readPassage(o.passage)[o.index].stems
	return !slices.ContainsFunc(res.Query.Parts[0].Stems, func(st string) bool {
		return st != c.stem && !slices.Contains(c.persons, st) && !slices.Contains(stems, st)
	})
}
