package generate

import (
	"strings"
	"testing"
)

// TestDeclineNamesNoEverydayWord checks that a decline names the
// question's words the essay lacks that say what it asks about, and not
// an everyday word it happens to lack ("man"): "It never mentions
// “man”" tells the reader nothing of what the text leaves out.
func TestDeclineNamesNoEverydayWord(t *testing.T) {
	got := answer(t, "What man led the navy?")
	if !strings.Contains(got, "never mentions “navy”") {
		t.Errorf("the decline does not name “navy”: %s", got)
	}
	if strings.Contains(got, "“man”") {
		t.Errorf("the decline names the everyday word “man”: %s", got)
	}
}
