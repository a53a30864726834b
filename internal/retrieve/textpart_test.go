package retrieve

import (
	"context"
	"testing"
)

// TestAPartOfANamedThing checks that a word for a text naming a part of
// another thing the question names ("Which article of the 1936
// Constitution ...?") asks of that thing, which the essay names only in
// passing and so is declined, while the same word asking of a work the
// essay cites ("Which article of Brandenberger does the essay cite?") or of the essay
// itself is still answered.
func TestAPartOfANamedThing(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"Which article of the 1936 Constitution guaranteed freedom of speech?":                   true,
		"Which articles of the 1936 Constitution guaranteed freedom of speech and of the press?": true,
		"Which article of Brandenberger does the essay cite?":                                    false,
		"What does the article say about the 1936 Constitution?":                                 false,
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
