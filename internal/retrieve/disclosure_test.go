package retrieve

import (
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestConflictOfInterest checks that "conflict of interest" asks the
// author's stance and is not searched, and that "forthcoming" asks for
// the work the essay announces (note 14's "I am preparing an article")
// rather than counting as a word it lacks: the question was declined as
// never mentioning "conflict" or "forthcoming".
func TestConflictOfInterest(t *testing.T) {
	for q, want := range map[string]bool{
		"Does he have a conflict of interest?":              true,
		"any conflicts of interest here?":                   true,
		"Was there a conflict between their interests?":     false,
		"What interest did the conflict of classes arouse?": false,
	} {
		if got := asksConflictOfInterest(terms.Words(q)); got != want {
			t.Errorf("asksConflictOfInterest(%q) = %v, want %v", q, got, want)
		}
	}
	r := retriever(t, Hybrid)
	q := "Does the author disclose anything that could count as a conflict of interest, like a forthcoming publication of his own on the same topic?"
	wantFirst(t, r, map[string]string{q: "note 14"})
	a, err := r.Analyse(q)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Intent.Has(Stance) || slices.ContainsFunc(a.Missing, func(w string) bool { return w == "conflict" || w == "forthcoming" || w == "interest" }) {
		t.Errorf("intent %b, missing %v; want his stance asked, \"conflict of interest\" and \"forthcoming\" not missing", a.Intent, a.Missing)
	}
}
