package generate

import (
	"strings"
	"testing"
)

// TestOverviewAnswerQuotesClaimsWithWhatTheyLeanOn checks that the
// answer to "What is the author's main argument?" quotes the essay's
// claims in its order, each with the sentences it cannot be read
// without: ¶52's "this development" with the re-interpreting it names,
// ¶53's "This foundational falsehood" with the "all-powerful dictator"
// it is, and the "In fact" verdict after it.
func TestOverviewAnswerQuotesClaimsWithWhatTheyLeanOn(t *testing.T) {
	got := answer(t, "What is the author's main argument?")
	order := []string{
		"But the process of re-interpreting the history of the Soviet Union",
		"A primary purpose of this essay is to introduce others to this development.",
		"[¶52]",
		"we have been conditioned to think of Stalin as an \"all-powerful dictator.\"",
		"This foundational falsehood",
		"In fact, Stalin was never \"all-powerful.\"",
		"[¶53]",
		"I believe this is of immense importance for our future.",
		"[¶63]",
	}
	at := 0
	for _, want := range order {
		i := strings.Index(got[at:], want)
		if i < 0 {
			t.Fatalf("answer lacks %q after position %d:\n%s", want, at, got)
		}
		at += i + len(want)
	}
	if strings.Contains(got, "[note") {
		t.Errorf("answer quotes a note, a source's view:\n%s", got)
	}
}

// TestOverviewAnswerGivesTheRestItsOwnEvidence checks that a question
// asking for the main argument beside something else is answered with
// the claims and then with the rest's own passage: "is he biased" with
// ¶62's "mine are no exception", which the claims do not hold.
func TestOverviewAnswerGivesTheRestItsOwnEvidence(t *testing.T) {
	for _, c := range []struct{ q, claim, rest string }{
		{"What is the author's main argument, and is he biased?", "[¶53]", "mine are no exception"},
		{"whats the main point of the essay and does the writer admit hes got his own politics", "[¶52]", "mine are no exception"},
	} {
		got := answer(t, c.q)
		i, j := strings.Index(got, c.claim), strings.Index(got, c.rest)
		if i < 0 || j < i {
			t.Errorf("%q: want the claims' %s and then %q:\n%s", c.q, c.claim, c.rest, got)
		}
	}
}
