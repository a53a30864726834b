package retrieve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/index"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// phraseDepth is how many of BM25's best chunks are read for the
// question's pairs of words (see withPhrases): enough to reorder the
// passages an answer is written from, few enough that stemming them costs
// a fraction of a search.
const phraseDepth = 40

// maxGap is how many stop words may stand between the two words of a
// pair: one, as in "cult of personality"; "his vote is of no more
// worth" does not say "vote worth".
const maxGap = 1

// eachPair calls fn with the stems of each pair of content words of text
// that stand side by side, at most maxGap stop words apart.
func eachPair(text string, fn func(a, b string)) {
	prev, gap := "", 0
	for _, w := range terms.Words(text) {
		if terms.IsStopword(w) {
			gap++
			continue
		}
		s := terms.Stem(w)
		if prev != "" && gap <= maxGap {
			fn(prev, s)
		}
		prev, gap = s, 0
	}
}

// ofDeterminers may stand between "of" and the word after it in a pair
// read backwards (see eachOfPair).
var ofDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true, "these": true, "those": true}

// eachOfPair calls fn with the stems of each pair of content words of
// text that stand as "b of a", a determiner at most between "of" and a,
// as fn(a, b): the pair a question says as "a b". "Soviet history" is
// "the history of the Soviet Union", "party leaders" "the leaders of the
// Party".
func eachOfPair(text string, fn func(a, b string)) {
	ws := terms.Words(text)
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "of" || terms.IsStopword(ws[i-1]) {
			continue
		}
		j := i + 1
		if ofDeterminers[ws[j]] {
			j++
		}
		if j < len(ws) && !terms.IsStopword(ws[j]) {
			fn(terms.Stem(ws[j]), terms.Stem(ws[i-1]))
		}
	}
}

// pairsOf returns the pairs of the question's content stems that stand
// side by side in it (see eachPair): "local party leaders" gives "local
// parti" and "parti leader". A framing word between two stems ("What
// does the author call ...") parts them. A name is no pair: two words
// the question capitalizes ("the Seneca Falls convention"), or that
// WordNet names one thing by ("cult of personality"), are how a text
// names what it is about, and a passage that names it says no more of
// what is asked than one that holds its words.
func pairsOf(text string, stems []string) [][2]string {
	capital := capitalized(text)
	var out [][2]string
	eachPair(text, func(a, b string) {
		pair := [2]string{a, b}
		if a == b || !slices.Contains(stems, a) || !slices.Contains(stems, b) || slices.Contains(out, pair) {
			return
		}
		// Nor is one said backwards ("personality cult" for "cult of
		// personality"), which a text may say as "b of a".
		if capital[a] && capital[b] || len(thesaurus.Concepts(a+" "+b)) > 0 || len(thesaurus.Concepts(b+" "+a)) > 0 {
			return
		}
		out = append(out, pair)
	})
	return out
}

// capitalized returns the stems of the words text writes capitalized,
// after its first.
func capitalized(text string) map[string]bool {
	out := map[string]bool{}
	for i, f := range strings.Fields(text) {
		f = strings.TrimLeft(f, "\"'“‘([")
		r, _ := utf8.DecodeRuneInString(f)
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		for _, w := range terms.Words(f) {
			out[terms.Stem(w)] = true
		}
	}
	return out
}

// withPhrases adds to BM25's best chunks, matches, the weight of the
// question's pairs of words that stand side by side in them, and sorts
// them again. A pair weighs weight times the mean of its two words' IDF
// and specificity, saturated as BM25 saturates a term: a chunk that says
// "local Party leaders" speaks of what "local party leaders" asks about
// more surely than one that holds "local" in one sentence and "Party
// leaders" in the next. Chunks past phraseDepth keep their scores.
func (s *Search) withPhrases(matches []index.Match, weight float64) []index.Match {
	q, ix := s.Q, s.r.Index
	if weight == 0 || len(q.Pairs) == 0 || len(matches) == 0 {
		return matches
	}
	pairWeight := make([]float64, len(q.Pairs))
	for i, pair := range q.Pairs {
		a, b := slices.Index(q.Stems, pair[0]), slices.Index(q.Stems, pair[1])
		pairWeight[i] = weight * (ix.BM25.IDF(pair[0])*q.Specificity[a] + ix.BM25.IDF(pair[1])*q.Specificity[b]) / 2
	}
	out := slices.Clone(matches)
	n := min(phraseDepth, len(out))
	counts := make([]float64, len(q.Pairs))
	for k := range out[:n] {
		if !s.holdsAPairsWords(out[k].Chunk) {
			continue
		}
		clear(counts)
		text := ix.Chunks[out[k].Chunk].Text
		eachPair(text, func(a, b string) {
			for i, pair := range q.Pairs {
				if a == pair[0] && b == pair[1] {
					counts[i]++
				}
			}
		})
		eachOfPair(text, func(a, b string) {
			for i, pair := range q.Pairs {
				if a == pair[0] && b == pair[1] {
					counts[i]++
				}
			}
		})
		for i, c := range counts {
			out[k].Score += pairWeight[i] * ix.BM25.Saturated(out[k].Chunk, c)
		}
	}
	byScore(out[:n])
	return out
}

