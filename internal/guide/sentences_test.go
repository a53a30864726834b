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

// TestPurposeAndMonthAreNoHedge reads real sentences whose "may" doubts
// nothing. Thucydides's ¶22 says what his account is for ("that no one
// may ever have to ask"), and his guide offered it "as a possibility";
// Marx's ¶20 names a month ("that met on May 4, 1848"), and his guide
// asked which of its words soften the claim. Both texts' guides are read,
// never their question sets.
func TestPurposeAndMonthAreNoHedge(t *testing.T) {
	for _, c := range []struct {
		text  string
		hedge bool
	}{
		{"To the question why they broke the treaty, I answer by placing first an account of their grounds of complaint and points of difference, that no one may ever have to ask the immediate cause which plunged the Hellenes into a war of such magnitude.", false},
		{"The national assembly, that met on May 4, 1848, to frame a constitution, was the outcome of the national elections; it represented the nation.", false},
		// Common Sense: a purpose clause too.
		{"I mean not to exhibit horror for the purpose of provoking revenge, but to awaken us from fatal and unmanly slumbers, that we may pursue determinately some fixed object.", false},
		// The essay's ¶57 hedges.
		{"This might suggest that the \"solution\" is not to make the state stronger and the Party weaker -- as it appears Stalin and Beria thought.", true},
	} {
		if got := roles(c.text).has(hedges); got != c.hedge {
			t.Errorf("roles(%q…) hedges = %v, want %v", c.text[:40], got, c.hedge)
		}
	}
}

// TestAWholeWithNoNounLeans reads a whole or a rest that names nothing
// of its own: "The whole might amount to thirty thousand souls." asks
// "the whole of what?", and Candide's guide argued it as a claim and
// asked "What might amount to thirty thousand souls?".
func TestAWholeWithNoNounLeans(t *testing.T) {
	for text, want := range map[string]int{
		"The whole might amount to thirty thousand souls.":       leansHard,
		"The rest were sent home to Jivago's farm.":              leansHard,
		"And the remainder was paid in silver.":                  leansHard,
		"The whole history of man is a history of wars.":         standsAlone,
		"The remainder of the prophecy came true within a year.": standsAlone,
	} {
		if got := leaning(text); got != want {
			t.Errorf("leaning(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestAllThisLeansOnTheSentenceBefore reads "all this" before a name as
// standing for what the sentence before says: Thucydides' glossary
// glossed Agamemnon with "To all this Agamemnon succeeded.", which does
// not say to what. "all these" before a word the text writes in lower
// case too ("all these Things") is a demonstrative before its noun.
func TestAllThisLeansOnTheSentenceBefore(t *testing.T) {
	lower := map[string]bool{"things": true}
	for text, want := range map[string]bool{
		"To all this Agamemnon succeeded.":         true,
		"He had seen all these Things before.":     false,
		"The power of the descendants grew great.": false,
	} {
		if got := allThisBeforeName(text, lower); got != want {
			t.Errorf("allThisBeforeName(%q) = %v, want %v", text, got, want)
		}
	}
	g := textGuide(t, "thucydides-archaeology.md")
	for _, term := range g.Terms {
		if strings.HasPrefix(term.Quote.Text, "To all this") {
			t.Errorf("%s is glossed with %q", term.Term, term.Quote.Text)
		}
	}
}
