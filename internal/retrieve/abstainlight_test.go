package retrieve

import (
	"slices"
	"testing"
)

// TestLightVerbsWeighNothing checks that a light verb ("make", "give")
// is no evidence that the essay speaks to a question, while one made
// another verb by a particle ("make up") is weighed as any verb.
func TestLightVerbsWeighNothing(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	if !abstains("How I make a good feijoada for my family?") {
		t.Error("a recipe was answered from a passage on decisions made")
	}
	for _, q := range []string{
		"What decisions were made in the late '20s and early '30s?",
		"Why were Party officials given privileges?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
	for q, want := range map[string][]string{
		"How I make a good feijoada?":          {"make"},
		"Did he just make up the speeches?":    nil,
		"Did Stalin give up power and get rid": nil,
		"What privileges did officials get?":   {"get"},
	} {
		a, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for s := range lightUses(a) {
			got = append(got, s)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("lightUses(%q) = %v, want %v", q, got, want)
		}
	}
}
