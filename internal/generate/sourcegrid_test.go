package generate

import (
	"context"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/retrieve/retrievetest"
)

// TestSourcePartUnderEverySelection checks that a part asking for the
// source of a claim answers under every selection cross-validation tries:
// the sentence marking the claim's note may be added for the claim when
// its note is quoted already, and then no note is added (once, a note of
// no passage was, and the answer failed).
func TestSourcePartUnderEverySelection(t *testing.T) {
	c, r := retrievetest.Essay(t)
	const q = "Does he claim Stalin himself condemned the cult, and what sources does he cite for it?"
	for _, k := range []int{3, 4, 5} {
		res, err := r.Retrieve(context.Background(), q, k)
		if err != nil {
			t.Fatal(err)
		}
		for _, keep := range []float64{0.4, 0.5, 0.6, 0.7, 0.8} {
			for _, same := range []float64{0.2, 0.3, 0.4, 0.5, 0.6} {
				for _, power := range []float64{1, 2, 3, 4} {
					for _, words := range []float64{1, 1.2, 1.5} {
						sel := Selection{KeepFraction: keep, KeepSame: same, RelatedShare: 0.5, PassagePower: power, PartWords: words}
						d, err := Extractive{Selection: &sel}.Generate(context.Background(), Request{Question: q, Retrieval: res, Corpus: c}, nil)
						if err != nil {
							t.Fatalf("%+v: %v", sel, err)
						}
						if rep := citation.Check(d.Text, c, res.Refs()); len(rep.Invalid) != 0 {
							t.Errorf("%+v: invalid citations %v in %q", sel, rep.Invalid, d.Text)
						}
					}
				}
			}
		}
	}
}
