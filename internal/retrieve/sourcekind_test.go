package retrieve

import (
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestSourceKindFramed checks that "primary" and "secondary" before a
// noun of a source name its kind and are not searched, which found
// ¶52's "A primary purpose of this essay" first, and that said of the
// text itself they ask how much it rests on others' work: ¶56's "almost
// entirely on the basis of others' research" answers.
func TestSourceKindFramed(t *testing.T) {
	for q, want := range map[string]bool{
		"Is this essay a primary source or a secondary source?":        true,
		"Is the essay primary or secondary literature?":                true,
		"Is the memoir a primary source?":                              false,
		"What is the primary purpose of this essay?":                   false,
		"Which primary records does the essay point to for the votes?": false,
	} {
		if got := asksTextsKind(terms.Words(q)); got != want {
			t.Errorf("asksTextsKind(%q) = %v, want %v", q, got, want)
		}
	}
	r := retriever(t, Hybrid)
	wantFirst(t, r, map[string]string{
		"Is this essay a primary source or a secondary source?":                        "¶56",
		"What primary record does the essay use for Molotov's late views on equality?": "¶61",
	})
	a, err := r.Analyse("What is the primary purpose of this essay?")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Stems, "primari") {
		t.Errorf("stems %v; want \"primary\" of a purpose searched", a.Stems)
	}
}
