package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestModernWordsAreRead checks, on the essay, that a question put in
// the words of today's politics and media is answered from the passage
// that answers it, and the reading noted: eval72's "scapegoat",
// "declassified files", "PR spin", "lobbyists" and "small town mayors"
// were declined as words the essay never uses.
func TestModernWordsAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for _, c := range []struct {
		q, ref string
		read   Respelling
	}{
		{"Did Khrushchev scapegoat Beria for the Doctors' Plot?", "note 11", Respelling{"scapegoat", "blame"}},
		{"Is the new info coming from declassified files?", "¶52", Respelling{"declassified", "formerly secret"}},
		{"Was the cult of personality basically PR spin that made him look more powerful than he was?", "¶53", Respelling{"spin", "propaganda"}},
		{"Does he think rich donors and lobbyists basically own the parties in capitalist countries?", "¶50", Respelling{"lobbyists", "interests"}},
		{"Were the local party leaders like corrupt small town mayors, and what did they get out of it?", "¶57", Respelling{"mayors", "officials"}},
	} {
		res, err := r.Retrieve(ctx, c.q, 3)
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
		if !slices.Contains(res.Query.Respelled, c.read) {
			t.Errorf("%q: readings %v, want %q read as %q", c.q, res.Query.Respelled, c.read.Typed, c.read.Read)
		}
	}
}

// TestModernReadingsAnswerNothingNew checks that a word of today's
// public life in its everyday sense, or beside words the text lacks, is
// not read so as to answer a question the text does not, on the essay
// and on Thoreau.
func TestModernReadingsAnswerNothingNew(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		text string
		qs   []string
	}{
		{"", []string{
			"How fast does the earth spin?",
			"Who is the mayor of London?",
			"Which declassified files mention UFO sightings?",
		}},
		{"civil-disobedience.md", []string{
			"Who was the mayor of Concord in 1846?",
			"How much do lobbyists spend in Washington today?",
		}},
	} {
		r := retriever(t, Hybrid)
		if c.text != "" {
			r = textRetriever(t, "../essay/testdata/texts/"+c.text)
		}
		for _, q := range c.qs {
			res, err := r.Retrieve(ctx, q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !res.Abstain {
				t.Errorf("%s: %q: answered from %v, reading %v", c.text, q, res.Hits[0].Passage.Ref, res.Query.Respelled)
			}
		}
	}
}
