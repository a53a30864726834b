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
// stems related to them, each with its BM25 weight.
type query struct {
	stems []string
	// terms are stems and then the related stems; weights holds each
	// term's weight, for the question's own stems their specificity.
	terms   []string
	weights []float64
	// related maps each of the question's stems to the corpus's stems that
	// may mean the same; standIns holds the same for the question's stems
	// that the corpus lacks.
	related, standIns map[string][]string
}

// standInWeights returns the weight of each stand-in, as searched.
func (q *query) standInWeights() map[string]float64 {
	out := map[string]float64{}
	for _, kin := range q.standIns {
		for _, t := range kin {
			out[t] = standInWeight / float64(len(kin))
		}
	}
	return out
}

func (q *query) add(term string, weight float64) {
	q.terms = append(q.terms, term)
	q.weights = append(q.weights, weight)
}

// expand builds the query for a question's stems: each weighed by its
// specificity, then the corpus's stems related to each by the thesaurus or
// by spelling (see sameWord). The related stems of a stem that no passage
// holds stand in for it and share standInWeight. Those of a stem the
// corpus uses share only relatedWeight: the stem finds its passages
// itself, and its kin only break ties among them in favour of one that
// also says it in other words (¶57's "distinction" for "separation").
func (r *Retriever) expand(stems []string) query {
	q := query{stems: stems, related: map[string][]string{}, standIns: map[string][]string{}}
	for _, s := range stems {
		q.add(s, specificity(s))
	}
	// Stand-ins go first: a stem related to two question words is searched
	// once, and as a stand-in it weighs more.
	for _, s := range stems {
		if !r.Index.BM25.Has(s) {
			q.standIns[s] = q.addKin(s, r.kin(s, q.terms), standInWeight)
		}
	}
	for _, s := range stems {
		if r.Index.BM25.Has(s) {
			q.addKin(s, r.kin(s, q.terms), relatedWeight)
		}
	}
	return q
}

// kin returns the corpus's stems related to stem, leaving out those
// already searched.
func (r *Retriever) kin(stem string, searched []string) []string {
	var out []string
	for _, t := range append(thesaurus.Related(stem), r.sameWord(stem)...) {
		if r.Index.BM25.Has(t) && !slices.Contains(searched, t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// addKin records kin as stem's related stems and searches them, sharing
// weight among them. It returns kin.
func (q *query) addKin(stem string, kin []string, weight float64) []string {
	q.related[stem] = kin
	for _, t := range kin {
		q.add(t, weight/float64(len(kin)))
	}
	return kin
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
