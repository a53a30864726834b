package generate

import (
	"slices"
	"strings"
	"testing"

	"studyguide/internal/terms"
)

// TestWithoutCertainty checks that "doubt" after a word of certainty
// ("No doubt", "beyond doubt") is no doubt, while a doubt said outright,
// or beside such a phrase, still is.
func TestWithoutCertainty(t *testing.T) {
	for text, want := range map[string]bool{
		"No doubt there would have been both strengths and weaknesses.": false,
		"His guilt was proved beyond doubt at the trial.":               false,
		"Some historians doubt that the minister was murdered.":         true,
		"No doubt he was sincere, yet I doubt his judgment.":            true,
	} {
		stems := terms.Unique(terms.Stems(text))
		if got := slices.Contains(withoutCertainty(text, stems), doubtStem); got != want {
			t.Errorf("%q: holds doubt = %v, want %v", text, got, want)
		}
	}
}

// TestAskedWhyHeDoubtsNoCertaintyAnswers checks that a question asking
// why the author doubts something is not answered with ¶51's "No doubt
// there would have been both strengths and weaknesses", which shares
// the word and doubts nothing.
func TestAskedWhyHeDoubtsNoCertaintyAnswers(t *testing.T) {
	for _, q := range []string{
		"What solution does the author say Stalin and Beria appear to have favoured, and why does he doubt it?",
		"If Stalin had won, how democratic would his elections really have been? Does Furr raise this doubt himself?",
	} {
		if got := answer(t, q); strings.Contains(got, "No doubt") {
			t.Errorf("%q: answer quotes a certainty as a doubt:\n%s", q, got)
		}
	}
}
