package retrieve

import (
	"slices"
	"testing"
)

// TestOwnersWorkCited checks that a question asking who published
// someone's work, by his name and a noun of a work, is answered from the
// citation naming him (note 5's "David Brandenberger, ... Russian Review
// 63 (2004)"), not from note 14, where the author announces an article
// of his own and which shares "article" and "publication" with it; and
// that "piece", a word the essay never uses, no longer declines it.
func TestOwnersWorkCited(t *testing.T) {
	r := retriever(t, Hybrid)
	wantFirst(t, r, map[string]string{
		"Who published Brandenberger's article?":                                      "note 5",
		"Which journal published Brandenberger's piece, and in what year?":            "note 5",
		"How heavily does the author depend on Mukhin's work for his interpretation?": "note 7",
	})
	for q, want := range map[string][]string{
		"Who published Brandenberger's article?": {"brandenberg"},
		"Which work by Marx is named?":           {"marx"},
		"Who says Stalin's papers were wrecked?": nil,
		"Which books are cited?":                 nil,
	} {
		a, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.workOwners(a); !slices.Equal(got, want) {
			t.Errorf("workOwners(%q) = %v, want %v", q, got, want)
		}
	}
	a, err := r.Analyse("Which journal published Brandenberger's piece?")
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(a.Stems, "piec") || slices.Contains(a.Missing, "piece") {
		t.Errorf("stems %v, missing %v; want \"piece\" read as the work cited", a.Stems, a.Missing)
	}
}
