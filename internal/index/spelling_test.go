package index

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/terms"
)

func TestModernisedReadsOldSpelling(t *testing.T) {
	for w, want := range map[string]string{
		"warre": "war", "naturall": "natural", "lawfull": "lawful", "voyd": "void",
		"entred": "entered", "hindring": "hindering", "forgivenesse": "forgiveness",
		"despoyle": "despoil", "winneth": "win", "covenanteth": "covenant", "lyeth": "lie",
		// A word of today, or one whose final "e" lengthens its vowel,
		// is left as it is; so is a name.
		"war": "", "geese": "", "thine": "", "stalin": "", "covenant": "",
	} {
		if got := Modernised(w); got != want && !(want != "" && terms.Stem(got) == terms.Stem(want)) {
			t.Errorf("Modernised(%q) = %q, want %q", w, got, want)
		}
	}
}

// textWords returns the distinct words of a text of testdata/texts.
func textWords(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile("../essay/testdata/texts/" + name)
	if err != nil {
		t.Fatal(err)
	}
	ws := terms.Words(string(b))
	slices.Sort(ws)
	return slices.Compact(ws)
}

// TestOldSpellingsOnlyOfOldTexts checks that Hobbes's Leviathan, spelt
// as in 1651, is read in today's spelling, and that a text of today that
// quotes German and French ("sinne", "personne"), or a verse of the
// Bible ("walketh"), is not.
func TestOldSpellingsOnlyOfOldTexts(t *testing.T) {
	old := OldSpellings(textWords(t, "hobbes-leviathan.md"))
	for w, want := range map[string]string{"warre": "war", "voyd": "void", "naturall": "natural"} {
		if old[w] != want {
			t.Errorf("Hobbes: %q read as %q, want %q", w, old[w], want)
		}
	}
	for _, text := range []string{"acton-study-of-history.md", "douglass-lynched.md", "beard-historical-interpretation.md"} {
		if old := OldSpellings(textWords(t, text)); old != nil {
			t.Errorf("%s read as old spelling: %v", text, old)
		}
	}
	var essayWords []string
	for _, ch := range Chunks(essaytest.Embedded(t)) {
		essayWords = append(essayWords, terms.Words(ch.Text)...)
	}
	slices.Sort(essayWords)
	if old := OldSpellings(slices.Compact(essayWords)); old != nil {
		t.Errorf("the essay read as old spelling: %v", old)
	}
}

// TestVectorsReadOldSpellingAsToday checks that the vectors of a text in
// old spelling hold its words as spelt today: a question asking when a
// promise is "void" meets Hobbes's chunks that say "voyd".
func TestVectorsReadOldSpellingAsToday(t *testing.T) {
	c, err := essay.Load("../essay/testdata/texts/hobbes-leviathan.md")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, embed.NewLocal(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := ix.Semantic(context.Background(), "When is a promise void?", 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if text := ix.Chunks[m.Chunk].Text; !strings.Contains(strings.ToLower(text), "voyd") {
			t.Errorf("the vectors find %s for a void promise: %.80q", ix.Chunks[m.Chunk].Ref, text)
		}
	}
}

// TestSpellingProbeUsesEveryRule: the index key records what the old
// spelling rules make of their probe, which guards an index only if the
// probe is read as old-spelt and each rule changes a word of it.
func TestSpellingProbeUsesEveryRule(t *testing.T) {
	got := SpellingVersion()
	for _, modern := range []string{"bind,", "war", "natural", "public", "entered", "void"} {
		if !strings.Contains(got, modern) {
			t.Errorf("SpellingVersion() = %q, want it to read %q", got, modern)
		}
	}
}
