package topn

import (
	"math/rand/v2"
	"slices"
	"testing"
)

type item struct{ score, id int }

func better(a, b item) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.id < b.id
}

// TestHeapKeepsWhatSortingKeeps pushes items with many equal scores in a
// shuffled order and checks the result against sorting them all.
func TestHeapKeepsWhatSortingKeeps(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, 5, 100, 1000} {
		items := make([]item, size)
		for i := range items {
			items[i] = item{score: rng.IntN(20), id: i}
		}
		all := slices.Clone(items)
		slices.SortFunc(all, func(a, b item) int {
			if better(a, b) {
				return -1
			}
			return 1
		})
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		for _, n := range []int{-1, 0, 1, 3, 50, 2000} {
			h, other := New(n, better), New(n, better)
			for i, x := range items {
				if i%2 == 0 {
					h.Push(x)
				} else {
					other.Push(x)
				}
			}
			h.Merge(other)
			want := all[:min(max(n, 0), len(all))]
			if got := h.Sorted(); !slices.Equal(got, want) {
				t.Fatalf("size %d, n %d: got %v, want %v", size, n, got, want)
			}
		}
	}
}
