package retrieve

import (
	"context"
	"testing"
)

// TestANameInAnOpeningSceneIsThePremise checks that a name in a clause
// setting the scene before the question ("While Confederate soldiers
// were away fighting, ...") does not decline it: Douglass speaks of the
// slave-masters away in the field, never of "Confederate soldiers".
func TestANameInAnOpeningSceneIsThePremise(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	q := "While Confederate soldiers were away fighting, how did the enslaved men left at home behave toward the white women and families?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain {
		t.Errorf("%q: declined", q)
	}
}

// TestANameTheTextSpellsOtherwise checks that a name the asker spells
// as the text does not (an acronym the text writes out, a follower of a
// doctrine it names) does not decline a question the text answers, and
// that a name it derives an adjective from once, or an acronym it never
// writes out, still does.
func TestANameTheTextSpellsOtherwise(t *testing.T) {
	goldman := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	liberty := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	essay := retriever(t, Hybrid)
	checkAbstains(t, []abstainCase{
		{goldman, "What factor does Goldman say the orthodox Marxists forget?", false},
		{goldman, "What did Lenin say to opponents of the NEP, and did Goldman agree with him?", false},
		{liberty, "What did Goethe and Fichte each believe?", true},
		{essay, "What did Lenin think about the NEP?", true},
		{essay, "What is the capital city of Australia?", true},
	})
}

// TestAWordTypedInCapitalsForEmphasis checks that a common word typed in
// capitals to stress it ("HATE", "SHOTS", "NICER") is read as the word,
// neither as an acronym nor as part of a name beside it, and the
// author's name typed so as it sounds ("DOUGLAS") as his, while an
// acronym the text never writes out still declines, one spelt as a past
// tense after an article ("the SAT") too.
func TestAWordTypedInCapitalsForEmphasis(t *testing.T) {
	goldman := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	essay := retriever(t, Hybrid)
	checkAbstains(t, []abstainCase{
		{goldman, "Why did Goldman HATE the Bolsheviki?", false},
		{douglass, "what excuse about womens modesty do lynchers use and why does DOUGLAS call it hypocritical", false},
		{essay, "So was Stalin actually calling all the SHOTS or not?", false},
		{essay, "did party bigwigs get perks like NICER apartments", false},
		{essay, "Who ran the KGB when Stalin died?", true},
		{essay, "what score do I need on the SAT", true},
		{douglass, "whats the best way to study for the SAT", true},
	})
}

// TestAWordTypedByEar checks that a capitalized word the text uses,
// misspelt as it sounds ("Blak" for "Black"), is read as the text's
// word and not as a name it never mentions, while a name that only
// sounds like a word of the text, many letters off ("Canada", "kind"),
// still declines.
func TestAWordTypedByEar(t *testing.T) {
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	essay := retriever(t, Hybrid)
	checkAbstains(t, []abstainCase{
		{douglass, "Why did Blak voters back the Republican party, and which statesmen did they vote alongside?", false},
		{essay, "What is the capital city of Canada?", true},
	})
}

// TestAnEditorACitationNames checks that a question asking who edited a
// work the text cites is answered from the citation that names its
// editors by "eds", while one asking what an introduction argues, or who
// translated a work whose citation names no translator, is declined.
func TestAnEditorACitationNames(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"Who were the editors of the Politburo document collection?":                                false,
		"Who edited the Politburo volume?":                                                          false,
		"What argument does Ivo Banac advance in his introduction to the Diary of Georgi Dimitrov?": true,
		"Who translated the Diary of Georgi Dimitrov into English?":                                 true,
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != want {
			t.Errorf("%q: abstain = %v, want %v", q, res.Abstain, want)
		}
	}
}

// TestANounTheTextNeedNotWrite checks that a question asking for a
// message a thing sends, or for the pages a citation gives, is not
// declined for a noun the text never writes ("message", "page": it
// writes "pp."), while one asking a fact of a message someone sent, or
// how many pages a cited book has, still is.
func TestANounTheTextNeedNotWrite(t *testing.T) {
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	essay := retriever(t, Hybrid)
	checkAbstains(t, []abstainCase{
		{douglass, "What message does the plan to disfranchise Black voters send to the Black citizen?", false},
		{essay, "roy medvedev let history judge pages", false},
		{essay, "What message did Molotov send to Chuev?", true},
		{essay, "how many pages is Let History Judge", true},
	})
}

// TestANameForTheTextsOwnThing checks that a name of capitalized common
// words the text never gives ("the Civil War") is read as the text's own
// thing when the passage found holds its head word and the text writes
// that word only as a common noun ("the late war"), while a name whose
// head the text writes in a name of another thing ("the Cold War") is
// still a thing it does not discuss.
func TestANameForTheTextsOwnThing(t *testing.T) {
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	essay := retriever(t, Hybrid)
	checkAbstains(t, []abstainCase{
		{douglass, "How was the Negro blamed for the Civil War itself?", false},
		{essay, "What did Stalin do during the Second World War?", true},
	})
}

// abstainCase is a question put to a retriever, and whether it should be
// declined.
type abstainCase struct {
	r    *Retriever
	q    string
	want bool
}

// checkAbstains puts each case's question to its retriever and reports
// every one declined or answered against its want.
func checkAbstains(t *testing.T, cases []abstainCase) {
	t.Helper()
	for _, c := range cases {
		res, err := c.r.Retrieve(context.Background(), c.q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != c.want {
			t.Errorf("%q: abstain = %v, want %v", c.q, res.Abstain, c.want)
		}
	}
}

// TestDottedAcronym checks that an acronym typed without the full stops
// the text writes it with ("CC" for "C.C.") is the text's name, while
// one the text never writes either way is still declined.
func TestDottedAcronym(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	if q := "What do the CC plenum transcripts show, according to him, and where were disputes handled instead?"; abstains(q) {
		t.Errorf("%q was declined: the essay writes \"C.C.\"", q)
	}
	if q := "What did the CIA report about the plenum transcripts?"; !abstains(q) {
		t.Errorf("%q was answered", q)
	}
}

// TestNamesTypedUncapitalized checks that a word the dictionary knows
// only as a name, typed in lower case or opening the question, names
// something the text never mentions as it does capitalized: the essay
// never names Bukharin or Trotsky, nor Goldman's text Napoleon. A name
// of the text heard and typed as other names ("lennon" for Lenin, "barry
// a" for Beria, "vaseline sky") is the text's, and a place or a people
// is left to the other tests.
func TestNamesTypedUncapitalized(t *testing.T) {
	wantAbstains(t, retriever(t, Hybrid), map[string]bool{
		"bukharin role writing 1936 constitution":                                            true,
		"who is trotsky and what did he say about the bureaucracy":                           true,
		"did molotov ever criticize lennon":                                                  false,
		"was barry a killed the same day he got arrested":                                    false,
		"why does the author say vaseline sky's consumer goods stuff doesnt prove democracy": false,
		"what does china have to do with a essay about russia":                               false,
	})
	wantAbstains(t, textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md"), map[string]bool{
		"what did napoleon think of the bolsheviks": true,
		"what did lenin say about the sailors":      false,
	})
	// Thucydides writes Lacedaemon, never Sparta.
	wantAbstains(t, textRetriever(t, "../essay/testdata/texts/thucydides-archaeology.md"), map[string]bool{
		"what made sparta strong": false,
	})
}
