package guide

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestSetOff checks which sentences mark a term as the writer's own.
func TestSetOff(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{`This "democracy" is a form and a technique of capitalist class rule -- in short, of "lack of democracy."`, "lack of democracy", true},
		{`But they never dealt adequately with the contradiction between "Red" and "expert," as this dilemma was termed during the Chinese Cultural Revolution.`, "Red vs expert", true},
		{`We love eloquence for its own sake, and not for any truth which it may utter, or any heroism it may inspire.`, "eloquence", false},
		{`I simply wish to refuse allegiance to the State, to withdraw and stand aloof from it effectually.`, "allegiance", false},
	} {
		if got := setOff(c.text, c.term); got != c.want {
			t.Errorf("setOff(%q, %q) = %v, want %v", c.text, c.term, got, c.want)
		}
	}
}

// TestTermsToDefineAreTheWritersOwn builds the guides of two development
// texts and the essay's: a prompt asks students to define a term from a
// sentence that only uses it when the sentence sets the term off as the
// writer's own. Civil Disobedience once asked for ‘allegiance’ from "I
// simply wish to refuse allegiance to the State", and Douglass's guide
// for ‘slavery’ from "We tolerated slavery and it has cost us a million
// graves"; the essay's ‘lack of democracy’ stays.
func TestTermsToDefineAreTheWritersOwn(t *testing.T) {
	check := func(name string, g *Guide) (asked []string) {
		for _, q := range g.Questions() {
			for _, p := range q.Discussion {
				m := defineRe.FindStringSubmatch(p.Text)
				if m == nil || len(p.Quotes) == 0 {
					continue
				}
				asked = append(asked, m[1])
				if !setOff(p.Quotes[0].Text, m[1]) {
					t.Errorf("%s: %s", name, p.Text)
				}
			}
		}
		return asked
	}
	check("civil-disobedience.md", textGuide(t, "civil-disobedience.md"))
	check("douglass-lynched.md", textGuide(t, "douglass-lynched.md"))
	g, _ := build(t, "¶56")
	if asked := check("¶56", g); !strings.Contains(strings.Join(asked, "|"), "lack of democracy") {
		t.Errorf("the essay's guide no longer asks for ‘lack of democracy’: %q", asked)
	}
}

// defineRe finds the term a prompt asks students to define from a
// sentence that uses it.
var defineRe = regexp.MustCompile(`^Define ‘([^’]+)’ in your own words`)

// TestPointersSayWhichSentence builds the guides of two development
// texts and checks that a prompt pointing to a sentence shown above
// says which, where the question shows more than one quotation of its
// passage: Civil Disobedience's first claim and two sentences of its
// evidence come from [¶1], and "Restate the sentence quoted from [¶1]
// above" left the student to guess which.
func TestPointersSayWhichSentence(t *testing.T) {
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt"} {
		g := textGuide(t, name)
		pointed := 0
		for _, q := range g.Questions() {
			shown := map[string]int{q.Ref.Marker(): 1}
			for _, e := range q.Evidence {
				shown[e.Ref.Marker()]++
			}
			for _, p := range append(q.Discussion, q.Historian...) {
				for _, m := range aboveRe.FindAllStringSubmatch(p.Text, -1) {
					if shown[m[1]] < 2 {
						continue
					}
					pointed++
					if m[2] == "" {
						t.Errorf("%s: the question of %s shows %d quotations of %s, and a prompt points to one without saying which: %s", name, q.Ref.Marker(), shown[m[1]], m[1], p.Text)
					}
				}
			}
		}
		if pointed == 0 {
			t.Errorf("%s: no prompt points to one of several quotations of a passage", name)
		}
	}
}

// aboveRe finds a prompt's pointer to a quotation shown above, and
// the opening it quotes to say which.
var aboveRe = regexp.MustCompile(`quoted from (\[[^\]]+\]) above( that begins “[^”]+”)?`)

