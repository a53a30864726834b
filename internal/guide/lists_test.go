package guide

import "testing"

// TestDashClosesAList reads Turner's ¶16, whose list of the procession
// ("the salt springs, the Indian, the fur-trader and hunter, the
// cattle-raiser, the pioneer farmer—and the frontier has passed by")
// ends at a dash, not at "and": the item after "salt springs" is the
// next of the list, not what salt springs are. His guide glossed the
// term by it and asked students to "Put this account of ‘salt springs’
// in your own words".
func TestDashClosesAList(t *testing.T) {
	b := textBuilder(t, "turner-frontier.md")
	s := sentenceOpening(t, b, "Stand at Cumberland Gap")
	if d, _ := definesTerm(s.text, "salt springs"); d {
		t.Errorf("definesTerm(%q, \"salt springs\") = true, want false", s.text)
	}
	g := textGuide(t, "turner-frontier.md")
	for _, tm := range g.Terms {
		if tm.Term == "salt springs" && tm.Kind == Defines {
			t.Errorf("‘salt springs’ is glossed as defined by %q", tm.Quote.Text)
		}
	}
}
