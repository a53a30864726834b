package essay

import (
	"strings"
	"testing"
)

func TestVoiceOf(t *testing.T) {
	tests := []struct {
		text  string
		kind  Kind
		voice Voice
		sig   string
	}{
		{"It might be a curious speculation.—M.", Note, EditorVoice, "—M."},
		{"The floor did not slope, but the museum was built into a hill.—ED.", Note, EditorVoice, "—ED."},
		{"[It may be, of course, that the floor did not slope.—Ed.]", Note, EditorVoice, "—Ed.]"},
		{"The letter is printed in full in Appendix B. —Ed.", Note, EditorVoice, "—Ed."},
		{"Compare the second edition. -- H. H. M.", Note, EditorVoice, "-- H. H. M."},
		{"This word has no equal in English.—Tr.", Note, TranslatorVoice, "—Tr."},
		{"This word has no equal in English. [Translator's note]", Note, TranslatorVoice, "[Translator's note]"},
		{"Guizot doubts this. (G.)", Note, EditorVoice, "(G.)"},
		{"Editor's note: the manuscript breaks off here.", Note, EditorVoice, ""},
		{"Note by the translator: the pun is lost.", Note, TranslatorVoice, ""},
		{"This paragraph was added in 1845.—Ed.", Paragraph, EditorVoice, "—Ed."},
		// The author's own initials sign the author's note.
		{"I have since changed my mind.—E. G.", Note, AuthorVoice, "—E. G."},
		// Initials close a letter a paragraph quotes; they sign no note.
		{"Yours ever.—M.", Paragraph, AuthorVoice, ""},
		// A quotation credited to its author is the author's note.
		{"Liberty is the right to do what the laws allow.—J. S. Mill.", Note, AuthorVoice, ""},
		{"All true political science is a priori.--MILL, Logic, ii. 512.", Note, AuthorVoice, ""},
		{"Plutarch. Quaest. Rom. in tom. ii. p. 275.", Note, AuthorVoice, ""},
		{"See Daniel, ii. 31-40.", Note, AuthorVoice, ""},
		{"—M.", Note, AuthorVoice, ""},
	}
	for _, tt := range tests {
		voice, sig := voiceOf([]string{tt.text}, tt.kind, "Edward Gibbon")
		if voice != tt.voice || sig != tt.sig {
			t.Errorf("voiceOf(%q) = %q, %q; want %q, %q", tt.text, voice, sig, tt.voice, tt.sig)
		}
	}
}

// TestEditorsNote reads Gibbon's note 6, which his editor Milman signed
// "—M.": it is the editor's, its signature is kept in the passage and its
// last sentence, Unsigned quotes that sentence without it, and Gibbon's
// own notes stay his.
func TestEditorsNote(t *testing.T) {
	c, err := Load("testdata/texts/gibbon-general-observations.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Passages {
		want := AuthorVoice
		if p.Ref.Kind == Note && p.Ref.N == 6 {
			want = EditorVoice
		}
		if p.Voice != want {
			t.Errorf("%s: voice %q, want %q", p.Ref, p.Voice, want)
		}
	}
	p, err := c.Lookup("note 6")
	if err != nil {
		t.Fatal(err)
	}
	if p.Signature != "—M." || p.Voice.Speaker() != "the editor" {
		t.Errorf("note 6: signature %q, speaker %q; want \"—M.\", \"the editor\"", p.Signature, p.Voice.Speaker())
	}
	last := p.Sentences[len(p.Sentences)-1].Text
	if !strings.HasSuffix(last, "celibacy.—M.") {
		t.Errorf("note 6's last sentence is %q; want it as the text writes it, signed", last)
	}
	if u := p.Unsigned(last); !strings.HasSuffix(u, "unproductive celibacy.") || !strings.Contains(p.Text(), u) {
		t.Errorf("note 6's last sentence unsigned is %q; want it to end at \"celibacy.\", verbatim in the note", u)
	}
	if other := "It might be a curious speculation."; p.Unsigned(other) != other {
		t.Errorf("Unsigned(%q) = %q; want a sentence with no signature as it is", other, p.Unsigned(other))
	}
	if !strings.HasSuffix(p.Text(), "celibacy.—M.") {
		t.Errorf("note 6 reads %q; want its signature kept", p.Text())
	}
}
