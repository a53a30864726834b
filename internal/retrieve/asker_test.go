package retrieve

import "testing"

// TestLackedAskerDeclined checks that a question asking what someone the
// essay never names thought, said or did is declined, though the passage
// found holds most of its other words (leaders, thought, the 1936
// Constitution); and that the same questions asked of people the essay
// names are answered.
func TestLackedAskerDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"Kindly tell what Indian leaders thought about Stalin's 1936 Constitution.",
		"What did Indian leaders think of the 1936 Constitution?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered: the essay never names them", q)
		}
	}
	for _, q := range []string{
		"What did Stalin think of the cult around him?",
		"What did Marx and Engels learn from the Paris Commune?",
		"Kindly tell what Stalin thought about contested elections.",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
	if !askerNamed(mustAnalyse(t, r, "How did Jivagan leaders react?"), "Jivagan") {
		t.Errorf("the name after “how did” was not read as whose reaction is asked")
	}
	if askerNamed(mustAnalyse(t, r, "How was democracy in Jivagia different?"), "Jivagia") {
		t.Errorf("a place a question is set in was read as whose deed is asked")
	}
}

// mustAnalyse analyses q on r.
func mustAnalyse(t *testing.T, r *Retriever, q string) *Query {
	t.Helper()
	a, err := r.Analyse(q)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
