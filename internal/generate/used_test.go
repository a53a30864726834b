package generate

import (
	"strings"
	"testing"
)

// TestDeclinePointsWhereAWordIsUsed checks that a question asking only
// what a word means, declined because the essay uses the word without
// defining it, is told where the essay uses it: a parent asking "what
// does stymied mean" can read ¶53's sentence. A question of something
// else is not pointed at a word it happens to share with the essay.
func TestDeclinePointsWhereAWordIsUsed(t *testing.T) {
	for q, want := range map[string]string{
		"what does stymied mean":       "The text does not say what “stymied” means; it uses the word here: “He was stymied by the combined efforts of other Party leaders.” [¶53]",
		`what does "obfuscated" mean?`: "it uses the word here: “I believe that the history of the Bolshevik Party",
	} {
		if got := answer(t, q); !strings.Contains(got, want) {
			t.Errorf("%q: the decline does not say %q: %s", q, want, got)
		}
	}
	if got := answer(t, "When was Khrushchev removed from power?"); strings.Contains(got, "uses the word") {
		t.Errorf("a question of a date is pointed at a word: %s", got)
	}
}
