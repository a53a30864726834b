package retrieve

import "testing"

// TestCitedDeedDeclined checks that asking what someone the essay only
// cites did at a time a later clause names is declined: note 15 cites
// "The Diary of Georgi Dimitrov", which holds "diary" but tells nothing
// he did. Asking what the diary says, or what he wrote in it, is still
// answered from the citation.
func TestCitedDeedDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for q, want := range map[string]bool{
		"what did georgi dimitrov do before he kept that diary": true,
		"What does the Dimitrov diary say?":                     false,
		"What did Dimitrov write in his diary?":                 false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: abstain = %v, want %v", q, got, want)
		}
	}
}
