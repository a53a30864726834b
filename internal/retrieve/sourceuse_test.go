package retrieve

import (
	"context"
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestSourcesUsed checks that a question asking what sources or evidence
// the text uses finds the passages saying what it rests on, as one asking
// what it relies on does, not a note saying a phrase "is widely used" or
// one weighing "much evidence" on a single matter.
func TestSourcesUsed(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{"What sources does he use?", "Which sources does the author use?",
		"What evidence does the author use?", "What kind of documents does Furr use?"} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got := sortedRefs(res)
		if want := []string{"note 10", "note 4", "¶56"}; res.Abstain || !slices.Equal(got, want) {
			t.Errorf("%q: abstain = %v, refs = %v, want %v", q, res.Abstain, got, want)
		}
	}
}

// TestSourcesUsedOnlyWhenAskedWhich checks that a noun of a source is
// framing only where the question asks which: "the secret documents" and
// who uses them are its subject.
func TestSourcesUsedOnlyWhenAskedWhich(t *testing.T) {
	for _, c := range []struct {
		question string
		word     string
		want     bool
	}{
		{"What sources does he use?", "use", true},
		{"What sources does he use?", "sources", true},
		{"Which archive documents does he actually use?", "documents", true},
		{"wat r the secret soviet documents n whos using them", "documents", false},
		{"wat r the secret soviet documents n whos using them", "using", false},
		{"How did the Party use its privileges?", "use", false},
	} {
		ws := terms.Words(c.question)
		i := slices.Index(ws, c.word)
		if got := usesSources(ws, i); got != c.want {
			t.Errorf("%q: usesSources at %q = %v, want %v", c.question, c.word, got, c.want)
		}
	}
}

// sortedRefs returns the refs res found, as strings, sorted: a set to
// compare when their order is not the point.
func sortedRefs(res *Result) []string {
	var got []string
	for _, ref := range res.Refs() {
		got = append(got, ref.String())
	}
	slices.Sort(got)
	return got
}
