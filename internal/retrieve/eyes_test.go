package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestInHisEyesFrames checks that "in X's eyes" says whose view is
// asked, as "in his view" does: the essay's question is answered from
// ¶50, where "eyes" weighed as a word the text lacks declined it, and
// Civil Disobedience's questions keep no "eye" among their stems; while
// eyes asked of are kept.
func TestInHisEyesFrames(t *testing.T) {
	r := retriever(t, Hybrid)
	q := "Is Western parliamentary democracy a kind of false idol in Furr's eyes?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶50" {
		t.Errorf("%q: declined %v (%s), or first hit not ¶50", q, res.Abstain, res.DeclinedBy)
	}
	cd := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	for q, kept := range map[string]bool{
		"In Thoreau's eyes, what is the best government?":       false,
		"What is a just man in the eyes of the State?":          false,
		"Did the jailer shut his eyes to the prisoners' needs?": true,
	} {
		a, err := cd.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(a.Stems, "eye"); got != kept {
			t.Errorf("%q: stems %v, keeps \"eye\" %v, want %v", q, a.Stems, got, kept)
		}
	}
}
