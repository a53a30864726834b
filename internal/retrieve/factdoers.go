package retrieve

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// unnamedDoer reports whether q asks who did something ("Who paid the
// tax?", see askedDoing) and every sentence of passages holding its verb
// gives the doer as an indefinite pronoun just before it ("some one
// interfered, and paid that tax", "If others pay the tax"), or as a
// personal one going back to it ("If they pay the tax"): an indefinite
// pronoun names no one, and a who-question asks for someone.
// A passage with no sentence holding the verb is left to the other
// tests.
func unnamedDoer(q *Query, passages []*essay.Passage) bool {
	verb := askedDoing(q)
	if verb == "" {
		return false
	}
	held := false
	for _, p := range passages {
		for _, sn := range p.Sentences {
			ws := terms.Words(sn.Text)
			for i, w := range ws {
				if terms.IsStopword(w) || terms.Stem(w) != verb {
					continue
				}
				switch {
				case indefiniteBefore(ws, i):
					held = true
				case !pronounBefore(ws, i):
					return false
				}
			}
		}
	}
	return held
}

// askedDoing returns the stem of the verb a question opening "Who" asks
// the doer of: its first word after "who" that is no stop word and no
// adverb in -ly ("Who actually paid ...?" asks of "paid"); or "" for
// another question.
func askedDoing(q *Query) string {
	if len(q.Words) < 2 || q.Words[0] != "who" {
		return ""
	}
	for _, w := range q.Words[1:] {
		if terms.IsStopword(w) || strings.HasSuffix(w, "ly") {
			continue
		}
		return terms.Stem(w)
	}
	return ""
}

// indefiniteBefore reports whether an indefinite pronoun stands at most
// doerGap words before ws[i]: "some one interfered, and paid".
func indefiniteBefore(ws []string, i int) bool {
	for j := i - 1; j >= 0 && i-j <= doerGap; j-- {
		if indefinites[ws[j]] || ws[j] == "one" && j > 0 && ws[j-1] == "some" {
			return true
		}
	}
	return false
}

// pronounBefore reports whether a personal pronoun stands just before
// ws[i], as its subject ("they pay"): it names the doer named before it.
func pronounBefore(ws []string, i int) bool {
	return i > 0 && personal[ws[i-1]]
}

// personal are the personal pronouns that stand for a doer named before.
var personal = words("he", "she", "they", "we")

// doerGap is how many words before a verb its subject may stand ("some
// one interfered, and paid").
const doerGap = 4

// indefinites are the pronouns that stand for someone without naming
// him.
var indefinites = words("someone", "somebody", "others", "anyone", "anybody")
