package generate

import (
	"strings"
	"testing"
)

// TestTimelineQuotesTheDatingSentences checks that a question asking
// the time between two events quotes the sentence dating each and adds
// the tool's own subtraction, marked as its own, when each gives one
// year; that one asking their order adds none; and that an event the
// essay does not date is named as such rather than guessed.
func TestTimelineQuotesTheDatingSentences(t *testing.T) {
	got := answer(t, "How many years passed between the 1936 Constitution and the July 1953 Plenum?")
	for _, want := range []string{"provisions of the 1936 Constitution", "the July 1953 Plenum", "By the tool's own arithmetic", "1953 − 1936 = 17 years"} {
		if !strings.Contains(got, want) {
			t.Errorf("interval: answer lacks %q:\n%s", want, got)
		}
	}
	got = answer(t, "Which happened first: the defeat of the oppositions at the Party Congresses, or the First Secretaries' dispute of July 1937?")
	if !strings.Contains(got, "Congresses of the 1920s") || !strings.Contains(got, "First Secretaries in July 1937") || strings.Contains(got, "arithmetic") {
		t.Errorf("order: answer does not quote both dated sentences alone:\n%s", got)
	}
	got = answer(t, "Put these in order for me: the Khlevniuk volume, the Brandenberger article and the Sovetskaia Rossiia publication.")
	for _, want := range []string{"[note 2]", "[note 5]", "[note 8]"} {
		if !strings.Contains(got, want) {
			t.Errorf("list: answer does not quote %s:\n%s", want, got)
		}
	}
	got = answer(t, "Which came first, the moon landing or the 1936 Constitution?")
	if !strings.HasPrefix(got, "The text gives no date for the moon landing; of the 1936 Constitution,") {
		t.Errorf("undated event: answer does not say the essay leaves it undated:\n%s", got)
	}
}
