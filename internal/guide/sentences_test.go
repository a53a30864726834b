package guide

import (
	"strings"
	"testing"
)

// TestItAfterAnOpeningPhrase reads real sentences whose main clause opens
// on "it" after a phrase of place, time or manner: the "it" stands for
// something named before, unless it is the empty "it" of "it was ... to"
// or "it is ... that".
func TestItAfterAnOpeningPhrase(t *testing.T) {
	for text, want := range map[string]int{
		// Douglass ¶28, once a claim of his guide.
		"On the other hand, it has nothing to oppose it but a vulgar, popular prejudice against the coloured people of our country, a prejudice which we all know strikes men with moral blindness and renders them incapable of seeing any distinction between right and wrong where coloured people are concerned.": leansHard,
		// Goldman ¶47: the empty "it" of "it was ... to".
		"In the early period of the Revolution it was comparatively easy for the Communist Party to possess itself of power.": standsAlone,
	} {
		if got := leaning(text); got != want {
			t.Errorf("leaning(%q …) = %d, want %d", text[:40], got, want)
		}
	}
}

// TestBriefOfParagraph50ReadsAlone builds the essay's guide: its brief
// gave ¶50 as "In the industrial capitalist world it means a system
// where ...", whose "it" is the democracy ¶49 asks about.
func TestBriefOfParagraph50ReadsAlone(t *testing.T) {
	g, _ := build(t, "¶56")
	for _, q := range g.Summary {
		if q.Ref.Marker() == "[¶50]" && strings.Contains(q.Text, " it means ") {
			t.Errorf("the brief gives ¶50 as %q", q.Text)
		}
	}
}

// TestPerchanceHedges reads Civil Disobedience ¶22, whose "perchance it
// will wear smooth" the guide once called a claim stated "without
// qualification".
func TestPerchanceHedges(t *testing.T) {
	text := "If the injustice is part of the necessary friction of the machine of government, let it go, let it go; perchance it will wear smooth--certainly the machine will wear out."
	if !roles(text).has(hedges) {
		t.Errorf("%q does not hedge", text)
	}
}

// TestVerblessRestatementLeans reads Goldman's ¶56 "In short, the very
// antithesis of revolution.", once quoted alone as evidence, against
// her "In other words, the State is institutional and static;
// revolution is fluent, dynamic.", which has a verb of its own.
func TestVerblessRestatementLeans(t *testing.T) {
	if got := leaning("In short, the very antithesis of revolution."); got != leansHard {
		t.Errorf("the verbless restatement leans %d", got)
	}
	if got := leaning("In other words, the State is institutional and static; revolution is fluent, dynamic."); got == leansHard {
		t.Errorf("a restatement with a verb of its own leans hard")
	}
}
