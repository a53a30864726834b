package retrieve

import (
	"context"
	"slices"
	"testing"

	"studyguide/internal/essay"
)

// TestNumbersOfOneDigitAreSearched checks that a question quoting numbers
// of one digit finds the passage that gives them: "6, 6 and 5" stands in
// note 2 alone, and with its digits dropped the question was left with
// "numbers", which note 15's "a number of passages" holds as well.
func TestNumbersOfOneDigitAreSearched(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"where do the numbers 6 6 and 5 come from",
		"Where does the figure of 6, 6 and 5 come from?",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Refs(); len(got) == 0 || got[0] != (essay.Ref{Kind: essay.Note, N: 2}) {
			t.Errorf("%q ranked %v, want note 2 first", q, got)
		}
	}
}

// TestNumberInFiguresFindsItInWords checks that a number typed in figures
// is searched as the word a text writes it with, and the other way round:
// Douglass writes of the "three" stages of the charges against the freed
// people, a student asks for "the 3 stages", and with "3" found nowhere
// the question went to a passage about the persecution alone.
func TestNumberInFiguresFindsItInWords(t *testing.T) {
	for stem, want := range map[string]string{"3": "three", "three": "3", "nine": "9", "ten": ""} {
		got := numberWord(stem)
		if want == "" && got != nil || want != "" && !slices.Equal(got, []string{want}) {
			t.Errorf("numberWord(%q) = %q, want %q", stem, got, want)
		}
	}
	r := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	res, err := r.Retrieve(context.Background(), "what are the 3 stages of persecushion of black people in the south", 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Refs(); len(got) == 0 || got[0].String() != "¶35" && got[0].String() != "¶36" {
		t.Errorf("ranked %v, want ¶35 or ¶36 first", got)
	}
}
