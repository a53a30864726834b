package generate

import (
	"strings"
	"testing"
)

// TestSaysWhichPartIsNotAnswered: asked two things of which the essay
// gives one, the answer quotes for the first and says plainly that the
// text does not answer the second, quoting nothing for it; asked a
// second thing the quoted note does give ("publication planned for
// February 2006"), it says no such thing.
func TestSaysWhichPartIsNotAnswered(t *testing.T) {
	for _, tc := range []struct {
		question, unsaid string
	}{
		{"did Molotov worry about inequality, and when did Molotov die?", "The text does not answer this part of the question: when did Molotov die?"},
		{"What was Zhdanov's connection to the democratic draft, and how did Zhdanov die?", "The text does not answer this part of the question: how did Zhdanov die?"},
		{"Is he writing a follow-up exposing Khrushchev, and when is it coming out?", ""},
		{"What did Molotov worry about and who was he talking to?", ""},
	} {
		got := answer(t, tc.question)
		switch {
		case tc.unsaid == "" && strings.Contains(got, "does not answer this part"):
			t.Errorf("%q: the text answers every part, yet:\n%s", tc.question, got)
		case tc.unsaid != "" && !strings.HasSuffix(strings.TrimSpace(got), tc.unsaid):
			t.Errorf("%q:\n got %s\nwant it to end %q", tc.question, got, tc.unsaid)
		case tc.unsaid != "" && !strings.Contains(got, "[note") && !strings.Contains(got, "[¶"):
			t.Errorf("%q: the part the text answers is not quoted:\n%s", tc.question, got)
		}
	}
}

// TestNoPartUnansweredInQuotation: the sentence saying a part is not
// answered is no quotation, so it passes the citation check (answer
// fails the test on an invalid citation).
func TestNoPartUnansweredInQuotation(t *testing.T) {
	got := answer(t, "Who did Molotov have conversations with late in life, and when did Molotov die?")
	if strings.Contains(got, "“when") || !strings.Contains(got, "Chuev") {
		t.Errorf("got %s", got)
	}
}
