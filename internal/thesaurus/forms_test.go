package thesaurus

import "testing"

// TestWordKnowsRealForms checks that Word tells a real English word, a
// lemma or a form of one, from a word with a real word's stem that no
// one writes: the speller read "govener" as "governer" and "democracia"
// as "democracial", whose stems WordNet knows.
func TestWordKnowsRealForms(t *testing.T) {
	for w, want := range map[string]bool{
		"govern": true, "governed": true, "governor": true, "rewritten": true, "stopped": true,
		"privileges": true, "democracies": true, "bigger": true, "happier": true, "privatised": true,
		"governer": false, "democracial": false, "rewritent": false, "privilegics": false,
		"medievables": false, "paradigme": false,
		// A long adjective takes "more", not "-est".
		"medievalest": false,
	} {
		if got := Word(w); got != want {
			t.Errorf("Word(%q) = %v, want %v", w, got, want)
		}
	}
}
