package retrieve

import "testing"

// TestAsksSumIn checks which wordings ask a sum of money without "how
// much": a currency named after "in", or the level a pay was set at.
func TestAsksSumIn(t *testing.T) {
	r := retriever(t, LexicalOnly)
	for q, want := range map[string]bool{
		"What was the Jivago wage in rubles?":                  true,
		"What was the Jivago wage set at, in dollars?":         true,
		"at what level was the Jivago salary fixed?":           true,
		"What was the Jivago wage?":                            false,
		"Who was fixed at the centre of the Jivago plot?":      false,
		"What did Jivago weigh in pounds?":                     false,
		"what rate of growth did the Jivago plan set?":         false,
		"What did the Jivago party say in its first congress?": false,
	} {
		query, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := asksSumIn(query); got != want {
			t.Errorf("asksSumIn(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestSumInDeclined checks that a question asking the essay's capped
// wage in a currency, a sum it never gives, is declined, while one
// asking what the wage was is answered.
func TestSumInDeclined(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	for q, want := range map[string]bool{
		"What was the Party Maximum wage in rubles?":         true,
		"What was the Party Maximum wage set at, in rubles?": true,
		"What was the Party Maximum wage?":                   false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: declined %v, want %v", q, got, want)
		}
	}
}

// TestPlainlyAskedUndefined checks that asking what a thing is "in
// normal words" asks what it is all the same: a term the essay uses
// without defining is declined asked so, as asked plainly.
func TestPlainlyAskedUndefined(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	for _, q := range []string{
		"what's a plenum in normal words",
		"what does plenum mean in plain English",
		"what's a plenum",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered; the essay never says what a plenum is", q)
		}
	}
}
