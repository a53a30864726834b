package retrieve

import (
	"maps"
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestLabelAside checks that the words of a label opening a question
// that are foreign to the text are read as the asker's frame, on the
// essay and on Goldman's: not a label holding the text's words or a
// name, nor one before a question holding too few of the text's words.
// On a long text few labels are foreign: "disclosure" is near
// Thoreau's "reveal", and stays.
func TestLabelAside(t *testing.T) {
	essay := retriever(t, Hybrid)
	goldman := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	thoreau := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	tests := []struct {
		r    *Retriever
		q    string
		want []string
	}{
		{essay, "Full disclosure: does the author admit his own political stance shapes his questions?", []string{"disclosure"}},
		{essay, "Perks list: what did Party members get?", nil},
		{essay, "Climate change: what does the author think?", nil},
		{essay, "Full disclosure, does the author admit his own political stance shapes his questions?", nil},
		{goldman, "Full disclosure: did the sailors demand free elections?", []string{"disclosure"}},
		{goldman, "Full Disclosure: did the sailors demand free elections?", nil},
		{goldman, "Full disclosure: did they?", nil},
		{thoreau, "Full disclosure: does he admit he refused to pay the tax?", nil},
	}
	for _, tc := range tests {
		ws := terms.Words(tc.q)
		var got []string
		for _, i := range slices.Sorted(maps.Keys(tc.r.labelAside(tc.q, ws))) {
			got = append(got, ws[i])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("labelAside(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestLabelledQuestionAnswered checks that a question framed by a label
// of words foreign to the essay is answered as it would be without it.
func TestLabelledQuestionAnswered(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	q := "Full disclosure: does the author admit his own political stance shapes his questions?"
	if abstains(q) {
		t.Errorf("%q was declined for its label", q)
	}
	if !abstains("Full disclosure: what is Molotov's favourite ice cream?") {
		t.Error("a labelled question of what the essay never says was answered")
	}
}
