package guide

import (
	"context"
	"path/filepath"
	"slices"
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

// TestObjectorsReasoningIsNotTheAuthors reads Locke's chapter on the
// beginning of political societies, which gives the objections to his
// account before answering them: "To this I find two objections made.
// First, ... Secondly, It is impossible of right, that men should do so,
// because all men being born under government ...", and "All men, say
// they, are born under government ... Every one is born a subject to
// his father ...", whose second sentence the claims guide once gave as
// Locke's central claim. All are others' views; no prompt
// asks which link of them "the author" assumes, or what reason they
// give as if it were his.
func TestObjectorsReasoningIsNotTheAuthors(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "locke-second-treatise.md"))
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(c, retriever(t, c))
	for _, opening := range []string{"Secondly, It is impossible of right", "All men, say they, are born under government", "Every one is born a subject to his father", "That all men being born under government", "First, That there are no instances"} {
		found := false
		for _, s := range b.sents {
			if strings.HasPrefix(s.text, opening) {
				found = true
				if !s.roles.has(reports) {
					t.Errorf("%q is not read as others' view", opening)
				}
			}
		}
		if !found {
			t.Errorf("no sentence opens %q", opening)
		}
	}
	for _, own := range []string{"To the first there is this to answer", "It is plain mankind never owned nor considered"} {
		for _, s := range b.sents {
			if strings.HasPrefix(s.text, own) && s.roles.has(reports) {
				t.Errorf("Locke's own answer %q is read as others' view", own)
			}
		}
	}
	claims, err := Build(context.Background(), c, retriever(t, c), Claims)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range claims.Questions() {
		if strings.HasPrefix(q.Text, "Every one is born a subject") {
			t.Errorf("the objectors' view, given on after \"say they\", is one of Locke's central claims: %s", q.Ref)
		}
	}
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			if !strings.Contains(p.Text, "Which link does the author assume") && !strings.Contains(p.Text, "What cause or reason does this sentence give") {
				continue
			}
			for _, quote := range p.Quotes {
				if strings.Contains(quote.Text, "say they") || strings.HasPrefix(quote.Text, "Secondly, It is impossible") {
					t.Errorf("%s: a prompt gives the objectors' reasoning as the author's: %s", q.Ref, p.Text)
				}
			}
		}
	}
}

