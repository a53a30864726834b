package generate

import (
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/llm/llmtest"
	"studyguide/internal/retrieve"
)

// realText loads one of the real texts under internal/essay/testdata.
func realText(t *testing.T, name string) *essay.Corpus {
	t.Helper()
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// sentenceOf returns the candidate for the sentence of passage ref that
// begins with prefix.
func sentenceOf(t *testing.T, c *essay.Corpus, ref, prefix string) candidate {
	t.Helper()
	p, err := c.Lookup(ref)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range p.Sentences {
		if strings.HasPrefix(s.Text, prefix) {
			return candidate{passage: p, index: i, text: s.Text}
		}
	}
	t.Fatalf("%s has no sentence beginning %q", ref, prefix)
	return candidate{}
}

// TestQuotationsAreNotTheAuthorsClaims checks that a sentence the author
// quotes from another writer is introduced as quoted, verbatim and
// cited, never as the author's own claim: Acton's note 44 quotes Stubbs
// with a dash credit ("--STUBBS, Lectures, 9."), and answers had said
// "In a footnote, Lord Acton writes:"; Beard's ¶26 quotes Madison's
// Federalist over seven sentences, and answers had said "Beard writes:";
// Turner's ¶17 quotes a French governor's speech; Beard's ¶19 names
// Marshall in the sentence opening the quotation. The sentence that
// opens a quotation holds the author's words too, and stays his.
func TestQuotationsAreNotTheAuthorsClaims(t *testing.T) {
	acton := realText(t, "acton-study-of-history.md")
	beard := realText(t, "beard-historical-interpretation.md")
	turner := realText(t, "turner-frontier.md")
	for _, c := range []struct {
		name, author string
		chosen       []candidate
		want         string
	}{
		{"dash credit in a note", "Lord Acton",
			[]candidate{sentenceOf(t, acton, "note 44", "The study of Modern History is")},
			"In a footnote, Lord Acton quotes Stubbs: “The study of Modern History is, next to Theology itself,"},
		{"quotation whose opener names no one", "Charles A. Beard",
			[]candidate{sentenceOf(t, beard, "¶26", "The most common and durable source")},
			"Charles A. Beard quotes: “The most common and durable source of factions has been the various and unequal distribution of property.” [¶26]"},
		{"quotation whose opener names the writer", "Charles A. Beard",
			[]candidate{sentenceOf(t, beard, "¶19", "In form and in substance")},
			"Charles A. Beard quotes Chief Justice Marshall: “In form and in substance it emanates from them.” [¶19]"},
		{"a speech read on", "Frederick Jackson Turner",
			[]candidate{sentenceOf(t, turner, "¶17", "Go see the forts"), sentenceOf(t, turner, "¶17", "They have been placed"), sentenceOf(t, turner, "¶17", "The English, on the contrary")},
			"Frederick Jackson Turner quotes Duquesne: “Go see the forts that our king has established and you will see that you can still hunt under their very walls.” [¶17] The quotation goes on: “They have been placed for your advantage in places which you frequent.” [¶17] The quotation goes on: “The English, on the contrary,"},
		{"a speech read past a sentence", "Frederick Jackson Turner",
			[]candidate{sentenceOf(t, turner, "¶17", "Go see the forts"), sentenceOf(t, turner, "¶17", "The English, on the contrary")},
			"[¶17] Later in the same quotation: “The English, on the contrary,"},
		{"after the author's own sentence", "Frederick Jackson Turner",
			[]candidate{sentenceOf(t, turner, "¶17", "French colonization was dominated"), sentenceOf(t, turner, "¶17", "Go see the forts")},
			"Frederick Jackson Turner writes: “French colonization was dominated by its trading frontier; English colonization by its farming frontier.” [¶17] Later in the same passage, Turner quotes Duquesne: “Go see the forts"},
		{"the opener stays the author's", "Frederick Jackson Turner",
			[]candidate{sentenceOf(t, turner, "¶17", "Said Duquesne to the Iroquois")},
			"Frederick Jackson Turner writes: “Said Duquesne to the Iroquois,"},
	} {
		got := compose(c.chosen, c.author, "")
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: compose =\n%s\nwant it to hold\n%s", c.name, got, c.want)
		}
		if c.name != "the opener stays the author's" && c.name != "after the author's own sentence" && strings.Contains(got, " writes:") {
			t.Errorf("%s: a quotation is introduced as the author's writing:\n%s", c.name, got)
		}
	}
}

