// Package bm25 ranks documents for a query with Okapi BM25 over stemmed
// terms.
package bm25

import (
	"math"
	"sort"
)

// Default parameters, the usual values from the literature.
const (
	DefaultK1 = 1.2
	DefaultB  = 0.75
)

// Posting is one document that holds a term, with the term's frequency.
type Posting struct {
	Doc int32
	TF  int32
}

// Index holds term statistics for a set of documents. Its fields are
// exported so that it can be saved with encoding/gob.
type Index struct {
	K1, B    float64
	Lens     []int32
	AvgLen   float64
	Postings map[string][]Posting
}

// Hit is one scored document.
type Hit struct {
	Doc   int
	Score float64
}

// New indexes documents, each given as its list of terms.
func New(docs [][]string) *Index {
	ix := &Index{K1: DefaultK1, B: DefaultB, Lens: make([]int32, len(docs)), Postings: map[string][]Posting{}}
	total := 0
	for d, terms := range docs {
		ix.Lens[d] = int32(len(terms))
		total += len(terms)
		tf := map[string]int32{}
		for _, t := range terms {
			tf[t]++
		}
		// Sorted so that the same documents give the same index, byte for byte.
		keys := make([]string, 0, len(tf))
		for t := range tf {
			keys = append(keys, t)
		}
		sort.Strings(keys)
		for _, t := range keys {
			ix.Postings[t] = append(ix.Postings[t], Posting{Doc: int32(d), TF: tf[t]})
		}
	}
	if len(docs) > 0 {
		ix.AvgLen = float64(total) / float64(len(docs))
	}
	return ix
}

// Len returns the number of documents.
func (ix *Index) Len() int { return len(ix.Lens) }

// IDF returns a term's inverse document frequency, with the +1 inside the
// logarithm that keeps it positive for terms in most documents. A term no
// document holds gets the highest value.
func (ix *Index) IDF(term string) float64 {
	n := float64(len(ix.Lens))
	df := float64(len(ix.Postings[term]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// Has reports whether any document holds the term.
func (ix *Index) Has(term string) bool { return len(ix.Postings[term]) > 0 }

// Scores returns every document's score for the query terms; documents that
// share no term score 0. A term repeated in the query counts once.
func (ix *Index) Scores(query []string) []float64 {
	scores := make([]float64, len(ix.Lens))
	seen := map[string]bool{}
	for _, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		idf := ix.IDF(t)
		for _, p := range ix.Postings[t] {
			tf := float64(p.TF)
			norm := ix.K1 * (1 - ix.B + ix.B*float64(ix.Lens[p.Doc])/ix.AvgLen)
			scores[p.Doc] += idf * tf * (ix.K1 + 1) / (tf + norm)
		}
	}
	return scores
}

// Search returns up to n documents with a positive score, best first; ties
// go to the earlier document.
func (ix *Index) Search(query []string, n int) []Hit {
	scores := ix.Scores(query)
	var hits []Hit
	for d, s := range scores {
		if s > 0 {
			hits = append(hits, Hit{Doc: d, Score: s})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Doc < hits[j].Doc
	})
	if n >= 0 && len(hits) > n {
		hits = hits[:n]
	}
	return hits
}
