package guide

import (
	"strings"
	"testing"
)

// promptsOf returns every discussion and historian prompt of a guide.
func promptsOf(g *Guide) []Prompt {
	var out []Prompt
	for _, q := range g.Questions() {
		out = append(append(out, q.Discussion...), q.Historian...)
	}
	return out
}

// TestUrgingClauseIsAMainClause builds Common Sense's guide, whose
// prompts on ¶26 ("Wherefore, since nothing but blows will do, for God's
// sake, let us come to a final separation, ...") and ¶50 ("If we omit it
// now, some Massanello may hereafter arise, ...") pointed to "the
// sentence quoted from ... above": the check for a main clause after the
// opening one missed a clause that urges ("let us") and a subject a
// quantifier opens ("some"). It still finds none in an absolute phrase
// ("every one in his turn growing up under it").
func TestUrgingClauseIsAMainClause(t *testing.T) {
	for text, want := range map[string]bool{
		"Wherefore, since nothing but blows will do, for God's sake, let us come to a final separation":   true,
		"If we omit it now, some Massanello may hereafter arise":                                          true,
		"Thus, whether a family by degrees grew up into a commonwealth, every one in his turn growing up": false,
		"If any one wishes to be impressed with the effects of slavery, let him go to the plantation":     true,
	} {
		if got := mainClauseIn(text); got != want {
			t.Errorf("mainClauseIn(%q) = %v, want %v", text, got, want)
		}
	}
	g := textGuide(t, "paine-common-sense.md")
	for _, p := range promptsOf(g) {
		for _, ref := range []string{"[¶26]", "[¶50]"} {
			if strings.Contains(p.Text, "quoted from "+ref+" above") {
				t.Errorf("%s is pointed to, not quoted: %q", ref, p.Text)
			}
		}
	}
}

// TestCutKeepsAFiniteVerb builds Locke's guide, whose evidence quoted
// §107 as "First then, in the beginning of things, the father's
// government of the childhood of those sprung from him, having
// accustomed them to the rule of one man …": a subject and a
// participle's phrase, whose verb the cut left off.
func TestCutKeepsAFiniteVerb(t *testing.T) {
	for text, want := range map[string]bool{
		"First then, in the beginning of things, the father's government of the childhood of those sprung from him, having accustomed them to the rule of one man": true,
		"The king sent his troops north, hoping to end the war":                false,
		"In the beginning, the assembly had met, being called by the governor": false,
	} {
		if got := awaitsVerb(text); got != want {
			t.Errorf("awaitsVerb(%q) = %v, want %v", text, got, want)
		}
	}
	g := textGuide(t, "locke-second-treatise.md")
	for _, q := range quotesOf(g) {
		if strings.HasSuffix(q.Text, "having accustomed them to the rule of one man "+Ellipsis) {
			t.Errorf("[%s] quoted as %q: it claims nothing", q.Ref, q.Text)
		}
	}
}
