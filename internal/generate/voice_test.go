package generate

import (
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestEditorsNoteIsNotTheAuthors checks that a note the editor signed is
// introduced as the editor's, and quoted without the signature: Gibbon's
// note 6 ends "—M." (Milman), and answers had said "In a footnote,
// Gibbon adds: “… celibacy.—M.”".
func TestEditorsNoteIsNotTheAuthors(t *testing.T) {
	c := realText(t, "gibbon-general-observations.md")
	p, err := c.Lookup("note 6")
	if err != nil || p.Voice != essay.EditorVoice || len(p.Sentences) == 0 {
		t.Fatalf("note 6 is not the editor's: %+v, %v", p, err)
	}
	last := p.Sentences[len(p.Sentences)-1].Text
	got := compose([]candidate{{passage: p, text: last}}, "Edward Gibbon", "argument")
	if !strings.HasPrefix(got, "In a note signed “—M.”, the editor writes: “") || strings.Contains(got, "Gibbon") || strings.Contains(got, ".—M.”") {
		t.Errorf("compose = %q, want the editor's note, unsigned", got)
	}
}

// TestModelIsToldWhoseNoteItIs checks that LLM mode shows the model an
// editor's note as the editor's, so that it does not credit it to the
// author.
func TestModelIsToldWhoseNoteItIs(t *testing.T) {
	c := realText(t, "gibbon-general-observations.md")
	p, err := c.Lookup("note 6")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := voiceLabel(p), "the editor, signed —M."; got != want {
		t.Errorf("voiceLabel(note 6) = %q, want %q", got, want)
	}
	q, err := c.Lookup("note 5")
	if err != nil {
		t.Fatal(err)
	}
	if got := voiceLabel(q); got != "" {
		t.Errorf("voiceLabel(note 5) = %q, want the author's (empty)", got)
	}
}

// TestRelianceAnswered checks that a question asking how much the text
// rests on others, in words the essay does not use ("find all this out by
// himself", "mostly"), is answered from ¶56's "almost entirely on the
// basis of others' research", which retrieval ranks first: no sentence
// held its other words, and the answer declined.
func TestRelianceAnswered(t *testing.T) {
	got := answer(t, "Did the writer find all this out by himself, or mostly from other people's work?")
	if !strings.Contains(got, "almost entirely on the basis of others' research") {
		t.Errorf("the answer does not quote ¶56's reliance on others' research:\n%s", got)
	}
}
