package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestPlaceMeetsItsAdjective checks that a question naming a country
// meets the text's adjective of it ("China" the essay's "Chinese Cultural
// Revolution"), and that a place named after someone, or a common word
// for a place, meets no name that merely starts alike.
func TestPlaceMeetsItsAdjective(t *testing.T) {
	r := retriever(t, Hybrid)
	res, err := r.Retrieve(context.Background(), "what does china have to do with this essay", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || !slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.Passage.Ref.String() == "¶57" }) {
		t.Errorf("China: abstain %v, ranked %v; want ¶57 among the first 3", res.Abstain, res.Refs())
	}
	for stem, not := range map[string]string{"stalingrad": "stalin", "communiti": "commune"} {
		if slices.Contains(r.demonyms(stem), not) {
			t.Errorf("demonyms(%q) holds %q", stem, not)
		}
	}
}
