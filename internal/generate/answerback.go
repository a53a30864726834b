package generate

import (
	"cmp"
	"slices"
	"strings"

	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// An author often asks a question in one passage and answers it in the
// next: "Would the charter have worked?" left open among the questions
// for further study, then "the charter, even if signed, would not have
// ended the feud". Asked the same thing ("How does he rate the charter's
// chances?"), the passage that asks it back may rank first, and an
// answer quoting the question alone tells the reader the text leaves it
// open, when the author gives his verdict a passage later.

// withOwnVerdict adds to chosen, when each of its sentences is one of the
// author's own questions and the one scoring best asks what a thing the
// reader names would have done (see ownCue), the first statement of the
// passages retrieved saying what the thing would (not) have done (see
// cue.wouldHave), weighed as that question. It reports the rank of the
// passage of the verdict when it added one: the answer opens with it,
// and the question follows. A question asking for the author's questions
// wants them alone.
func withOwnVerdict(chosen []candidate, res *retrieve.Result) ([]candidate, int) {
	if len(chosen) == 0 || asksForQuestions(res.Query.Words) || slices.ContainsFunc(chosen, func(c candidate) bool { return !c.question || !asksOwn(c.text) }) {
		return chosen, -1
	}
	mirror := slices.MaxFunc(chosen, func(a, b candidate) int { return cmp.Compare(a.score, b.score) })
	c, ok := ownCue(mirror.text, res.Query)
	if !ok {
		return chosen, -1
	}
	best := mirror.score
	v, ok := firstOf(res, func(o candidate) bool { return !o.question && c.wouldHave(sentence{candidate: o}, plainWords(o.text)) })
	if !ok {
		return chosen, -1
	}
	v.score = best
	return add(chosen, v), v.rank
}

// ownCue returns the cue of one of the author's questions asking what a
// thing would or could have done, "Would <thing> have <verb> ...?", with
// the thing's stems narrowed to those question q holds: the verdict
// looked for is on what the reader asked of, not on every word the
// author's question names. It reports false unless q asks what the
// question asks: it holds the verb, or asks what would have been in
// another ("would have fixed things"), and none of its other words is
// one the question names.
func ownCue(text string, q *retrieve.Query) (cue, bool) {
	thing, verb, ok := wouldShape(terms.Words(text), func(st string) bool { return slices.Contains(q.Stems, st) })
	if !ok || !slices.Contains(q.Stems, verb) && !asksWould(q.Words) {
		return cue{}, false
	}
	// Asked of what the question itself names ("Would the charter have
	// restored the old guilds?", of "Would the charter have worked, and
	// restored the old guilds?"), the author leaves that open: his
	// verdict on whether it would have worked is no answer to it.
	own := terms.Stems(text)
	if slices.ContainsFunc(q.Stems, func(st string) bool {
		return st != verb && !slices.Contains(thing, st) && slices.Contains(own, st)
	}) {
		return cue{}, false
	}
	return cue{stem: verb, persons: thing, kind: cueWould}, true
}

// plainWords returns a sentence's words as wouldHave reads them: split
// at spaces, lower-cased, quotation marks and brackets trimmed.
func plainWords(text string) []string {
	fields := strings.Fields(text)
	words := make([]string, len(fields))
	for i, f := range fields {
		words[i] = strings.ToLower(strings.Trim(f, "\"“”'‘’()"))
	}
	return words
}

// asksWould reports whether a question, given as its words, asks what
// would or could have been.
func asksWould(words []string) bool {
	for i, w := range words {
		if w == "would've" || w == "could've" || w == "wouldve" || w == "couldve" || modals[w] && slices.Contains(words[i+1:min(len(words), i+6)], "have") {
			return true
		}
	}
	return false
}
