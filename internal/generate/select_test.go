package generate

import (
	"slices"
	"testing"
)

// TestLeadFromBestKeepsAQuotableHead checks that the best passage's
// sentence opens the answer only when it scores enough to be quoted: moved
// to the head below the floor, it would stop the choosing before any
// sentence was taken, and the answer would quote nothing.
func TestLeadFromBestKeepsAQuotableHead(t *testing.T) {
	sents := []sentence{
		{candidate: candidate{rank: 1, index: 0}},
		{candidate: candidate{rank: 2, index: 0}},
		{candidate: candidate{rank: 0, index: 3}},
	}
	scores := []float64{1, 0.8, 0.5}
	for _, tc := range []struct {
		floor float64
		want  []int
	}{
		{0.4, []int{2, 0, 1}},
		{0.75, []int{0, 1, 2}},
	} {
		order := []int{0, 1, 2}
		leadFromBest(order, sents, scores, tc.floor, nil)
		if !slices.Equal(order, tc.want) {
			t.Errorf("floor %g: order %v, want %v", tc.floor, order, tc.want)
		}
	}
}
