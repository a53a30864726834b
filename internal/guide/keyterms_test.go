package guide

import (
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

func TestNamedTermIsTheTermNotAWordBesideIt(t *testing.T) {
	for text, want := range map[string][]string{
		"The material benefits of high Party office must have played a role in the development of the stratum called the nomenklatura.":  {"nomenklatura"},
		"So Samuel called unto the Lord, and the Lord sent thunder and rain that day.":                                                   nil,
		"Thou hast called upon them, and they came.":                                                                                     nil,
		"That is, according to what is called the present constitution, this continent can make no laws.":                                nil,
		"This dilemma was known as the Red Terror in later years.":                                                                       {"Red Terror"},
		"In other periods all the tendency to self-assertion has been called forth; at this period a policy of submission is advocated.": nil,
	} {
		if got := namedTerms(text); !slices.Equal(got, want) {
			t.Errorf("namedTerms(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestOlderFunctionWordsAreNotTerms(t *testing.T) {
	for _, w := range []string{"unto", "thee", "hath", "doth", "thereof", "whilst"} {
		if isTermLike(w) {
			t.Errorf("%q reads as a term", w)
		}
	}
	for _, w := range []string{"art", "yeomanry", "Magna Charta"} {
		if !isTermLike(w) {
			t.Errorf("%q does not read as a term", w)
		}
	}
}

// TestCommonSensePromptsExplainContentWords builds the guide of a text
// written in older English, whose "called unto the Lord" once made a key
// term of "unto", and checks that every term it glosses or asks students
// to explain holds a content word.
func TestCommonSensePromptsExplainContentWords(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "common-sense.txt"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	contentful := func(term string) bool {
		for _, w := range strings.Fields(strings.ToLower(term)) {
			if !isFunctionWord(strings.Trim(w, `"“”‘’'.,`)) {
				return true
			}
		}
		return false
	}
	for _, term := range g.Terms {
		if !contentful(term.Term) || term.Term == "unto" || term.Term == "present" {
			t.Errorf("key term %q is not a term a student can explain", term.Term)
		}
	}
	for _, q := range g.Questions() {
		for _, p := range append(q.Discussion, q.Historian...) {
			for _, m := range quotedTermRe.FindAllStringSubmatch(p.Text, -1) {
				if !contentful(m[1]) {
					t.Errorf("prompt asks about ‘%s’: %s", m[1], p.Text)
				}
			}
		}
	}
}

// quotedTermRe finds a term a prompt names in single curly quotes.
var quotedTermRe = regexp.MustCompile(`‘([^’]+)’`)

// TestNamesThatAreNotPeople builds the guides of two real texts and checks
// that a body named mostly after a determiner ("the Congress", "that
// Congress") is no person to stage in an exchange, that common words set
// in capitals for stress ("BLIND", "FAREWELL") are no names to gloss, and
// that a section title set in capitals is a theme in sentence case.
func TestNamesThatAreNotPeople(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "federalist.md"))
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(c, nil)
	if b.isPerson("Congress") {
		t.Errorf("Congress, mostly after a determiner, is read as a person")
	}
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range g.Terms {
		if term.Term == "BLIND" || term.Term == "FAREWELL" {
			t.Errorf("key term %q is a word in capitals for stress", term.Term)
		}
	}

	c, err = essay.Load(filepath.Join("..", "essay", "testdata", "texts", "common-sense.txt"))
	if err != nil {
		t.Fatal(err)
	}
	b = newBuilder(c, nil)
	for in, want := range map[string]string{
		"OF MONARCHY AND HEREDITARY SUCCESSION.":             "Of Monarchy and Hereditary Succession",
		"THOUGHTS ON THE PRESENT STATE OF AMERICAN AFFAIRS.": "Thoughts on the Present State of American Affairs",
		"CHAPTER II":          "Chapter II",
		"PREFACE.":            "Preface",
		"Of the Origin of It": "Of the Origin of It",
	} {
		if got := b.quietHeading(in); got != want {
			t.Errorf("quietHeading(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlainNamesAreNoTermsToDefine builds the guide of a collection of
// papers full of places and checks that no prompt asks students to
// define one ("Define ‘Carthage’ in your own words") or to argue in it as
// the author's term ("using the author's terms ‘Athens’ and ‘Carthage’").
func TestPlainNamesAreNoTermsToDefine(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "federalist.txt"))
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(c, nil)
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			for _, m := range quotedTermRe.FindAllStringSubmatch(p.Text, -1) {
				if b.plainName(m[1]) && (strings.HasPrefix(p.Text, "Define ‘") || strings.Contains(p.Text, "author's terms")) {
					t.Errorf("prompt asks to define or use the name ‘%s’: %s", m[1], p.Text)
				}
			}
		}
	}
	if !b.plainName("Carthage") {
		t.Errorf("Carthage, a name the text neither defines nor sets apart, is not read as one")
	}
}

// TestGlossaryExplainsWhatItLists builds the guide of Civil Disobedience
// and checks its glossary as a teacher reads it: no place or body the text
// only mentions ("war on Mexico", "thank Heaven"), no speaker's words
// taken for a term (""Pay," it said"), no name cut at a dash ("Odd
// Fellow--one"), and every gloss shows its term.
func TestGlossaryExplainsWhatItLists(t *testing.T) {
	g := textGuide(t, "civil-disobedience.md")
	for _, kt := range g.Terms {
		switch kt.Term {
		case "Mexico", "Heaven", "Maker", "Pay", "Show me the tribute-money":
			t.Errorf("glossary lists %q: %q", kt.Term, kt.Quote.Text)
		}
		if strings.Contains(kt.Term, "--") {
			t.Errorf("glossary lists %q, a name run into the words after a dash", kt.Term)
		}
		if len(termSpans(kt.Quote.Text, kt.Term)) == 0 {
			t.Errorf("the gloss of %q does not show it: %q", kt.Term, kt.Quote.Text)
		}
	}
}

// TestOneWordNameForALongerOne reads "Exposition" as short for "World's
// Columbian Exposition", not a second name to gloss, while a lower-case
// term qualified by another ("democracy", "representative democracy")
// stays a term of its own.
func TestOneWordNameForALongerOne(t *testing.T) {
	if !sameHead("Exposition", "World's Columbian Exposition") {
		t.Error("Exposition is not read as the longer name it ends")
	}
	if sameHead("democracy", "representative democracy") || sameHead("President", "Vice President") {
		t.Error("a qualified lower-case term is read as the same term")
	}
}

// TestGlossOpensOnItsTerm builds the guide of Douglass's "Why Is the
// Negro Lynched?" and reads its glossary as a teacher does: each gloss
// names its term in its first sentence, not in one that follows sentences
// about something else ("Among those who take this view ... … Though they
// are both Johns, ... "John the Baptist.""); a name the text writes once as
// a possessive ("Lord's supper") and a point of the compass ("from the
// North") are not listed; and a name with an initial is listed whole
// ("John J. Ingalls", not "John J").
func TestGlossOpensOnItsTerm(t *testing.T) {
	g := textGuide(t, "douglass-lynched.md")
	if len(g.Terms) < 8 {
		t.Fatalf("glossary of %d terms, want at least 8", len(g.Terms))
	}
	for _, kt := range g.Terms {
		switch kt.Term {
		case "Lord", "North", "John J", "John M":
			t.Errorf("glossary lists %q: %q", kt.Term, kt.Quote.Text)
		}
		first := kt.Quote.Parts()[0]
		if m := sentenceEndRe.FindStringSubmatchIndex(first); m != nil {
			first = first[:m[3]]
		}
		if len(termSpans(first, kt.Term)) == 0 {
			t.Errorf("the gloss of %q opens on a sentence that does not name it: %q", kt.Term, kt.Quote.Text)
		}
	}
}

// sentenceEndRe ends a sentence within a quote: a word of two lower-case
// letters or more, a stop, and a capital ("shudder. It"), which "Mr. John"
// and "J. Ingalls" are not.
var sentenceEndRe = regexp.MustCompile(`\p{Ll}{2}([.!?])["”]?\s+\p{Lu}`)

// TestGlossaryHoldsTheTextsIdeas reads the glossaries of two real texts as
// a teacher does. Douglass's "Why Is the Negro Lynched?" once glossed
// mostly names: its ideas, which it neither quotes nor capitalizes ("mob
// law", "disfranchisement"), were missing, "Negro" was glossed by the
// sentence that names the "Negro Problem", and a name only mentioned
// ("more readily quoted than Alexander Cromwell") filled a place, and
// "called the slaves "domestic servants"" was read as defining "slaves";
// "mob law" was glossed by a question. The
// Federalist's "faction" is glossed where Madison says what he means by
// it.
func TestGlossaryHoldsTheTextsIdeas(t *testing.T) {
	g := textGuide(t, "douglass-lynched.md")
	listed := map[string]Term{}
	for _, kt := range g.Terms {
		listed[kt.Term] = kt
	}
	for _, want := range []string{"mob law", "disfranchisement"} {
		if _, ok := listed[want]; !ok {
			t.Errorf("Douglass's glossary lacks %q; it lists %v", want, termNames(g.Terms))
		}
	}
	if kt, ok := listed["Negro"]; ok && strings.Contains(kt.Quote.Text, `"Negro Problem,"`) {
		t.Errorf("\"Negro\" is glossed by the sentence that names the Negro Problem: %q", kt.Quote.Text)
	}
	if _, ok := listed["Alexander Cromwell"]; ok {
		t.Error("the glossary lists a man the text only mentions: Alexander Cromwell")
	}
	for _, kt := range g.Terms {
		if strings.HasSuffix(strings.TrimRight(kt.Quote.Text, `"”’'`), "?") {
			t.Errorf("%q is glossed by a question, which explains nothing: %q", kt.Term, kt.Quote.Text)
		}
	}
	if kt, ok := listed["slaves"]; ok && kt.Kind == Defines {
		t.Errorf("\"slaves\" is read as defined by %q, which names what the slaves were called", kt.Quote.Text)
	}
	f := textGuide(t, "federalist.md")
	for _, kt := range f.Terms {
		if kt.Term == "faction" {
			if !strings.HasPrefix(kt.Quote.Text, "By a faction, I understand") || kt.Kind != Defines {
				t.Errorf("\"faction\" is glossed by %q (%s), not by Madison's definition", kt.Quote.Text, kt.Kind)
			}
			return
		}
	}
	t.Errorf("the Federalist's glossary lacks \"faction\"; it lists %v", termNames(f.Terms))
}

func termNames(ts []Term) []string {
	var out []string
	for _, kt := range ts {
		out = append(out, kt.Term)
	}
	return out
}

// TestQuotedFragmentsAreNoTerms reads the quoted spans of a real sentence
// (Goldman, "There Is No Communism in Russia"), where the words between
// two quotations, "masked as the", once read as a quoted term; and checks
// that a phrase ending in a function word or a number is none either.
func TestQuotedFragmentsAreNoTerms(t *testing.T) {
	// The quotation opens in the sentence before.
	got := quotedTerms(`Reasons of State," masked as the "interests of the Revolution and of the People," became the sole criterion of action, even of feeling.`)
	for _, q := range got {
		if q == "masked as the" {
			t.Errorf("quotedTerms reads %q as a term; all: %q", q, got)
		}
	}
	for _, q := range []string{"wiser than they", "forty-two", "forty two", "plainly and fully stated", "plainly", "I have hopes"} {
		if isTermLike(q) {
			t.Errorf("isTermLike(%q) = true, want false", q)
		}
	}
	for _, q := range []string{"lynch law", "Atlanta Compromise", "people of color", "domestic servants"} {
		if !isTermLike(q) {
			t.Errorf("isTermLike(%q) = false, want true", q)
		}
	}
}

// TestSpokenLinesAndVerbPhrasesAreNoTerms checks the glossary's
// candidates on dialogue and on a speech: a quotation that is a whole
// spoken line ("All is lost."), the words between two quotations ("E"
// with a small "g"), and a verb with its object ("should not prohibit
// slavery") are no terms; a quoted word is.
func TestSpokenLinesAndVerbPhrasesAreNoTerms(t *testing.T) {
	for text, want := range map[string][]string{
		`"All is lost."`: nil,
		`"Irene Adler is married," remarked Holmes.`:                             nil,
		`"Yes," he continued, glancing out of the window.`:                       nil,
		`I saw a large "E" with a small "g," and a "P."`:                         nil,
		`Nor does "democracy" mean that capitalism could be voted out of power.`: {"democracy"},
		// Someone's words for one man's fleet name no term.
		`He left his station in order to follow "his fleet."`: nil,
	} {
		if got := quotedTerms(text); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("quotedTerms(%q) = %q, want %q", text, got, want)
		}
	}
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "lincoln-cooper-union.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ids := ideas(c)
	for _, verbal := range []string{"prohibit slavery", "dividing local"} {
		if _, ok := ids[verbal]; ok {
			t.Errorf("%q, a verb and its object, is one of the text's ideas", verbal)
		}
	}
	if _, ok := ids["proper division"]; !ok {
		t.Errorf("\"proper division\" is not one of the text's ideas: %v", ids)
	}
	b := newBuilder(c, nil)
	if qs := b.asks("The explosive materials are everywhere in parcels; but there neither are, nor can be supplied the indispensable connecting trains."); len(qs) > 0 {
		t.Errorf("a sentence saying only where something is asks %q", qs)
	}
	if qs := b.asks("The indications are clear that Rome at no time ceased to control the sea, for her squadrons passed unmolested."); len(qs) > 0 {
		t.Errorf("a sentence whose claim is its \"that\" clause asks %q", qs)
	}
	for _, cd := range b.cands {
		if (cd.Term == "Georgia" || cd.Term == "North Carolina" || cd.Term == "Government") && cd.Person {
			t.Errorf("%q, a place or a body, is read as a person", cd.Term)
		}
		if cd.Term == "Washington" && !cd.Person {
			t.Errorf("Washington, whom the text calls George Washington, is not read as a person")
		}
	}
}

// TestFragmentsFaithsAndPlacesAreNoPeopleOrTerms reads the glossary's
// candidates on three real texts: a quoted letter or abbreviation and
// the sentence's stop inside a quote are no terms (Sherlock Holmes's
// "Eg.", "Papier.", "Gesellschaft,"); a word that mostly qualifies a noun
// or names a faith is no person (On Liberty's "Christian", staged once
// with Marcus Aurelius); a place after a word that qualifies nouns or
// opens its sentence is no person (Goldman's "Bolshevik Russia",
// "Unfortunately Russia").
func TestFragmentsFaithsAndPlacesAreNoPeopleOrTerms(t *testing.T) {
	load := func(name string) *essay.Corpus {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c := load("sherlock-holmes.txt")
	for _, cd := range candidates(c, lowerWords(c), midSentenceCaps(c)) {
		if cd.Quoted > 0 && (strings.ContainsAny(cd.Term, ",.") || cd.Term == "Eg") {
			t.Errorf("Sherlock Holmes: quoted term %q is a fragment", cd.Term)
		}
	}
	for name, want := range map[string]map[string]bool{
		"on-liberty.txt":       {"Christian": false, "Christianity": false, "Protestantism": false, "Marcus Aurelius": true},
		"goldman-kronstadt.md": {"Russia": false, "Lenin": true, "Trotsky": true},
		// Thucydides (a text whose guide is read, never its questions):
		// WordNet lacks "Hellas", but the text puts things "in Hellas"
		// and "the rest of Hellas"; Homer it never puts anything in.
		"thucydides-archaeology.md": {"Hellas": false, "Homer": true, "Minos": true},
		"candide.md":                {"Cunegonde": true},
	} {
		c := load(name)
		b := newBuilder(c, nil)
		for term, person := range want {
			if got := b.isPerson(term); got != person {
				t.Errorf("%s: isPerson(%q) = %v, want %v", name, term, got, person)
			}
		}
	}
}

// TestScareQuotedWordsAreNoTerms builds Du Bois's and Beard's guides: a
// common adjective the text only holds at a distance in quotation marks
// (Du Bois's 'The South is not "solid"', Beard's '"free" government') is
// no key term, while a quoted noun the text uses ("justice") still is one.
func TestScareQuotedWordsAreNoTerms(t *testing.T) {
	for name, banned := range map[string]string{"dubois-washington.md": "solid", "beard-historical-interpretation.md": "free"} {
		g := textGuide(t, name)
		for _, k := range g.Terms {
			if strings.EqualFold(k.Term, banned) {
				t.Errorf("%s: the glossary lists %q, a word the text only quotes", name, k.Term)
			}
		}
	}
	for span, want := range map[string]bool{"solid": true, "free": true, "justice": false, "principles": false, "interpretation": false, "kursanti": false, "Solid South": false, "made": true, "ordained and established": true, "higher power": false} {
		if got := scareQuoted(span); got != want {
			t.Errorf("scareQuoted(%q) = %v, want %v", span, got, want)
		}
	}
}

func TestInNameList(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"The school was led by Jhering, Menger, and Stammler.", "Menger", true},
		{"Such aspiration was voiced in the songs of Phyllis, in the martyrdom of Attucks, the fighting of Salem and Poor, the accomplishments of Banneker and Derham, and the demands of the Cuffes.", "Attucks", true},
		{"Lewis and Clark were the first to explore the river.", "Clark", false},
		{"Attucks was the first to fall in the massacre, and Salem fought at Bunker Hill.", "Attucks", false},
	} {
		if got := inNameList(c.text, c.term); got != c.want {
			t.Errorf("inNameList(%q, %q) = %v, want %v", c.text, c.term, got, c.want)
		}
	}
}

