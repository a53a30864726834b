package retrieve

import (
	"context"
	"slices"
	"testing"
)

// readingCase is a question the text answers only when a word of it is
// read as the reader means it: the passage that answers it, and the
// reading the answer must say it made, or none when it need say none.
type readingCase struct {
	q, ref string
	read   Respelling
}

// checkReadings checks, on the essay, that each question is answered
// from its passage first and that the answer notes its reading.
func checkReadings(t *testing.T, cases []readingCase) {
	t.Helper()
	r := retriever(t, Hybrid)
	for _, c := range cases {
		res, err := r.Retrieve(context.Background(), c.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Hits) == 0 {
			t.Errorf("%q: declined", c.q)
			continue
		}
		if got := res.Hits[0].Passage.Ref.String(); got != c.ref {
			t.Errorf("%q: first passage %s, want %s", c.q, got, c.ref)
		}
		if c.read != (Respelling{}) && !slices.Contains(res.Query.Respelled, c.read) {
			t.Errorf("%q: readings %v, want %q read as %q", c.q, res.Query.Respelled, c.read.Typed, c.read.Read)
		}
	}
}

// textQuestions are questions a text does not answer: text names a file
// under the essay package's testdata/texts, or "" for the essay.
type textQuestions struct {
	text string
	qs   []string
}

// checkStillDeclined checks that a reading answers none of the
// questions each text does not.
func checkStillDeclined(t *testing.T, cases []textQuestions) {
	t.Helper()
	for _, c := range cases {
		r := retriever(t, Hybrid)
		if c.text != "" {
			r = textRetriever(t, "../essay/testdata/texts/"+c.text)
		}
		for _, q := range c.qs {
			res, err := r.Retrieve(context.Background(), q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !res.Abstain {
				t.Errorf("%s: %q: answered from %v, reading %v", c.text, q, res.Hits[0].Passage.Ref, res.Query.Respelled)
			}
		}
	}
}
