package guide

import (
	"strings"
	"testing"
)

// quotesOf returns a guide's brief and every question's evidence.
func quotesOf(g *Guide) []Quote {
	out := append([]Quote{}, g.Summary...)
	for _, q := range g.Questions() {
		out = append(out, q.Evidence...)
	}
	return out
}

// TestCutIsNotInsideAnOpeningClause builds Locke's guide, which quoted
// §110 as "Thus, whether a family by degrees grew up ..., tacitly
// submitted to it …" and §111 as "But though the golden age ... to oppress
// the people …": each cut inside a clause that waits for its main clause,
// the one after a set-off "Thus,", the other after "But". Neither cut
// reads alone, and whole, at 220 and 173 words, neither is quoted beside
// other evidence or in the brief.
func TestCutIsNotInsideAnOpeningClause(t *testing.T) {
	g := textGuide(t, "locke-second-treatise.md")
	for _, q := range quotesOf(g) {
		for _, opening := range []string{"Thus, whether a family", "But though the golden age"} {
			if strings.HasPrefix(q.Text, opening) {
				t.Errorf("[%s] quoted as %.90q…: no cut of it reads alone", q.Ref, q.Text)
			}
		}
		if n := wordCount(q.Text); n > 2*cutWords && !strings.Contains(q.Text, Ellipsis) {
			t.Errorf("[%s] quoted whole at %d words: %.80q", q.Ref, n, q.Text)
		}
	}
	for text, want := range map[string]bool{
		"Thus, whether a family by degrees grew up into a commonwealth": true,
		"But though the golden age had more virtue":                     true,
		"However, if the assembly had met in time":                      true,
		"Thus the consent of freemen, born under government":            false,
		"And that prince who, relying entirely on their promises":       false,
	} {
		if got := leadsSubordinate(text); got != want {
			t.Errorf("leadsSubordinate(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestLongEvidenceIsCutAtASemicolonThatReadsAlone builds Machiavelli's
// guide, whose ¶11 evidence ("And that prince who, relying entirely on
// their promises, ... is ruined; because friendships ... may indeed be
// earned, but they are not secured ...; and men have less scruple ...")
// was quoted whole at 100 words, for its usual cut ended on the
// concession "may indeed be earned". It is now cut at its second
// semicolon, after the concession's answer.
func TestLongEvidenceIsCutAtASemicolonThatReadsAlone(t *testing.T) {
	g := textGuide(t, "machiavelli-prince.md")
	found := false
	for _, q := range g.Questions() {
		for _, e := range q.Evidence {
			if !strings.HasPrefix(e.Text, "And that prince who, relying entirely on their promises") {
				continue
			}
			found = true
			if want := "in time of need cannot be relied upon " + Ellipsis; !strings.HasSuffix(e.Text, want) {
				t.Errorf("%s: ¶11 quoted as %q, want it cut after %q", q.Ref, e.Text, want)
			}
		}
	}
	if !found {
		t.Error("¶11's sentence on a prince who relies on promises is no longer evidence; the test needs another sentence")
	}
}
