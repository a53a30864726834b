package retrieve

import (
	"context"
	"testing"

	"studyguide/internal/terms"
)

// TestOwnPointsWithinItsClause: "their own" after a word of the clause
// points to that word, so the clause asking which republics kept their
// own party is weighed on its own and answers the question, though the
// text gives no count of delegates; a pronoun with nothing before it in
// its clause still points back.
func TestOwnPointsWithinItsClause(t *testing.T) {
	for text, want := range map[string]bool{
		"Which republics kept their own Communist Party": false,
		"what did his own son say":                       true,
		"and what did they do next":                      true,
		"which states kept their own courts":             false,
	} {
		if got := pointsBack(terms.Words(text)); got != want {
			t.Errorf("pointsBack(%q) = %v, want %v", text, got, want)
		}
	}
	r := retriever(t, Hybrid)
	q := "Which republics kept their own Communist Party, and how many delegates did Georgia send to the Party Congress?"
	res, err := r.Retrieve(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != "note 5" {
		t.Errorf("abstained %v (%s), ranked %v; want note 5 first, answered", res.Abstain, res.DeclinedBy, res.Refs())
	}
}
