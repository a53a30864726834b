package guide

import (
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// sentenceStarting returns the analyzed sentence of c that opens with
// prefix.
func sentenceStarting(t *testing.T, c *essay.Corpus, prefix string) *sentence {
	t.Helper()
	for _, s := range analyze(c) {
		if strings.HasPrefix(s.text, prefix) {
			return s
		}
	}
	t.Fatalf("no sentence opens with %q", prefix)
	return nil
}

// checksOut fails unless quote, cited to ref, is one valid citation that
// the citation checker finds verbatim, ellipsis and all.
func checksOut(t *testing.T, c *essay.Corpus, q Quote) {
	t.Helper()
	rep := citation.Check("The text says “"+q.Text+"” ["+q.Ref.String()+"].", c, []essay.Ref{q.Ref})
	if len(rep.Citations) != 1 || !rep.Citations[0].Supported || len(rep.Invalid) > 0 || len(rep.Unverified) > 0 {
		t.Errorf("%q [%s] does not check out: %+v", q.Text, q.Ref, rep)
	}
}

func TestRunNamesWhomThePronounMeans(t *testing.T) {
	c := essaytest.Embedded(t)
	s := sentenceStarting(t, c, "He was never able to attain his goal")
	q := quoteOf(s)
	want := `In fact, Stalin was never "all-powerful." He was stymied by the combined efforts of other Party leaders. He was never able to attain his goal of constitutional reforms.`
	if q.Text != want || q.Ref.String() != "¶53" {
		t.Errorf("quote = %q [%s], want %q [¶53]", q.Text, q.Ref, want)
	}
	checksOut(t, c, q)
	if _, ok := s.referent["stalin"]; !ok {
		t.Errorf("the pronoun's referent %v lacks the name the run gives", s.referent)
	}
}

const notebooks = `1. Ada Byron studied mathematics with a tutor in London. She wrote long letters to her mother about it. She kept every one of her notebooks. She filled them with tables and sketches of engines. She published the first program for a machine that was never built.

2. Mary Hale had disobeyed his orders, which made him angry with her. He locked her in the kitchen until morning.

3. A sailor could not be prouder of his ship than a clerk of his post at the Custom House. He was called the luckiest man in the town.
`

func TestLongRunIsElidedAndChecksOut(t *testing.T) {
	c := load(t, "notebooks.txt", notebooks)
	q := quoteOf(sentenceStarting(t, c, "She published the first program"))
	want := "Ada Byron studied mathematics with a tutor in London. " + Ellipsis + " She published the first program for a machine that was never built."
	if q.Text != want {
		t.Fatalf("quote = %q, want %q", q.Text, want)
	}
	checksOut(t, c, q)
}

func TestNoRunWhereTheNameMayNotBeWhomThePronounMeans(t *testing.T) {
	c := load(t, "notebooks.txt", notebooks)
	for _, prefix := range []string{"He locked her", "He was called the luckiest"} {
		s := sentenceStarting(t, c, prefix)
		if s.run != nil {
			t.Errorf("%q is quoted as the run %q", prefix, runText(s.run))
		}
	}
}
