package generate

import (
	"context"
	"strings"
	"testing"

	"studyguide/internal/citation"
)

// TestAnswersOpenWithWhatAnswers checks the sentence an answer opens
// with, and what it leaves out: a statement, not the author's own
// question, when asked why; the author speaking of himself when asked of
// his bias, but not when asked of science; the sentence naming a thing
// when asked what it is.
func TestAnswersOpenWithWhatAnswers(t *testing.T) {
	for _, c := range []struct{ question, opens, not string }{
		{"Why were specialists paid more?", "Grover Furr writes: “Of course, material incentives had been thought necessary", "asks:"},
		{"Does the author admit his own political bias?", "Grover Furr writes: “The questions one asks inevitably reflect and expose one's own political concerns, and mine are no exception.” [¶62]", ""},
		{"What is the nomenklatura?", "Grover Furr writes: “The material benefits of high Party office", "fatal mistake"},
		{"Is science politically neutral?", `Grover Furr writes: “`, "mine are no exception"},
		{"Was Stalin all-powerful?", `Grover Furr writes: “In fact, Stalin was never "all-powerful."`, ""},
		// Asked how someone died, the sentence saying he was murdered
		// answers, not the one before it naming him beside "dead".
		{"How did Beria die?", "In a footnote, Grover Furr writes: “There is much evidence to suggest that Beria was in fact murdered", ""},
		// "State" is how the author puts it, not the state ¶57 speaks of.
		{"Where does the author state the purpose of the essay?", "Grover Furr writes: “A primary purpose of this essay", "[¶57]"},
	} {
		got := answer(t, c.question)
		if !strings.HasPrefix(got, c.opens) {
			t.Errorf("%q: answer does not open %q:\n%s", c.question, c.opens, got)
		}
		if c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: answer holds %q:\n%s", c.question, c.not, got)
		}
	}
}

// TestShortLineComesWithWhatItMeans checks that a line of dialogue too
// short to quote alone, the best passage retrieved, is quoted after the
// retrieved line naming what its "it" means, and not replaced by a line
// that only shares a word with the question.
func TestShortLineComesWithWhatItMeans(t *testing.T) {
	text := `1. "I would give my whole duchy to have that letter back," said the duke.

2. The rain fell against the tall windows of the house for a long while.

3. "It must be recovered."

4. Nobody in the house said anything more that evening to anyone at all.
`
	c, r := textCorpus(t, "tale.txt", text)
	const q = "What did the duke want recovered?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.N != 3 {
		t.Fatalf("retrieval does not rank the short line first: %+v", res.Hits)
	}
	d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `to have that letter back," said the duke.” [¶1] Elsewhere, the author writes: “"It must be recovered."” [¶3]`
	if strings.Contains(d.Text, "rain") || strings.Contains(d.Text, "Nobody") {
		t.Errorf("answer quotes a line that does not bear on the question:\n%s", d.Text)
	}
	if !strings.Contains(d.Text, want) {
		t.Errorf("answer does not quote the short line after the line naming the letter:\n%s", d.Text)
	}
	if rep := citation.Check(d.Text, c, res.Refs()); len(rep.Invalid) != 0 {
		t.Errorf("invalid citations %+v in %s", rep.Invalid, d.Text)
	}
}

// TestAnswerLeadsWithItsBestRun checks that the sentence answering the
// question opens the answer, after the sentence naming whom its "He"
// means, though the passage sets the scene before them; that a second
// "He" reads as the first does; and that an empty "It is ..." brings no
// sentence before it.
func TestAnswerLeadsWithItsBestRun(t *testing.T) {
	for _, c := range []struct{ question, opens, holds, not string }{
		{"Who stopped Stalin from doing his reforms?",
			`Grover Furr writes: “In fact, Stalin was never "all-powerful." He was stymied by the combined efforts of other Party leaders.`,
			"He was never able to attain his goal of constitutional reforms.", ""},
		{"Why did contested elections never happen?", "Grover Furr writes: “", "", "Marx and Engels"},
	} {
		got := answer(t, c.question)
		if !strings.HasPrefix(got, c.opens) {
			t.Errorf("%q: answer does not open %q:\n%s", c.question, c.opens, got)
		}
		if !strings.Contains(got, c.holds) {
			t.Errorf("%q: answer lacks %q:\n%s", c.question, c.holds, got)
		}
		if c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: answer holds %q:\n%s", c.question, c.not, got)
		}
	}
}