// TestCenturyTakesItsArticle places On Liberty's ¶20 in its century as
// a sentence does: "in the eighteenth century", not "in eighteenth
// century".
func TestCenturyTakesItsArticle(t *testing.T) {
	text := "Of such we have had an example in the condition of Europe during the times immediately following the Reformation; another, though limited to the Continent and to a more cultivated class, in the speculative movement of the latter half of the eighteenth century; and a third, of still briefer duration, in the intellectual fermentation of Germany during the Goethian and Fichtean period."
	if got := timePhrase(text, dateIn(text)); got != "the eighteenth century" {
		t.Errorf("timePhrase = %q, want \"the eighteenth century\"", got)
	}
}

// TestExchangeOnlyBetweenPeopleWithViews builds the essay's guide, whose
// Create prompt staged "[¶51] names Marx and Engels together. Write a
// short exchange ..." though the text gives the two one sentence and no
// view: only people the text reports a view of are staged (Stalin and
// Beria, "Maybe Stalin and Beria believed ...", still are).
func TestExchangeOnlyBetweenPeopleWithViews(t *testing.T) {
	g, _ := build(t, "¶56")
	staged := false
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			if strings.Contains(p.Text, "names Marx and Engels together") {
				t.Errorf("%q: %q", q.Text, p.Text)
			}
			staged = staged || strings.Contains(p.Text, "names Stalin and Beria together")
		}
	}
	if !staged {
		t.Error("no exchange staged between Stalin and Beria")
	}
}

// TestPeopleInNamesEachOnce reads Candide's ¶7, whose "Miss Cunegonde"
// and "Cunegonde" were staged as two people in an exchange.
func TestPeopleInNamesEachOnce(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "candide.md"))
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(c, nil)
	p, _ := c.Lookup("¶7")
	for _, s := range p.Sentences {
		people := b.peopleIn(s.Text)
		for i, a := range people {
			for _, z := range people[i+1:] {
				if indexWord(a, z) >= 0 || indexWord(z, a) >= 0 {
					t.Errorf("peopleIn(%q) = %v: %q and %q are one person", s.Text, people, a, z)
				}
			}
		}
	}
}

// TestNoDefinitionPromptOnAName builds Goldman's guide, whose Understand
// prompt read "“Lenin was the most pliable politician in history.” [¶44]
// Put this account of ‘Lenin’ in your own words, then give an example
// the author would accept": an example of a man.
func TestNoDefinitionPromptOnAName(t *testing.T) {
	g := textGuide(t, "goldman-kronstadt.md")
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			if strings.Contains(p.Text, "Put this account of ‘Lenin’") {
				t.Errorf("%s asks for an account of a man: %q", q.Ref, p.Text)
			}
		}
	}
}

// TestSourcingFitsWhatTheTextRestsOn builds the guides of Machiavelli's
// chapters (1532, whose notes are the translator's) and of Tolstoy's
// second epilogue (no notes), texts whose guides are read, never their
// question sets, and the essay's. The first two asked which passages "give
// a footnote or name a record", "whose records, from when, kept where?",
// and what source an editor's gloss "points to": what a treatise of 1532
// or an argument from history's examples could not have. They now ask
// about the examples the passages invoke, or the reason and experience
// they argue from; the essay, which cites by footnote, is still asked for
// its footnotes and records.
func TestSourcingFitsWhatTheTextRestsOn(t *testing.T) {
	sourcing := func(g *Guide) []string {
		var out []string
		for _, q := range g.Questions() {
			for _, p := range q.Historian {
				if p.Level == Sourcing {
					out = append(out, p.Text)
				}
			}
		}
		return out
	}
	footnoteRe := regexp.MustCompile(`(?i)footnote|what kind of source does the note|kept where`)
	for _, name := range []string{"machiavelli-prince.md", "tolstoy-second-epilogue.md"} {
		ps := sourcing(textGuide(t, name))
		examples := 0
		for _, p := range ps {
			if footnoteRe.MatchString(p) {
				t.Errorf("%s: sourcing asks for what the text could not give: %q", name, p)
			}
			if strings.Contains(p, "rest on the example") {
				examples++
			}
		}
		if examples == 0 {
			t.Errorf("%s: no sourcing prompt asks about the examples the text rests on: %q", name, ps)
		}
	}
	g, _ := build(t, "¶56")
	if ps := sourcing(g); !slices.ContainsFunc(ps, footnoteRe.MatchString) {
		t.Errorf("essay: no sourcing prompt asks for its footnotes or records: %q", ps)
	}
}

