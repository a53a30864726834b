package retrieve

import (
	"slices"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// causeFrame holds the stems of the words that frame a question asking
// why something comes about ("What causes X?", "Why does X happen?"):
// they meet any passage that speaks of a cause, whatever X is.
var causeFrame = words("caus", "happen", "occur", "reason")

// framedOnly reports whether q asks the cause of a thing the corpus
// never names: the question holds a word of causeFrame, and every other
// stem is one the corpus lacks, or holds only as part of a two-word name
// it never writes (see inUnwrittenPair). Its stand-ins then make up the
// whole subject, and they come from any sense of the lacking word:
// "word" stood for "tides" through "tidings", and counted as known it
// lifted "What causes tides?" over the minimum support on a passage
// naming the cause of something else.
//
// seq is the question's stems in order, which the caller reads pairs
// in too (see inUnwrittenPair); nil when q is not so framed.
func (r *Retriever) framedOnly(q *Query) (seq []string, framed bool) {
	if !slices.ContainsFunc(q.Stems, func(s string) bool { return causeFrame[s] }) {
		return nil, false
	}
	lacks := false
	seq = terms.Stems(q.Text)
	for _, s := range q.Stems {
		switch {
		case causeFrame[s]:
		case !r.Index.BM25.Has(s) && !r.reaches(s):
			lacks = true
		case !r.inUnwrittenPair(seq, s):
			return nil, false
		}
	}
	if !lacks {
		return nil, false
	}
	return seq, true
}

// inUnwrittenPair reports whether stem s stands in seq, a question's
// stems in order, beside a stem the corpus lacks, the two naming one
// thing in WordNet ("northern light"), and no passage writing them side
// by side: "light" in "What causes the northern lights?" asks nothing of
// the light a text speaks of.
func (r *Retriever) inUnwrittenPair(seq []string, s string) bool {
	for i, t := range seq {
		if t != s {
			continue
		}
		for _, pair := range [][2]string{{at(seq, i-1), s}, {s, at(seq, i+1)}} {
			other := pair[0]
			if other == s {
				other = pair[1]
			}
			if other == "" || r.Index.BM25.Has(other) || thesaurus.Concepts(pair[0]+" "+pair[1]) == nil {
				continue
			}
			if !r.writesPair(pair[0], pair[1]) {
				return true
			}
		}
	}
	return false
}

// at returns seq[i], or "" when i is out of its range.
func at(seq []string, i int) string {
	if i < 0 || i >= len(seq) {
		return ""
	}
	return seq[i]
}

// writesPair reports whether a passage of the corpus holds stem a right
// before stem b.
func (r *Retriever) writesPair(a, b string) bool {
	for _, p := range r.Corpus.Passages {
		seq := terms.Stems(p.Text())
		for i := range len(seq) - 1 {
			if seq[i] == a && seq[i+1] == b {
				return true
			}
		}
	}
	return false
}
