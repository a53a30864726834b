// Package retrievetest builds offline retrievers for other packages' tests:
// the real parser, index and local embedder, in memory.
//
// Only tests import it.
package retrievetest

import (
	"context"
	"testing"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/index"
	"studyguide/internal/retrieve"
)

// New indexes corpus c in memory with the local embedder and returns a
// hybrid retriever over it.
func New(t testing.TB, c *essay.Corpus) *retrieve.Retriever {
	t.Helper()
	ix, err := index.Build(context.Background(), c, embed.NewLocal(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	return &retrieve.Retriever{Corpus: c, Index: ix}
}

// Essay returns the built-in essay and a retriever over it.
func Essay(t testing.TB) (*essay.Corpus, *retrieve.Retriever) {
	t.Helper()
	c := essaytest.Embedded(t)
	return c, New(t, c)
}