// TestCorroborationFitsTheTextsTime builds the guides of Machiavelli's
// chapters (1532) and Hobbes's (1651), texts whose guides are read, never
// their question sets, and On Liberty's (1859). The older two were asked
// for "a memoir, a speech or an archive record" to set beside a
// sixteenth-century treatise; they are now asked for another writer of
// the author's time or an example from history, and Mill's still for
// memoirs and records.
func TestCorroborationFitsTheTextsTime(t *testing.T) {
	outside := func(g *Guide) []string {
		var out []string
		for _, q := range g.Questions() {
			for _, p := range q.Historian {
				if p.Level == Corroboration && strings.HasPrefix(p.Text, "Name ") {
					out = append(out, p.Text)
				}
			}
		}
		return out
	}
	for _, name := range []string{"machiavelli-prince.md", "hobbes-leviathan.md"} {
		ps := outside(textGuide(t, name))
		if len(ps) == 0 {
			t.Errorf("%s: no corroboration prompt names a source outside the text", name)
		}
		for _, p := range ps {
			if strings.Contains(p, "archive record") || !strings.Contains(p, "writer of the author's time") {
				t.Errorf("%s: corroboration asks for what the text's time could not give: %q", name, p)
			}
		}
	}
	if ps := outside(textGuide(t, "on-liberty.txt")); !slices.ContainsFunc(ps, func(p string) bool { return strings.Contains(p, "archive record") }) {
		t.Errorf("on-liberty.txt: no corroboration prompt asks for a memoir or an archive record: %q", ps)
	}
}

// TestYearIsTheTextsDateNotWhenItWasWritten builds the guides of Gibbon's
// General Observations and Machiavelli's chapters (texts whose guides are
// read, never their question sets), which said "The text was written in
// 1781" and "Edward Gibbon wrote the text in 1781": the year a text's
// byline gives may be when it was printed (Machiavelli's 1532, for
// chapters written in 1513), and a prompt says only that it is dated so.
func TestYearIsTheTextsDateNotWhenItWasWritten(t *testing.T) {
	dated := 0
	for _, name := range []string{"gibbon-general-observations.md", "machiavelli-prince.md"} {
		g := textGuide(t, name)
		for _, th := range g.Themes {
			for _, q := range th.Questions {
				for _, p := range append(slices.Clone(q.Discussion), q.Historian...) {
					if writtenInRe.MatchString(p.Text) {
						t.Errorf("%s: %q gives the text's date as when it was written", name, p.Text)
					}
					if strings.Contains(p.Text, fmt.Sprintf("dated %d", g.Year)) {
						dated++
					}
				}
			}
		}
	}
	if dated == 0 {
		t.Error("no prompt gives a text's date; the test reads nothing")
	}
}

// writtenInRe is a prompt's words taking a text's year for when it was
// written.
var writtenInRe = regexp.MustCompile(`written in [0-9]{4}|wrote the text in`)

// TestEveryQuestionHasFourLevels builds the guides of Machiavelli's
// chapters and Gibbon's General Observations (texts whose guides are
// read, never their question sets), whose last claims had two and three
// discussion prompts: every template of Understand and Evaluate had
// written its share of the guide, and the levels were left out. A
// template past its share is better than a question half written.
func TestEveryQuestionHasFourLevels(t *testing.T) {
	for _, name := range []string{"machiavelli-prince.md", "gibbon-general-observations.md"} {
		for _, th := range textGuide(t, name).Themes {
			for _, q := range th.Questions {
				var levels []string
				for _, p := range q.Discussion {
					levels = append(levels, p.Level)
				}
				if len(levels) != 4 {
					t.Errorf("%s: %q has the levels %q", name, q.Text, levels)
				}
			}
		}
	}
}

