package retrieve

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// objectOpeners open the object a verb takes: an article or a
// possessive straight after it.
var objectOpeners = words("the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those")

// verbBeforeObject reports whether the last word of the run
// ws[start:end] after "which" or "what" is the question's verb in the
// third person, its object following: a form in "-s" that the
// dictionary knows as a verb, before an article or a possessive.
// "Which researcher rejects the murder thesis?" asks for a researcher;
// read as a noun, "rejects" was a thing the text never names, and the
// question was declined.
func verbBeforeObject(ws []string, start, end int) bool {
	if end < start+2 || end >= len(ws) || !objectOpeners[ws[end]] {
		return false
	}
	w := ws[end-1]
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	_, others := thesaurus.Tagged(terms.Stem(w))
	return others > 0
}
