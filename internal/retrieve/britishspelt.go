package retrieve

import (
	"strings"

	"studyguide/internal/thesaurus"
)

// britishSpelt returns the American spellings of stem s where s is
// British ("favor" for "favour", "realiz" for "realis"): the stems
// WordNet relates to s that differ from it only in the letters the two
// spellings differ in (see spellingKey).
func britishSpelt(s string) []string {
	var out []string
	for _, t := range thesaurus.Related(s) {
		if t != s && spellingKey(t) == spellingKey(s) {
			out = append(out, t)
		}
	}
	return out
}

// spellingKey returns stem s with the letters British and American
// spelling differ in made one: "our" as "or", a closing "is" or "iz"
// (of "-ise" and "-ize") dropped.
func spellingKey(s string) string {
	s = strings.ReplaceAll(s, "our", "or")
	for _, end := range []string{"is", "iz"} {
		if base, ok := strings.CutSuffix(s, end); ok {
			return base
		}
	}
	return s
}
