package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/sentence"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// neverDoer reports whether q asks what a thing the corpus names did
// ("What voting system did the Jivago Commune use?", "How did the Jivago
// Revolution settle the dilemma?") and the corpus names it only in
// passing: in at most passingSentences sentences, each time after a
// preposition ("their study of the Jivago Commune", "as it was termed
// during the Jivago Revolution"). There it is a setting or what others
// studied, never a doer, and the text tells nothing it did; the words
// the question shares with the sentence ("practice", "dilemma") are the
// sentence's, said of others. A thing the text names as a doer anywhere
// ("the Jivago Commune decided ...") is left to the relation test.
func (r *Retriever) neverDoer(q *Query) bool {
	run := r.askedDoer(q)
	if len(run) == 0 {
		return false
	}
	var at []sentenceAt
	for _, a := range r.name(run[0]).at {
		if stems := sentenceStems(a); !slices.ContainsFunc(run, func(s string) bool { return !stems[s] }) {
			at = append(at, a)
		}
	}
	// A name the text also writes as its people's adjective ("the
	// Jivagans vanquished them") is told of there too.
	if len(at) == 0 || len(at) > passingSentences || slices.ContainsFunc(r.demonyms(run[0]), r.named) {
		return false
	}
	return !slices.ContainsFunc(at, func(a sentenceAt) bool {
		return !afterPreposition(a.passage.Sentences[a.sentence].Text, run[0]) || goesOn(a, run[0])
	})
}

// goesOn reports whether the text goes on speaking of what sentence a
// names, stem s, by a pronoun: after the name in the same sentence
// ("Among the deeds of Jivago this one is told: that no dissension arose
// in his army"), or opening the next (see sentence.LeadingPronoun). It
// tells of it, after a preposition or not.
func goesOn(a sentenceAt, s string) bool {
	// A pronoun after another name stands for that one: "with Jivago
	// the aged Ivanov mused ... as he saw".
	fields := strings.Fields(a.passage.Sentences[a.sentence].Text)
	named := false
	for _, f := range fields {
		ws := terms.Words(f)
		if len(ws) != 1 {
			continue
		}
		w := ws[0]
		switch {
		case terms.Stem(w) == s:
			named = true
		case named && personalPronouns[w]:
			return true
		case named && f != strings.ToLower(f) && !terms.IsStopword(w) && !strings.HasPrefix(s, terms.Stem(w)):
			named = false
		}
	}
	next := a.sentence + 1
	return next < len(a.passage.Sentences) && sentence.LeadingPronoun(a.passage.Sentences[next].Text) != ""
}

// personalPronouns stand for a person named before them. "They" and
// "its" stand as often for others the sentence names.
var personalPronouns = words("he", "his", "him", "she", "her")

// passingSentences is the most sentences a thing named in passing is
// named in.
const passingSentences = 2

// askedDoer returns the stems of the name q asks a deed of, in order: the
// name just after an active auxiliary ("did the X use", "does X say"),
// followed by a word of its own, the verb, or by "do" ("What did X
// actually do?", the adverbs stressing it stepped over: see
// pastEmphasis). A name after "was" ("How was X organized?") is what was
// done to, not a doer.
func (r *Retriever) askedDoer(q *Query) []string {
	runs := r.nameRuns(q, q.Stems)
	ws := q.Words
	for i, w := range ws {
		if !doerAuxiliaries[w] {
			continue
		}
		j := i + 1
		if j < len(ws) && ws[j] == "the" {
			j++
		}
		if j >= len(ws) {
			return nil
		}
		id := runs[terms.Stem(ws[j])]
		if id == 0 {
			return nil
		}
		var run []string
		for ; j < len(ws) && runs[terms.Stem(ws[j])] == id; j++ {
			run = append(run, terms.Stem(ws[j]))
		}
		// "What does X's diary show?" asks a deed of the diary; "What
		// does X show?", "Why does X come up?" ask what the text makes
		// of X, which it tells wherever it names X.
		// "What do the X plenum transcripts show?" asks of the
		// transcripts: the word after the name must be a verb. "What
		// does 'X fair' mean?" asks what the text means by it.
		j = pastEmphasis(ws, j)
		if j < len(ws) && ws[j] == "do" && !hasAny(ws[j:], tellingVerbs) {
			return run
		}
		if j >= len(ws) || terms.IsStopword(ws[j]) || hasAny(ws[j:], tellingVerbs) || typedPossessive(q.Text, ws[j-1]) || !verbMostly(ws[j]) {
			return nil
		}
		return run
	}
	return nil
}

// tellingVerbs ask what a thing tells, or why the text brings it in,
// not what it did: "What do the X transcripts show?", "What did X report
// about Y?", "Why does X come up?".
var tellingVerbs = words("show", "say", "said", "report", "reveal", "write", "wrote", "come", "have", "hv", "appear", "mean", "tell",
	"argue", "claim", "state", "think", "suggest", "prove", "indicate", "demonstrate", "conclude", "find", "believe", "matter", "fit")

// typedPossessive reports whether text writes word w as a possessive ("X's
// diary"), which makes what follows the subject.
func typedPossessive(text, w string) bool {
	lower := strings.ToLower(text)
	return strings.Contains(lower, w+"'s ") || strings.Contains(lower, w+"’s ") || strings.Contains(lower, w+"' ")
}

// verbMostly reports whether word w is used as a verb, or as another
// part of speech than a noun, at least as often as a noun in WordNet's
// tagged texts (see thesaurus.Tagged).
func verbMostly(w string) bool {
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return others > 0 && others >= nouns
}

// doerAuxiliaries open a question asking what its subject did.
var doerAuxiliaries = words("did", "does", "do", "has", "have", "had", "will", "would", "could", "can")

// sentenceStems returns the stems of the sentence at a.
func sentenceStems(a sentenceAt) map[string]bool {
	out := map[string]bool{}
	for _, s := range terms.Stems(a.passage.Sentences[a.sentence].Text) {
		out[s] = true
	}
	return out
}

// afterPreposition reports whether every use of stem s in text stands
// after a preposition, an article between ("of the X", "during the X"):
// the thing is a setting, or what others act on. "By" brings in a doer
// ("written by X"), and is no such preposition.
func afterPreposition(text, s string) bool {
	ws := terms.Words(text)
	found := false
	for i, w := range ws {
		if terms.Stem(w) != s {
			continue
		}
		found = true
		j := i - 1
		if j >= 0 && (ws[j] == "the" || ws[j] == "a" || ws[j] == "an") {
			j--
		}
		// "According to X" gives X's word: X is the teller.
		if j < 0 || !settingPrepositions[strings.ToLower(ws[j])] || j > 0 && ws[j-1] == "according" {
			return false
		}
	}
	return found
}

// settingPrepositions place a thing as a setting, or as what others act
// on.
var settingPrepositions = words("of", "during", "in", "from", "about", "with", "on", "at", "under", "to", "for", "after", "before", "since", "into", "upon")
