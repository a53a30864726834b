package retrieve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// reorderedAcronym returns the acronym of the corpus that w, a word the
// question types in capitals in field and the corpus never uses, spells
// with its letters in another order, or "". The languages that put an
// adjective after its noun abbreviate a name in that order: "URSS" is
// the Spanish, French and Italian for "USSR", "OTAN" for "NATO" (their
// "UE" for "EU" is too short to read; see minReordered). A learner
// types the acronym of his own language, and the
// text's acronym with the same letters names the same thing; of two
// such, neither is read. The acronym is returned in capitals, as the
// corpus writes it.
func (r *Retriever) reorderedAcronym(w, field string) string {
	if utf8.RuneCountInString(w) < minReordered || !strings.Contains(field, strings.ToUpper(w)) || r.usesWord(w) {
		return ""
	}
	letters := sortedLetters(w)
	found := ""
	for _, t := range r.vocab.order {
		if len(t) != len(w) || t == w || sortedLetters(t) != letters || !r.typesInCapitals(t) {
			continue
		}
		if found != "" {
			return ""
		}
		found = t
	}
	return strings.ToUpper(found)
}

// minReordered is the fewest letters of an acronym reorderedAcronym
// reads: of two letters, any pair reversed ("SU" for "US") is another
// word as often as another order of the same name.
const minReordered = 3

// sortedLetters returns the letters of w in alphabetical order.
func sortedLetters(w string) string {
	rs := []rune(w)
	slices.Sort(rs)
	return string(rs)
}

// typesInCapitals reports whether the corpus writes the word w, lower
// case as the vocabulary keeps it, wholly in capitals, as an acronym,
// and stems it as a name (see named).
func (r *Retriever) typesInCapitals(w string) bool {
	upper := strings.ToUpper(w)
	return r.named(terms.Stem(w)) && slices.ContainsFunc(r.Corpus.Passages, func(p *essay.Passage) bool {
		return typedInCapitals(p.Text(), upper)
	})
}
