// Package retrieve finds the passages that bear on a question: BM25 and the
// embedder's vectors each rank the chunks, reciprocal-rank fusion joins the
// two rankings per passage, and a coverage test decides whether the corpus
// addresses the question at all. A question is analysed once into a Query;
// words of it that the corpus lacks are searched through the corpus's words
// that WordNet relates to them (package thesaurus), and every word is
// weighed by how much it narrows the question down.
package retrieve

import (
	"context"
	"errors"
	"iter"
	"sort"
	"sync"

	"studyguide/internal/essay"
	"studyguide/internal/index"
)

// Mode selects which rankings are fused.
type Mode int

const (
	// Hybrid fuses BM25 and vectors; the default.
	Hybrid Mode = iota
	// LexicalOnly ranks by BM25 alone, as the hybrid searches it: with
	// stand-ins and specificity weights, notes beside their paragraphs.
	LexicalOnly
	// SemanticOnly ranks by the embedder's vectors alone.
	SemanticOnly
	// PlainLexical ranks by plain BM25 over the question's own stems: the
	// baseline the other modes have to beat. It only ranks; whether the
	// corpus addresses the question is decided as in the other modes.
	PlainLexical
)

// Params are retrieval's weights and thresholds. DefaultParams holds the
// ones chosen by cross-validation over the question sets (see
// internal/eval/README.md); eval tries others.
type Params struct {
	// RRFK damps the weight of lower ranks in reciprocal-rank fusion.
	RRFK float64
	// SemanticWeight scales the vectors' votes against BM25's, which
	// count 1.
	SemanticWeight float64
	// StandInWeight is what the corpus's words standing in for one
	// question word it lacks weigh together, against the word itself.
	StandInWeight float64
	// RelatedWeight is what the corpus's words related to a question word
	// it uses weigh together: enough to break ties among passages that
	// hold the word, not to outrank one that holds more of the question.
	RelatedWeight float64
	// NoteShare is the part of a paragraph's score lent to the footnotes
	// it marks (see lendToNotes).
	NoteShare float64
	// SourceShare is the part of its score a paragraph keeps when the
	// question asks for sources (see favourNotes).
	SourceShare float64
	// MinSupport is the evidence (see evidence.support) the best passage
	// must give for the corpus to count as addressing the question.
	MinSupport float64
	// NameCoverage is the share of the question's word weight the best
	// passage must hold when the question names something the corpus
	// never mentions ("the Battle of Hastings").
	NameCoverage float64
}

// DefaultParams are the weights and thresholds retrieval uses unless told
// otherwise.
var DefaultParams = Params{
	RRFK:           10,
	SemanticWeight: 1,
	StandInWeight:  0.5,
	RelatedWeight:  0.35,
	NoteShare:      0.9,
	SourceShare:    0.8,
	MinSupport:     0.55,
	NameCoverage:   0.45,
}

// Fixed settings, not tuned.
const (
	// coverageDepth is how many of BM25's best passages the abstention
	// test looks at: one, because words scattered over two passages
	// ("best" in one, "way" in another) are no sign that either addresses
	// the question.
	coverageDepth = 1
	// prefixMatch is how many leading letters make two stems the same word
	// for the support test, where the stemmer parts forms of one word
	// ("publish" and "public" from "published" and "publication").
	prefixMatch = 5
	// depth bounds how many chunks each ranking contributes.
	depth = 200
)

// Hit is one passage found for a question.
type Hit struct {
	Passage *essay.Passage
	// Score is the fused score, from 0 to 1: 1 when every ranking put the
	// passage first.
	Score float64
}

// Result is the outcome of one retrieval.
type Result struct {
	// Query is the question as analysed and searched.
	Query *Query
	Hits  []Hit
	// Abstain is true when the corpus does not address the question.
	Abstain bool
	// Coverage is the evidence that the corpus addresses the question,
	// from 0 to 1.5 (see evidence.support); below Params.MinSupport the
	// retriever abstains.
	Coverage float64
	// StandIns are the stems searched in place of the question's stems that
	// no passage holds, each with its weight against one of the question's
	// own stems.
	StandIns map[string]float64
}

// Refs returns the refs of the passages found, best first: the passages
// an answer written from them may cite.
func (r *Result) Refs() []essay.Ref {
	refs := make([]essay.Ref, len(r.Hits))
	for i, h := range r.Hits {
		refs[i] = h.Passage.Ref
	}
	return refs
}

// Retriever searches one index of one corpus.
type Retriever struct {
	Corpus *essay.Corpus
	Index  *index.Index
	Mode   Mode
	// Params overrides DefaultParams when not nil.
	Params *Params

	authorOnce sync.Once
	author     map[string]bool
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
	s, err := r.Prepare(question)
	if err != nil {
		return nil, err
	}
	p := DefaultParams
	if r.Params != nil {
		p = *r.Params
	}
	return s.Result(ctx, p, r.Mode, k)
}

// Search is an analysed question ready to be ranked under any Params and
// Mode. The rankings that do not depend on them are computed once, so
// that eval can try many settings on one question cheaply.
type Search struct {
	r *Retriever
	Q *Query
	// semantic is the vectors' ranking, once computed; lexical the BM25
	// rankings by the weights of related words.
	semantic    []index.Match
	semanticSet bool
	lexical     map[[2]float64][]index.Match
}

// Prepare analyses a question for searching.
func (r *Retriever) Prepare(question string) (*Search, error) {
	q, err := r.Analyse(question)
	if err != nil {
		return nil, err
	}
	return &Search{r: r, Q: q, lexical: map[[2]float64][]index.Match{}}, nil
}

