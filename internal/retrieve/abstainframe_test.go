package retrieve

import "testing"

// TestCauseOfUnnamedThingDeclined checks that a question asking the
// cause of a thing the essay never names is declined, though a WordNet
// stand-in from a remote sense ("word" for "tides", through "tidings";
// "worry" for "headaches") or a word of a two-word name the essay never
// writes ("light" of "northern lights") meets ¶59's "the real cause of
// degeneration", or a stand-in from a near one ("increase" for
// "inflation") names the asked thing in no word of the essay's; and
// that questions asking the cause of what the essay does speak of, in
// its words or in an informal one ("perks"), are still answered.
func TestCauseOfUnnamedThingDeclined(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	for _, tc := range []struct {
		q       string
		decline bool
	}{
		{"What causes the northern lights?", true},
		{"What causes tides?", true},
		{"What causes headaches?", true},
		{"Why do tides happen?", true},
		{"What causes waves?", true},
		{"What causes rain?", true},
		{"What causes earthquakes?", true},
		{"What causes the aurora?", true},
		// "increase" stands in for "inflation", a sense near enough,
		// yet the essay never speaks of inflation.
		{"What causes inflation?", true},
		{"What causes degeneration?", false},
		{"What caused the perks?", false},
		{"What caused the cult of personality?", false},
	} {
		if got := abstains(tc.q); got != tc.decline {
			t.Errorf("%q: declined = %v, want %v", tc.q, got, tc.decline)
		}
	}
}

// TestFramedOnly checks which questions framedOnly reads as asking the
// cause of a thing the essay lacks.
func TestFramedOnly(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"What causes tides?":                   true,
		"What causes the northern lights?":     true,
		"Why do tides happen?":                 true,
		"What causes degeneration?":            false,
		"What caused the cult of personality?": false,
		"Why were tides mentioned by Stalin?":  false,
	} {
		qq, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if _, got := r.framedOnly(qq); got != want {
			t.Errorf("framedOnly(%q) = %v, want %v", q, got, want)
		}
	}
}
