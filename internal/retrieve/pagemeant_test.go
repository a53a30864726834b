package retrieve

import (
	"context"
	"testing"
)

// TestPageRunTogetherIsNoParagraph checks that "p220" in a text citing
// pages, with no paragraph 220, is read as the page a scholar writes so
// ("amy knight p220 ..." quotes note 12's "Amy Knight, p. 220"), not as
// a ref the text lacks; and that "p53" still names ¶53.
func TestPageRunTogetherIsNoParagraph(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"amy knight p220 khrushchev beria death date": "note 12",
		"what does p53 say?":                          "¶53",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Query.Unfound) > 0 || res.Abstain || res.Hits[0].Passage.Ref.String() != want {
			t.Errorf("%q: unfound %v, declined %v (%s), want %s first", q, res.Query.Unfound, res.Abstain, res.DeclinedBy, want)
		}
	}
}