// holdsAPairsWords reports whether chunk holds both words of one of the
// question's pairs, as BM25's postings say: only such a chunk is read
// word by word for the pair.
func (s *Search) holdsAPairsWords(chunk int) bool {
	ix := s.r.Index.BM25
	for _, pair := range s.Q.Pairs {
		if ix.Holds(pair[0], chunk) && ix.Holds(pair[1], chunk) {
			return true
		}
	}
	return false
}

// pairsWeigh reports whether the question's pairs of words weigh in its
// ranking: not in a question of several parts, whose pairs name what one
// part asks about ("What was the treaty of commerce and did the king sign
// it?") and would rank that part's passage over the others'; nor in one
// asking where a claim is sourced, whose pair names the claim, not the
// note that sources it.
func (s *Search) pairsWeigh() bool {
	return len(s.Q.Parts) < 2 && !s.Q.Intent.Has(Sources) && !s.Q.Intent.Has(Reading)
}

// namingWords introduce the name a text gives a thing ("the stratum
// called the gentry", "as this dilemma was termed").
var namingWords = map[string]bool{"called": true, "termed": true, "named": true, "dubbed": true}

// passiveWords before a naming word put the name before it ("'Red' and
// 'expert', as this dilemma was termed"), not after.
var passiveWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true}

// summoning words after "called" make it summon, not name: "the
// convention was called for August", "he called on the council", "the
// strike was called off", "the engineers were called back".
var summoning = map[string]bool{"for": true, "on": true, "upon": true, "off": true, "up": true, "to": true, "by": true, "in": true, "into": true, "out": true, "at": true,
	"back": true, "away": true, "forth": true, "together": true}

// namingBefore is how many words before a passive naming word may belong
// to the name it gives: a short quoted term and what it is called.
const namingBefore = 5

// namedIn returns the stems of the words text gives as a name: the first
// content word within three after a naming word, or the content words of
// the namingBefore before one in the passive. The passage that names a
// thing introduces it; others only use the name.
func namedIn(text string) []string {
	return namedInWords(terms.Words(text))
}

// namedInWords is namedIn of a text's words, ws.
func namedInWords(ws []string) []string {
	var out []string
	for i, w := range ws {
		if !namingWords[w] || i == 0 || i+1 < len(ws) && summoning[ws[i+1]] {
			continue
		}
		if passiveWords[ws[i-1]] {
			for _, v := range ws[max(0, i-1-namingBefore) : i-1] {
				if !terms.IsStopword(v) {
					out = append(out, terms.Stem(v))
				}
			}
			continue
		}
		for _, v := range ws[i+1 : min(len(ws), i+4)] {
			if !terms.IsStopword(v) {
				out = append(out, terms.Stem(v))
				break
			}
		}
	}
	return out
}

// withNames adds to BM25's best chunks, matches, the weight of each
// question word a chunk gives as a name (see namedIn), as withPhrases adds
// a pair's, and sorts them again: asked what "the gentry" is or
// where "checks and balances" comes from, the passage that names it says
// so, and one that only uses the name ("the county gentry") does
// not. Chunks past phraseDepth keep their scores. It reports whether any
// chunk names a question word.
func (s *Search) withNames(matches []index.Match, weight float64) ([]index.Match, bool) {
	q, ix := s.Q, s.r.Index
	if weight == 0 || len(matches) == 0 {
		return matches, false
	}
	out := slices.Clone(matches)
	n := min(phraseDepth, len(out))
	changed := false
	for k := range out[:n] {
		for _, st := range s.r.names(out[k].Chunk) {
			if i := slices.Index(q.Stems, st); i >= 0 {
				out[k].Score += weight * ix.BM25.IDF(st) * q.Specificity[i] * ix.BM25.Saturated(out[k].Chunk, 1)
				changed = true
			}
		}
	}
	if !changed {
		return matches, false
	}
	byScore(out[:n])
	return out, true
}

// names returns the stems chunk gives as names (see namedIn), read once.
func (r *Retriever) names(chunk int) []string {
	r.chunkNamesMu.Lock()
	defer r.chunkNamesMu.Unlock()
	if st, ok := r.chunkNames[chunk]; ok {
		return st
	}
	if r.chunkNames == nil {
		r.chunkNames = map[int][]string{}
	}
	// The chunk's words are let go once read: one slice serves every
	// chunk, under the lock.
	r.chunkWords = terms.AppendWords(r.chunkWords[:0], r.Index.Chunks[chunk].Text)
	st := namedInWords(r.chunkWords)
	r.chunkNames[chunk] = st
	return st
}

// byScore sorts matches best first, ties by chunk, so that a reweighed
// head of BM25's ranking reads the same on every run.
func byScore(matches []index.Match) {
	slices.SortStableFunc(matches, func(a, b index.Match) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return a.Chunk - b.Chunk
	})
}
