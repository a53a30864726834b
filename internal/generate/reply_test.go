package generate

import (
	"context"
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/retrieve/retrievetest"
)

// TestReplyIsReadInTheNextPassage: On Liberty raises objections against
// itself and answers each in the paragraph that follows, which retrieval
// does not bring for "how does he answer it?".
func TestReplyIsReadInTheNextPassage(t *testing.T) {
	c := realText(t, "on-liberty.txt")
	r := retrievetest.New(t, c)
	// The objection the reply answers is quoted first, from its own
	// passage, even when retrieval favoured another for that part.
	objection := map[string]string{
		"What objection does Mill raise against himself about governments having to act on their own judgment, and how does he answer it?": "“The objection likely to be made to this argument, would probably take some such form as the following. There is no greater assumption",
		"What objection about unanimity does Mill put to himself, and how does he answer it?":                                              "[¶31]",
		"What does the imagined enemy of free discussion say ordinary people can rely on, and how does Mill reply?":                        "an enemy of free discussion may be supposed to say",
	}
	for q, want := range map[string]string{
		"What objection does Mill raise against himself about governments having to act on their own judgment, and how does he answer it?": "In the passage after the objection, the author answers: “I answer that it is assuming very much more.” [¶6]",
		"What objection about unanimity does Mill put to himself, and how does he answer it?":                                              "“I affirm no such thing.",
		"What does the imagined enemy of free discussion say ordinary people can rely on, and how does Mill reply?":                        "“Conceding to this view of the subject",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		res = WithReply(res, c)
		d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res, Corpus: c}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.Text, want) || !strings.Contains(d.Text, objection[q]) || strings.Index(d.Text, objection[q]) > strings.Index(d.Text, want) {
			t.Errorf("%q: answer does not quote %s:\n%s", q, want, d.Text)
		}
		rep := citation.Check(d.Text, c, res.Refs())
		if len(rep.Invalid)+len(rep.Uncited)+len(rep.Unverified) != 0 {
			t.Errorf("%q: citations do not check out: %+v", q, rep)
		}
	}
	// A question asking no reply keeps what retrieval found.
	res, err := r.Retrieve(context.Background(), "What objection about unanimity does Mill put to himself?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if got := WithReply(res, c); got != res {
		t.Errorf("a question asking no reply gained passages: %v", got.Refs())
	}
}

// TestAskedWhetherHeAnswersGetsNoReply checks that a question asking
// whether the essay's author answers something, or what his answer to a
// question it states is, is not answered with the opening of the passage
// after the one retrieval read as an objection (¶60's "it could be
// argued" before ¶61): asked whether he answers if pay differentials
// were essential, the answer quotes his own question on them in ¶58,
// which shows the matter left open.
func TestAskedWhetherHeAnswersGetsNoReply(t *testing.T) {
	c, r := retrievetest.Essay(t)
	for q, want := range map[string]string{
		"Does Furr answer whether large pay differentials were essential for industrialization, or leave it open?":           "“To what extent were large pay differentials essential",
		"were big pay differentials needed for industrialization? does he answer or just ask":                                "“To what extent were large pay differentials essential",
		"To what extent does Furr think pay differentials were needed for industrialisation - does he actually answer this?": "“To what extent were large pay differentials essential",
		"What's the author's answer to whether the contested elections would have worked?":                                   "[¶51]",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		res = WithReply(res, c)
		d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res, Corpus: c, Author: "Grover Furr"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(d.Text, "after the objection") || !strings.Contains(d.Text, want) {
			t.Errorf("%q: want %s and no reply, got:\n%s", q, want, d.Text)
		}
	}
	for _, ws := range [][]string{
		{"how", "does", "he", "answer", "it"},
		{"whats", "furr's", "rebuttal"},
		{"does", "douglass", "expect", "it", "and", "how", "does", "he", "respond"},
	} {
		if asksWhetherAnswered(ws) || answersWhether(ws) {
			t.Errorf("%q: read as asking whether he answers, want how", ws)
		}
	}
}
