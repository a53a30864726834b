package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestAndOthersIsEtAl checks that "X and others" before a work or
// closing the question is read as a citation's "et al.", not searched
// as another thing asked of: "Khlewniuk and others book was published by
// which publisher?" quotes note 2's citation, though note 2 never says
// "others". Elsewhere "others" is still asked ("What did others think?").
func TestAndOthersIsEtAl(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string][]string{
		"Khlevniuk and others book publisher?":                        {"khlevniuk", "book", "publish"},
		"Which publisher published the book of Khlevniuk and others?": {"publish", "book", "khlevniuk"},
		"What did others think of Stalin?":                            {"other", "stalin"},
	} {
		got, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Stems, want) {
			t.Errorf("%q: stems %v, want %v", q, got.Stems, want)
		}
	}
	res, err := r.Retrieve(context.Background(), "Khlewniuk and others book was published by which publisher?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "note 2" {
		t.Errorf("Khlewniuk and others: declined %v (%s), want note 2", res.Abstain, res.DeclinedBy)
	}
}
