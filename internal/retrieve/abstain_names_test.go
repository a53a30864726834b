package retrieve

import (
	"context"
	"testing"
)

// TestANameTheTextSpellsOtherwise checks that a name the asker spells
// as the text does not (an acronym the text writes out, a follower of a
// doctrine it names) does not decline a question the text answers, and
// that a name it derives an adjective from once, or an acronym it never
// writes out, still does.
func TestANameTheTextSpellsOtherwise(t *testing.T) {
	goldman := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	liberty := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	essay := retriever(t, Hybrid)
	for _, c := range []struct {
		r    *Retriever
		q    string
		want bool
	}{
		{goldman, "What factor does Goldman say the orthodox Marxists forget?", false},
		{goldman, "What did Lenin say to opponents of the NEP, and did Goldman agree with him?", false},
		{liberty, "What did Goethe and Fichte each believe?", true},
		{essay, "What did Lenin think about the NEP?", true},
		{essay, "What is the capital city of Australia?", true},
	} {
		res, err := c.r.Retrieve(context.Background(), c.q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != c.want {
			t.Errorf("%q: abstain = %v, want %v", c.q, res.Abstain, c.want)
		}
	}
}
