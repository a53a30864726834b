package retrieve

import (
	"context"
	"testing"
)

// TestOfferedYearAnsweredWithTheTextsDate checks that a question
// offering a wrong or rough year for something the text dates is
// answered with the text's date (note 14 dates the speech by its
// anniversary; Goldman's ¶1 dates the strike), and that a year offered
// of nothing the text names, or of a thing the text never dates, is
// still declined.
func TestOfferedYearAnsweredWithTheTextsDate(t *testing.T) {
	essay := retriever(t, Hybrid)
	goldman := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	for _, c := range []struct {
		r    *Retriever
		q    string
		want string
	}{
		{essay, "Was that secret speech in 1957 or thereabouts? I always get the year muddled.", "note 14"},
		{essay, "Was the secret speech in 1957?", "note 14"},
		{essay, "What happened in 1957?", ""},
		{essay, "Did anything happen in 1957?", ""},
		{essay, "Was the Paris Commune crushed in 1870 or thereabouts?", ""},
		{essay, "Did the war end in 1946?", ""},
		{goldman, "Did the Petrograd workers strike in 1920?", "¶1"},
		{goldman, "Did anything happen in 1922?", ""},
	} {
		res, err := c.r.Retrieve(context.Background(), c.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c.want == "" && !res.Abstain:
			t.Errorf("%q: answered from %s, want declined", c.q, res.Hits[0].Passage.Ref)
		case c.want != "" && res.Abstain:
			t.Errorf("%q: declined (%s), want %s", c.q, res.DeclinedBy, c.want)
		case c.want != "" && res.Hits[0].Passage.Ref.String() != c.want:
			t.Errorf("%q: ranks %s first, want %s", c.q, res.Hits[0].Passage.Ref, c.want)
		}
	}
}
