package retrieve

import (
	"context"
	"slices"
	"testing"

	"studyguide/internal/essay"
)

// TestLatinPluralMeetsItsSingular checks that a question's Latin singular
// meets the text's plural and the other way round: the essay writes of
// "Central Committee Plena", a reader asks of "the plenums" (stem
// "plenum"), and note 5's "Leningrad" came first on the question's other
// words. A root too short to tell is left alone.
func TestLatinPluralMeetsItsSingular(t *testing.T) {
	for stem, want := range map[string]string{"plenum": "plena", "plena": "plenum", "stimuli": "stimulus", "criteria": "criterion"} {
		if got := latinForms(stem); !slices.Contains(got, want) {
			t.Errorf("latinForms(%q) = %q, want %q among them", stem, got, want)
		}
	}
	if got := latinForms("bus"); len(got) != 0 {
		t.Errorf("latinForms(bus) = %q, want none", got)
	}
	r := retriever(t, Hybrid)
	q := "Did the Party leaders argue with Stalin at the plenums, or keep quiet?"
	res, err := r.Retrieve(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Refs(); len(got) == 0 || got[0] != (essay.Ref{Kind: essay.Paragraph, N: 54}) {
		t.Errorf("%q ranked %v, want ¶54 first", q, got)
	}
}
