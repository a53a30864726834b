package retrieve

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestOldSpellingMeetsTodays checks that a question in today's words
// finds Hobbes's in the spelling of 1651: "void" is searched as his
// "voyd", which is all he writes, and "war" as "war" and "Warre" both,
// each weighed as the one word.
func TestOldSpellingMeetsTodays(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/hobbes-leviathan.md")
	q, err := r.Analyse("Is a covenant void, in the state of war?")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(q.Stems, "voyd") || !slices.Contains(q.Spellings["war"], "warr") || len(q.Missing) > 0 {
		t.Errorf("stems %v, spellings %v, missing %v: want voyd searched, warr beside war, none missing", q.Stems, q.Spellings, q.Missing)
	}
	res, err := r.Retrieve(context.Background(), "Is a covenant void?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || len(res.Hits) == 0 || !strings.Contains(strings.ToLower(res.Hits[0].Passage.Text()), "voyd") {
		t.Errorf("abstained %v; first hit %v; want a passage saying when a covenant is voyd", res.Abstain, res.Refs())
	}
}
