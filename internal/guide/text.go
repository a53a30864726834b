package guide

import (
	"math"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// builder holds what every step of building a guide shares.
type builder struct {
	c *essay.Corpus
	r *retrieve.Retriever
	// idf weighs a stem by how few passages use it.
	idf   map[string]float64
	cands []*candidate
	// quoted counts how often the guide has quoted each sentence, so that
	// later choices prefer words not yet shown.
	quoted map[string]int
	// prompted, askedTerm and paired record what earlier prompts used, so
	// that later ones turn to other quotes, terms and people.
	prompted  map[Quote]bool
	askedTerm map[string]bool
	paired    map[string]bool
	// voices holds the expression that finds each person's reported
	// views, and matching the passages of the corpus that each expression
	// matches (see inCorpus); neither depends on the question.
	voices   map[*candidate]*lazyregexp.Regexp
	matching map[*lazyregexp.Regexp][]*essay.Passage
}

func newBuilder(c *essay.Corpus, r *retrieve.Retriever) *builder {
	df := map[string]int{}
	for _, p := range c.Passages {
		for _, s := range terms.Unique(terms.Stems(p.Text())) {
			df[s]++
		}
	}
	idf := make(map[string]float64, len(df))
	n := float64(len(c.Passages))
	for s, d := range df {
		idf[s] = math.Log(1 + n/float64(d))
	}
	return &builder{c: c, r: r, idf: idf, cands: candidates(c), quoted: map[string]int{},
		prompted: map[Quote]bool{}, askedTerm: map[string]bool{}, paired: map[string]bool{},
		voices: map[*candidate]*lazyregexp.Regexp{}, matching: map[*lazyregexp.Regexp][]*essay.Passage{}}
}

// weakWords carry little of what a sentence is about, though no stop word
// list drops them; matching on them alone finds nothing.
var weakWords = map[string]bool{
	"take": true, "toward": true, "towards": true, "whose": true, "make": true,
	"made": true, "way": true, "ways": true, "one": true, "even": true,
	"still": true, "yet": true, "given": true, "fair": true, "ask": true,
	"asks": true, "question": true, "questions": true, "answer": true,
	"answers": true, "begin": true, "mean": true, "means": true,
	"extent": true, "etc": true, "first": true, "already": true, "many": true,
	"much": true, "specific": true, "such": true, "come": true, "let": true,
}

// weigh returns the content stems of text, each weighed by the square of
// its IDF: a word few passages use says far more about what a sentence is
// about than a word most of them use ("1936 Constitution" against "Soviet
// Union" in this essay).
func (b *builder) weigh(text string) map[string]float64 {
	w := map[string]float64{}
	for _, word := range terms.Words(text) {
		if terms.IsStopword(word) || weakWords[word] {
			continue
		}
		s := terms.Stem(word)
		v, ok := b.idf[s]
		if !ok {
			v = b.maxIDF()
		}
		w[s] = v * v
	}
	return w
}

// maxIDF is the IDF of a word only one passage uses.
func (b *builder) maxIDF() float64 { return math.Log(1 + float64(len(b.c.Passages))) }

// relevance is the weight of w's stems that text holds, each counted once.
func relevance(w map[string]float64, text string) float64 {
	var sum float64
	for _, s := range terms.Unique(terms.Stems(text)) {
		sum += w[s]
	}
	return sum
}

// seen reports how often the guide has already quoted a sentence.
func (b *builder) seen(ref essay.Ref, sentence string) int {
	return b.quoted[ref.String()+"\x00"+sentence]
}

func (b *builder) markQuoted(ref essay.Ref, sentence string) {
	b.quoted[ref.String()+"\x00"+sentence]++
}

// Quote lengths, in words.
const (
	maxQuoteWords = 30
	// minClauseWords is the shortest part of a sentence quoted alone.
	minClauseWords = 6
)

// separators split a sentence into clauses that may be quoted alone.
var separators = []string{", ", "; ", ": ", " -- ", " — ", " – "}

// clause returns the words of sentence worth quoting: the whole sentence
// when it is short enough, or else the run of its clauses that scores best,
// longest first among equals. The result is always a substring of
// sentence, with balanced quotation marks and brackets.
//
//   - score: rates a candidate run; nil prefers the longest.
//   - must: text the run has to hold (a term); "" for none.
//   - maxWords: the longest run allowed.
func clause(sentence string, score func(string) float64, must string, maxWords int) string {
	if must == "" && wordCount(sentence) <= maxWords {
		return sentence
	}
	if must != "" && wordCount(sentence) <= maxWords && indexWord(sentence, must) >= 0 {
		return sentence
	}
	starts, ends := pieces(sentence)
	best, bestScore, found := "", math.Inf(-1), false
	for i := range starts {
		for j := i; j < len(ends); j++ {
			span := sentence[starts[i]:ends[j]]
			n := wordCount(span)
			if n > maxWords {
				break
			}
			if n < minClauseWords && !(i == 0 && j == len(ends)-1) {
				continue
			}
			if !balanced(span) || (must != "" && indexWord(span, must) < 0) || !content(sentence[starts[i]:ends[i]]) || !content(sentence[starts[j]:ends[j]]) {
				continue
			}
			s := float64(n)
			if score != nil {
				s = score(span) * startFactor(sentence, starts[i])
			}
			if !found || s > bestScore+1e-9 || (math.Abs(s-bestScore) <= 1e-9 && n > wordCount(best)) {
				best, bestScore, found = span, s, true
			}
		}
	}
	if !found {
		return window(sentence, must, maxWords)
	}
	return best
}

// window returns a run of at most maxWords whole words of sentence that
// holds must, as near the sentence's start as it can be, for a sentence no
// clause of which is short enough; "" if none is balanced.
func window(sentence, must string, maxWords int) string {
	locs := wordSpans(sentence)
	for i := range locs {
		for j := min(len(locs), i+maxWords) - 1; j >= i+minClauseWords-1; j-- {
			span := sentence[locs[i][0]:locs[j][1]]
			if balanced(span) && (must == "" || indexWord(span, must) >= 0) {
				return span
			}
		}
	}
	return ""
}

// wordSpans returns the byte ranges of the whitespace-separated words of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// startFactor favours quotes that start where the sentence does, then
// those after a semicolon or colon, over those after a comma or a dash,
// which often open in the middle of a thought.
func startFactor(sentence string, start int) float64 {
	switch {
	case start == 0:
		return 1
	case strings.HasSuffix(sentence[:start], "; "), strings.HasSuffix(sentence[:start], ": "):
		return 0.9
	}
	return 0.75
}

// pieces returns the byte ranges of the clauses of sentence, split at
// separators.
func pieces(sentence string) (starts, ends []int) {
	start := 0
	for i := 0; i < len(sentence); i++ {
		for _, sep := range separators {
			// A separator that begins inside the one before it cuts
			// nothing.
			if i >= start && strings.HasPrefix(sentence[i:], sep) {
				starts, ends = append(starts, start), append(ends, i)
				start = i + len(sep)
				break
			}
		}
	}
	return append(starts, start), append(ends, len(sentence))
}

// balanced reports whether a span opens no quotation or bracket that it
// does not close.
func balanced(s string) bool {
	return strings.Count(s, `"`)%2 == 0 &&
		strings.Count(s, "(") == strings.Count(s, ")") &&
		strings.Count(s, "“") == strings.Count(s, "”") &&
		strings.Count(s, "[") == strings.Count(s, "]")
}

// content reports whether a clause holds a word that is not a stop word:
// a quote does not begin or end on a bare "or".
func content(s string) bool {
	for _, w := range terms.Words(s) {
		if !terms.IsStopword(w) {
			return true
		}
	}
	return false
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// sentencesWith returns the sentences of p that hold term, statements
// before questions.
func sentencesWith(p *essay.Passage, term string) []essay.Sentence {
	var out, questions []essay.Sentence
	for _, s := range p.Sentences {
		switch {
		case indexWord(s.Text, term) < 0:
		case s.Question:
			questions = append(questions, s)
		default:
			out = append(out, s)
		}
	}
	return append(out, questions...)
}

// refsOf returns the refs of quotes without repeats, in order.
func refsOf(qs ...Quote) []essay.Ref {
	refs := make([]essay.Ref, len(qs))
	for i, q := range qs {
		refs[i] = q.Ref
	}
	return dedupe(refs)
}
