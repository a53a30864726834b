package retrieve

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// citedYear reports whether q names a year that the corpus gives only in
// citations (see citeRe: "Historical Review 63 (2004)"), none of whose
// passages holds citedShare of q's other words. A year a text gives only as the date of a work
// it cites is a time it does not reach: "Who won the 2004 election?" is
// off its ground; "What does the 2004 Historical Review article argue?"
// asks of the citation.
func (r *Retriever) citedYear(q *Query) bool {
	for _, w := range q.Words {
		if !yearWordRe.MatchString(w) || !r.Index.BM25.Has(terms.Stem(w)) {
			continue
		}
		other := false
		cited := r.yearCited(w, func(p *essay.Passage) {
			other = other || r.asksCitation(q, terms.Stem(w), words(terms.Stems(p.Text())...))
		})
		if cited && !other {
			return true
		}
	}
	return false
}

// yearCited reports whether the corpus gives year w, and only in
// citations (see citeRe), calling each for every passage citing it.
func (r *Retriever) yearCited(w string, each func(*essay.Passage)) bool {
	ps := r.passagesNaming([]string{terms.Stem(w)})
	for _, p := range ps {
		for _, sn := range p.Sentences {
			if !strings.Contains(sn.Text, w) {
				continue
			}
			if !citeRe.MatchString(sn.Text) {
				return false
			}
			each(p)
		}
	}
	return len(ps) > 0
}

// asksCitation reports whether q, naming year, asks of a citation whose
// passage's stems are held: the passage holds one of q's other stems
// that few passages hold (at most citedRare chunks: "Clarendon"),
// or citedShare of their weight (IDF times specificity). "What did the
// 1990 American Historical Review article say?" asks of "American
// Historical Review 12 (1990)"; "Who won the 1990 American election?",
// sharing only "American" with it, a word of many passages, does not.
func (r *Retriever) asksCitation(q *Query, year string, held map[string]bool) bool {
	var in, total float64
	for i, s := range q.Stems {
		if s == year {
			continue
		}
		w := r.Index.BM25.IDF(s) * q.Specificity[i]
		total += w
		if held[s] {
			if len(r.Index.BM25.Postings[s]) <= citedRare {
				return true
			}
			in += w
		}
	}
	return total > 0 && in/total >= citedShare
}

// citedRare is how many chunks may hold a word that, held by a citation,
// ties a question to it (see asksCitation).
const citedRare = 2

// citedShare is the least share of a question's weight, its year aside,
// that the passage of a citation giving the year must hold for the
// question to ask of it (see asksCitation).
const citedShare = 0.5