// TestFollowOnQuestionsAskWhatTheQuestionBeforeAsks reads two questions
// that only offer answers to the one before them. Locke's "Not the king
// of England's; ... nor the king of France's ...?" answers "If a subject
// of England have a child, by an English woman in France, whose subject
// is he?", and drew "And Abimelech particularly is called king" for its
// "king"; Acton's "Is it Democracy as in France, or Federalism as in
// America ...?" asks what liberty is, and drew three sentences naming
// France. Each is answered on its question's subject, first from its
// own paragraph. Locke's is no longer asked at all: it answers the
// question before it (see TestAnAnswerPutAsAQuestionIsNotAsked), and
// followsOn still reads it, for a question that does follow on.
func TestFollowOnQuestionsAskWhatTheQuestionBeforeAsks(t *testing.T) {
	for _, text := range []string{"Is it Democracy as in France, or Federalism as in America?", "Not the king of England's; for he must have leave to be admitted to the privileges of it?", "Was she his client, his friend, or his mistress?"} {
		if !followsOn(text) {
			t.Errorf("followsOn(%q) = false", text)
		}
	}
	for _, text := range []string{"Is it not possible to take a step further towards recognizing and organizing the rights of man?", "Or did this model already incorporate so many aspects of bourgeois capitalist concepts of democracy?", "What is the proper role of a communist party in such a society?"} {
		if followsOn(text) {
			t.Errorf("followsOn(%q) = true", text)
		}
	}
	for _, tc := range []struct{ file, question, want, not string }{
		{"acton-study-of-history.md", "Is it Democracy as in France", "You will know it by outward signs", "France"},
	} {
		g := textGuide(t, tc.file)
		found := false
		for _, q := range g.Questions() {
			if !strings.HasPrefix(q.Text, tc.question) {
				continue
			}
			found = true
			if len(q.Evidence) == 0 || !strings.Contains(q.Evidence[0].Text, tc.want) {
				t.Errorf("%s %q: first evidence %v, want the sentence holding %q", tc.file, tc.question, q.Evidence, tc.want)
			}
			for _, e := range q.Evidence {
				if strings.Contains(e.Text, tc.not) {
					t.Errorf("%s %q: evidence on another subject: %s %q", tc.file, tc.question, e.Ref, e.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s: no question %q", tc.file, tc.question)
		}
	}
}

// TestConnectivesSayNothingOfAClaim reads Hobbes's claim "And therefore
// if any two men desire the same thing, which neverthelesse they cannot
// both enjoy, they become enemies ...": its rarest words were "therefore"
// and "neverthelesse", and its evidence was "And therefore there be some
// Rights, which no man can be understood ... to have abandoned, or
// transferred", twenty paragraphs on. A connective joins a claim to the
// one before; it says nothing of what the claim is about.
func TestConnectivesSayNothingOfAClaim(t *testing.T) {
	g := textGuide(t, "hobbes-leviathan.md")
	found := false
	for _, q := range g.Questions() {
		if !strings.HasPrefix(q.Text, "And therefore if any two men desire the same thing") {
			continue
		}
		found = true
		for _, e := range q.Evidence {
			if strings.HasPrefix(e.Text, "And therefore") {
				t.Errorf("evidence for %q shares only its connective: %s %q", q.Text, e.Ref, e.Text)
			}
		}
	}
	if !found {
		t.Fatal("Hobbes's guide no longer puts his claim on two men desiring one thing")
	}
}

// TestWordsTheNextSentenceGivesToOthersAreTheirs builds the guide of The
// Eighteenth Brumaire (a text whose guide is read, never its question
// set), where "The demands of the Parisian proletariat are utopian
// tom-fooleries that have to be done away with." is the assembly's, as
// the next sentence says ("To this declaration of the constitutional
// national assembly, ..."): the guide once asked "How does the text
// describe the demands of the Parisian proletariat?" and keyed it to
// that sentence as Marx's own description.
func TestWordsTheNextSentenceGivesToOthersAreTheirs(t *testing.T) {
	g := textGuide(t, "marx-eighteenth-brumaire.md")
	for _, ch := range g.Check {
		if ch.Answer != nil && strings.Contains(ch.Answer.Text, "utopian tom-fooleries") {
			t.Errorf("check question %q is keyed to the assembly's words as the text's own", ch.Question)
		}
	}
	if !namedWordsRe.MatchString("To this declaration of the constitutional national assembly, the Paris proletariat answers.") || namedWordsRe.MatchString("From this view of the subject it may be concluded that a pure democracy can admit of no cure.") {
		t.Error("namedWordsRe does not tell a pointer to someone's declaration from the author's own view of the subject")
	}
}

// TestOthersViewIsNoDemand checks the lead-in of a sentence that goes on
// giving a view the author said was others' ("All men, say they, ...
// Every one is born a subject ..."): a view, not a demand.
func TestOthersViewIsNoDemand(t *testing.T) {
	v := Voice{Author: "John Locke", Pronoun: "he"}
	if got, want := v.othersView(), "John Locke gives this as others' view, not as his own:"; got != want {
		t.Errorf("othersView() = %q, want %q", got, want)
	}
	if got, want := v.othersDemand(), "John Locke gives this as what others demand, not as his own view:"; got != want {
		t.Errorf("othersDemand() = %q, want %q", got, want)
	}
}

// TestConclusionOnAnEmptyIt reads sentences that draw a conclusion on an
// empty "it" ("Therefore it is wiser to have a reputation for meanness
// ..."), which were read as leaning on a thing named before: The
// Prince's "meanness" went unglossed, and its claim that "it is
// unnecessary for a prince to have all the good qualities" was never
// quoted. An "it" that stands for a thing named before ("Therefore it fell.")
// still leans.
func TestConclusionOnAnEmptyIt(t *testing.T) {
	for text, want := range map[string]bool{
		"Therefore it is wiser to have a reputation for meanness which brings reproach without hatred, than to be compelled through seeking a reputation for liberality to incur a name for rapacity which begets reproach with hatred.": true,
		"Therefore it is necessary for a prince to understand how to avail himself of the beast and the man.":                                                                                                                            true,
		"Therefore it fell.": false,
	} {
		if got := leaningIn(text, nil) != leansHard; got != want {
			t.Errorf("leaningIn(%q) = %d; reads alone or lightly: %v, want %v", text, leaningIn(text, nil), got, want)
		}
	}
	g := textGuide(t, "machiavelli-prince.md")
	if !slices.ContainsFunc(g.Terms, func(k Term) bool {
		return k.Term == "meanness" && strings.HasPrefix(k.Quote.Text, "Therefore it is wiser to have a reputation for meanness")
	}) {
		t.Errorf("The Prince's glossary does not gloss \"meanness\" by ¶7's \"Therefore it is wiser to have a reputation for meanness ...\"")
	}
}
