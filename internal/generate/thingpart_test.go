package generate

import (
	"strings"
	"testing"

	"studyguide/internal/terms"
)

// TestAskedWhetherAThingWasBadTheNextPassageOnItAnswers checks that a
// later part asking only whether the thing the first part names was bad,
// or mattered, is answered by the next passage on that thing, which
// judges it in the text's own words, and not left without evidence.
func TestAskedWhetherAThingWasBadTheNextPassageOnItAnswers(t *testing.T) {
	for _, q := range []string{
		"whats the cult of personality n was it bad",
		"What's a cult of personality and why was it so bad?",
		"wats the cult of personality thing n y does it matter",
	} {
		got := answer(t, q)
		if !strings.Contains(got, "[¶53]") || !strings.Contains(got, `the effect of the "cult" was authoritarian, and deeply anti-democratic`) {
			t.Errorf("%s:\n%s", q, got)
		}
	}
}

// TestJudgesOnly checks which parts ask only for a judgement.
func TestJudgesOnly(t *testing.T) {
	for _, c := range []struct {
		stems []string
		want  bool
	}{
		{stemList("bad"), true},
		{append(stemList("matter"), reasonStem), true},
		{stemList("bad thing"), false},
		{stemList("when abolished"), false},
		{nil, false},
	} {
		if got := judgesOnly(c.stems); got != c.want {
			t.Errorf("judgesOnly(%q) = %v, want %v", c.stems, got, c.want)
		}
	}
}

// stemList returns the stems of the words of text, in order.
func stemList(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		out = append(out, terms.Stem(w))
	}
	return out
}
