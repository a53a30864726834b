package retrieve

import (
	"slices"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// yearRe finds a year of the last two millennia.
var yearRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]{2}\b`)

// evidence is what the best passage holds of a question.
type evidence struct {
	// stems is how many content stems the question has.
	stems int
	// found counts the stems the passage holds; near counts those it holds
	// up to a shared prefix or through a related stem.
	found, near int
	// coverage is the weight (IDF times specificity) of the stems the
	// passage holds, as a share of all the question's weight; known is the
	// weight of the stems the corpus holds anywhere, as a share of the
	// same. A stem the corpus lacks has the highest IDF.
	coverage, known float64
	// nearCoverage is the weight of the stems the passage holds or holds
	// near, as a share of all the question's weight.
	nearCoverage float64
	// year is set when the passage gives a year.
	year bool
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

// abstains reports whether the evidence is too thin for the corpus to
// count as addressing q under p's thresholds: the passage holds none of
// the question's words, the support (with p.SimilarityWeight times the
// cosine similarity of the vectors' nearest chunk) is below p.MinSupport,
// or the question names something the corpus never mentions and the
// passage holds less than p.NameCoverage of its weight.
//
// Two questions are declined outright: one that names something in
// capitals the corpus never mentions ("What did he think of the NEP?"),
// and one that asks in what year when the passage gives none.
func (e evidence) abstains(q *Query, p Params, similarity float64) bool {
	return e.found == 0 || e.support()+p.SimilarityWeight*similarity < p.MinSupport ||
		len(q.Names) > 0 && e.coverage < p.NameCoverage || q.Acronym || q.AsksYear && !e.year
}

// evidence weighs the question's stems by BM25's IDF and their specificity
// against the given passages and the whole corpus. A stem the passages lack
// counts as near when they hold one of its related stems.
func (r *Retriever) evidence(q *Query, passages []*essay.Passage) evidence {
	stems := q.Stems
	ev := evidence{stems: len(stems)}
	if len(stems) == 0 || len(passages) == 0 {
		return ev
	}
	top := map[string]bool{}
	for _, p := range passages {
		for _, s := range terms.Stems(p.Text()) {
			top[s] = true
		}
		ev.year = ev.year || yearRe.MatchString(p.Text())
	}
	var total, found, near, known float64
	for i, s := range stems {
		w := r.Index.BM25.IDF(s) * q.Specificity[i]
		total += w
		if r.Index.BM25.Has(s) {
			known += w
		}
		switch {
		case top[s]:
			found += w
			near += w
			ev.found++
			ev.near++
		case hasPrefixMatch(top, s) || slices.ContainsFunc(q.Related[s], func(t string) bool { return top[t] }):
			near += w
			ev.near++
		}
	}
	if total > 0 {
		ev.coverage, ev.known, ev.nearCoverage = found/total, known/total, near/total
	}
	return ev
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
