package retrieve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
)

// groupKin returns the corpus's stems among the plain words for stem, a
// word of general English (see plainWordTable), leaving out those
// already searched: searched in place of a word the corpus lacks, as its
// kin are. A text that uses the word
// itself ("the West" of a history of the frontier) is searched for it
// alone, and so is a word of a name the question gives ("the Western
// Empire", "West Point"), which means no more than the name.
func (r *Retriever) groupKin(q *Query, stem string, searched []string) []string {
	if inName(q.Text, stem) {
		return nil
	}
	var out []string
	for _, t := range groupWords(stem) {
		if r.Index.BM25.Has(t) && !slices.Contains(searched, t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// inName reports whether a word of text whose stem is stem comes before
// a capitalized word, as the first words of a name do ("Western Empire").
func inName(text, stem string) bool {
	fields := strings.Fields(text)
	for i, f := range fields[:max(0, len(fields)-1)] {
		ws := terms.Words(f)
		if len(ws) == 0 || terms.Stem(ws[len(ws)-1]) != stem {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(fields[i+1]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