// TestGlossesReadAlone builds two development texts' guides and checks
// that no gloss says again what the sentence before it said (Douglass
// glossed Chamberlain with "Ex-Governor Chamberlain has already virtually
// done as much." and the Southern States with "That this is done and
// approved in Southern States is notorious.") and that no two terms share
// a gloss (On Liberty glossed "Christian" and "theological" with one
// sentence).
func TestGlossesReadAlone(t *testing.T) {
	for _, name := range []string{"douglass-lynched.md", "on-liberty.txt"} {
		g := textGuide(t, name)
		seen := map[string]string{}
		for _, term := range g.Terms {
			if echoes(term.Quote.Text) {
				t.Errorf("%s: %s is glossed by %q", name, term.Term, term.Quote.Text)
			}
			if other, ok := seen[term.Quote.Text]; ok {
				t.Errorf("%s: %s and %s share the gloss %q", name, other, term.Term, term.Quote.Text)
			}
			seen[term.Quote.Text] = term.Term
		}
	}
}

// TestNoGeneralWordsGlossed builds On Liberty's guide, whose glossary
// gave "the truth" and "the world" (words Mill sets in quotation marks
// for stress) each a passing sentence; "the" and a word of many senses is
// no key term unless the text defines it.
func TestNoGeneralWordsGlossed(t *testing.T) {
	for term, want := range map[string]bool{"the truth": true, "the world": true, "the nomenklatura": false, "the Commune": false, "the truth-seekers": false} {
		if got := generalTerm(term); got != want {
			t.Errorf("generalTerm(%q) = %v, want %v", term, got, want)
		}
	}
	g := textGuide(t, "on-liberty.txt")
	for _, term := range g.Terms {
		if generalTerm(term.Term) {
			t.Errorf("on-liberty.txt glosses %q: %q", term.Term, term.Quote.Text)
		}
	}
}

