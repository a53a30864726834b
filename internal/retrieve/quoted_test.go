package retrieve

import (
	"context"
	"testing"
)

// TestQuotedPhraseLeads checks that a question quoting the essay's words
// finds the passage they stand in first, ahead of passages that only
// share one of them more often, and that scores stay within 0 to 1.
func TestQuotedPhraseLeads(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		`What the author means by "representative democracy"?`:                               "¶51",
		`"exploded by the research" - exploded like a bomb? What is the meaning here?`:       "¶53",
		`"if it was theirs" - what plan is he unsure belonged to them?`:                      "¶61",
		`what examples does he give when he raises the question of "inner-party democracy"?`: "¶57",
	} {
		res, err := r.Retrieve(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != want {
			t.Errorf("%q ranked %v; want %s first", q, res.Refs(), want)
		}
		for _, h := range res.Hits {
			if h.Score > 1 {
				t.Errorf("%q: %s scored %v, above 1", q, h.Passage.Ref, h.Score)
			}
		}
	}
}