// TestTwoQuotationsOfOneWriter checks that two quotations a note credits
// to one writer, each with its own credit, read as two: Acton's note 35
// quotes Leibniz three times.
func TestTwoQuotationsOfOneWriter(t *testing.T) {
	acton := realText(t, "acton-study-of-history.md")
	got := compose([]candidate{sentenceOf(t, acton, "note 35", "Veram creatae"), sentenceOf(t, acton, "note 35", "Der Creaturen")}, "Lord Acton", "")
	want := "In a footnote, Lord Acton quotes Leibniz: “Veram creatae"
	if !strings.HasPrefix(got, want) || !strings.Contains(got, "[note 35] Later in the same note, Acton quotes Leibniz: “Der Creaturen") {
		t.Errorf("compose =\n%s\nwant two quotations of Leibniz", got)
	}
}

// TestStorySpeechesStayTheAuthors checks that in a story (kind
// "narrative") a character's speech is not introduced as a quotation
// the author makes of a source.
func TestStorySpeechesStayTheAuthors(t *testing.T) {
	turner := realText(t, "turner-frontier.md")
	got := compose([]candidate{sentenceOf(t, turner, "¶17", "Go see the forts")}, "Frederick Jackson Turner", "narrative")
	if !strings.HasPrefix(got, "Frederick Jackson Turner writes: “Go see") {
		t.Errorf("compose = %s", got)
	}
}

