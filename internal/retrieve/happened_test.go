package retrieve

import (
	"context"
	"testing"

	"studyguide/internal/essay"
)

// TestWhatHappenedWeighsNoVerb checks that "what happened to X?" finds
// the passage saying what befell X, not one saying that something
// "happened" ("If that happened, ..." in note 9 ranked first for
// Stalin's papers, whose fate note 4 gives), while the verb still
// serves the relation test: what befell someone the text names only in
// passing, after a year it never gives, is still declined.
func TestWhatHappenedWeighsNoVerb(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]essay.Ref{
		"What happened to Stalin's personal papers after he died?": {Kind: essay.Note, N: 4},
		"what happened to beria after stalin died":                 {Kind: essay.Note, N: 12},
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref != want {
			t.Errorf("%q: abstained %v, refs %v, want %v first", q, res.Abstain, res.Refs(), want)
		}
	}
	res, err := r.Retrieve(context.Background(), "What happened to Kruglov after 1956?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain {
		t.Errorf("what happened to Kruglov after 1956: answered from %v, want declined", res.Refs())
	}
}
