package retrieve

import (
	"slices"
	"testing"
)

// TestAcronymAfterArticleIsSearchedAsTyped checks that an irregular past
// tense typed in capitals after an article ("the SAT") is searched as
// the acronym it spells, on the essay and on Douglass's text, while one
// stressed where a verb stands ("Who WROTE") is searched as the verb.
func TestAcronymAfterArticleIsSearchedAsTyped(t *testing.T) {
	essay := retriever(t, Hybrid)
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	for _, c := range []struct {
		r        *Retriever
		question string
		want     string
		not      string
	}{
		{essay, "what score do I need on the SAT", "sat", "sit"},
		{douglass, "whats the best way to study for the SAT", "sat", "sit"},
		{essay, "Who WROTE the article on the Leningrad affair?", "write", "wrote"},
	} {
		q, err := c.r.Analyse(c.question)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(q.Stems, c.want) || slices.Contains(q.Stems, c.not) {
			t.Errorf("%q: stems %v, want %q and not %q", c.question, q.Stems, c.want, c.not)
		}
	}
}
