package bm25

import (
	"math"
	"reflect"
	"sort"
	"testing"

	"studyguide/internal/essay/essaytest"
	"studyguide/internal/terms"
)

func TestSearchRanksByTermWeight(t *testing.T) {
	ix := New([][]string{
		{"stalin", "parti", "leader"},
		{"nomenklatura", "privileg", "parti"},
		{"stalin", "stalin", "cult"},
	})
	hits := ix.Search([]string{"stalin", "cult"}, 10)
	if len(hits) != 2 || hits[0].Doc != 2 || hits[1].Doc != 0 {
		t.Errorf("hits = %+v, want doc 2 then doc 0", hits)
	}
	if got := ix.Search([]string{"bread"}, 10); len(got) != 0 {
		t.Errorf("a term no document holds matched %+v", got)
	}
	if ix.IDF("nomenklatura") <= ix.IDF("parti") {
		t.Error("a rarer term should weigh more")
	}
}

func TestSearchBreaksTiesByDocument(t *testing.T) {
	ix := New([][]string{{"a", "b"}, {"a", "b"}, {"a", "b"}})
	hits := ix.Search([]string{"a"}, 2)
	if len(hits) != 2 || hits[0].Doc != 0 || hits[1].Doc != 1 {
		t.Errorf("hits = %+v, want docs 0 and 1", hits)
	}
}

// fullSort is how Search ranked before it kept only the best n: score
// every document, sort them all. Search must give the same hits.
func fullSort(ix *Index, query []string, n int) []Hit {
	scores := make([]float64, len(ix.Lens))
	seen := map[string]bool{}
	for _, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		idf := ix.IDF(t)
		for _, p := range ix.Postings[t] {
			tf := float64(p.TF)
			norm := ix.K1 * (1 - ix.B + ix.B*float64(ix.Lens[p.Doc])/ix.AvgLen)
			scores[p.Doc] += idf * tf * (ix.K1 + 1) / (tf + norm)
		}
	}
	var hits []Hit
	for d, s := range scores {
		if s > 0 {
			hits = append(hits, Hit{Doc: d, Score: s})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Doc < hits[j].Doc
	})
	if n >= 0 && len(hits) > n {
		hits = hits[:n]
	}
	return hits
}

func TestSearchKeepsTheFullRanking(t *testing.T) {
	c := essaytest.Embedded(t)
	// Every sentence is a document, so that many share terms and some
	// score the same; every sentence is also a query.
	var docs [][]string
	for _, p := range c.Passages {
		for _, s := range p.Sentences {
			docs = append(docs, terms.Stems(s.Text))
		}
	}
	docs = append(docs, docs[:20]...) // exact repeats: ties
	ix := New(docs)
	for _, q := range docs {
		for _, n := range []int{-1, 0, 1, 3, 10, 200} {
			got, want := ix.Search(q, n), fullSort(ix, q, n)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Search(%q, %d) = %v, want %v", q, n, got, want)
			}
		}
	}
}

func TestSearchWeightedScalesEachTerm(t *testing.T) {
	ix := New([][]string{{"salari", "parti"}, {"wage", "parti"}, {"parti"}})
	even := ix.SearchWeighted([]string{"salari", "wage"}, []float64{1, 1}, 10)
	if len(even) != 2 || even[0].Score != even[1].Score {
		t.Fatalf("equal weights: hits = %+v, want two equal scores", even)
	}
	hits := ix.SearchWeighted([]string{"salari", "wage"}, []float64{1, 0.5}, 10)
	if len(hits) != 2 || hits[0].Doc != 0 || hits[1].Score != hits[0].Score/2 {
		t.Errorf("hits = %+v, want doc 0 first and doc 1 at half its score", hits)
	}
	if !reflect.DeepEqual(ix.SearchWeighted([]string{"parti", "wage"}, nil, 10), ix.Search([]string{"parti", "wage"}, 10)) {
		t.Error("nil weights should search as Search does")
	}
	if got := ix.SearchWeighted([]string{"parti", "wage"}, []float64{1}, 10); !reflect.DeepEqual(got, ix.Search([]string{"parti", "wage"}, 10)) {
		t.Errorf("a term past the weights should weigh 1: %+v", got)
	}
}

func TestWithPrefix(t *testing.T) {
	ix := New([][]string{{"public", "publish", "pub"}, {"publicli", "parti"}})
	if got, want := ix.WithPrefix("publi"), []string{"public", "publicli", "publish"}; !reflect.DeepEqual(got, want) {
		t.Errorf("WithPrefix(publi) = %v, want %v", got, want)
	}
	if got := ix.WithPrefix("zz"); len(got) != 0 {
		t.Errorf("WithPrefix(zz) = %v, want none", got)
	}
	if got := ix.WithPrefix("parti"); !reflect.DeepEqual(got, []string{"parti"}) {
		t.Errorf("WithPrefix(parti) = %v", got)
	}
}

func TestSaturatedWeighsATermAsSearchDoes(t *testing.T) {
	ix := New([][]string{{"red", "expert", "red"}, {"red", "parti", "state", "parti", "expert"}})
	for doc, tf := range []float64{2, 1} {
		hits := ix.Search([]string{"red"}, 10)
		var got float64
		for _, h := range hits {
			if h.Doc == doc {
				got = h.Score
			}
		}
		if want := ix.IDF("red") * ix.Saturated(doc, tf); math.Abs(got-want) > 1e-12 {
			t.Errorf("doc %d: Search scores %v, IDF times Saturated %v", doc, got, want)
		}
	}
	if ix.Saturated(0, 0) != 0 || ix.Saturated(5, 1) != 0 || ix.Saturated(-1, 1) != 0 {
		t.Error("no occurrence, or no such document, should weigh 0")
	}
}

func TestHolds(t *testing.T) {
	ix := New([][]string{{"red", "expert"}, {"parti"}, {"red", "parti"}})
	for _, tt := range []struct {
		term string
		doc  int
		want bool
	}{{"red", 0, true}, {"red", 1, false}, {"red", 2, true}, {"parti", 0, false}, {"parti", 2, true}, {"state", 0, false}, {"red", 9, false}} {
		if got := ix.Holds(tt.term, tt.doc); got != tt.want {
			t.Errorf("Holds(%q, %d) = %v, want %v", tt.term, tt.doc, got, tt.want)
		}
	}
}
