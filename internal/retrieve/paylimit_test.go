package retrieve

import "testing"

// TestLimitOfPayAsksASum checks that a question asking the sum a limit
// on pay was set at ("in roubles", a ceiling "set by" a rule) is
// declined, as the essay names the Party Maximum but gives no sum;
// questions asking what the cap was, or what the Party Maximum was, are
// still answered.
func TestLimitOfPayAsksASum(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"What was the salary limit under the Party Maximum in roubles?",
		`What was the salary ceiling set by the "Party Maximum" before it was abolished?`,
	} {
		if !abstains(q) {
			t.Errorf("%q was answered: the essay gives no sum", q)
		}
	}
	for _, q := range []string{
		"What was the cap on party members' salaries and when was it dropped?",
		"What was the Party Maximum?",
		"When did they get rid of the Party Maximum pay cap?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
}
