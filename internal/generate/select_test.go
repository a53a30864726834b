package generate

import (
	"slices"
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// TestLeadFromBestKeepsAQuotableHead checks that the best passage's
// sentence opens the answer only when it scores enough to be quoted: moved
// to the head below the floor, it would stop the choosing before any
// sentence was taken, and the answer would quote nothing.
func TestLeadFromBestKeepsAQuotableHead(t *testing.T) {
	p := &essay.Passage{}
	sents := []sentence{
		{candidate: candidate{passage: p, rank: 1, index: 0, text: "The council met in the spring."}},
		{candidate: candidate{passage: p, rank: 2, index: 0, text: "The council met again in the autumn."}},
		{candidate: candidate{passage: p, rank: 0, index: 3, text: "The council never met in winter."}},
	}
	scores := []float64{1, 0.8, 0.5}
	for _, tc := range []struct {
		floor float64
		want  []int
	}{
		{0.4, []int{2, 0, 1}},
		{0.75, []int{0, 1, 2}},
	} {
		order := []int{0, 1, 2}
		leadFromBest(order, sents, scores, tc.floor, nil)
		if !slices.Equal(order, tc.want) {
			t.Errorf("floor %g: order %v, want %v", tc.floor, order, tc.want)
		}
	}
}

// TestLeadFromBestLeavesALeaningSentence checks that the best passage's
// sentence that leans on the one before it ("He was ...") is not moved to
// lead: the sentence it leans on would open the answer, answering
// nothing the question asks.
func TestLeadFromBestLeavesALeaningSentence(t *testing.T) {
	p := &essay.Passage{}
	sents := []sentence{
		{candidate: candidate{passage: p, rank: 1, index: 0, text: "The local leaders grew apart from the members."}},
		{candidate: candidate{passage: p, rank: 0, index: 4, text: "He was opposed by the other leaders of the council."}},
		{candidate: candidate{passage: p, rank: 0, index: 1, text: "The council never met in winter."}},
	}
	order := []int{0, 1, 2}
	leadFromBest(order, sents, []float64{1, 0.9, 0.1}, 0.4, nil)
	if !slices.Equal(order, []int{0, 1, 2}) {
		t.Errorf("order %v, want it unchanged", order)
	}
}

// TestScoreLeavesAHedgeAlone checks that a sentence holding only the stem
// of a hedge in the question ("what was he supposedly jailed for?") does
// not bear on it: "But even suppose blood should flow." says nothing of
// why anyone was jailed.
func TestScoreLeavesAHedgeAlone(t *testing.T) {
	q := &retrieve.Query{Words: []string{"what", "was", "he", "supposedly", "jailed", "for"}, Stems: []string{"suppos", "jail"}}
	p := retrieve.Part{Stems: q.Stems}
	res := &retrieve.Result{Query: q}
	weights := map[string]float64{"suppos": 1, "jail": 1}
	for text, want := range map[string]bool{
		"But even suppose blood should flow.":      false,
		"He was jailed for refusing to pay a tax.": true,
	} {
		s := sentence{candidate: candidate{text: text}, stems: map[string]bool{}}
		for _, st := range terms.Stems(text) {
			s.stems[st] = true
		}
		if _, bears, _ := DefaultSelection.score(s, p, res, weights); bears != want {
			t.Errorf("%q bears on the question: %v, want %v", text, bears, want)
		}
	}
}

// TestQuestionsReadInTheTextsOrder checks that the author's questions
// quoted from one passage read in the order he asked them: "such a
// society" in ¶56's "What is the proper role of a communist party in
// such a society?" points back at the question before it, and
// Douglass's "Why, I ask again, ..." follows the ones it repeats.
func TestQuestionsReadInTheTextsOrder(t *testing.T) {
	for _, c := range []struct {
		got  string
		want []string
	}{
		{answer(t, "what questions does he leave open?"), []string{"What form can", "What is the proper role", "What forms of political"}},
		{textAnswer(t, "douglass-lynched.md", "What does Douglass ask about the omission of the charge?"), []string{"Now, my friends, I ask", "What is the meaning of the singular omission", "Why, I ask again"}},
	} {
		last := -1
		for _, w := range c.want {
			i := strings.Index(c.got, w)
			if i <= last {
				t.Errorf("answer quotes %q out of the text's order (or not at all):\n%s", w, c.got)
				break
			}
			last = i
		}
	}
}

// TestAskedWhyAFramedQuestionIsNoReason checks that asked why, the
// author's question framed by a premise ("Given that X, it is fair to
// ask: ...?") does not answer in place of a statement bearing on the
// question more: its premise says what was so, not why. Asked why it is
// fair to ask, the question itself still answers.
func TestAskedWhyAFramedQuestionIsNoReason(t *testing.T) {
	const framed = "Given that Stalin explicitly ruled out"
	for _, q := range []string{"Why did the Party leaders oppose contested elections?", "Why were there no contested elections under Stalin?"} {
		if got := answer(t, q); strings.Contains(got, framed) || !strings.Contains(got, "”") {
			t.Errorf("%s\nanswer:\n%s", q, got)
		}
	}
	if got := answer(t, "Why is it fair to doubt how democratic Stalin's election plan really was?"); !strings.Contains(got, framed) {
		t.Errorf("answer:\n%s", got)
	}
}