// Result ranks the passages for the question under p and mode and decides
// whether the corpus addresses it; see Retrieve.
func (s *Search) Result(ctx context.Context, p Params, mode Mode, k int) (*Result, error) {
	r, q := s.r, s.Q
	k = max(1, min(k, len(r.Corpus.Passages)))
	res := &Result{Query: q, StandIns: q.standInWeights(p)}
	lexical := s.lexicalMatches(p)
	scores := map[essay.Ref]float64{}
	switch mode {
	case PlainLexical:
		r.fuse(r.Index.Lexical(q.Stems, nil, depth), 1, p.RRFK, scores)
	case LexicalOnly, Hybrid:
		r.fuse(lexical, 1, p.RRFK, scores)
	}
	if mode == SemanticOnly || mode == Hybrid {
		matches, err := s.semanticMatches(ctx)
		if err != nil {
			return nil, err
		}
		r.fuse(matches, p.SemanticWeight, p.RRFK, scores)
	}
	if mode != PlainLexical {
		r.lendToNotes(scores, p.NoteShare)
		if q.Intent.Has(Sources) {
			favourNotes(scores, p.SourceShare)
		}
	}
	top := topScore(mode, p)
	for ref, sc := range scores {
		if pa, ok := r.Corpus.Passage(ref); ok {
			res.Hits = append(res.Hits, Hit{Passage: pa, Score: sc / top})
		}
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
	ev := r.evidence(q, r.lexicalPassages(lexical, coverageDepth))
	res.Coverage = ev.support()
	res.Abstain = len(res.Hits) == 0 || ev.found == 0 || res.Coverage < p.MinSupport ||
		(len(q.Names) > 0 && ev.coverage < p.NameCoverage)
	return res, nil
}

// lexicalMatches returns BM25's ranking of the chunks for the query as
// searched with p's weights of related words.
func (s *Search) lexicalMatches(p Params) []index.Match {
	key := [2]float64{p.StandInWeight, p.RelatedWeight}
	if m, ok := s.lexical[key]; ok {
		return m
	}
	ts, ws := s.Q.lexical(p)
	m := s.r.Index.Lexical(ts, ws, depth)
	s.lexical[key] = m
	return m
}

// semanticMatches returns the vectors' ranking of the chunks.
func (s *Search) semanticMatches(ctx context.Context) ([]index.Match, error) {
	if !s.semanticSet {
		m, err := s.r.Index.Semantic(ctx, s.Q.Text, depth)
		if err != nil {
			return nil, err
		}
		s.semantic, s.semanticSet = m, true
	}
	return s.semantic, nil
}

// lendToNotes raises each footnote's score to share of the best paragraph
// that marks it, if that is higher. A note often names only its sources
// and leaves its topic to the sentence it hangs from ("... quotes a number
// of passages in which he does this"), so a question on that topic should
// find the note next to the paragraph.
func (r *Retriever) lendToNotes(scores map[essay.Ref]float64, share float64) {
	for ref, s := range scores {
		p, ok := r.Corpus.Passage(ref)
		if !ok || ref.Kind != essay.Paragraph {
			continue
		}
		for _, n := range p.Notes {
			note := essay.Ref{Source: ref.Source, Kind: essay.Note, N: n}
			if _, ok := r.Corpus.Passage(note); ok && scores[note] < share*s {
				scores[note] = share * s
			}
		}
	}
}

// favourNotes puts footnotes ahead of paragraphs of nearly the same score,
// for a question that asks for sources: a text keeps its sources in its
// notes. Paragraphs keep share of their score rather than notes gaining,
// so that scores stay within 0 to 1.
func favourNotes(scores map[essay.Ref]float64, share float64) {
	for ref := range scores {
		if ref.Kind == essay.Paragraph {
			scores[ref] *= share
		}
	}
}

// topScore is the fused score of a passage ranked first by every ranking
// in use; scores are divided by it so that they run from 0 to 1.
func topScore(mode Mode, p Params) float64 {
	switch mode {
	case LexicalOnly, PlainLexical:
		return 1 / (p.RRFK + 1)
	case SemanticOnly:
		return p.SemanticWeight / (p.RRFK + 1)
	}
	return (1 + p.SemanticWeight) / (p.RRFK + 1)
}

// byPassage turns a ranking of chunks into one of passages: each
// passage's ref, in the order of its best chunk.
func (r *Retriever) byPassage(matches []index.Match) iter.Seq[essay.Ref] {
	return func(yield func(essay.Ref) bool) {
		seen := map[essay.Ref]bool{}
		for _, m := range matches {
			ref := r.Index.Chunks[m.Chunk].Ref
			if seen[ref] {
				continue
			}
			seen[ref] = true
			if !yield(ref) {
				return
			}
		}
	}
}

// fuse adds one ranking's reciprocal-rank votes, counting each passage at
// the rank of its best chunk.
func (r *Retriever) fuse(matches []index.Match, weight, k float64, scores map[essay.Ref]float64) {
	rank := 0
	for ref := range r.byPassage(matches) {
		rank++
		scores[ref] += weight / (k + float64(rank))
	}
}

// lexicalPassages returns the first n passages of BM25's ranking.
// Coverage is a lexical test, so it looks at these whatever the mode: the
// decision to abstain is then the same for every ranking.
func (r *Retriever) lexicalPassages(matches []index.Match, n int) []*essay.Passage {
	var out []*essay.Passage
	for ref := range r.byPassage(matches) {
		if p, ok := r.Corpus.Passage(ref); ok {
			out = append(out, p)
		}
		if len(out) == n {
			break
		}
	}
	return out
}
