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

// TestAdjectiveShorterThanItsPlace checks that an adjective a letter
// shorter than its place's stem meets the place: "German" is stemmed
// "german" and "Germany" "germani", and the rule that the adjective be at
// least as long as the place's stem left them apart. Goldman writes of
// "German agents" and of "Germany"; On Liberty of "Germany" alone.
func TestAdjectiveShorterThanItsPlace(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	if got := r.demonyms("german"); !slices.Contains(got, "germani") {
		t.Errorf("demonyms(german) = %q, want germani among them", got)
	}
	if got := r.demonyms("germani"); !slices.Contains(got, "german") {
		t.Errorf("demonyms(germani) = %q, want german among them", got)
	}
	mill := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	q := "Which German period does Mill name as a time when the yoke of authority was broken?"
	res, err := mill.Retrieve(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%v", res.Refs())
}
