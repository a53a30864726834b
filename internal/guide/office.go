package guide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/thesaurus"
)

// office reports whether a one-word name is the title of an office or a
// rank rather than a person's own name: WordNet's commonest sense of the
// word, in lower case, is a kind of person ("President", "King",
// "Colonel"), where a surname's is the person ("Lincoln", "Holmes").
func office(name string) bool {
	return name != "" && !strings.Contains(name, " ") && thesaurus.Person(strings.ToLower(name))
}

// holderOf returns the one name the text gives that ends in an office's
// title as a surname, "Rufus King" for "King", or "" when it gives none
// or several. Each word before the title must read as a name, not as an
// English word, so "Vice President" is not a holder of "President".
func (b *builder) holderOf(title string) string {
	holder := ""
	for _, cd := range b.cands {
		first, ok := strings.CutSuffix(cd.Term, " "+title)
		if !ok || !cd.Name || !givenNames(first) {
			continue
		}
		if holder != "" && holder != cd.Term {
			return ""
		}
		holder = cd.Term
	}
	return holder
}

// givenNames reports whether every word of s is capitalized and no
// English word but a name: "Rufus", "John Quincy".
func givenNames(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		lower := strings.ToLower(w)
		if !unicode.IsUpper(r) || thesaurus.Word(lower) && !thesaurus.Proper(lower) {
			return false
		}
	}
	return s != ""
}
