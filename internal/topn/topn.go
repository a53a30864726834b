// Package topn keeps the best n of a stream of items, so that a search
// over many documents sorts only the few it returns.
//
// It imports nothing of studyguide's; bm25 and index rank with it.
package topn

import "slices"

// Heap keeps the best n items pushed into it. Its root is the worst item
// kept, so most items are turned away after one comparison.
type Heap[T any] struct {
	n      int
	better func(a, b T) bool
	items  []T
}

// New returns a Heap that keeps the n best items.
//
//   - n: how many to keep; 0 or less keeps none.
//   - better: reports whether a ranks before b. It must be a strict total
//     order (break ties, by document order say) for the result not to
//     depend on the order items are pushed in.
func New[T any](n int, better func(a, b T) bool) *Heap[T] {
	return &Heap[T]{n: max(n, 0), better: better, items: make([]T, 0, max(n, 0))}
}

// Push offers an item.
func (h *Heap[T]) Push(x T) {
	switch {
	case len(h.items) < h.n:
		h.items = append(h.items, x)
		h.up(len(h.items) - 1)
	case h.n > 0 && h.better(x, h.items[0]):
		h.items[0] = x
		h.down(0)
	}
}

// Merge offers every item another Heap kept.
func (h *Heap[T]) Merge(o *Heap[T]) {
	for _, x := range o.items {
		h.Push(x)
	}
}

// Sorted returns the items kept, best first. The Heap must not be used
// afterwards.
func (h *Heap[T]) Sorted() []T {
	slices.SortFunc(h.items, func(a, b T) int {
		if h.better(a, b) {
			return -1
		}
		if h.better(b, a) {
			return 1
		}
		return 0
	})
	return h.items
}

func (h *Heap[T]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.better(h.items[p], h.items[i]) {
			return
		}
		h.items[p], h.items[i] = h.items[i], h.items[p]
		i = p
	}
}

func (h *Heap[T]) down(i int) {
	for {
		w := i
		if c := 2*i + 1; c < len(h.items) && h.better(h.items[w], h.items[c]) {
			w = c
		}
		if c := 2*i + 2; c < len(h.items) && h.better(h.items[w], h.items[c]) {
			w = c
		}
		if w == i {
			return
		}
		h.items[i], h.items[w] = h.items[w], h.items[i]
		i = w
	}
}
