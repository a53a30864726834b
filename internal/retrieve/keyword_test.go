package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

// TestKeywordAsksTitle checks that "title" asks a title only in a query
// typed as keywords: not in a question put in words, nor in a list of
// facts asked, one of which the passage may give.
func TestKeywordAsksTitle(t *testing.T) {
	for q, want := range map[string]bool{
		"jivago book title ivanov":               true,
		"What does the title of the essay mean?": false,
		"jivago book: title, year, pages":        false,
		"jivago book year":                       false,
	} {
		if got := keywordAsksTitle(q, terms.Words(q)); got != want {
			t.Errorf("%q: asks a title %v, want %v", q, got, want)
		}
	}
}
