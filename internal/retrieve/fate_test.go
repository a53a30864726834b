package retrieve

import (
	"context"
	"testing"

	"studyguide/internal/terms"
)

// TestFateQuestionFindsWhatWasDone checks that a question asking what
// became of something is answered by the passage on what was done to it
// (the note on the destroyed archive), not by one that says "if that
// happened" of something else.
func TestFateQuestionFindsWhatWasDone(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"What happened to Stalin's personal papers after he died?",
		"did stalin have personal files, and what happened to them?",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != "note 4" {
			t.Errorf("%q ranked %v; want note 4 first", q, res.Refs())
		}
	}
}

// TestAsksFate checks which uses of "happen" and "become" frame a
// question.
func TestAsksFate(t *testing.T) {
	for q, want := range map[string]bool{
		"what happened to the opposition":    true,
		"what became of his papers":          true,
		"what happened with the secretaries": true,
		"what would have happened if":        false,
		"did it happen":                      false,
		"what become":                        false,
	} {
		ws := terms.Words(q)
		got := false
		for i := range ws {
			got = got || asksFate(ws, i)
		}
		if got != want {
			t.Errorf("%q: asksFate %v, want %v", q, got, want)
		}
	}
}
