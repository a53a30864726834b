package retrieve

import (
	"context"
	"testing"
)

// TestNamesTheTextOnlyCites checks that a question asking who someone
// was, whom the essay names only in its citations ("The Diary of Georgi
// Dimitrov, ed. ...", "Ivo Banac (New Haven: Yale University Press)"),
// is declined, while one asking what the cited work holds is answered.
func TestNamesTheTextOnlyCites(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"Who was Georgi Dimitrov?":               true,
		"Who was Ivo Banac?":                     true,
		"What country was Georgi Dimitrov from?": true,
		"What does the Dimitrov diary say?":      false,
		"Diary of Georgi Dimitrov":               false,
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != want {
			t.Errorf("%q: abstain = %v, want %v", q, res.Abstain, want)
		}
	}
}

// TestTheMainClauseIsWhatIsAsked checks that the relation test weighs
// what a question asks, in its first clause, and not the words of a
// clause placing it in time: the essay says Chuev talked with Molotov,
// never what Chuev did for a living, and a sentence holding "conversations"
// does not say it. A question whose first clause the text answers is
// answered whatever its later clause.
func TestTheMainClauseIsWhatIsAsked(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"What did Felix Chuev do for a living before he talked with Molotov?": true,
		"What did Molotov worry about when he talked with Chuev?":             false,
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != want {
			t.Errorf("%q: abstain = %v, want %v", q, res.Abstain, want)
		}
	}
}
