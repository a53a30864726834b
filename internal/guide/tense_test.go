package guide

import (
	"path/filepath"
	"testing"

	"studyguide/internal/essay"
)

// TestTenseOfReadsEachCue reads the cues of time the readers of tense
// weigh: a contraction's modal ("can't"), an archaic present ("hath"),
// "used to" only with one space, and a pronoun's verb in "-ed" only
// across spaces, which a participle after a comma is not.
func TestTenseOfReadsEachCue(t *testing.T) {
	for _, c := range []struct {
		text      string
		has, lack tense
	}{
		{"I can't tell.", modal, presentBe | pastTold},
		{"The king hath power.", presentHave, presentBe | modal},
		{"He doth protest.", presentDo, modal},
		{"They used to raid one another.", usedTo | pastEd, presentBe},
		{"It was used, to be sure.", pastAux | pastEd, usedTo},
		{"They raided the coast.", pastEd | pastEdAfterPronoun, pastAux},
		{"They, tired, slept.", pastEd, pastEdAfterPronoun},
		{"I have seen him whip a woman.", presentHave, pastTold},
		{"We need more.", presentNeed, present},
		{"Aunt Hester went out one night.", pastIrregular, present},
		{"Row 2ed.", 0, pastEd},
	} {
		got := tenseOf(c.text)
		if got&c.has != c.has || got.has(c.lack) {
			t.Errorf("tenseOf(%q) = %b, want all of %b and none of %b", c.text, got, c.has, c.lack)
		}
	}
}

// TestTensesOfRealSentences reads sentences of two texts: the
// Narrative's events are told, its generalizations and Civil
// Disobedience's reasoning argue what is; a "since" whose clause holds
// "should" or "ought" gives a reason, though a perfect stands before it
// (it read as a "since" of time: "ought" was no verb of the present to
// temporalSince).
func TestTensesOfRealSentences(t *testing.T) {
	for name, cases := range map[string]map[string]bool{
		"douglass-narrative.md": {
			"Aunt Hester had not only disobeyed his orders":       true,
			"Aunt Hester went out one night":                      false, // "I do not know"
			"By far the larger part of the slaves know as little": false,
		},
		"civil-disobedience.md": {
			"I was put into a jail once on this account": true,
			"I heartily accept the motto":                false,
		},
	} {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		for prefix, told := range cases {
			s := sentenceStarting(t, c, prefix)
			if got := tells(s.text); got != told {
				t.Errorf("%s: tells(%q) = %v, want %v", name, s.text, got, told)
			}
		}
	}
	for _, text := range []string{
		"I have stayed at home, since I ought to help.",
		"He has kept silent, since he should not speak.",
	} {
		if got := withoutTemporalSince(text); got != text {
			t.Errorf("withoutTemporalSince(%q) = %q, want the reason's \"since\" kept", text, got)
		}
	}
}
