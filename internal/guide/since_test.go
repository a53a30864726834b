package guide

import (
	"strings"
	"testing"
)

// sentenceOpening returns the sentence of a real text that opens with
// opening, failing the test when the text has none: the cases below are
// the texts' own sentences, as the splitter reads them.
func sentenceOpening(t *testing.T, b *builder, opening string) *sentence {
	t.Helper()
	for _, s := range b.sents {
		if strings.HasPrefix(s.text, opening) {
			return s
		}
	}
	t.Fatalf("no sentence opens %q", opening)
	return nil
}

// TestSinceOfTimeGivesNoCause reads the "since" of real sentences: one
// of time gives no cause a prompt can ask for, though explainsRe finds
// it. Douglass's Narrative was asked "What cause or reason does this
// sentence give, and for what?" of "I have often been utterly
// astonished, since I came to the north, to find persons ..." (¶22).
// A "since" that gives a reason still does.
func TestSinceOfTimeGivesNoCause(t *testing.T) {
	cases := []struct {
		text, opening string
		cause         bool
	}{
		{"douglass-narrative.md", "I have often been utterly astonished, since I came to the north", false},
		{"sherlock-holmes.txt", "When I cried out that it was a false alarm", false},
		{"thucydides-archaeology.md", "Formerly, even in the Olympic contests", false},
		{"common-sense.txt", "England, since the conquest, hath known", false},
		{"turner-frontier.md", "Since the days when the fleet of Columbus sailed", false},
		{"turner-frontier.md", "Even so recent a writer as Rhodes", false},
		{"douglass-lynched.md", "They are certainly such in this case, since they give us a misnomer", true},
		{"common-sense.txt", "Wherefore, since nothing but blows will do", true},
		{"gibbon-general-observations.md", "Cannon and fortifications now form an impregnable barrier", true},
	}
	builders := map[string]*builder{}
	for _, c := range cases {
		b := builders[c.text]
		if b == nil {
			b = textBuilder(t, c.text)
			builders[c.text] = b
		}
		s := sentenceOpening(t, b, c.opening)
		if !strings.Contains(strings.ToLower(s.text), "since") {
			t.Fatalf("%s: %q has no \"since\"", c.text, s.text)
		}
		if got := givesCause(&sentence{text: s.text}); got != c.cause {
			t.Errorf("%s: givesCause(%q) = %v, want %v", c.text, s.text, got, c.cause)
		}
	}
}

// TestNarrativeAsksNoCauseOfATime builds the guide of Douglass's
// Narrative, whose Understand prompt asked for the cause "since I came
// to the north" gives.
func TestNarrativeAsksNoCauseOfATime(t *testing.T) {
	g := textGuide(t, "douglass-narrative.md")
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			if strings.Contains(p.Text, "since I came to the north") && strings.Contains(p.Text, "What cause or reason") {
				t.Errorf("a cause is asked of a time: %s", p.Text)
			}
		}
	}
}
