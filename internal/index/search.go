package index

import (
	"sync"

	"studyguide/internal/topn"
)

// nearest returns the n chunks whose vectors are nearest the unit vector
// q, best first, ties to the earlier chunk. It reads the vectors the
// chromem-go collection holds, and its similarity is exactly the one
// chromem-go's QueryEmbedding computes: the float32 dot product, summed in
// dimension order.
//
// It does not call QueryEmbedding because that multiplies every dimension
// of every vector and takes a lock for each document; a question's vector
// has few dimensions that are not zero (its words' features), so
// multiplying only those reads a fraction of the memory. Skipping a zero
// term of the sum leaves it unchanged to the bit, which keeps the scores,
// and so the rankings, identical.
func (ix *Index) nearest(q []float32, n int) []Match {
	var dims []int
	var weights []float32
	for d, x := range q {
		if x != 0 {
			dims, weights = append(dims, d), append(weights, x)
		}
	}
	best := topn.New(n, closer)
	var mu sync.Mutex
	inParts(len(ix.vectors), func(start, end int) error {
		h := topn.New(n, closer)
		for i, v := range ix.vectors[start:end] {
			var dot float32
			for k, d := range dims {
				dot += weights[k] * v[d]
			}
			h.Push(Match{Chunk: start + i, Score: float64(dot)})
		}
		mu.Lock()
		best.Merge(h)
		mu.Unlock()
		return nil
	})
	return best.Sorted()
}

// closer ranks the higher similarity first and, between equal ones, the
// earlier chunk.
func closer(a, b Match) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Chunk < b.Chunk
}
