package guide

import (
	"strings"
	"testing"
)

// TestSourcingNamesTheHolderOfATitle builds two guides whose sourcing
// prompts rested "on the example of President" (the Amendments) and "on
// the example of King" (Cooper Union, where the text means Rufus King):
// a title alone is no name. A law rests on no examples, and its prompt
// asks what it provides for the officer it names.
func TestSourcingNamesTheHolderOfATitle(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"amendments.md", "what they provide for the President,", "provide for President,"},
		{"lincoln-cooper-union.txt", "the example of Rufus King.", "the example of King."},
		{"machiavelli-prince.md", "the example of Cesare Borgia.", "the example of the Cesare"},
	} {
		found := false
		for _, q := range textGuide(t, tc.text).Questions() {
			for _, p := range q.Historian {
				if p.Level != Sourcing {
					continue
				}
				if strings.Contains(p.Text, tc.not) {
					t.Errorf("%s: %q", tc.text, p.Text)
				}
				found = found || strings.Contains(p.Text, tc.want)
			}
		}
		if !found {
			t.Errorf("%s: no sourcing prompt rests on %q", tc.text, tc.want)
		}
	}
}