// TestNameNotGlossedByLongerTerm builds Douglass's guide, which glossed
// "Negro" with "Do not ask me what will be the final result of the
// so-called Negro problem.": the sentence names the problem, a term of
// its own, and says nothing of the word that opens it.
func TestNameNotGlossedByLongerTerm(t *testing.T) {
	g := textGuide(t, "douglass-lynched.md")
	for _, term := range g.Terms {
		if term.Term == "Negro" && strings.Contains(term.Quote.Text, "Negro problem") {
			t.Errorf("Negro is glossed by %q", term.Quote.Text)
		}
	}
}

// TestOpeningPhraseDefinesNothing holds sentences of On Liberty whose
// term ends a phrase that opens the sentence or a clause: the comma after
// it closes the phrase, and what follows is the clause's subject, not a
// description of the term. A name set beside its description (Civil
// Disobedience's Paley) is defined. On Liberty's glossary gave "human
// mind" as defined by the second, and "Cornwall", a county the text
// names in passing, glossed by the first as if it said what it is.
func TestOpeningPhraseDefinesNothing(t *testing.T) {
	for _, term := range textGuide(t, "on-liberty.txt").Terms {
		if term.Term == "Cornwall" || term.Term == "human mind" {
			t.Errorf("On Liberty's glossary gives %q: %q", term.Term, term.Quote.Text)
		}
	}
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"In the year 1857, at the summer assizes of the county of Cornwall, an unfortunate man,[7] said to be of unexceptionable conduct in all relations of life, was sentenced to twenty-one months' imprisonment, for uttering, and writing on a gate, some offensive words concerning Christianity.", "Cornwall", false},
		{"I believe that other ethics than any which can be evolved from exclusively Christian sources, must exist side by side with Christian ethics to produce the moral regeneration of mankind; and that the Christian system is no exception to the rule, that in an imperfect state of the human mind, the interests of truth require a diversity of opinions.", "human mind", false},
		{`Paley, a common authority with many on moral questions, in his chapter on the "Duty of Submission to Civil Government," resolves all civil obligation into expediency; and he proceeds to say that "so long as the interest of the whole society requires it, that is, so long as the established government cannot be resisted or changed without public inconveniency, it is the will of God.`, "Paley", true},
	} {
		if got, _ := definesTerm(c.text, c.term); got != c.want {
			t.Errorf("definesTerm(%q …, %q) = %v, want %v", c.text[:40], c.term, got, c.want)
		}
	}
}

