package retrieve

import (
	"context"
	"testing"
)

// TestReorderedAcronymIsRead checks that an acronym typed in the order
// another language gives its letters ("URSS") is read as the essay's
// ("USSR"), and the question answered, while an acronym no acronym of
// the essay reorders ("OTAN"), one typed in lower case, and the essay's
// own are left as typed: "Which documents made the new history of the
// URSS possible?" was declined as naming something the essay never
// mentions.
func TestReorderedAcronymIsRead(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"Which documents made the new history of the URSS possible?": "Which documents made the new history of the USSR possible?",
		"What did the OTAN decide in 1949?":                          "What did the OTAN decide in 1949?",
		"history of the urss":                                        "history of the urss",
		"When did the USSR end?":                                     "When did the USSR end?",
	})
	res, err := r.Retrieve(context.Background(), "Which documents made the new history of the URSS possible?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain {
		t.Errorf("a question naming the USSR by its Spanish acronym was declined")
	}
}
