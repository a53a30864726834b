// Package retrieve finds the passages that bear on a question: BM25 and the
// embedder's vectors each rank the chunks, reciprocal-rank fusion joins the
// two rankings per passage, and a coverage test decides whether the corpus
// addresses the question at all.
package retrieve

import (
	"context"
	"errors"
	"sort"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/index"
	"studyguide/internal/terms"
)

// Mode selects which rankings are fused.
type Mode int

const (
	// Hybrid fuses BM25 and vectors; the default.
	Hybrid Mode = iota
	// LexicalOnly ranks by BM25 alone.
	LexicalOnly
	// SemanticOnly ranks by the embedder's vectors alone.
	SemanticOnly
)

// Tuning, measured with the eval command on the question sets in corpus/.
const (
	// rrfK damps the weight of lower ranks in reciprocal-rank fusion. The
	// corpus is small, so a passage's place near the top should count.
	rrfK = 10.0
	// lexicalWeight and semanticWeight scale each ranking's votes.
	lexicalWeight  = 1.0
	semanticWeight = 1.0
	// minCoverage is the share of the question's word weight that the best
	// passages must hold for the corpus to count as addressing it.
	minCoverage = 0.27
	// minFound is how many of the question's content stems the best
	// passages must hold, unless they hold all of them.
	minFound = 2
	// coverageDepth is how many of BM25's best passages coverage looks at:
	// one, because words scattered over two passages ("best" in one, "way"
	// in another) are no sign that either addresses the question.
	coverageDepth = 1
	// depth bounds how many chunks each ranking contributes.
	depth = 200
)

// Hit is one passage found for a question.
type Hit struct {
	Passage *essay.Passage
	// Score is the fused score, from 0 to 1: 1 when every ranking put the
	// passage first.
	Score float64
	// Chunk is the passage's best-ranked chunk.
	Chunk int
}

// Result is the outcome of one retrieval.
type Result struct {
	Question string
	Hits     []Hit
	// Abstain is true when the corpus does not address the question.
	Abstain bool
	// Coverage is the share of the question's word weight found in the
	// passages BM25 ranks best, from 0 to 1.
	Coverage float64
	// Missing are the question's content words that no passage holds.
	Missing []string
}

// Retriever searches one index of one corpus.
type Retriever struct {
	Corpus *essay.Corpus
	Index  *index.Index
	Mode   Mode
}

// ErrEmptyQuestion is returned for a question with no words to search for.
var ErrEmptyQuestion = errors.New("the question is empty")

// Retrieve returns up to k passages for the question, best first, ties
// broken by ref.
//
//   - question: free text; it must contain at least one letter or digit.
//   - k: how many passages to return; clamped to at least 1 and at most
//     the number of passages.
func (r *Retriever) Retrieve(ctx context.Context, question string, k int) (*Result, error) {
	if strings.TrimSpace(question) == "" || len(terms.Words(question)) == 0 {
		return nil, ErrEmptyQuestion
	}
	k = max(1, min(k, len(r.Corpus.Passages)))
	res := &Result{Question: question}
	stems := terms.Unique(terms.Stems(question))
	scores := map[essay.Ref]float64{}
	best := map[essay.Ref]int{}
	lexical := r.Index.Lexical(stems, depth)
	if r.Mode != SemanticOnly {
		r.fuse(lexical, lexicalWeight, scores, best)
	}
	if r.Mode != LexicalOnly {
		matches, err := r.Index.Semantic(ctx, question, depth)
		if err != nil {
			return nil, err
		}
		r.fuse(matches, semanticWeight, scores, best)
	}
	top := r.topScore()
	for ref, s := range scores {
		p, ok := r.Corpus.Passage(ref)
		if !ok {
			continue
		}
		res.Hits = append(res.Hits, Hit{Passage: p, Score: s / top, Chunk: best[ref]})
	}
	sort.Slice(res.Hits, func(i, j int) bool {
		if res.Hits[i].Score != res.Hits[j].Score {
			return res.Hits[i].Score > res.Hits[j].Score
		}
		return res.Hits[i].Passage.Ref.Less(res.Hits[j].Passage.Ref)
	})
	if len(res.Hits) > k {
		res.Hits = res.Hits[:k]
	}
	var found int
	res.Coverage, found = r.coverage(stems, r.lexicalPassages(lexical, coverageDepth))
	res.Missing = r.missing(question)
	res.Abstain = len(res.Hits) == 0 || res.Coverage < minCoverage || (found < minFound && found < len(stems))
	return res, nil
}

// topScore is the fused score of a passage ranked first by every ranking
// in use; scores are divided by it so that they run from 0 to 1.
func (r *Retriever) topScore() float64 {
	switch r.Mode {
	case LexicalOnly:
		return lexicalWeight / (rrfK + 1)
	case SemanticOnly:
		return semanticWeight / (rrfK + 1)
	}
	return (lexicalWeight + semanticWeight) / (rrfK + 1)
}

// fuse adds one ranking's reciprocal-rank votes, counting each passage at
// the rank of its best chunk.
func (r *Retriever) fuse(matches []index.Match, weight float64, scores map[essay.Ref]float64, best map[essay.Ref]int) {
	rank := 0
	seen := map[essay.Ref]bool{}
	for _, m := range matches {
		ref := r.Index.Chunks[m.Chunk].Ref
		if seen[ref] {
			continue
		}
		seen[ref] = true
		rank++
		scores[ref] += weight / (rrfK + float64(rank))
		if _, ok := best[ref]; !ok {
			best[ref] = m.Chunk
		}
	}
}

// lexicalPassages returns the first n passages of BM25's ranking.
// Coverage is a lexical test, so it looks at these whatever the mode: the
// decision to abstain is then the same for every ranking.
func (r *Retriever) lexicalPassages(matches []index.Match, n int) []*essay.Passage {
	var out []*essay.Passage
	seen := map[essay.Ref]bool{}
	for _, m := range matches {
		ref := r.Index.Chunks[m.Chunk].Ref
		if seen[ref] {
			continue
		}
		seen[ref] = true
		if p, ok := r.Corpus.Passage(ref); ok {
			out = append(out, p)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// coverage weighs the question's stems by BM25's IDF and returns the share
// of that weight found in the given passages, and how many stems were
// found. A stem the corpus lacks weighs the most, so a question about
// something else ("how do I bake bread?") scores near 0.
func (r *Retriever) coverage(stems []string, passages []*essay.Passage) (float64, int) {
	if len(stems) == 0 || len(passages) == 0 {
		return 0, 0
	}
	top := map[string]bool{}
	for _, p := range passages {
		for _, s := range terms.Stems(p.Text()) {
			top[s] = true
		}
	}
	var total, weight float64
	found := 0
	for _, s := range stems {
		w := r.Index.BM25.IDF(s)
		total += w
		if top[s] {
			weight += w
			found++
		}
	}
	if total == 0 {
		return 0, 0
	}
	return weight / total, found
}

// missing returns the question's content words that no passage holds, as
// the user wrote them.
func (r *Retriever) missing(question string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range terms.Words(question) {
		if terms.IsStopword(w) || seen[w] {
			continue
		}
		seen[w] = true
		if !r.Index.BM25.Has(terms.Stem(w)) {
			out = append(out, w)
		}
	}
	return out
}
