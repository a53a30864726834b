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
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/index"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
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
	// noteShare is the part of a paragraph's score lent to the footnotes it
	// marks (see lendToNotes): enough to bring a note up beside its
	// paragraph, not to put it above.
	noteShare = 0.9
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
	res := &Result{Question: question}
	q := r.expand(terms.Unique(terms.Stems(question)))
	scores := map[essay.Ref]float64{}
	best := map[essay.Ref]int{}
	lexical := r.Index.Lexical(q.terms, q.weights, depth)
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
	r.lendToNotes(scores)
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

// byPassage turns a ranking of chunks into one of passages: each
// passage's ref with its best chunk, in the order of those chunks.
func (r *Retriever) byPassage(matches []index.Match) iter.Seq2[essay.Ref, int] {
	return func(yield func(essay.Ref, int) bool) {
		seen := map[essay.Ref]bool{}
		for _, m := range matches {
			ref := r.Index.Chunks[m.Chunk].Ref
			if seen[ref] {
				continue
			}
			seen[ref] = true
			if !yield(ref, m.Chunk) {
				return
			}
		}
	}
}

// fuse adds one ranking's reciprocal-rank votes, counting each passage at
// the rank of its best chunk.
func (r *Retriever) fuse(matches []index.Match, weight float64, scores map[essay.Ref]float64, best map[essay.Ref]int) {
	rank := 0
	for ref, chunk := range r.byPassage(matches) {
		rank++
		scores[ref] += weight / (rrfK + float64(rank))
		if _, ok := best[ref]; !ok {
			best[ref] = chunk
		}
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

// evidence is what the best passage holds of a question.
type evidence struct {
	// stems is how many content stems the question has.
	stems int
	// found counts the stems the passage holds; near counts those it holds
	// up to a shared prefix.
	found, near int
	// coverage is the IDF weight of the stems the passage holds, as a share
	// of all the question's weight; known is the weight of the stems the
	// corpus holds anywhere, as a share of the same. A stem the corpus
	// lacks weighs the most.
	coverage, known float64
}

// support combines the evidence into one figure from 0 to 1.5: how much of
// the question the corpus knows at all, plus half the share of its words
// the best passage holds. Measured with the eval command, it parts
// questions the essay answers in other words ("perks" for "privileges")
// from questions about something else ("how do volcanoes form?") better
// than either part alone.
func (e evidence) support() float64 {
	if e.stems == 0 {
		return 0
	}
	return e.known + 0.5*float64(e.near)/float64(e.stems)
}

// evidence weighs the question's stems by BM25's IDF and their specificity
// against the given passages and the whole corpus. A stem the corpus lacks
// counts as near when the passages hold one of its stand-ins.
func (r *Retriever) evidence(q query, passages []*essay.Passage) evidence {
	stems := q.stems
	ev := evidence{stems: len(stems)}
	if len(stems) == 0 || len(passages) == 0 {
		return ev
	}
	top := map[string]bool{}
	for _, p := range passages {
		for _, s := range terms.Stems(p.Text()) {
			top[s] = true
		}
	}
	var total, found, known float64
	for _, s := range stems {
		w := r.Index.BM25.IDF(s) * specificity(s)
		total += w
		if r.Index.BM25.Has(s) {
			known += w
		}
		switch {
		case top[s]:
			found += w
			ev.found++
			ev.near++
		case hasPrefixMatch(top, s) || slices.ContainsFunc(q.standIns[s], func(t string) bool { return top[t] }):
			ev.near++
		}
	}
	if total > 0 {
		ev.coverage, ev.known = found/total, known/total
	}
	return ev
}

// specificity weighs a stem by how much it narrows a question down, from
// the number of senses WordNet gives its words: 1 for a word of one sense,
// or of none WordNet knows (a name); about 0.5 for a word of twenty ("form",
// "way"). The corpus's own IDF cannot tell these apart in a short essay,
// where "way" is as rare as "volcano" is absent; without it, "How do
// volcanoes form?" looked half answered.
func specificity(stem string) float64 {
	n := max(1, thesaurus.Senses(stem))
	return 1 / math.Sqrt(1+math.Log(float64(n)))
}

// query is what a question searches for: its own stems, then the corpus's
// stems that stand in for those it lacks, each with its BM25 weight.
type query struct {
	stems   []string
	terms   []string
	weights []float64
	// standIns maps each of the question's stems that the corpus lacks to
	// the corpus's stems that may mean the same.
	standIns map[string][]string
}

// standInWeights returns the weight of each stand-in, as searched.
func (q *query) standInWeights() map[string]float64 {
	out := map[string]float64{}
	for i := len(q.stems); i < len(q.terms); i++ {
		out[q.terms[i]] = q.weights[i]
	}
	return out
}

func (q *query) add(term string, weight float64) {
	q.terms = append(q.terms, term)
	q.weights = append(q.weights, weight)
}

// expand builds the query for a question's stems: each weighed by its
// specificity, and each that no passage holds followed by the corpus's
// stems related to it by the thesaurus or by spelling (see sameWord),
// sharing standInWeight. Only missing stems are expanded: a word the
// corpus uses already finds its passages, and its synonyms would pull in
// others.
func (r *Retriever) expand(stems []string) query {
	q := query{stems: stems, standIns: map[string][]string{}}
	for _, s := range stems {
		q.add(s, specificity(s))
	}
	for _, s := range stems {
		if r.Index.BM25.Has(s) {
			continue
		}
		for _, t := range append(thesaurus.Related(s), r.sameWord(s)...) {
			if r.Index.BM25.Has(t) && !slices.Contains(q.terms, t) && !slices.Contains(q.standIns[s], t) {
				q.standIns[s] = append(q.standIns[s], t)
			}
		}
		for _, t := range q.standIns[s] {
			q.add(t, standInWeight/float64(len(q.standIns[s])))
		}
	}
	return q
}

// sameWord returns the corpus's stems that are likely forms of the same
// word as stem where the stemmer parts them ("publish" and "public"): those
// sharing at least prefixMatch letters and all but the last letter of the
// shorter.
func (r *Retriever) sameWord(stem string) []string {
	if len(stem) < prefixMatch {
		return nil
	}
	var out []string
	for _, t := range r.Index.BM25.WithPrefix(stem[:prefixMatch]) {
		if commonPrefix(stem, t) >= max(prefixMatch, min(len(stem), len(t))-1) {
			out = append(out, t)
		}
	}
	return out
}

// commonPrefix returns how many leading bytes a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// hasPrefixMatch reports whether set holds a stem that shares its first
// prefixMatch letters with s.
func hasPrefixMatch(set map[string]bool, s string) bool {
	if len(s) < prefixMatch {
		return false
	}
	for t := range set {
		if len(t) >= prefixMatch && t[:prefixMatch] == s[:prefixMatch] {
			return true
		}
	}
	return false
}

// unknownNames returns the capitalized words of the question, after its
// first word, that the corpus never uses: names of things it does not
// discuss. A question typed in lower case has none.
func (r *Retriever) unknownNames(question string) []string {
	var out []string
	for i, f := range strings.Fields(question) {
		words := terms.Words(f)
		if i == 0 || len(words) == 0 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘(["))
		// A capitalized stop word ("I") or question word (the author's name,
		// "Furr") names nothing the question is about.
		if !unicode.IsUpper(first) || terms.IsStopword(words[0]) {
			continue
		}
		if !r.Index.BM25.Has(terms.Stem(words[0])) {
			out = append(out, words[0])
		}
	}
	return out
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