// TestRulersKeepTheirNumber builds the guide of Machiavelli's chapters (a
// text whose guide is read, never its question set), whose glossary gave
// "Sixth" as a term of its own, glossed by "Alexander the Sixth did
// nothing else but deceive men ...": the number is part of the name.
func TestRulersKeepTheirNumber(t *testing.T) {
	for _, term := range textGuide(t, "machiavelli-prince.md").Terms {
		if regnalOrdinals[term.Term] {
			t.Errorf("%q is glossed as a term: %q", term.Term, term.Quote.Text)
		}
	}
	got := names("Pope Julius the Second was assisted in reaching the papacy by a reputation for liberality.", nil, nil)
	if !slices.Contains(got, "Julius the Second") {
		t.Errorf("names = %q, want Julius the Second whole", got)
	}
}

// TestNoGlossTellsOnlyHowTheTextWasPrinted builds the guide of
// Machiavelli's chapters (a text whose guide is read, never its question
// set), which glossed "ad votum" with "The words "ad votum" are omitted
// in the Testina addition, 1550." and "contro alla fede" with a note
// that the phrase "was omitted in the Testina edition": what an edition
// left out says nothing of what the words mean.
func TestNoGlossTellsOnlyHowTheTextWasPrinted(t *testing.T) {
	for _, term := range textGuide(t, "machiavelli-prince.md").Terms {
		if editorialMention(term.Quote.Text, term.Term) {
			t.Errorf("%q is glossed by a note on the text's editions: %q", term.Term, term.Quote.Text)
		}
	}
	// The essay's ¶57 glosses a term it quotes, and tells no edition.
	if editorialMention(`The term "bureaucratism" / "bureaucracy," while it points to one kind of problem, conceals others.`, "bureaucratism") {
		t.Error("a gloss of the essay's is taken for a note on its editions")
	}
}

