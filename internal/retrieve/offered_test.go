package retrieve

import (
	"context"
	"testing"
)

// TestOfferingVerbIsFraming checks that the verb by which a question
// asks what the writer puts forward is not searched: "What evidence
// does Furr give that Stalin was not all-powerful?" ranked ¶49 first on
// its "Given that Stalin ..."; the evidence is ¶53's. A verb of giving
// whose subject is not the writer or the text is still searched.
func TestOfferingVerbIsFraming(t *testing.T) {
	r := retriever(t, Hybrid)
	res, err := r.Retrieve(context.Background(), "What evidence does Furr give that Stalin was not all-powerful?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶53" {
		t.Errorf("evidence question: first %s (declined %v), want ¶53", res.Hits[0].Passage.Ref, res.Abstain)
	}
	for q, want := range map[string]bool{
		"What evidence does Furr give that Stalin was not all-powerful?": true,
		"Which reasons does the author offer for the change?":            true,
		"What rights did the Constitution give citizens?":                false,
		"What did Stalin give the workers?":                              false,
		"Where does he bring Marx up again?":                             false,
	} {
		query, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		ws := query.Words
		got := false
		for i, w := range ws {
			if offerVerbs[w] {
				got = r.offeredAt(ws, i)
			}
		}
		if got != want {
			t.Errorf("%q: offering verb framing %v, want %v", q, got, want)
		}
	}
}
