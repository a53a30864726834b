package generate

import (
	"slices"
	"strings"
	"testing"

	"studyguide/internal/terms"
)

// TestSaysNoDoerIsNamed: asked who did a thing the essay says was done by
// no one it names, the answer says so first and quotes what it does say
// in the essay's order; asked who did what it names a doer of, or what
// no quoted sentence says was done, it says nothing of the kind.
func TestSaysNoDoerIsNamed(t *testing.T) {
	for _, tc := range []struct {
		question, opens string
	}{
		{"Who killed Beria?", "The text does not say who killed Beria; in a footnote, Grover Furr writes: “There is much evidence to suggest that Beria was in fact murdered"},
		{"who murdered beria", "The text does not say who murdered Beria; in a footnote,"},
		{"Who stymied Stalin?", "Grover Furr writes: “In fact, Stalin was never"},
		{"Who had Beria killed?", "In a footnote,"},
		{"Who uses that greatest theft phrase, which sources?", "In a footnote,"},
		{"Who ended the Party Maximum?", "The text does not say who ended the Party Maximum; Grover Furr writes: “The discussions, now unavailable, around ending"},
	} {
		got := answer(t, tc.question)
		if !strings.HasPrefix(got, tc.opens) {
			t.Errorf("%q:\n got %.300s\nwant it to open %q", tc.question, got, tc.opens)
		}
	}
}

// TestNamedDoerElsewhere: a doer the quoted sentence leaves out but
// another passage names ("put to death by his countrymen") is said, so
// the answer never claims the text does not say who.
func TestNamedDoerElsewhere(t *testing.T) {
	got := textAnswer(t, "on-liberty.txt", "Who put Socrates to death?")
	if strings.Contains(got, "does not say who") {
		t.Errorf("the text names who, yet the answer says it does not: %.300s", got)
	}
}

// TestDoneTo: which sentences say who did a deed to someone.
func TestDoneTo(t *testing.T) {
	deed, object := []string{"put", "kill"}, []string{"socrat"}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Socrates was put to death by his countrymen, after a judicial conviction.", true},
		{"The Athenians killed Socrates.", true},
		{"Socrates was put to death, but the Socratic philosophy rose like the sun.", false},
		{"Socrates, who had put the question to them, stood silent.", false},
	} {
		if got := doneTo(tc.text, deed, object); got != tc.want {
			t.Errorf("doneTo(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSaysNoDoerIsNamedInOtherTexts: a deed a development text tells in
// the passive with no doer anywhere is said to have none named; one
// done by what a clause opening "that" names has its doer.
func TestSaysNoDoerIsNamedInOtherTexts(t *testing.T) {
	got := textAnswer(t, "douglass-lynched.md", "Who burned the houses in New York?")
	if want := "The text does not say who burned the houses in New York; "; !strings.HasPrefix(got, want) {
		t.Errorf("got %.300s\nwant it to open %q", got, want)
	}
	got = textAnswer(t, "goldman-kronstadt.md", "Who crushed the Revolution?")
	if strings.Contains(got, "does not say who") {
		t.Errorf("the text names the forces that crushed it, yet the answer says it does not: %.300s", got)
	}
}

// TestNounAt: a word of deed after a determiner, a possessive or a word
// of topic names no doer; after "that" opening a clause, or after a
// word of doing, it does.
func TestNounAt(t *testing.T) {
	for _, tc := range []struct {
		text, deed string
		want       bool
	}{
		{"The envoy's murder went unpunished.", "murder", true},
		{"The talks around ending the wage were lost.", "ending", true},
		{"He succeeded in ending the wage.", "ending", false},
		{"These are the forces that crushed the revolt.", "crushed", false},
	} {
		ws := terms.Words(tc.text)
		i := slices.Index(ws, tc.deed)
		if got := nounAt(tc.text, ws, i); got != tc.want {
			t.Errorf("nounAt(%q, %q) = %v, want %v", tc.text, tc.deed, got, tc.want)
		}
	}
}