// TestPossessiveMarkIsNoPartOfAName builds the guide of Tolstoy's second
// epilogue (a text whose guide is read, never its question set), whose
// glossary listed "Thiers’", from "such histories as Thiers’ will be
// interesting", glossed by that passing mention; the name is Thiers, and
// ¶26 says who he is: "Thiers, a Bonapartist, says ...".
func TestPossessiveMarkIsNoPartOfAName(t *testing.T) {
	g := textGuide(t, "tolstoy-second-epilogue.md")
	found := false
	for _, tm := range g.Terms {
		if strings.HasSuffix(tm.Term, "’") || strings.HasSuffix(tm.Term, "'") {
			t.Errorf("term %q keeps its possessive mark", tm.Term)
		}
		found = found || tm.Term == "Thiers"
	}
	if !found {
		t.Errorf("no gloss of Thiers")
	}
	for w, want := range map[string]string{"Thiers’": "Thiers", "Napoleon’s": "Napoleon", "Jones'": "Jones", "Paris": "Paris", "O’": "O’"} {
		if got := trimPossessive(w); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestOldTextIsGlossedFromItsOwnWords builds the guide of Machiavelli's
// chapters (1532; a text whose guide is read, never its question set),
// whose glossary took three entries from the translator's notes: "striving
// for mastery" and "Contrary to fidelity", terms of the translation, and
// Alexander glossed by a saying the note quotes. A text older than citing
// by footnote is glossed from its own words: Alexander the Sixth by ¶16.
func TestOldTextIsGlossedFromItsOwnWords(t *testing.T) {
	g := textGuide(t, "machiavelli-prince.md")
	for _, tm := range g.Terms {
		if tm.Quote.Ref.Kind != essay.Paragraph {
			t.Errorf("%s is glossed from the editor's %s: %q", tm.Term, tm.Quote.Ref, tm.Quote.Text)
		}
	}
	if len(g.Terms) < 8 {
		t.Errorf("%d key terms, want at least 8 from the text itself", len(g.Terms))
	}
}

// TestGlossClosesWhatItOpens builds the guide of Tolstoy's second epilogue
// (a text whose guide is read, never its question set), whose glossary
// glossed Louis XIV with the first sentence of ¶18, which opens the
// history the author mocks (“Louis XIV was a very proud and self-confident
// man; ...) and leaves the quotation open: the words are not the
// author's, and the gloss read as a misprint.
func TestGlossClosesWhatItOpens(t *testing.T) {
	for _, tm := range textGuide(t, "tolstoy-second-epilogue.md").Terms {
		if !balanced(tm.Quote.Text) {
			t.Errorf("%q is glossed by a quotation left open: %q", tm.Term, tm.Quote.Text)
		}
	}
}

// TestNoGlossFromAListOfReferences builds the guide of Gibbon's General
// Observations (a text whose guide is read, never its question set),
// whose glossary glossed Armorica with note 8, a list of places and the
// pages that tell of them ("... the Bagaudae of Gaul and Spain, (vol. i.
// p. 328, vol. iii. p. 315, ...)"): a name in a list of references says
// nothing of what it is.
func TestNoGlossFromAListOfReferences(t *testing.T) {
	for _, tm := range textGuide(t, "gibbon-general-observations.md").Terms {
		if citesPages(tm.Quote.Text) {
			t.Errorf("%q is glossed by a list of references: %q", tm.Term, tm.Quote.Text)
		}
	}
	if citesPages("The term \"bureaucratism\" / \"bureaucracy,\" while it points to one kind of problem, conceals others.") {
		t.Error("a gloss of the essay's is taken for a list of references")
	}
}

// TestHeadingNamesItsChaptersTerm builds the guide of Machiavelli's
// chapters (a text whose guide is read, never its question set), whose
// glossary left out liberality, the subject its Chapter XVI heading
// gives ("Concerning liberality and meanness"), for WordNet gives its
// stem ("liber") the senses of liberal and liberty too. A heading that
// names one or two things names its chapter's terms; one that says more
// of them names a subject and what is said of it.
func TestHeadingNamesItsChaptersTerm(t *testing.T) {
	found := false
	for _, tm := range textGuide(t, "machiavelli-prince.md").Terms {
		found = found || tm.Term == "liberality"
	}
	if !found {
		t.Error("no gloss of liberality")
	}
	for title, want := range map[string][]string{
		"Chapter XVI -- Concerning liberality and meanness":                                {"liberality", "meanness"},
		"Chapter XIII. Of the Naturall Condition of Mankind, as Concerning Their Felicity": nil,
	} {
		var got []string
		for _, k := range headingSubject(title) {
			got = append(got, k.form)
		}
		if !slices.Equal(got, want) {
			t.Errorf("headingSubject(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestNoTermOfAWordThatStandsForAnother builds the guides of Locke's
// chapter and Machiavelli's chapters (texts whose guides are read, never
// their question sets), whose glossaries listed "new one" ("to begin a
// new one"), "one body" and "great things": a pair that ends on a noun
// standing for a thing named elsewhere, or opens on one or on a word that
// only compares, is no term of the text.
func TestNoTermOfAWordThatStandsForAnother(t *testing.T) {
	for _, name := range []string{"locke-second-treatise.md", "machiavelli-prince.md"} {
		for _, tm := range textGuide(t, name).Terms {
			ws := strings.Fields(strings.ToLower(tm.Term))
			if len(ws) == 2 && (proForms[ws[0]] || proForms[ws[1]] || comparatives[ws[0]]) {
				t.Errorf("%s: %q is glossed as a term: %q", name, tm.Term, tm.Quote.Text)
			}
		}
	}
}

// TestOldSpellingsAreNoTerms builds the guide of Hobbes's Leviathan (a
// text whose guide is read, never its question set), whose glossary
// listed "consisteth", "naturall", "passeth" and "himselfe" as ideas of
// the text's own because the dictionary lacks them: each is a word of
// today in the spelling of 1651, and a student needs no gloss of it.
func TestOldSpellingsAreNoTerms(t *testing.T) {
	old := map[string]bool{"consisteth": true, "naturall": true, "passeth": true, "himselfe": true}
	for _, tm := range textGuide(t, "hobbes-leviathan.md").Terms {
		if old[strings.ToLower(tm.Term)] {
			t.Errorf("%q, a word of today in old spelling, is glossed as a term: %q", tm.Term, tm.Quote.Text)
		}
	}
	for _, w := range []string{"mobocrats", "kursanti", "cowskin"} {
		if oldSpelt(w) {
			t.Errorf("oldSpelt(%q) = true; it is no word of today in old spelling", w)
		}
	}
}

// TestTitleGivenSomeoneIsNoDefinition reads Locke's "And Abimelech
// particularly is called king, though at most he was but their general.",
// which the glossary gave as the definition of "king": a title given to
// someone says nothing of what the word means. On Liberty's "What is
// called Christian, but should rather be termed theological, morality"
// still names its term.
func TestTitleGivenSomeoneIsNoDefinition(t *testing.T) {
	if got := namedTerms("And Abimelech particularly is called king, though at most he was but their general."); len(got) != 0 {
		t.Errorf("the title given Abimelech names terms %q", got)
	}
	if got := namedTerms("What is called Christian, but should rather be termed theological, morality, was not the work of Christ."); len(got) == 0 || got[0] != "Christian" {
		t.Errorf("namedTerms of \"What is called Christian\" = %q, want Christian first", got)
	}
	for _, tm := range textGuide(t, "locke-second-treatise.md").Terms {
		if strings.Contains(tm.Quote.Text, "Abimelech particularly is called king") {
			t.Errorf("%q is glossed by the title given Abimelech: %q", tm.Term, tm.Quote.Text)
		}
	}
}

// TestPartOfATermIsNoDefinition builds the guide of Hobbes's Leviathan
// (a text whose guide is read, never its question set), whose glossary
// gave "Families" as defined by "For the savage people in many places of
// America, except the government of small Families, the concord whereof
// dependeth on naturall lust, have no government at all": the words
// after the comma speak of the families' concord, and the sentence of
// the savage people, not of what a family is.
func TestPartOfATermIsNoDefinition(t *testing.T) {
	hobbes := "For the savage people in many places of America, except the government of small Families, the concord whereof dependeth on naturall lust, have no government at all; and live at this day in that brutish manner, as I said before."
	if defines, _ := definesTerm(hobbes, "Families"); defines {
		t.Errorf("definesTerm(%q, Families) = true; the apposite speaks of their concord", hobbes)
	}
	if defines, _ := definesTerm("Kruglov, the man of whom the sailors spoke, was the NKVD head.", "Kruglov"); !defines {
		t.Error("definesTerm no longer takes a person's description for a gloss")
	}
	for _, tm := range textGuide(t, "hobbes-leviathan.md").Terms {
		if tm.Kind == Defines && strings.Contains(tm.Quote.Text, "the concord whereof") {
			t.Errorf("%q is glossed as defined by %q", tm.Term, tm.Quote.Text)
		}
	}
}

// TestCapitalsOfHabitNameNoOne builds the guide of Hobbes's Leviathan (a
// text whose guide is read, never its question set), which capitalizes
// common nouns as printers of 1651 did: its glossary gave "Battell",
// "Scholers" and "Torture" as people and "Accusation", "Testimony" and
// "Limits" as names. Texts that capitalize only names and a few words
// for stress keep their capitals: Douglass's "Negro" and Goldman's
// "Bolsheviks", the nearest of the tested texts to the habit, are still
// names.
func TestCapitalsOfHabitNameNoOne(t *testing.T) {
	nouns := map[string]bool{"Battell": true, "Scholers": true, "Torture": true, "Accusation": true, "Testimony": true, "Limits": true}
	for _, tm := range textGuide(t, "hobbes-leviathan.md").Terms {
		if nouns[tm.Term] {
			t.Errorf("Leviathan glosses the common noun %q as a name: %q", tm.Term, tm.Quote.Text)
		}
	}
	for name, words := range map[string][]string{
		"douglass-lynched.md":  {"negro", "christianity"},
		"goldman-kronstadt.md": {"bolsheviks", "communists"},
	} {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		lower := lowerWords(c)
		for _, w := range words {
			if lower[w] {
				t.Errorf("%s: %q counts as written in lower case; the text capitalizes only names", name, w)
			}
		}
	}
}

// TestNameAPrepositionTakesActsNot reads names that stand before a verb
// as a preposition's object: "What Morley has said of Macaulay is true
// ..." made Macaulay, not Morley, Beard's person, and "the battle of
// Marathon was fought" made Marathon one of Thucydides' people.
func TestNameAPrepositionTakesActsNot(t *testing.T) {
	for name, want := range map[string]map[string]bool{
		"beard-historical-interpretation.md": {"Macaulay": false, "Morley": true},
		"thucydides-archaeology.md":          {"Marathon": false, "Homer": true},
		"sherlock-holmes.txt":                {"Briony Lodge": false, "Irene Adler": true},
	} {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, cd := range candidates(c, lowerWords(c), midSentenceCaps(c)) {
			got[cd.Term] = cd.Person
		}
		for term, person := range want {
			if got[term] != person {
				t.Errorf("%s: %q is a person: %v, want %v", name, term, got[term], person)
			}
		}
	}
}

// TestPhrasesOfEveryProseAreNoIdeas reads Locke's Second Treatise,
// whose glossary listed "thought fit" ("what political society he
// thought fit") and "far forth" ("as far forth as any denison") as ideas
// of the text's own: the first is a verb and what it makes of its
// object, after its subject; in the second neither word is ever a noun.
// His "tacit consent" and "body politic" stay ideas.
func TestPhrasesOfEveryProseAreNoIdeas(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "locke-second-treatise.md"))
	if err != nil {
		t.Fatal(err)
	}
	got := ideas(c)
	for _, phrase := range []string{"thought fit", "far forth"} {
		if _, ok := got[phrase]; ok {
			t.Errorf("%q is read as an idea of the text's own", phrase)
		}
	}
	for _, idea := range []string{"tacit consent", "body politic"} {
		if _, ok := got[idea]; !ok {
			t.Errorf("%q is no longer read as an idea of the text's", idea)
		}
	}
}

// TestPleaIsNoTermThoughTheWordsRecur builds Douglass's "Why Is the
// Negro Lynched?" (a development text), whose glossary listed his plea
// ("It is nothing that the victim pleads "not guilty."") because the
// same words stand unquoted elsewhere ("a charge of which he is not
// guilty"): only the quoted uses say whether a term is someone's words.
// A word the text sets apart in quotation marks ("Negro Problem") stays.
func TestPleaIsNoTermThoughTheWordsRecur(t *testing.T) {
	g := textGuide(t, "douglass-lynched.md")
	listed := map[string]bool{}
	for _, kt := range g.Terms {
		listed[kt.Term] = true
	}
	if listed["not guilty"] {
		t.Error("Douglass's glossary lists his plea \"not guilty\" as a term")
	}
	if !listed["Negro Problem"] {
		t.Errorf("Douglass's glossary lacks \"Negro Problem\"; it lists %v", termNames(g.Terms))
	}
}

// TestQuotedAdjectiveIsNoTerm builds Machiavelli's guide (a text whose
// guide is read, never its question set), whose translator quotes
// "faithful" in a note on the words he renders: its glossary listed
// "faithful", glossed by "... altogether merciful, faithful, humane,
// upright, and religious", because WordNet's tagged texts use its stem,
// "faith", mostly as a noun. A word the text defines by a noun's ending
// stays a term.
func TestQuotedAdjectiveIsNoTerm(t *testing.T) {
	for w, want := range map[string]bool{"faithful": true, "religious": true, "faithless": true, "justice": false, "liberality": false} {
		if got := scareQuoted(w); got != want {
			t.Errorf("scareQuoted(%q) = %v, want %v", w, got, want)
		}
	}
	for _, tm := range textGuide(t, "machiavelli-prince.md").Terms {
		if tm.Term == "faithful" {
			t.Errorf("Machiavelli's glossary lists the adjective %q: %q", tm.Term, tm.Quote.Text)
		}
	}
}

// TestTermsSetInCapitalsWhereDefined builds Leviathan's guide, whose
// glossary had seven terms and none of those Hobbes sets in capitals
// where he defines them ("A LAW OF NATURE, (Lex Naturalis,) is a
// Precept ...", "... that which men call CONTRACT."), and reads
// sentences of Federalist that set words in capitals only for stress.
func TestTermsSetInCapitalsWhereDefined(t *testing.T) {
	defined := map[string]string{
		"LAW OF NATURE":   "A LAW OF NATURE, (Lex Naturalis,) is a Precept",
		"RIGHT OF NATURE": "The RIGHT OF NATURE, which Writers commonly call Jus Naturale, is the Liberty",
		"CONTRACT":        "The mutuall transferring of Right, is that which men call CONTRACT.",
		"LIBERTY":         "By LIBERTY, is understood",
	}
	for _, tm := range textGuide(t, "hobbes-leviathan.md").Terms {
		if want, ok := defined[tm.Term]; ok {
			if tm.Kind != Defines || !strings.HasPrefix(tm.Quote.Text, want) {
				t.Errorf("%q is glossed as %s by %q; want its definition %q", tm.Term, tm.Kind, tm.Quote.Text, want)
			}
			delete(defined, tm.Term)
		}
	}
	for term := range defined {
		t.Errorf("Leviathan's glossary lacks %q, which the text defines", term)
	}
	// Federalist sets words in capitals for stress ("the power of
	// ALTERING", "a SUPREME TRIBUNAL"), Goldman a phrase ("the STATE
	// IDEA"), Ben-Hur names ("SEJANUS"): none of them is defined there.
	for _, name := range []string{"federalist-notes.txt", "federalist.txt", "goldman-kronstadt.md", "ben-hur.md"} {
		for _, s := range textBuilder(t, name).sents {
			if got := capsTerms(s.text); len(got) > 0 {
				t.Errorf("%s %s: capsTerms = %q, set in capitals but not defined: %q", name, s.p.Ref, got, s.text)
			}
		}
	}
}

// TestGlossaryHeadsTermsAsAStudentWritesThem builds Leviathan's guide,
// whose glossary headed "LAW OF NATURE", "Lawes" and "Promise" in the
// text's capitals and lacked "PACT, or COVENANT": the long sentence that
// defines them was cut before the words that name them. A term set in
// capitals where it is defined, or capitalized as every noun of the text
// is, heads its entry in lower case, and two names the sentence gives
// one thing share an entry. A text that capitalizes only names and
// titles keeps them: woman suffrage's "Pastoral Letter".
func TestGlossaryHeadsTermsAsAStudentWritesThem(t *testing.T) {
	heads := map[string]Term{}
	for _, tm := range textGuide(t, "hobbes-leviathan.md").Terms {
		heads[tm.Heading()] = tm
	}
	for _, want := range []string{"law of nature", "right of nature", "contract", "promise", "pact, or covenant", "obliged, or bound"} {
		if _, ok := heads[want]; !ok {
			t.Errorf("Leviathan's glossary has no entry headed %q; heads are %q", want, keys(heads))
		}
	}
	if tm, ok := heads["pact, or covenant"]; ok && (!strings.Contains(tm.Quote.Text, "is called PACT, or COVENANT") || tm.Kind != Defines) {
		t.Errorf("pact, or covenant is glossed as %s by %q; want the words that define it", tm.Kind, tm.Quote.Text)
	}
	found := false
	for _, tm := range textGuide(t, "woman-suffrage.txt").Terms {
		found = found || tm.Heading() == "Pastoral Letter"
	}
	if !found {
		t.Error("woman suffrage's glossary no longer heads the Pastoral Letter with its capitals")
	}
}

func keys(m map[string]Term) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestPromptsNameTermsAsTheGlossaryHeadsThem builds Leviathan's guide,
// whose prompts asked for "the author's terms ‘COVENANT’ and ‘Promise’"
// and for "this account of ‘CONTRACT’" in the text's capitals while the
// glossary heads the same terms "pact, or covenant", "promise" and
// "contract": a prompt names a glossary term as the glossary writes it.
func TestPromptsNameTermsAsTheGlossaryHeadsThem(t *testing.T) {
	g := textGuide(t, "hobbes-leviathan.md")
	heads := map[string]bool{}
	for _, tm := range g.Terms {
		for _, h := range strings.Split(tm.Heading(), ", or ") {
			heads[h] = true
		}
	}
	named := 0
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			for _, m := range quotedTermRe.FindAllStringSubmatch(p.Text, -1) {
				if heads[m[1]] {
					named++
					continue
				}
				if heads[strings.ToLower(m[1])] {
					t.Errorf("prompt names ‘%s’, which the glossary heads %q: %s", m[1], strings.ToLower(m[1]), p.Text)
				}
			}
		}
	}
	if named < 2 {
		t.Errorf("%d prompts name a glossary term; the test needs at least 2", named)
	}
}

// TestGlossaryHoldsTheSubjectItsTitleNames builds Turner's guide, whose
// glossary gave "government", "legislation" and "society" but not
// "frontier", which his title names and 41 of his 56 paragraphs use.
// A title's noun of every text ("History", "War") is no key term.
func TestGlossaryHoldsTheSubjectItsTitleNames(t *testing.T) {
	g := textGuide(t, "turner-frontier.md")
	found := false
	for _, kt := range g.Terms {
		if kt.Term == "frontier" {
			found = true
			if kt.Kind != Defines {
				t.Errorf("\"frontier\" is glossed by %q, which does not say what it is", kt.Quote.Text)
			}
		}
		if kt.Term == "history" || kt.Term == "government" {
			t.Errorf("Turner's glossary lists %q", kt.Term)
		}
	}
	if !found {
		t.Errorf("Turner's glossary lacks \"frontier\"; it lists %v", termNames(g.Terms))
	}
	for _, kt := range textGuide(t, "thucydides-archaeology.md").Terms {
		if kt.Term == "war" {
			t.Errorf("Thucydides' glossary lists \"war\", a noun of every text, from his title")
		}
	}
}

// TestANameAfterANameIsNoDefinition builds Turner's guide, whose
// glossary gave "Mississippi" as defined by "The Ohio, the Great Lakes,
// the Mississippi, the Missouri, and the Platte, the lines of western
// advance, were ascended by traders." (the Missouri is the list's next
// item, not what the Mississippi is), and filled with such places. A
// word for a person after "a" still describes a name (Tolstoy's
// "Thiers, a Bonapartist, says ...").
func TestANameAfterANameIsNoDefinition(t *testing.T) {
	for after, want := range map[string]bool{
		", the Missouri, and the Platte, the lines of western advance, were ascended by traders.": true,
		", a New York, an Ohio, or a western Virginia statesman":                                  true,
		", a Bonapartist, says that Napoleon’s power was based on his virtue and genius.":         false,
		", the NKVD head in charge of this frameup, was":                                          false,
	} {
		if got := namedApposite(after); got != want {
			t.Errorf("namedApposite(%q) = %v, want %v", after, got, want)
		}
	}
	for _, kt := range textGuide(t, "turner-frontier.md").Terms {
		if kt.Term == "Mississippi" || kt.Term == "New England" {
			t.Errorf("Turner's glossary gives the place %q: %q", kt.Term, kt.Quote.Text)
		}
	}
	thiers := false
	for _, kt := range textGuide(t, "tolstoy-second-epilogue.md").Terms {
		thiers = thiers || kt.Term == "Thiers"
	}
	if !thiers {
		t.Error("Tolstoy's glossary lost Thiers, a Bonapartist")
	}
}

// TestModalVerbIsNoIdea reads the Amendments, whose "The Congress may by
// law provide" made "law provide" a key term: a modal and a preposition
// before a pair make its second word a verb.
func TestModalVerbIsNoIdea(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "amendments.md"))
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := ideas(c)["law provide"]; ok {
		t.Errorf("\"law provide\" is an idea of weight %v", w)
	}
	if !modalPhrase("may", "by") || modalPhrase("the", "by") {
		t.Error("modalPhrase reads the wrong words before a pair")
	}
}
