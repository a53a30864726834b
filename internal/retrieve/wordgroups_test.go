package retrieve

import (
	"context"
	"testing"
)

// TestWordGroupsStandIn checks that questions put in words of general
// English the essay says otherwise ("the West" for its "industrial
// capitalist world", "enemy" for "hostile", "clever people" and
// "engineers" for its skilled intellectuals, "dotage" for "aged") are
// answered from the passage that says them, and that questions about
// something else in the same words are still declined.
func TestWordGroupsStandIn(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"why is the west's way of voting kinda fake according to this guy":                 "¶50",
		"According to Furr, could voters in the West ever vote capitalism itself out?":     "¶50",
		"How did disagreement sometimes get treated as if it were enemy activity?":         "¶54",
		"did disagreeing get u treated like an enemy":                                      "¶54",
		"why did the soviets pay smart engineers more money at first":                      "¶60",
		"y did they pay clever ppl more money":                                             "¶60",
		"What troubled Molotov in his dotage?":                                             "¶61",
		"so is furr basically saying western elections are rigged by rich ppl? which para": "¶50",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain {
			t.Errorf("%q was declined", q)
			continue
		}
		if got := res.Hits[0].Passage.Ref.String(); got != want {
			t.Errorf("%q found %s first, want %s", q, got, want)
		}
	}
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"When did the Western Roman Empire fall?",
		"How many copies of Let History Judge were sold in the West?",
		"How much money did a Soviet engineer earn in 1950?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered", q)
		}
	}
}

// TestInName checks that a word before a capitalized word is read as
// part of a name, and the same word before a common one is not.
func TestInName(t *testing.T) {
	for text, want := range map[string]bool{
		"When did the Western Empire fall?":         true,
		"Who studied at West Point?":                true,
		"Is Western democracy a sham?":              false,
		"why is the west's way of voting fake":      false,
		"Does his version still dominate the West?": false,
	} {
		if got := inName(text, "western") || inName(text, "west"); got != want {
			t.Errorf("inName(%q) = %v, want %v", text, got, want)
		}
	}
}
