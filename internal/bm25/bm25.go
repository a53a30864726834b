// Package bm25 ranks documents for a query with Okapi BM25 over stemmed
// terms.
//
// It imports only topn and knows nothing of passages; index builds it.
package bm25

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"studyguide/internal/topn"
)

// Default parameters, the usual values from the literature.
const (
	DefaultK1 = 1.2
	DefaultB  = 0.75
)

// Posting is one document that holds a term, with the term's frequency.
// Its layout, two int32s, is what a saved index stores.
type Posting struct {
	Doc int32
	TF  int32
}

// Index holds term statistics for a set of documents. A saved index can be
// rebuilt from its exported fields (see Restore).
type Index struct {
	K1, B  float64
	Lens   []int32
	AvgLen float64
	// Postings lists, per term, the documents that hold it in document
	// order.
	Postings map[string][]Posting

	// scratch holds score buffers between searches: allocating one of a
	// float64 per document for every question costs more than the search
	// on a large corpus.
	scratch sync.Pool

	// sorted is Terms, computed on the first WithPrefix.
	sorted     []string
	sortedOnce sync.Once
}

// Hit is one scored document.
type Hit struct {
	Doc   int
	Score float64
}

// New indexes documents, each given as its list of terms.
func New(docs [][]string) *Index {
	b := NewBuilder()
	for _, d := range docs {
		b.Add(d)
	}
	return b.Index()
}

// Builder indexes documents one at a time, so that a large corpus need not
// hold every document's terms at once.
type Builder struct {
	lens     []int32
	total    int
	postings map[string][]Posting
	tf       map[string]int32
	keys     []string
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{postings: map[string][]Posting{}, tf: map[string]int32{}}
}

// Add indexes the next document, given as its terms; documents are
// numbered from 0 in the order they are added.
func (b *Builder) Add(terms []string) {
	d := int32(len(b.lens))
	b.lens = append(b.lens, int32(len(terms)))
	b.total += len(terms)
	clear(b.tf)
	for _, t := range terms {
		b.tf[t]++
	}
	// Sorted so that the same documents give the same index, byte for byte.
	b.keys = b.keys[:0]
	for t := range b.tf {
		b.keys = append(b.keys, t)
	}
	sort.Strings(b.keys)
	for _, t := range b.keys {
		b.postings[t] = append(b.postings[t], Posting{Doc: d, TF: b.tf[t]})
	}
}

// Index returns the index of the documents added so far. Its postings lie
// in one block, in the order of Terms. The Builder must not be used again.
func (b *Builder) Index() *Index {
	avg := 0.0
	if len(b.lens) > 0 {
		avg = float64(b.total) / float64(len(b.lens))
	}
	n := 0
	for _, ps := range b.postings {
		n += len(ps)
	}
	flat := make([]Posting, 0, n)
	out := make(map[string][]Posting, len(b.postings))
	for _, t := range sortedTerms(b.postings) {
		start := len(flat)
		flat = append(flat, b.postings[t]...)
		out[t] = flat[start:len(flat):len(flat)]
	}
	return &Index{K1: DefaultK1, B: DefaultB, Lens: b.lens, AvgLen: avg, Postings: out}
}

// Restore returns an index from the fields of one saved earlier; it
// shares the slices it is given.
func Restore(k1, b, avgLen float64, lens []int32, postings map[string][]Posting) *Index {
	return &Index{K1: k1, B: b, AvgLen: avgLen, Lens: lens, Postings: postings}
}

// Terms returns every term of the index, sorted.
func (ix *Index) Terms() []string { return sortedTerms(ix.Postings) }

func sortedTerms(postings map[string][]Posting) []string {
	out := make([]string, 0, len(postings))
	for t := range postings {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// WithPrefix returns the index's terms that start with prefix, sorted.
// The first call sorts every term, once per index.
func (ix *Index) WithPrefix(prefix string) []string {
	ix.sortedOnce.Do(func() { ix.sorted = ix.Terms() })
	i, _ := slices.BinarySearch(ix.sorted, prefix)
	j := i
	for j < len(ix.sorted) && strings.HasPrefix(ix.sorted[j], prefix) {
		j++
	}
	return slices.Clip(ix.sorted[i:j])
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

// scores is one search's working memory: a score per document, all zero
// between searches, and the documents whose score was touched.
type scores struct {
	score []float64
	docs  []int32
}

// Search returns up to n documents with a positive score, best first; ties
// go to the earlier document. A term repeated in the query counts once. A
// negative n returns every document with a positive score.
func (ix *Index) Search(query []string, n int) []Hit {
	return ix.SearchWeighted(query, nil, n)
}

// SearchWeighted is Search with each query term's score scaled by its
// weight: weights[i] for query[i], or 1 where weights is nil or short.
// Words standing in for the user's own (see package thesaurus) weigh less.
func (ix *Index) SearchWeighted(query []string, weights []float64, n int) []Hit {
	s, _ := ix.scratch.Get().(*scores)
	if s == nil || len(s.score) != len(ix.Lens) {
		s = &scores{score: make([]float64, len(ix.Lens))}
	}
	defer func() {
		for _, d := range s.docs {
			s.score[d] = 0
		}
		s.docs = s.docs[:0]
		ix.scratch.Put(s)
	}()
	for i, t := range query {
		if slices.Contains(query[:i], t) {
			continue
		}
		idf := ix.IDF(t)
		if i < len(weights) {
			idf *= weights[i]
		}
		for _, p := range ix.Postings[t] {
			tf := float64(p.TF)
			norm := ix.K1 * (1 - ix.B + ix.B*float64(ix.Lens[p.Doc])/ix.AvgLen)
			if s.score[p.Doc] == 0 {
				s.docs = append(s.docs, p.Doc)
			}
			s.score[p.Doc] += idf * tf * (ix.K1 + 1) / (tf + norm)
		}
	}
	return top(s, n)
}

// Holds reports whether document doc holds term, by binary search of
// the term's postings.
func (ix *Index) Holds(term string, doc int) bool {
	ps := ix.Postings[term]
	_, ok := slices.BinarySearchFunc(ps, int32(doc), func(p Posting, d int32) int { return int(p.Doc) - int(d) })
	return ok
}

// Saturated returns BM25's weight of a term that document doc holds tf
// times, before its IDF: tf saturated by K1 and scaled by the document's
// length against the average, as SearchWeighted counts every term. A
// caller that scores something the index has no postings for (a pair of
// words side by side) weighs it as the index weighs a term.
func (ix *Index) Saturated(doc int, tf float64) float64 {
	if doc < 0 || doc >= len(ix.Lens) || tf <= 0 {
		return 0
	}
	norm := ix.K1 * (1 - ix.B + ix.B*float64(ix.Lens[doc])/ix.AvgLen)
	return tf * (ix.K1 + 1) / (tf + norm)
}

// top returns the n best of the touched documents, best first.
func top(s *scores, n int) []Hit {
	if n < 0 || n > len(s.docs) {
		n = len(s.docs)
	}
	h := topn.New(n, better)
	for _, d := range s.docs {
		if s.score[d] > 0 {
			h.Push(Hit{Doc: int(d), Score: s.score[d]})
		}
	}
	return h.Sorted()
}

// better ranks a higher score first and, between equal scores, the
// earlier document.
func better(a, b Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Doc < b.Doc
}
