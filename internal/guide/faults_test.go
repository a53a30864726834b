package guide

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// TestClaimsUnderTheTitleAreNamedByTheirIdea reads Beard's guide, built
// from his claims under the one heading his text has: the theme is not
// named after the text's title, "Historical Interpretation in the United
// States", but by what the claims are about.
func TestClaimsUnderTheTitleAreNamedByTheirIdea(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "beard-historical-interpretation.md"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range g.Themes {
		if strings.EqualFold(th.Name, c.Title()) {
			t.Errorf("a theme is named after the text's title %q", th.Name)
		}
	}
	// "Bancroft constantly recurs in his writings ...", a verb in the
	// present, is asked about: Beard's guide once had two check
	// questions.
	if len(g.Check) < 4 {
		t.Errorf("Beard's guide has %d check questions, want at least 4", len(g.Check))
	}
	b := newBuilder(c, retriever(t, c))
	if b.labelHeading("Thoughts on Government") || !b.labelHeading("Chapter II") {
		t.Errorf("labelHeading tells labels from headings wrongly")
	}
}

// TestSentencesThatNameNobody finds the sentences a student cannot read
// alone: a "they" after an adverb in -s names nobody ("But,
// nevertheless, they insist"), nor does a possessive opening the
// subject ("His doctrine has tended ..."), nor "the former" standing
// for a thing named before; "the coloured people ... their name" names
// its people, and "the same" that its sentence completes points nowhere.
func TestSentencesThatNameNobody(t *testing.T) {
	for text, want := range map[string]int{
		"But, nevertheless, they insist that the way to truth and right lies in straightforward honesty, not in indiscriminate flattery.": leansHard,
		"His doctrine has tended to make the whites, North and South, shift the burden of the Negro problem to the Negro's shoulders.":    leansHard,
		"In a stable despotism the former takes place.":                                                              leansHard,
		"Speaking for the coloured people as a class, I venture in their name and in their stead.":                   standsAlone,
		"An interesting illustration comes from the same debates in the Virginia convention already referred to.":    leansLight,
		"At the same time, local leaders developed dictatorial habits.":                                              standsAlone,
		"Twenty-one certainly understood the question; whilst all the rest probably had the same understanding.":     standsAlone,
		"Lenin's policies have proven that he was willing to sacrifice the country, or at least part of the latter.": standsAlone,
	} {
		if got := leaningIn(text, nil); got != want {
			t.Errorf("leaningIn(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestNoIntroducerIsEvidence keeps the words that only introduce a
// quotation out of evidence and out of a prompt's cut: Turner's
// counterpoint once quoted only "Adams states the situation as follows".
func TestNoIntroducerIsEvidence(t *testing.T) {
	text := `Adams states the situation as follows: "The slaveholders of the South have bought the coöperation of the western country by the bribe of the western lands, abandoning to the new Western States their own proportion of the public property."`
	re := lazyregexp.New(`\bAdams states\b`)
	if ex := clauseOf(text, []*lazyregexp.Regexp{re}); strings.HasPrefix(ex, "Adams states the situation as follows") && !strings.Contains(ex, "slaveholders") {
		t.Errorf("the cut keeps only the introducer: %q", ex)
	}
	for _, s := range []string{"Such men feel in conscience bound to ask of this nation three things:", "Mr. Washington distinctly asks that black people give up, at least for the present, three things,--"} {
		if !introducesNext(s) {
			t.Errorf("introducesNext(%q) = false", s)
		}
	}
	if listed(", the NKVD head in charge of this frameup, was removed.") || !listed(", the suffrage, administration.") {
		t.Errorf("listed tells a list from an apposite wrongly")
	}
	if reported("When Hallam wrote his chapter on James II, France was the only Power whose reports were available.") {
		t.Errorf("a clause of time reports a view")
	}
	if !reported("Zhukov and Mukhin seem to believe that the tactic was the best chance.") {
		t.Errorf("a named view is not reported")
	}
}
