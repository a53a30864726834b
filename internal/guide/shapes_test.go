package guide

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// analyzeTexts analyzes a text of one paragraph, written to a file.
func analyzeTexts(t *testing.T, text string) []*sentence {
	t.Helper()
	file := filepath.Join(t.TempDir(), "text.txt")
	if err := os.WriteFile(file, []byte(text+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	return analyze(c, lowerWords(c), midSentenceCaps(c))
}

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

// TestAnswerLeansOnWhatItAnswers reads sentences that open by answering
// or reversing the one before ("On the contrary it is ...", Hobbes's
// "The later hath not so"): neither reads alone, and the brief of
// Tolstoy's and Hobbes's texts quoted them as a paragraph's claim.
func TestAnswerLeansOnWhatItAnswers(t *testing.T) {
	for text, want := range map[string]int{
		"On the contrary it is a very mild expression of the contradictory replies.":         leansHard,
		"The later hath not so; at least not place enough, to keep men to their promises.":   leansHard,
		"Nay, the whole people rose against him.":                                            leansHard,
		"Yes, my countrymen, I own to you that I am clearly of opinion it is your interest.": standsAlone,
		"Not so much the laws as the manners of a people decide its fate.":                   standsAlone,
	} {
		if got := leaning(text); got != want {
			t.Errorf("leaning(%q) = %d, want %d", text, got, want)
		}
	}
	for name, opening := range map[string]string{
		"tolstoy-second-epilogue.md": "On the contrary it is",
		"hobbes-leviathan.md":        "The later hath not so",
	} {
		for _, q := range textGuide(t, name).Summary {
			if strings.HasPrefix(q.Text, opening) {
				t.Errorf("%s: the brief gives [%s] %.80q, which answers the sentence before it", name, q.Ref, q.Text)
			}
		}
	}
}

// TestTenetTheAuthorReasonsFromIsHis builds the essay's guide of ¶56,
// whose counterpoint called "Marxists believe that the state will be run
// by some class or other ..." a view "as others' rather than the
// author's", though the next sentence draws the author's conclusion
// from it ("This in turn suggests that ..."). A view its next sentence
// only reports stays others'.
func TestTenetTheAuthorReasonsFromIsHis(t *testing.T) {
	if s := sentenceStarting(t, essaytest.Embedded(t), "Marxists believe"); s.roles.has(reports) {
		t.Errorf("%q is others' view, though the author reasons from it", s.text)
	}
	g, _ := build(t, "")
	for _, p := range promptsOf(g) {
		if strings.Contains(p.Text, "as others' rather than the author's") && strings.Contains(p.Text, "Marxists believe") {
			t.Errorf("%q sets the author against his own premise", p.Text)
		}
	}
	ss := analyzeTexts(t, "Jivagoists believe that the state will be run by some class. This in turn suggests that the distinction is artificial.")
	if ss[0].roles.has(reports) {
		t.Errorf("%q is others' view, though the author reasons from it", ss[0].text)
	}
	ss = analyzeTexts(t, "Jivagoists believe that the state will be run by some class. They were wrong.")
	if !ss[0].roles.has(reports) {
		t.Errorf("%q is no longer others' view", ss[0].text)
	}
}

// TestComparisonGivesNoCause builds Civil Disobedience's guide, which
// asked "What cause or reason does this sentence give?" of "It is not
// desirable to cultivate a respect for the law, so much as for the
// right." and "The mass of men serve the state thus, not as men mainly,
// but as machines": a "so" that compares and a "thus" of manner give
// no cause. A "so" or "thus" that draws a consequence still does.
func TestComparisonGivesNoCause(t *testing.T) {
	for text, want := range map[string]bool{
		"It is not desirable to cultivate a respect for the law, so much as for the right.":                   false,
		"The mass of men serve the state thus, not as men mainly, but as machines, with their bodies.":        false,
		"For as in absolute governments the King is law, so in free countries the law ought to be King.":      false,
		"The tax was raised, so the people rebelled.":                                                         true,
		"And thus, in the end, the people rebelled.":                                                          true,
		"It enters into alliance therewith and thus shares all the defeats which the several parties suffer.": true,
	} {
		if got := explainsRe.MatchString(withoutCauselessCues(text)); got != want {
			t.Errorf("%q gives a cause: %v, want %v", text, got, want)
		}
	}
	g := textGuide(t, "civil-disobedience.md")
	for _, p := range promptsOf(g) {
		if !strings.Contains(p.Text, "What cause or reason does this sentence give") {
			continue
		}
		for _, opening := range []string{"It is not desirable to cultivate", "The mass of men serve the state thus"} {
			if strings.Contains(p.Text, opening) {
				t.Errorf("%q asks for a cause the sentence does not give", p.Text)
			}
		}
	}
}

// TestWhatAnyoneCouldSeeIsNoPossibility builds the guide of Douglass's
// Narrative, whose counterpoint called "Children from seven to ten years
// old, of both sexes, almost naked, might be seen at all seasons of the
// year." a possibility: the old idiom tells what was there to be seen.
// Nor does a concession ("cruel as the deed may strike any one to be")
// hedge the claim it grants to.
func TestWhatAnyoneCouldSeeIsNoPossibility(t *testing.T) {
	for text, want := range map[string]bool{
		"Children from seven to ten years old, of both sexes, almost naked, might be seen at all seasons of the year.": false,
		"Cruel as the deed may strike any one to be, it is often the dictate of humanity for him to do so.":            false,
		"This might be seen as a betrayal.":                                       true,
		"This might suggest that the solution is not to make the state stronger.": true,
		"Evidence may perhaps be found in the archives.":                          true,
	} {
		s := &sentence{text: text}
		if got := claimHedged(s); got != want {
			t.Errorf("claimHedged(%q) = %v, want %v", text, got, want)
		}
	}
	for _, p := range promptsOf(textGuide(t, "douglass-narrative.md")) {
		if strings.Contains(p.Text, "as a possibility") && strings.Contains(p.Text, "might be seen at all seasons") {
			t.Errorf("%q calls what was there to be seen a possibility", p.Text)
		}
	}
}

// TestExcerptIsNoBarePhrase builds Hobbes's guide, which asked what the
// author takes for granted in "So that before the time of Civill
// Society, or in the interruption thereof by Warre …": phrases of time
// that lead to a main clause the excerpt leaves off.
func TestExcerptIsNoBarePhrase(t *testing.T) {
	text := "So that before the time of Civill Society, or in the interruption thereof by Warre, there is nothing can strengthen a Covenant of Peace agreed on, against the temptations of Avarice, Ambition, Lust, or other strong desire, but the feare of that Invisible Power, which they every one Worship as God; and Feare as a Revenger of their perfidy."
	if ex := excerpt(text, []int{0, 2}); strings.HasSuffix(ex, "by Warre "+Ellipsis) {
		t.Errorf("excerpt = %q: no main clause", ex)
	}
	for _, p := range promptsOf(textGuide(t, "hobbes-leviathan.md")) {
		if strings.Contains(p.Text, "or in the interruption thereof by Warre "+Ellipsis) {
			t.Errorf("%q quotes phrases without their clause", p.Text)
		}
	}
}

// TestLeaveIsNoPossibility reads sentences of Locke, Hobbes, the
// Federalist and The Prince whose "may" grants a right or a writer's
// leave: the counterpoint offered each to students "as a possibility"
// and asked what would prove it. A "may" of doubt beside them still
// hedges.
func TestLeaveIsNoPossibility(t *testing.T) {
	for text, want := range map[string]bool{
		"He may indeed annex such conditions to the land, he enjoyed as a subject of any commonwealth, as may oblige his son to be of that community, if he will enjoy those possessions which were his father's; because that estate being his father's property, he may dispose, or settle it, as he pleases.": false,
		"For whatsoever I may lawfully do without Obligation, the same I may lawfully Covenant to do through feare.": false,
		"There have been, if I may so express it, almost as many popular as royal wars.":                             false,
		"It may be answered that one should wish to be both.":                                                        false,
		"But this general order is the effect of skill and labor; and the complex machinery may be decayed by time.": true,
		// The Amendments: a choice the text leaves to a body.
		"The Congress may by law provide for the case of the death of any of the persons from whom the House of Representatives may choose a President whenever the right of choice shall have devolved upon them.":                                                                                                                                                       false,
		"When vacancies happen in the representation of any State in the Senate, the executive authority of such State shall issue writs of election to fill such vacancies: Provided, That the legislature of any State may empower the executive thereof to make temporary appointments until the people fill the vacancies by election as the legislature may direct.": false,
		"The voters may choose otherwise, and perhaps they will.": true,
	} {
		s := &sentence{text: text}
		if got := claimHedged(s); got != want {
			t.Errorf("claimHedged(%q) = %v, want %v", text, got, want)
		}
	}
}
