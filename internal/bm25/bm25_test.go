package bm25

import "testing"

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
