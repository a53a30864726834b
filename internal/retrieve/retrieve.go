// Package retrieve finds the passages that bear on a question: BM25 and the
// embedder's vectors each rank the chunks, reciprocal-rank fusion joins the
// two rankings per passage, and a coverage test decides whether the corpus
// addresses the question at all. Words of the question that the corpus
// lacks are searched through the corpus's words that WordNet relates to
// them (package thesaurus), and every word is weighed by how much it
// narrows the question down.
package retrieve

import (
	"context"
	"errors"
	"iter"
	"slices"
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
	// LexicalOnly ranks by BM25 alone, as the hybrid searches it: with
	// stand-ins and specificity weights, notes beside their paragraphs.
	LexicalOnly
	// SemanticOnly ranks by the embedder's vectors alone.
	SemanticOnly
	// PlainLexical ranks by plain BM25 over the question's own stems: the
	// baseline the other modes have to beat. It only ranks; whether the
	// essay addresses the question is decided as in the other modes.
	PlainLexical
)

// Tuning, measured with the eval command on the question sets in corpus/.
const (
	// rrfK damps the weight of lower ranks in reciprocal-rank fusion. The
	// corpus is small, so a passage's place near the top should count.
	rrfK = 10.0
	// lexicalWeight and semanticWeight scale each ranking's votes.
	lexicalWeight  = 1.0
	semanticWeight = 1.0
	// minSupport is the evidence (see support) the best passage must give
	// for the corpus to count as addressing the question.
	minSupport = 0.55
	// nameCoverage is the share of the question's word weight the best
	// passage must hold when the question names something the corpus never
	// mentions ("the Battle of Stalingrad"): an essay that never names a
	// thing does not address it, unless the rest of the question is
	// squarely on its ground.
	nameCoverage = 0.45
	// coverageDepth is how many of BM25's best passages the tests look at:
	// one, because words scattered over two passages ("best" in one, "way"
	// in another) are no sign that either addresses the question.
	coverageDepth = 1
	// prefixMatch is how many leading letters make two stems the same word
	// for the support test, where the stemmer parts forms of one word
	// ("publish" and "public" from "published" and "publication").
	prefixMatch = 5
	// standInWeight is what the corpus's words standing in for one
	// question word it lacks weigh together, against the word itself (see
	// expand): half, as a related word is weaker evidence than the word.
	standInWeight = 0.5
	// relatedWeight is what the corpus's words related to a question word
	// it does use weigh together (see expand): enough to break ties among
	// passages that hold the word, not to outrank one that holds more of
	// the question. Recall@1 on the first set peaks from 0.3 to 0.4.
	relatedWeight = 0.35
	// noteShare is the part of a paragraph's score lent to the footnotes it
	// marks (see lendToNotes): enough to bring a note up beside its
	// paragraph, not to put it above.
	noteShare = 0.9
	// sourceShare is the part of its score a paragraph keeps when the
	// question asks for sources (see favourNotes).
	sourceShare = 0.8
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
	// Question is the question as searched: as asked, with misspelt words
	// read as the words they stand for (see correct); Respelled lists them.
	Question  string
	Respelled []Respelling
	Hits      []Hit
	// Abstain is true when the corpus does not address the question.
	Abstain bool
	// Coverage is the evidence that the corpus addresses the question,
	// from 0 to 1.5 (see evidence.support); below minSupport the retriever
	// abstains.
	Coverage float64
	// Missing are the question's content words that no passage holds.
	Missing []string
	// StandIns are the stems searched in place of the question's stems that
	// no passage holds (see expand), each with its weight against one of
	// the question's own stems.
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
	question, respelled := r.correct(question)
	res := &Result{Question: question, Respelled: respelled}
	q := r.expand(terms.Unique(terms.Stems(question)))
	scores := map[essay.Ref]float64{}
	lexical := r.Index.Lexical(q.terms, q.weights, depth)
	switch r.Mode {
	case PlainLexical:
		r.fuse(r.Index.Lexical(q.stems, nil, depth), lexicalWeight, scores)
	case LexicalOnly, Hybrid:
		r.fuse(lexical, lexicalWeight, scores)
	}
	if r.Mode == SemanticOnly || r.Mode == Hybrid {
		matches, err := r.Index.Semantic(ctx, question, depth)
		if err != nil {
			return nil, err
		}
		r.fuse(matches, semanticWeight, scores)
	}
	if r.Mode != PlainLexical {
		r.lendToNotes(scores)
		if asksForSources(question) {
			favourNotes(scores)
		}
	}
	top := r.topScore()
	for ref, s := range scores {
		p, ok := r.Corpus.Passage(ref)
		if !ok {
			continue
		}
		res.Hits = append(res.Hits, Hit{Passage: p, Score: s / top})
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
	res.Missing = r.missing(question)
	res.StandIns = q.standInWeights()
	res.Abstain = len(res.Hits) == 0 || ev.found == 0 || res.Coverage < minSupport ||
		(len(r.unknownNames(question)) > 0 && ev.coverage < nameCoverage)
	return res, nil
}

// lendToNotes raises each footnote's score to noteShare of the best
// paragraph that marks it, if that is higher. A note often names only its
// sources and leaves its topic to the sentence it hangs from ("... quotes
// a number of passages in which Stalin does this"), so a question on that
// topic ("where can I read Stalin condemning the cult?") should find the
// note next to the paragraph.
func (r *Retriever) lendToNotes(scores map[essay.Ref]float64) {
	for ref, s := range scores {
		p, ok := r.Corpus.Passage(ref)
		if !ok || ref.Kind != essay.Paragraph {
			continue
		}
		for _, n := range p.Notes {
			note := essay.Ref{Source: ref.Source, Kind: essay.Note, N: n}
			if _, ok := r.Corpus.Passage(note); ok && scores[note] < noteShare*s {
				scores[note] = noteShare * s
			}
		}
	}
}

// sourceWords are the words of a question that asks where a claim comes
// from or where to read more: "Which books ...", "Where was it published?".
var sourceWords = map[string]bool{
	"source": true, "sources": true, "book": true, "books": true, "read": true,
	"published": true, "publication": true, "newspaper": true, "cite": true,
	"cited": true, "citation": true, "reference": true, "references": true,
	"bibliography": true,
}

// asksForSources reports whether the question asks for sources.
func asksForSources(question string) bool {
	return slices.ContainsFunc(terms.Words(question), func(w string) bool { return sourceWords[w] })
}

// favourNotes puts footnotes ahead of paragraphs of nearly the same score,
// for a question that asks for sources: an essay keeps its sources in its
// notes. Paragraphs take sourceShare of their score rather than notes more
// than theirs, so that scores stay within 0 to 1.
func favourNotes(scores map[essay.Ref]float64) {
	for ref := range scores {
		if ref.Kind == essay.Paragraph {
			scores[ref] *= sourceShare
		}
	}
}

// topScore is the fused score of a passage ranked first by every ranking
// in use; scores are divided by it so that they run from 0 to 1.
func (r *Retriever) topScore() float64 {
	switch r.Mode {
	case LexicalOnly, PlainLexical:
		return lexicalWeight / (rrfK + 1)
	case SemanticOnly:
		return semanticWeight / (rrfK + 1)
	}
	return (lexicalWeight + semanticWeight) / (rrfK + 1)
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
func (r *Retriever) fuse(matches []index.Match, weight float64, scores map[essay.Ref]float64) {
	rank := 0
	for ref := range r.byPassage(matches) {
		rank++
		scores[ref] += weight / (rrfK + float64(rank))
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
