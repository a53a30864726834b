package retrieve

import (
	"slices"
	"sync"

	"studyguide/internal/terms"
)

// speechWords name a way of speaking: "What metaphor does the author
// use?" asks how the text speaks, which it does without naming the
// figure; the text lacking the word is no sign it speaks of something
// else.
var speechWords = []string{"metaphor", "metaphors", "simile", "analogy", "comparison", "image", "imagery", "illustration",
	"anecdote", "phrase", "expression", "idiom", "slogan", "figure", "symbol", "allegory", "parable", "irony", "rhetoric"}

// conveyed are the stems of nouns for what something conveys: "What
// message does the plan send to the citizen?" asks what the plan says,
// which the text tells without calling it a message, as it speaks in
// metaphors without naming them (see speechWords). Unlike those, they
// do not make a question one of the text itself (see ofTheText): "What
// message did X send to Y?" asks a fact of X.
var conveyed = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"message", "moral", "lesson"} {
		out[terms.Stem(w)] = true
	}
	return out
})

// argued are the stems of nouns for what someone argues: "What's his
// thesis about why X went bad?", "What's his pitch for why Y should
// care?" ask what he argues, which a text argues without calling it a
// thesis or a pitch, as it speaks in metaphors without naming them (see
// speechWords). Nouns for someone's telling of events ask the same:
// "Why does he think the official version is wrong?" asks what the text
// says of the official account, however it calls it ("paradigm").
var argued = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"thesis", "pitch", "argument", "contention", "premise", "claim", "takeaway",
		"version", "narrative", "portrayal", "depiction", "rendition", "retelling", "explanation", "interpretation", "label",
		"verdict", "judgment", "judgement", "assessment"} {
		out[terms.Stem(w)] = true
	}
	return out
})

// kindWord reports whether stem s names the kind of thing a question
// asks for, which a text gives without naming it: a way of speaking
// ("metaphor", see speechWords), what someone argues or conveys
// ("thesis", "lesson"), a part of a date or of a citation ("month",
// "volume", "page"), or a verb of the text's stating ("mentioned"). A
// text that lacks the word is no further from the question for it:
// "What month and year are mentioned for X?" is answered by "in July
// 1937", "What closing metaphor does the author use?" by the metaphor.
func kindWord(s string) bool {
	return speechStems()[s] || argued()[s] || conveyed()[s] || statingStems[s] || factKinds[s] || doerKinds[s] || lineStems[s]
}

// lineStems are the stems of "line", which a question asks for as a
// line of the text ("Which line would you quote for X?", "Give me the
// spiciest line about Y") or frames a distinction with ("the line
// between X and Y"): a text that never says "line" gives its lines, and
// draws its distinctions, without the word.
var lineStems = words(terms.Stems("line lines")...)

// doerKinds are the stems of nouns for who did something, which a text
// names without calling them so: "Which actors frustrated X?" asks who.
var doerKinds = words(terms.Stems("actor player individual protagonist")...)

// factKinds are the stems of the kinds of fact a text gives in figures
// or names without naming the kind: the parts of a date and of a
// citation. Asked for ("Which volume ...?") of a text that cites as
// citations do (see citesPages), such a word is no strange thing either.
var factKinds = words(terms.Stems("year month day date page pages volume issue edition journal publisher city")...)

// speechStems returns the stems of speechWords.
var speechStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range speechWords {
		out[terms.Stem(w)] = true
	}
	return out
})

// saidHead reports whether the noun q asks for, stem head, names the
// kind of thing someone says or reports ("What blind spot does he
// attribute to X?", "What testimony does X report?"): "does" or "did"
// follows the noun, then its subject and a verb of saying (see
// reportVerbs). A text gives the rationale or the
// testimony without naming its kind, as it speaks in metaphors without
// naming them (see speechWords); the text lacking the word is no sign
// the question is of something else. What it is said about is still
// weighed (see aboutStem).
func saidHead(q *Query, head string) bool {
	if head == "" {
		return false
	}
	i := slices.IndexFunc(q.Words, func(w string) bool { return terms.Stem(w) == head })
	if i < 0 {
		return false
	}
	// "What rationale for X does he trace?" is not read so: the noun is
	// asked with what it is of, and a passage holding X's words alone
	// was found no answer to it on the development sets.
	if i+2 >= len(q.Words) || q.Words[i+1] != "does" && q.Words[i+1] != "did" {
		return false
	}
	for _, w := range q.Words[i+2 : min(len(q.Words), i+2+reportGap)] {
		if reportVerbs[w] || reportVerbs[w+"s"] {
			return true
		}
	}
	return false
}

// reportGap is how many words after "does" the verb of saying may stand:
// the subject's ("does the old minister report").
const reportGap = 4

// reportVerbs are the verbs by which someone says or reports a thing, in
// the third person present: a text's own verbs (see sayings) and a
// witness's.
var reportVerbs = func() map[string]bool {
	out := words("reports", "recounts", "recalls", "records", "relates", "tells", "identifies", "presents", "attributes", "traces", "points")
	for w := range sayings {
		out[w] = true
	}
	return out
}()
