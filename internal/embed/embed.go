// Package embed turns text into vectors for the index: a local embedder
// of word forms and WordNet concepts that needs no network, and any
// provider behind the same interface.
//
// It imports llm, terms and thesaurus; index and the command choose an
// embedder, and it imports neither.
package embed

import (
	"context"
	"math"
)

// Embedder turns text into unit-length vectors of a fixed dimension.
type Embedder interface {
	// Name identifies the embedder and its settings in the index key, so
	// that an index is never queried with vectors of another kind.
	Name() string
	// Embed returns one vector per text, in order.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// Fitter is an embedder that learns from the corpus before it embeds, such
// as one that weighs words by inverse document frequency. Its state is
// saved with the index.
type Fitter interface {
	Embedder
	Fit(texts []string)
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

// Normalize scales v to unit length in place. A zero vector stays zero:
// the pitfall is that dividing by its norm would fill it with NaN.
func Normalize(v []float32) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= inv
	}
}

// Finite reports whether every component of v is a number: no NaN, no
// infinity. An embedder's vectors, a server's above all, may hold either.
func Finite(v []float32) bool {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return true
}

// IsZero reports whether every component of v is zero.
func IsZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// Versioned is an embedder whose vectors depend on more than its Name
// says (its code and tuning). Version says what, computed rather than
// kept by hand, so that the index key changes with it.
type Versioned interface {
	Embedder
	Version() string
}
