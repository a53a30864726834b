package retrieve

import (
	"context"
	"slices"
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

// TestFateVerbNotSearchedThroughStandIns checks that in a text that never
// says "happen" (Civil Disobedience), a question asking what happens to
// someone searches none of the words standing in for it ("pass",
// "occur"), as it would not search the verb itself.
func TestFateVerbNotSearchedThroughStandIns(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	q, err := r.Analyse("what happens to a man who gives himself entirely to others")
	if err != nil {
		t.Fatal(err)
	}
	kin := q.StandIns[q.fate]
	if q.fate == "" || len(kin) == 0 {
		t.Fatalf("fate %q with stand-ins %v; want the verb read, with stand-ins", q.fate, kin)
	}
	ts, _ := q.lexical(DefaultParams)
	for _, t0 := range kin {
		if slices.Contains(ts, t0) && !slices.ContainsFunc(q.Stems, func(s string) bool { return s != q.fate && slices.Contains(q.Related[s], t0) }) {
			t.Errorf("searched %q, a stand-in for %q", t0, q.fate)
		}
	}
}