// TestEditorsNoteComesAfterTheExample builds The Prince's guide, whose
// claim on ¶8 quotes "Cesare Borgia was considered cruel ..." and whose
// sourcing prompt asked about the translator's note on that passage
// instead of the example the claim stands on: an editor's note is no
// source the author drew on.
func TestEditorsNoteComesAfterTheExample(t *testing.T) {
	for _, q := range textGuide(t, "machiavelli-prince.md").Questions() {
		if q.Ref.String() != "¶8" {
			continue
		}
		for _, p := range q.Historian {
			if p.Level == Sourcing && !strings.Contains(p.Text, "rest on the example of Cesare Borgia") {
				t.Errorf("the claim on ¶8 asks %q, not about the example it rests on", p.Text)
			}
		}
		return
	}
	t.Fatal("The Prince's guide no longer has a claim on ¶8")
}

// TestCounterpointStagesTheViewTheTextDenies builds the essay's guide,
// whose "What form can "democracy" take ...?" quotes sentences that
// define and report, none flat, hedged or judging, and took the
// counterpoint that names no one ("Who might have seen ... differently
// at the time?"). ¶50's "Nor does "democracy" mean ..." denies a view:
// the counterpoint now asks students to argue for it.
func TestCounterpointStagesTheViewTheTextDenies(t *testing.T) {
	g, _ := build(t, "¶56")
	for _, q := range g.Questions() {
		if !strings.HasPrefix(q.Text, "What form can") {
			continue
		}
		for _, p := range q.Historian {
			if p.Level != Counterpoint {
				continue
			}
			if !strings.Contains(p.Text, "rejects a view") || !strings.Contains(p.Text, `Nor does "democracy" mean`) {
				t.Errorf("%.40q: counterpoint %q", q.Text, p.Text)
			}
			return
		}
		t.Errorf("%.40q has no counterpoint", q.Text)
	}
}

// TestDenialIsTheMainClauses reads a sentence as denying a view only
// where its main clause denies what is held ("Nor does ... mean", "It
// does not follow"), not where it tells what someone did not do.
func TestDenialIsTheMainClauses(t *testing.T) {
	for text, want := range map[string]bool{
		`Nor does "republic" mean that the assembly could ever be voted out.`: true,
		"It does not follow that the council ruled alone.":                    true,
		"It is not true that Jivago ruled alone.":                             true,
		"Jivago did not attend the meeting.":                                  false,
		"The council was never all-powerful.":                                 false,
	} {
		if got := denialRe.MatchString(text); got != want {
			t.Errorf("%q denies: %v, want %v", text, got, want)
		}
	}
}

// TestPromptsAskOnlyWhatTheQuoteShows builds the guide of Douglass's
// "Why Is the Negro Lynched?", whose claim on ¶31 quoted ¶27's "I met
// this shameless defence of crime ... of North Carolina …", cut before
// "in order to secure Anglo-Saxon supremacy", and asked students to
// reject "the explanation" in it; its sourcing prompt said "the example
// of World's Columbian Exposition", an event the text gives an article.
func TestPromptsAskOnlyWhatTheQuoteShows(t *testing.T) {
	for _, q := range textGuide(t, "douglass-lynched.md").Questions() {
		if q.Ref.String() != "¶31" {
			continue
		}
		for _, p := range q.Historian {
			if strings.Contains(p.Text, "reject the explanation in the sentence quoted from [¶27]") {
				t.Errorf("asks of an explanation ¶27's cut leaves out: %q", p.Text)
			}
			if p.Level == Sourcing && strings.Contains(p.Text, "example of World's") {
				t.Errorf("sourcing drops the event's article: %q", p.Text)
			}
		}
		return
	}
	t.Fatal("the Douglass guide no longer has a claim on ¶31")
}
