package retrieve

import (
	"context"
	"testing"
)

// TestForeignReadersWordsAreRead checks, on the essay, that a question a
// German-speaking student puts in his own language's habits is answered
// from the passage that answers it, and the reading noted: eval69's
// "Has Stalin the Personenkult himself criticised?" was declined as
// never mentioning "personenkult", "Why could a Russian Party eventually
// dangerous be?" as never mentioning "eventually" (German "eventuell",
// possibly), and the question closing "I need it for my Hausarbeit." as
// naming someone the essay does not.
func TestForeignReadersWordsAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for _, c := range []struct {
		q, ref string
		read   Respelling
	}{
		{"Has Stalin the Personenkult himself criticised?", "¶55", Respelling{"Personenkult", "person cult"}},
		{"Why could a Russian Party eventually dangerous be?", "note 5", Respelling{"eventually", "possibly"}},
		{"When did they end the partmaximum? Does the author know?", "¶58", Respelling{"partmaximum", "party maximum"}},
		{"Where can I find the Citations where Stalin the cult condemns? I need it for my Hausarbeit.", "note 15", Respelling{}},
		{"Which Privileges had the Party members? Higher Salary, better Apartments, special Shops?", "¶58", Respelling{}},
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
		if c.read == (Respelling{}) {
			continue
		}
		found := false
		for _, rs := range res.Query.Respelled {
			found = found || rs == c.read
		}
		if !found {
			t.Errorf("%q: readings %v, want %q read as %q", c.q, res.Query.Respelled, c.read.Typed, c.read.Read)
		}
	}
}

// TestForeignReadingsAnswerNothingNew checks that the readings of a
// foreign reader's words answer no question the essay does not: a
// compound with no part the essay writes, a false friend beside words
// the essay lacks, a German-capitalized question of a name of its own,
// and an English asker's names ("The Civil War in France", "Secret
// Speech"), which are no German nouns.
func TestForeignReadingsAnswerNothingNew(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for _, q := range []string{
		"Was ist ein Kochbuch?",
		"Who was the Bundeskanzler?",
		"Would Stalin eventually have won the World Cup?",
		"Did the Partei eventually win the Weltmeisterschaft?",
		"Where can I find the Recipes of the Kochbuch?",
		"Which Privileges had the Party members? Did they win the Second World War?",
		"What exactly did Engels write about the Paris Commune in his introduction to The Civil War in France?",
		"At which Party Congress was Khrushchev's \"Secret Speech\" delivered?",
	} {
		res, err := r.Retrieve(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Abstain {
			t.Errorf("%q: answered from %v", q, res.Hits[0].Passage.Ref)
		}
	}
}

// TestCompoundHeads checks the parts compoundHead reads: a head the
// essay writes, or its cognate, with the modifier, a word of the essay
// too; a word the dictionary knows, one with no part the essay writes,
// or one whose start is no word of it, is no compound.
func TestCompoundHeads(t *testing.T) {
	r := retriever(t, Hybrid)
	for typed, want := range map[string]string{
		"personenkult": "person cult",
		"partmaximum":  "party maximum",
		"kochbuch":     "",
		"volcano":      "",
		"hausarbeit":   "",
		"switzerland":  "",
		"crimean":      "",
	} {
		if got := r.compoundHead(typed); got != want {
			t.Errorf("compoundHead(%q) = %q, want %q", typed, got, want)
		}
	}
}

// TestCompoundsOfOtherTexts checks that a name or an adjective ending in
// a word a text writes is not read as a compound of it: Common Sense
// writes "land", Mahan "mean", and neither text says how Switzerland
// became a republic or what the Crimean war was about.
func TestCompoundsOfOtherTexts(t *testing.T) {
	for path, q := range map[string]string{
		"../essay/testdata/texts/paine-common-sense.md": "How did Holland and Switzerland become republics?",
		"../essay/testdata/texts/mahan-sea-power.md":    "what was the crimean war even about",
	} {
		res, err := textRetriever(t, path).Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Abstain {
			t.Errorf("%q: answered from %v", q, res.Hits[0].Passage.Ref)
		}
	}
}