// TestSpeaker checks whom a sentence opening a quotation names as
// speaking, on openers from the real texts, and that an aside, a
// pronoun or a paper is no speaker.
func TestSpeaker(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`To quote a great authority in this connection, Jomini says: "Happening to be in Paris`, "Jomini"},
		{`Grund, writing in 1836, declares: "It appears then`, "Grund"},
		{`Governor Glenn, of South Carolina, writes in the middle of the eighteenth century: "Our trade`, "Governor Glenn"},
		{`Speaking in 1835, Dr. Lyman Beecher declared: "It is equally plain`, "Dr. Lyman Beecher"},
		{`“The Constitution,” declares Bancroft, “establishes nothing that interferes with equality and individuality.`, "Bancroft"},
		{`Said Duquesne to the Iroquois, "Are you ignorant`, "Duquesne"},
		{`In a late number of the Forum , Bishop Haygood, author of the "Brother in Black," says that "The most alarming fact`, "Bishop Haygood"},
		{`The doctrine that, as Sir Thomas Browne says, morality is not ambulatory[103], is expressed as follows by Burke, who, when true to himself, is the most intelligent of our instructors: "My principles`, "Burke"},
		{`"My dear Holmes," said I, "this is too much.`, ""},
		{`"You," he said, "are in the first place a Christian: I am in the first place a historian.`, ""},
		{`Commenting in 1850 on reports that settlement was rapidly extending northward in Wisconsin, the editor of the Home Missionary writes: "We scarcely know`, ""},
		{`This political science runs through all of his really serious writings and is formulated in its most precise fashion in The Federalist[25] as follows: “The diversity`, ""},
	} {
		if got := speaker(c.text); got != c.want {
			t.Errorf("speaker(%.50q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestModelIsToldWhomAPassageQuotes checks that LLM mode shows the model
// whose words a passage quotes, so that it does not make them the
// author's claims, and shows nothing for a passage in the author's own
// words.
func TestModelIsToldWhomAPassageQuotes(t *testing.T) {
	acton := realText(t, "acton-study-of-history.md")
	p, err := acton.Lookup("note 44")
	if err != nil {
		t.Fatal(err)
	}
	if got := quotesLabel(p); !strings.HasPrefix(got, "Leibniz, Stubbs, D'Aguesseau") {
		t.Errorf("quotesLabel(note 44) = %q", got)
	}
	turner := realText(t, "turner-frontier.md")
	q, err := turner.Lookup("¶17")
	if err != nil {
		t.Fatal(err)
	}
	if got := quotesLabel(q); got != "Duquesne" {
		t.Errorf("quotesLabel(¶17) = %q, want Duquesne", got)
	}
	g := newLLM(t, llmtest.New(t), "")
	msgs, err := g.Messages(Request{Question: "What did the French say of the English?", Retrieval: &retrieve.Result{Hits: []retrieve.Hit{{Passage: q}}}})
	if err != nil {
		t.Fatal(err)
	}
	if last := msgs[len(msgs)-1].Content; !strings.Contains(last, `<passage label="[¶17]" quotes="Duquesne">`) {
		t.Errorf("answer prompt does not say whom ¶17 quotes:\n%.300s", last)
	}
	if !strings.Contains(msgs[0].Content, "the author quotes") {
		t.Errorf("system prompt does not say how to attribute a quotation:\n%s", msgs[0].Content)
	}
}

// TestQuotedQuestionIsNotTheAuthors checks that a question the author
// quotes from someone the sentence names is not introduced as the
// author asking it (Turner's ¶17: "Said Duquesne to the Iroquois, "Are
// you ignorant ...?"), while a question the author puts in quotation
// marks himself still is (the essay's ¶49: "... have to begin with
// another question: "What do you mean by 'democracy'?""). A greeting
// the author reports, named to no one (Civil Disobedience's ¶38: "...
// for his acquaintances to salute him, ... "How do ye do?""), is told,
// not asked.
func TestQuotedQuestionIsNotTheAuthors(t *testing.T) {
	turner := realText(t, "turner-frontier.md")
	c := sentenceOf(t, turner, "¶17", "Said Duquesne to the Iroquois")
	c.question = true
	if got := compose([]candidate{c}, "Frederick Jackson Turner", ""); !strings.HasPrefix(got, "Frederick Jackson Turner writes: “Said Duquesne") {
		t.Errorf("compose = %s", got)
	}
	if !asksOwn(`Answers to questions about democracy have to begin with another question: "What do you mean by 'democracy'?"`) {
		t.Error("the author's own quoted question is not his")
	}
	if !asksOwn(`Is this what he calls "progress"?`) {
		t.Error("a question with a quoted word is not the author's")
	}
	thoreau := realText(t, "civil-disobedience.md")
	g := sentenceOf(t, thoreau, "¶38", "It was formerly the custom in our village")
	g.question = true
	if got := compose([]candidate{g}, "Henry David Thoreau", ""); !strings.HasPrefix(got, "Henry David Thoreau writes: “It was formerly") {
		t.Errorf("compose = %s", got)
	}
}

// TestFollowUpQuotesWhoseWordsTheyAre checks that a follow-up answered
// from the sentence after the last one quoted ("And then?") says when
// that sentence is another writer's: "goes on, quoting Duquesne:".
func TestFollowUpQuotesWhoseWordsTheyAre(t *testing.T) {
	turner := realText(t, "turner-frontier.md")
	c := sentenceOf(t, turner, "¶17", "Go see the forts")
	if got := quotingLead("Frederick Jackson Turner goes on:", c, ""); got != "Frederick Jackson Turner goes on, quoting Duquesne:" {
		t.Errorf("quotingLead = %q", got)
	}
	own := sentenceOf(t, turner, "¶17", "French colonization was dominated")
	if got := quotingLead("Frederick Jackson Turner goes on:", own, ""); got != "Frederick Jackson Turner goes on:" {
		t.Errorf("quotingLead of the author's own sentence = %q", got)
	}
}

// TestImaginedObjection checks that the words of an objector the author
// imagines (Mill's ¶23: "But, some one may say, "Let them be taught the
// grounds of their opinions. It does not follow ...") are introduced as
// such, neither as the author's claim nor as a quotation of a source.
func TestImaginedObjection(t *testing.T) {
	mill := realText(t, "on-liberty.txt")
	c := sentenceOf(t, mill, "¶23", "It does not follow that opinions")
	if got := compose([]candidate{c}, "John Stuart Mill", ""); !strings.HasPrefix(got, "John Stuart Mill imagines someone saying: “It does not follow") {
		t.Errorf("compose = %s", got)
	}
	turner := realText(t, "turner-frontier.md")
	d := sentenceOf(t, turner, "¶17", "Go see the forts")
	if imagined(d.passage, d.index) {
		t.Error("Duquesne's speech reads as imagined")
	}
}
