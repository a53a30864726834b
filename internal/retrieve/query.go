package retrieve

import (
	"math"
	"slices"

	"studyguide/internal/thesaurus"
)

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
	stems []string
	// terms are stems and then the stand-ins; weights holds each term's
	// weight, for the question's own stems their specificity.
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
