package retrieve

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"studyguide/internal/index"
	"studyguide/internal/terms"
)

// spellingTable holds, for a corpus spelt as English was before about
// 1700, the stems of its words in old spelling by the stem of the word
// each is today (see index.OldSpellings), built once a retriever.
type spellingTable struct {
	once sync.Once
	// olds maps a modern stem to the corpus's stems that spell it the
	// old way, the one more passages hold first ("war": "warr").
	olds map[string][]string
	// modern maps each of those back to its modern stem.
	modern map[string]string
	// words maps the corpus's words in old spelling to today's (see
	// index.OldSpellings).
	words map[string]string
}

// oldSpellings returns the corpus's old spellings (see spellingTable).
func (r *Retriever) oldSpellings() *spellingTable {
	o := &r.old
	o.once.Do(func() {
		r.usesWord("")
		old := index.OldSpellings(r.vocab.order)
		if old == nil {
			return
		}
		o.words, o.modern, o.olds = old, map[string]string{}, map[string][]string{}
		for _, w := range r.vocab.order {
			s := terms.Stem(w)
			if m, ok := old[w]; ok && o.modern[s] == "" {
				o.modern[s] = terms.Stem(m)
			}
		}
		for s, m := range o.modern {
			o.olds[m] = append(o.olds[m], s)
		}
		for _, ss := range o.olds {
			slices.SortFunc(ss, func(a, b string) int {
				if c := cmp.Compare(r.df(b), r.df(a)); c != 0 {
					return c
				}
				return strings.Compare(a, b)
			})
		}
	})
	return o
}

// df is how many chunks hold stem s.
func (r *Retriever) df(s string) int {
	return len(r.Index.BM25.Postings[s])
}

// oldSpelt returns the corpus's stems that spell the word of the modern
// stem s as English was spelt before about 1700 ("warr" for "war"), the
// one more passages hold first, or none.
func (r *Retriever) oldSpelt(s string) []string {
	return r.oldSpellings().olds[s]
}

// modernStem returns the modern stem of s, a stem of the corpus in old
// spelling ("war" for "warr"), or s: what the dictionary knows it by.
func (r *Retriever) modernStem(s string) string {
	if m, ok := r.oldSpellings().modern[s]; ok {
		return m
	}
	return s
}

// spellingWeights returns, for each stem of spellings, keys and values,
// the share of its weight that makes the spellings of one word weigh as
// one term would: the IDF of the passages holding any of them over the
// IDF of those holding the stem. Searched apart, a rare old spelling of
// a common word ("maketh" of "make") would weigh as a rare word.
func (r *Retriever) spellingWeights(spellings map[string][]string) map[string]float64 {
	if len(spellings) == 0 {
		return nil
	}
	ix := r.Index.BM25
	out := map[string]float64{}
	for s, olds := range spellings {
		word := append([]string{s}, olds...)
		docs := map[int32]bool{}
		for _, t := range word {
			for _, p := range ix.Postings[t] {
				docs[p.Doc] = true
			}
		}
		n, df := float64(ix.Len()), float64(len(docs))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, t := range word {
			out[t] = idf / ix.IDF(t)
		}
	}
	return out
}

// spelling returns the share of its weight stem s is searched with (see
// spellingWeights).
func (q *Query) spelling(s string) float64 {
	if w, ok := q.spellingWeight[s]; ok {
		return w
	}
	return 1
}
