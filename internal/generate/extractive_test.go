package generate

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
	"studyguide/internal/terms"
)

func TestExtractiveShortensAnEndlessSentence(t *testing.T) {
	long := "Stalin was stymied by the Party leaders " + strings.Repeat("and by many others besides ", 20000) + "in the end."
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte("1. "+long+"\n\n2. The nomenklatura defended its privileges.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r := retrievetest.New(t, c)
	res, err := r.Retrieve(context.Background(), "Who stymied Stalin?", 2)
	if err != nil || res.Abstain {
		t.Fatalf("retrieve: %+v, %v", res, err)
	}
	d, err := Extractive{}.Generate(context.Background(), Request{Question: "Who stymied Stalin?", Retrieval: res}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Text) > 1000 || !strings.Contains(d.Text, "Stalin was stymied by the Party leaders") || !strings.Contains(d.Text, " …” [¶1]") {
		t.Fatalf("answer is not a shortened quotation (%d bytes): %.300s", len(d.Text), d.Text)
	}
	rep := citation.Check(d.Text, c, res.Refs())
	if len(rep.Invalid) != 0 || len(rep.Citations) != 1 || !rep.Citations[0].Supported {
		t.Errorf("the shortened quotation does not check out: %+v", rep)
	}
}

// answer runs the offline generator on the built-in essay and checks that
// every citation in the answer holds.
func answer(t *testing.T, question string) string {
	t.Helper()
	return answerWith(t, Extractive{}, question)
}

// answerWith is answer by the extractive answerer e.
func answerWith(t *testing.T, e Extractive, question string) string {
	t.Helper()
	c, r := retrievetest.Essay(t)
	res, err := r.Retrieve(context.Background(), question, 4)
	if err != nil {
		t.Fatal(err)
	}
	d, err := e.Generate(context.Background(), Request{Question: question, Retrieval: res, Author: "Grover Furr"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := citation.Check(d.Text, c, res.Refs())
	if len(rep.Invalid) != 0 {
		t.Errorf("invalid citations %+v in %s", rep.Invalid, d.Text)
	}
	for _, ci := range rep.Citations {
		if !ci.Supported {
			t.Errorf("unsupported citation %+v in %s", ci, d.Text)
		}
	}
	return d.Text
}

// TestExtractiveReadsAMarkedNote checks that a quoted sentence marking a
// retrieved footnote is followed by the note, which says where to read
// more, and that the passage then goes on as before.
//
// Retrieval may rank the note first ("which books ..." asks for sources);
// it is still read after the sentence it explains, whose "this" it leans on.
func TestExtractiveReadsAMarkedNote(t *testing.T) {
	for _, q := range []string{
		"Where can I read Stalin's statements condemning the cult?",
		"Which books record Stalin speaking out against the cult?",
		"Which books record Stalin denouncing the cult?",
		"What sources show Stalin criticised the cult of personality?",
	} {
		got := answer(t, q)
		want := `many times.” [¶55] In a footnote, Furr adds: “Roy Medvedev, Let History Judge`
		if !strings.Contains(got, want) {
			t.Errorf("%q: answer does not read note 15 after the sentence marking it:\n%s", q, got)
		}
		if strings.Contains(got, "[note 15] Elsewhere") || strings.Contains(got, "writes: “Roy Medvedev") {
			t.Errorf("%q: the note is read out of its place:\n%s", q, got)
		}
	}
}

// TestExtractiveQuotesStandIns checks that a sentence holding a word
// retrieval searched in place of the question's ("wage" for "salaries") is
// quoted.
func TestExtractiveQuotesStandIns(t *testing.T) {
	got := answer(t, "How were party members' salaries limited?")
	if !strings.Contains(got, `ending the "Party Maximum" wage`) {
		t.Errorf("answer does not quote the Party Maximum wage:\n%s", got)
	}
}

// TestExtractiveElidesStrippedLinks checks that each link the text's
// conversion emptied ("at <>") is elided with an ellipsis the citation
// check accepts, and that the words between links are kept: "in English"
// answers a question asking for an English version.
func TestExtractiveElidesStrippedLinks(t *testing.T) {
	for _, q := range []string{"Where was the earliest publication of the document?", "English version available?"} {
		got := answer(t, q)
		if !strings.Contains(got, "Sovetskaia Rossiia of January 13, 2000 … in English …” [note 8]") || strings.Contains(got, "<>") {
			t.Errorf("%q: answer does not quote note 8 with its stripped links elided:\n%s", q, got)
		}
	}
}

// TestExtractiveAddsNotesOnlyForSources checks that a note none of whose
// sentences was chosen follows the sentence marking it only when the
// question asks where to read: to any other it is a reference, not an
// answer.
func TestExtractiveAddsNotesOnlyForSources(t *testing.T) {
	got := answer(t, "Did Stalin oppose the cult around him?")
	if !strings.Contains(got, `condemned the "cult" many times.” [¶55]`) || strings.Contains(got, "[note 15]") {
		t.Errorf("answer should quote ¶55's marking sentence without note 15:\n%s", got)
	}
}

// TestExtractiveFramesByMetadata checks that how a quotation is introduced
// comes from the text's metadata: "argues" for an argument only, a neutral
// "writes" otherwise, and the author's surname capitalized rune by rune
// ("Ørsted", whose first letter is two bytes).
func TestExtractiveFramesByMetadata(t *testing.T) {
	text := "1. The needle of the compass turned when the current flowed through the wire. " +
		"The needle of the compass swung back when the current through the wire stopped.\n\n" +
		"2. Heat and light are other matters entirely, for another paper.\n"
	_, r := textCorpus(t, "field.txt", text)
	const question = "What did the compass needle do when the current flowed through the wire?"
	res, err := r.Retrieve(context.Background(), question, 2)
	if err != nil {
		t.Fatal(err)
	}
	for kind, want := range map[string]string{
		"":         "Hans Christian Ørsted writes: “The needle of the compass turned",
		"argument": "Hans Christian Ørsted argues: “The needle of the compass turned",
	} {
		d, err := Extractive{}.Generate(context.Background(), Request{Question: question, Retrieval: res, Author: "Hans Christian Ørsted", Kind: kind}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(d.Text, want) || !strings.Contains(d.Text, "through the wire. The needle of the compass swung back") {
			t.Errorf("kind %q: answer is\n%s\nwant it to open %q and go on in the same quotation", kind, d.Text, want)
		}
	}
}

// TestAnswersAnswer checks the answers of the rubric: each part of a
// question gets its own evidence, a sentence whose subject is "he" comes
// after the sentence naming him, and a note's "he" who is someone else is
// not quoted as filler.
func TestAnswersAnswer(t *testing.T) {
	for _, c := range []struct {
		question   string
		want, not  []string
		wantBefore [2]string
	}{
		{
			question: "What was the cult of personality and did Stalin like it?",
			want:     []string{`“According to the "cult of personality,"`, `he condemned the "cult" many times.” [¶55]`},
		},
		{
			// "Point to" asks where the text's claims come from; searched,
			// "point" found ¶57's "while it points to one kind of
			// problem".
			question: "What sources does the author point to?",
			want:     []string{"My analysis here and below mainly follows Mukhin", "[note 4]"},
			not:      []string{"[¶57]"},
		},
		{
			// Asked for the source of a claim, the claim the author gives
			// a source for answers, with the note it marks; the
			// sentence naming the cult of personality marks none.
			question: "Does Furr claim Stalin actually opposed his own personality cult, and what's his source for that?",
			want:     []string{`he condemned the "cult" many times.” [¶55]`, "[note 15]"},
		},
		{
			// "Which note backs it?" is answered by the note the sentence
			// quoted for the claim marks.
			question: "which para says stln condemnd the cult & which note backs it",
			want:     []string{`he condemned the "cult" many times.” [¶55]`, "[note 15]"},
		},
		{
			// The passage on the archive ranks fourth for the question
			// as a whole and first for its first part: the part quotes
			// it, not the note on the affair the second part asks of.
			question: "what happened to stalins personal files and whats the leningrad affair about",
			want:     []string{"Stalin's personal archive was destroyed", `"Leningrad Affair" was that`},
		},
		{
			// "... and who disagrees?" asks of the murder the first part
			// names: the note's researchers who find the evidence
			// unconvincing answer it, not another passage's "leaders did
			// directly disagree with Stalin", which shares the one word.
			question: "beria murdered on day of arrest - whats the evidence, and who disagrees?",
			want:     []string{"[note 12]"},
			not:      []string{"[¶54]"},
		},
		{
			// So "why does the author disagree?" asks of the note on
			// whom the first part names as crediting the idea.
			question: "Who does Pyzhikov credit with the democratic idea, and why does the author disagree?",
			want:     []string{"[note 3]"},
			not:      []string{"[¶54]"},
		},
		{
			// The fourth passage, which the second part's own ranking
			// puts first, says when the post was created.
			question: "what year was the brandenburger article published, and which footnote says when the first secretary post was created?",
			want:     []string{`The post of "First Secretary" was only created after Stalin's death`},
		},
		{
			// Note 4, fourth, ranks first for the second part by
			// "analysis" alone: "My analysis here and below mainly
			// follows Mukhin" answers nothing asked.
			question: "What evidentiary role do Molotov's conversations with Felix Chuev play in the author's argument, and where does the author find Molotov's analysis deficient?",
			want:     []string{"Molotov did not trace the roots"},
			not:      []string{"[note 4]"},
		},
		{
			// Two passages hold "Red" and "expert" alike; the one
			// retrieval ranks first says what the contradiction is, the
			// other names it in passing.
			question: "whats the red vs expert thing",
			want:     []string{`as this dilemma was termed during the Chinese Cultural Revolution.” [¶57]`},
			not:      []string{"[¶59]"},
		},
		{
			// Retrieval ranks first the passage tracing the roots, for
			// the second part: the first part is answered from the
			// passage giving the reasons, ranked second.
			question: "What reasons were given for material incentives, and where does he trace the roots of inequality back to?",
			want:     []string{"“Of course, material incentives had been thought necessary, first, to recruit", "can be traced at least to Lenin"},
		},
		{
			question: "When was the First Secretary title invented, and what does he say the First Secretaries did in July 1937?",
			want:     []string{`only created after Stalin's death, for Khrushchev.” [note 6]`, "in July 1937.” [¶54]"},
		},
		{
			// A note's "as Khrushchev spoke" shares a sense with
			// "talking" and nothing else of the part: ¶61's "In
			// conversations with Felix Chuev" answers it.
			question: "what did molotov worry about and who was he talking to",
			want:     []string{"In conversations with Felix Chuev"},
			not:      []string{"[note 11]"},
		},
		{
			// The sentence going on about him through "he" says how he
			// was not all-powerful, though its pronoun holds only his
			// name; the one after it, going on from a sentence quoted
			// only for that reason, is not added.
			question:   "Was Stalin an all-powerful dictator?",
			want:       []string{"He was stymied by the combined efforts of other Party leaders."},
			not:        []string{"He was never able to attain"},
			wantBefore: [2]string{`In fact, Stalin was never "all-powerful."`, "He was stymied"},
		},
		{
			question:   "Who stopped Stalin from doing his reforms?",
			want:       []string{"He was stymied by the combined efforts of other Party leaders."},
			wantBefore: [2]string{`In fact, Stalin was never "all-powerful."`, "He was stymied"},
		},
		{
			// The first part's best sentence ("He was never able to
			// attain ...") comes with those naming him, in place of
			// another passage's weaker one sharing "Stalin".
			question:   "who stopped stalins reforms, and how did they deal w disagreements behind the scenes",
			want:       []string{"He was stymied by the combined efforts of other Party leaders.", "dealt with by police methods"},
			wantBefore: [2]string{`In fact, Stalin was never "all-powerful."`, "He was stymied"},
		},
		{
			// The sentence naming "he" is kept for the one leaning on it,
			// not removed to make room for another of its passage.
			question:   "Why couldn't Stalin get his constitution changes through, and what does the author reckon was the real root of the rot?",
			want:       []string{"He was never able to attain his goal of constitutional reforms."},
			wantBefore: [2]string{`In fact, Stalin was never "all-powerful."`, "He was stymied"},
		},
		{
			// The text never says "hide": the paragraph going on from
			// the one naming the cult opens by saying, in other words,
			// what the cult hid.
			question: `what means the "cult of personality" in this text and what it was hiding?`,
			want:     []string{`According to the "cult of personality,"`, `“The "cult" disguised these political struggles.” [¶54]`},
		},
		{
			// "From that" points at what the first part asked of: the
			// note saying what Mukhin concludes from it answers, not
			// another note that only names Mukhin.
			question: "Who says Stalin's private archive was destroyed, and what does Mukhin conclude from that?",
			want:     []string{"According to Zhores Medvedev", "as Mukhin does (Ubiystvo 612)"},
			not:      []string{"Baybakov"},
		},
		{
			// The first part's sentence shares "degeneration" with the
			// second; it does not say what the author suspects.
			question: "What did Zhukov and Mukhin think the tactic could achieve, and what does Furr suspect caused the Party's degeneration?",
			want:     []string{"[¶59]", "could have prevented its degeneration.” [¶61]"},
		},
		{
			question: "What did Molotov worry about, and did he blame Lenin?",
			want:     []string{"worried about the future of socialism", "Molotov did not trace the roots"},
			not:      []string{"effrontery"},
		},
		{
			// ¶57 says where the phrase comes from ("as this dilemma was
			// termed"); note 15's "Still others have come to light" only
			// shares "come".
			question: "What is the Red versus expert dilemma, and where does that phrase come from?",
			want:     []string{"as this dilemma was termed during the Chinese Cultural Revolution"},
			not:      []string{"[note 15]"},
		},
		{
			// The author's own words on his purpose answer, whatever
			// ranking or framing words the question adds: not ¶63's
			// "mainly false".
			question: "In his own words, what's one main reason he wrote this essay?",
			want:     []string{"A primary purpose of this essay is to introduce others to this development.” [¶52]"},
			not:      []string{"[¶63]"},
		},
		{
			// What the author wants to know of it, ¶58 says ("need to be
			// discovered and studied"); ¶61's and ¶51's "we can't know"
			// are of other things.
			question: "What was the Party Maximum, and what does the author want to know about it?",
			want:     []string{"need to be discovered and studied"},
			not:      []string{"[¶61]", "[¶51]"},
		},
		{
			// Note 5 names the article; note 3's "his article" and note
			// 14's "I am preparing an article" are other articles.
			question: "What was the Leningrad Affair charge, and who wrote the article cited on it?",
			want:     []string{"See David Brandenberger"},
			not:      []string{"[note 3]", "[note 14]"},
		},
		{
			// Asked where to read it, note 15 answers, after the
			// sentence marking it; the note names who its "he" is, and
			// ¶55's sentences before the marker say nothing of where.
			question:   "Where can I read Stalin's statements condemning the cult?",
			want:       []string{`Throughout his life he condemned the "cult" many times.” [¶55]`, "[note 15]"},
			not:        []string{"Whatever the mechanism", "understood this to a degree"},
			wantBefore: [2]string{"Throughout his life", "Roy Medvedev"},
		},
		{
			// ¶56's "a few important areas for further exploration" is
			// in his voice, but names the research ahead, no purpose of
			// the essay's. "rite" is "write" as it sounds.
			question: "why did he write this",
			want:     []string{"A primary purpose of this essay is to introduce others to this development.” [¶52]"},
			not:      []string{"[¶56]"},
		},
		{
			question: "y did he rite this",
			want:     []string{"A primary purpose of this essay is to introduce others to this development.” [¶52]"},
			not:      []string{"[¶56]"},
		},
		{
			// "Main" grades the purpose asked for; ¶63's "mainly false"
			// shares the word, not the subject.
			question: "What is the main purpose of this essay?",
			want:     []string{"A primary purpose of this essay is to introduce others to this development.” [¶52]"},
			not:      []string{"[¶63]"},
		},
		{
			// The first part's sentences name the speech, which the
			// second part only points back to; what the writer is
			// preparing, note 14 says.
			question: "Who did Kruschev pin that doctors' frame-up on in his secret speech, and what is the writer cooking up about that speech?",
			want:     []string{"put the blame on -- Beria", "I am preparing an article documenting Khrushchev's lies"},
		},
		{
			// The later part asks for the evidence of what the first
			// part's sentence says: the note it marks.
			question: "Did Stalin actually go along with all the hero-worship of himself, and where does the writer get his proof that he spoke out against it?",
			want:     []string{`he condemned the "cult" many times.” [¶55]`, "Roy Medvedev, Let History Judge"},
		},
		{
			// The note's second sentence quoted goes on in the same
			// footnote, not in another one.
			question: "Does the Dimitrov diary show Stalin criticising his cult?",
			want:     []string{"Later in the same note, Furr writes: “For an example, see The Diary of Georgi Dimitrov"},
		},
		{
			// A misspelt "berry" (Beria) stands in as "fruit", which
			// ¶57's "more fruitful ... ways of thinking" holds: a passage
			// holding none of the part's own words does not answer it
			// beside the note that holds them.
			question: "when did cruise chef say berry a got killed and who thinks the murder story isnt convincing",
			want:     []string{"Beria had been killed on June 26, 1953", "Andrei Sukhomlinov"},
			not:      []string{"[¶57]"},
		},
		{
			// "and also could ..." asks a second question, answered
			// from the paragraph on contested elections.
			question: "what does he say democracy really is in rich countries and also could elections with choices have worked in the soviet union",
			want:     []string{"contested elections in the Soviet Union in Stalin's time.” [¶51]"},
		},
		{
			// Note 13's "For a few examples only, see "The Russian
			// Oligarchy ..." ... "A Clear and Present Danger"" sends the
			// reader elsewhere: it shares "Russian" and "danger" with
			// the second part through the titles it cites, and says
			// nothing of why a Russian Party was dangerous.
			question: "How does he rebut Pyzhikov, and why does he think a Russian Party would have been dangerous?",
			want:     []string{"[note 5]"},
			not:      []string{"[note 13]"},
		},
		{
			// "That group" points back at the nomenklatura, not at
			// "mean": ¶50's "it means a system where ... groups" does
			// not answer why it formed.
			question: "what does nomenklatura mean and why did that group even form",
			want:     []string{"[¶58]"},
			not:      []string{"[¶50]"},
		},
		{
			// ¶59 names the contradiction in passing ("rather than the
			// "Red vs expert" contradiction in itself") and holds no
			// word of the first part ¶57's sentence lacks, nor any of
			// the second's: it adds nothing to either.
			question: "What's the Red versus expert business, and did the Chinese have a hand in naming it?",
			want:     []string{"as this dilemma was termed during the Chinese Cultural Revolution"},
			not:      []string{"[¶59]"},
		},
		{
			// "Propose instead" asks what he sets in place of the term
			// the first part names, in the passage naming it: another
			// passage's "Instead they were dealt with in other venues"
			// shares only the word.
			question: `What objection does he raise to the term "bureaucracy," and what framing does he propose instead?`,
			want:     []string{`conceals others.” [¶57]`},
			not:      []string{"[¶54]", "[¶51]"},
		},
		{
			// "It" points back at the article the note names, and the
			// note says when it was planned to appear: ¶57, holding
			// only "follows" of the first part and "appears" of the
			// second, answers neither.
			question: "What follow-up article was he preparing in November 2005, and when was it planned to appear?",
			want:     []string{"with publication planned for February 2006"},
			not:      []string{"[¶57]"},
		},
		{
			// "Evidence" asks for what the claim rests on: ¶58's
			// "Stalin's evident goal" shares its stem and nothing else
			// of the part.
			question: "What does Furr claim about Stalin's actual power, and what evidence does he rely on?",
			want:     []string{`In fact, Stalin was never "all-powerful."`},
			not:      []string{"[¶58]"},
		},
		{
			// ¶63's "As any reader of this essay will realize, I
			// believe this is of immense importance" leans on the
			// sentence before it, which says nothing of bias: beside
			// ¶62, which answers, it is left out rather than quoted
			// with a sentence that answers nothing.
			question: "Is the author biased?",
			want:     []string{"and mine are no exception."},
			not:      []string{"I believe this is of immense importance", "[¶63]"},
		},
		{
			// Asked to judge him, the answer quotes what the author says
			// of him, not note 3's "it certainly does not indicate that
			// Stalin did not support it", which shares his name and
			// holds "good" in "consumer-goods".
			question: "was stalin a good guy",
			want:     []string{"Stalin seems to be one of the few Soviet leaders to have understood this to a degree.", "[¶55]"},
			not:      []string{"[note 3]"},
		},
		{
			// "Perks" is read in its plain word: the sentence naming
			// the privileges answers, not one sharing only "Party".
			question: "what perks did party bigwigs get",
			want:     []string{"access to material privileges -- high pay"},
			not:      []string{"Likewise, Stalin's evident goal"},
		},
		{
			// ¶51's "contested elections in the Soviet Union in Stalin's
			// time" says again, in fewer of its words, what ¶49 says for
			// the first part, and the second part is answered from ¶50,
			// not from ¶51.
			question: "What did Stalin rule out in the elections, and what does democracy mean under capitalism?",
			want:     []string{"explicitly ruled out competing political parties", "[¶50]"},
			not:      []string{"[¶51]"},
		},
	} {
		got := answer(t, c.question)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: answer lacks %q:\n%s", c.question, w, got)
			}
		}
		for _, n := range c.not {
			if strings.Contains(got, n) {
				t.Errorf("%q: answer quotes %q:\n%s", c.question, n, got)
			}
		}
		if a, b := c.wantBefore[0], c.wantBefore[1]; a != "" {
			if i, j := strings.Index(got, a), strings.Index(got, b); i < 0 || j < 0 || i > j {
				t.Errorf("%q: want %q before %q:\n%s", c.question, a, b, got)
			}
		}
	}
}

func TestLeadsWithPronoun(t *testing.T) {
	for s, want := range map[string]bool{
		"He was stymied by the combined efforts of other Party leaders.": true,
		"But he had the effrontery to put the blame on -- Beria.":        true,
		"Throughout his life he condemned the cult many times.":          true,
		"In fact Molotov, like Stalin, was unable to look at it.":        false,
		"The questions one asks inevitably reflect one's concerns.":      false,
		"It is a tragedy that we do not have a parallel experience.":     false,
		"It was surely meant as a unifying measure.":                     true,
	} {
		if got := leadsWithPronoun(s); got != want {
			t.Errorf("leadsWithPronoun(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestEmptyAfterOpening checks which "it" after an opening phrase is
// empty: after a preposition's phrase, before a clause it introduces;
// not after a subject, nor in a phrase that itself leans back.
func TestEmptyAfterOpening(t *testing.T) {
	for s, want := range map[string]bool{
		"In politics, again, it is almost a commonplace, that a party of order and a party of progress are both necessary.": true,
		"When the war ended, it was clear that the party had failed.":                                                       true,
		"In his view, it is clear that the party failed.":                                                                   false,
		"Such a contract, it was argued, could only be binding upon free men.":                                              false,
		"In fact, it was surely meant as a unifying measure.":                                                               false,
	} {
		if got := emptyAfterOpening(s); got != want {
			t.Errorf("emptyAfterOpening(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSeveralAuthorsWrite checks that an answer's verbs agree with a text
// by several authors, who are not named by one surname.
func TestSeveralAuthorsWrite(t *testing.T) {
	for _, c := range []struct {
		author, verb, want, short string
	}{
		{"Alexander Hamilton, John Jay and James Madison", "goes on", "go on", "the authors"},
		{"Elizabeth Cady Stanton, Susan B. Anthony, and Matilda Joslyn Gage", "writes", "write", "the authors"},
		{"Marx & Engels", "argues", "argue", "the authors"},
		{"Grover Furr", "goes on", "goes on", "Furr"},
		{"", "asks", "asks", "the author"},
	} {
		v := voiceOf(c.author)
		if got := v.verb(c.verb); got != c.want {
			t.Errorf("%q %s: got %q, want %q", c.author, c.verb, got, c.want)
		}
		if v.short != c.short {
			t.Errorf("%q: short name %q, want %q", c.author, v.short, c.short)
		}
	}
}

// TestExtractiveAnswersFromANamedRef checks that a question naming a
// passage by its ref is answered from that passage, from its start when it
// asks nothing else, and that a ref the text lacks gets the refs it has.
func TestExtractiveAnswersFromANamedRef(t *testing.T) {
	tests := map[string]string{
		"What does note 15 cite?":       "“Roy Medvedev, Let History Judge",
		"What source does note 7 cite?": "“Cited in Mukhin, Ubiystvo 617.” [note 7]",
		"summarise paragraph 53":        "“One point will strike almost every reader right away.",
		// Each passage named answers, though the one sentence of the
		// second that answers leans on three before it.
		"What does note 6 say about the post of First Secretary, and what does ¶53 say Stalin could not control?": " Nor was he able to control the First Secretaries and the local NKVD.” [¶53]",
	}
	for q, want := range tests {
		got := answer(t, q)
		if !strings.Contains(got, want) || strings.Contains(got, "does not address") {
			t.Errorf("%q answered %q; want it to quote %s", q, got, want)
		}
	}
	if got := answer(t, "What does note 99 say?"); got != "The text has no note 99: it has paragraphs 49–63 and notes 1–15." {
		t.Errorf("note 99 answered %q", got)
	}
}

// TestExtractiveQuotesWhatADemonstrativePointsAt checks that a sentence
// whose "this" stands alone is quoted after the sentence it points at,
// and that an answer whose every sentence leans on a note's opening
// "this was a fatal mistake", which nothing in the text marks, still
// quotes the note, from its start and with what it goes on to say,
// rather than saying the text is silent.
func TestExtractiveQuotesWhatADemonstrativePointsAt(t *testing.T) {
	for _, c := range []struct {
		question      string
		first, second string
	}{
		{
			question: "Does Furr think Stalin was unusual among Soviet leaders in understanding the problem with the cult?",
			first:    "Whatever the mechanism, the effect of the",
			second:   "to have understood this to a degree.",
		},
		// "This in turn suggests" needs "Marxists believe ..."; a weaker
		// sentence of the passage gives up its room.
		{
			question: "Why does Furr think the separation between Party and state should be abolished?",
			first:    "Marxists believe that the state will be run",
			second:   "This in turn suggests that the Party -- State distinction",
		},
		{
			question: "Why did Stalin stay as head of state?",
			first:    "Mukhin believes this was a fatal mistake.",
			second:   "He argues that it was in the interest of the Party nomenklatura",
		},
		{
			question: "What was Mukhin's view of the mistake?",
			first:    "Mukhin believes this was a fatal mistake.",
			second:   "He argues that it was in the interest of the Party nomenklatura",
		},
		{
			question: "mukhin fatal mistake",
			first:    "Mukhin believes this was a fatal mistake.",
			second:   "He argues that it was in the interest of the Party nomenklatura",
		},
		// "Then his successor" leans on "He argues ...", which leans on
		// the note's opening: dropped for want of room at first, "He
		// argues ..." is quoted after all as what "his" points back to.
		{
			question: "What did Mukhin argue about Stalin's dual role as Party secretary and head of state, and what did Baybakov reportedly tell Mukhin about Beria?",
			first:    "He argues that it was in the interest of the Party nomenklatura",
			second:   "Then his successor as secretary",
		},
		// "As any reader of this essay will realize" comments on the
		// claim and says nothing "this" can stand for.
		{
			question: "How important does the author think this history is for our future?",
			first:    "The process of discovering the real history",
			second:   "I believe this is of immense importance for our future.",
		},
		// "This would imply" points past the aside before it, "(See also
		// his article ...)", to the sentence naming the strain.
		{
			question: "What's wrong with Pyzhikov's Leningrad theory, according to him?",
			first:    "Pyzhikov attributes this democratic strain",
			second:   "This would imply Zhdanov's support",
		},
	} {
		got := answer(t, c.question)
		if i, j := strings.Index(got, c.first), strings.Index(got, c.second); i < 0 || j < 0 || i > j {
			t.Errorf("%q: want %q quoted before %q:\n%s", c.question, c.first, c.second, got)
		}
		if strings.Contains(got, "(See also") {
			t.Errorf("%q: an aside is quoted for the sentence after it to lean on:\n%s", c.question, got)
		}
	}
}

// TestWithAntecedentsDropsWhatCannotBeRead checks that a paragraph's
// sentence whose "this" points out of its passage is dropped, and that
// the best sentence of the best passage whose "he" names no one in its
// passage is kept when it opens the answer, but not otherwise.
func TestWithAntecedentsDropsWhatCannotBeRead(t *testing.T) {
	p := &essay.Passage{Ref: essay.Ref{Kind: essay.Paragraph, N: 1}, Sentences: []essay.Sentence{
		{Text: "He has never permitted her to vote at all."},
		{Text: "The assembly believed this was a grave wrong."},
	}}
	at := func(i int, lead bool) candidate {
		return candidate{passage: p, index: i, text: p.Sentences[i].Text, score: 1, lead: lead}
	}
	for _, c := range []struct {
		in   candidate
		kept bool
	}{
		{at(0, true), true},
		{at(0, false), false},
	} {
		out, dropped := withAntecedents([]candidate{c.in}, nil, readable)
		if kept := len(out) == 1 && len(dropped) == 0; kept != c.kept {
			t.Errorf("%q, lead %v: kept %v, want %v", c.in.text, c.in.lead, kept, c.kept)
		}
	}
	q := &essay.Passage{Ref: essay.Ref{Kind: essay.Paragraph, N: 2}, Sentences: []essay.Sentence{{Text: "The assembly believed this was a grave wrong."}}}
	lone := candidate{passage: q, text: q.Sentences[0].Text, score: 1, lead: true}
	if out, dropped := withAntecedents([]candidate{lone}, nil, readable); len(out) != 0 || len(dropped) != 1 {
		t.Errorf("a paragraph opening with a bare \"this\" was kept: %v", out)
	}
}

// TestExtractiveDeclinesWithWhatIsNear checks that a question the text
// does not answer, about people or things it names, is declined with the
// sentence the text comes nearest with, verbatim and cited, in one
// sentence that makes no uncited claim, or with the passage naming what
// it asks about, typed in capitals or not; and that a question sharing only
// words every passage holds, or none, is pointed at nothing.
func TestExtractiveDeclinesWithWhatIsNear(t *testing.T) {
	near := map[string]string{
		"When did Molotov die?":                                "the nearest it comes is “In conversations with Felix Chuev the aged Molotov mused",
		"How many doctors were arrested in the Doctors' Plot?": "the nearest it comes is “In his \"Secret Speech\" Khrushchev also denounced the \"Doctors' Plot\" as a frameup.” [note 11]",
		// Note 3's sentence naming him leans on the one before ("This
		// would imply Zhdanov's support ..."): the note is named instead.
		"How did Zhdanov die?": "; it names “Zhdanov” in [note 3].",
		// Typed in lower case, a name is pointed at as the text writes it.
		"what is the nkvd":                 "; it names “NKVD” in [¶53].",
		"what was the cultural revolution": "; it names “Cultural Revolution” in [¶57].",
	}
	c, r := retrievetest.Essay(t)
	for q, want := range near {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res, Author: "Grover Furr"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		rep := citation.Check(d.Text, c, res.Refs())
		if !d.Abstained || !strings.HasPrefix(d.Text, "The text does not address this question") || !strings.Contains(d.Text, want) ||
			len(rep.Invalid) != 0 || len(rep.Uncited) != 0 {
			t.Errorf("%q: abstained %v, answer %q; want it declined, with %q, every citation valid (%+v, uncited %q)",
				q, d.Abstained, d.Text, want, rep.Invalid, rep.Uncited)
		}
	}
	for _, q := range []string{"When was Stalin born?", "Who won the 2018 football World Cup?", "What is the capital of France?"} {
		if got := answer(t, q); strings.Contains(got, "nearest") || strings.Contains(got, "[") {
			t.Errorf("%q: %q points at a passage that is not near it", q, got)
		}
	}
}

// TestDeclineNamesNoFunctionWord checks that a decline naming the
// words the text never uses names none that says nothing of a subject:
// "besides" or "whereas" is no word the text lacks.
func TestDeclineNamesNoFunctionWord(t *testing.T) {
	_, r := retrievetest.Essay(t)
	for q, want := range map[string]string{
		"What other books has Mukhin written besides Ubiystvo?": "",
		"Besides volcanoes, what did Stalin fear?":              "“volcanoes”",
		"Did Stalin like volcanoes, whereas Lenin hated them?":  "“volcanoes”",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res, Author: "Grover Furr"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := d.Text
		if !d.Abstained || !strings.HasPrefix(got, "The text does not address this question") || !strings.Contains(got, want) {
			t.Errorf("%q: %q; want it declined naming %s", q, got, want)
		}
		for _, w := range []string{"besides", "whereas"} {
			if strings.Contains(strings.ToLower(got), "“"+w+"”") {
				t.Errorf("%q: %q names the function word %q", q, got, w)
			}
		}
	}
}

// textCorpus writes text to a file of that name, reads it as a corpus and
// returns it with its retriever.
func textCorpus(t *testing.T, name, text string) (*essay.Corpus, *retrieve.Retriever) {
	t.Helper()
	c := essaytest.Text(t, name, text)
	return c, retrievetest.New(t, c)
}

func TestDefinedSkipsSummoning(t *testing.T) {
	for text, want := range map[string]string{
		"A stratum called the gentry held the land.": terms.Stem("gentry"),
		"The convention was called for August.":      "",
		"He called on the council to act.":           "",
		"They were named to the board in May.":       "",
	} {
		got := strings.Join(defined(text), " ")
		if got != want {
			t.Errorf("defined(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestWithNotesReadsEachCandidateOnce checks that a note chosen beside the
// paragraph that marks it late (its fourth sentence, the note having one)
// is moved after the marker without the note being read at the marker's
// index, which once ran past the note's end and panicked.
func TestWithNotesReadsEachCandidateOnce(t *testing.T) {
	c := essaytest.Text(t, "lecture.md", "# A Lecture\n\nOne. Two. Three. Four, as he said.[^1]\n\n[^1]: A short note.\n")
	para, ok := c.Passage(essay.Ref{Kind: essay.Paragraph, N: 1})
	note, ok2 := c.Passage(essay.Ref{Kind: essay.Note, N: 1})
	if !ok || !ok2 || len(para.Sentences) != 4 || len(note.Sentences) != 1 || para.Sentences[3].Note != 1 {
		t.Fatalf("the text parsed otherwise than the test needs: %+v, %+v", para, note)
	}
	chosen := []candidate{{passage: para, index: 3, rank: 0}, {passage: note, index: 0, rank: 1}}
	hits := []retrieve.Hit{{Passage: para}, {Passage: note}}
	out := withNotes(chosen, hits, true)
	if len(out) != 2 || !out[1].followsMarker || out[1].index != 3 || out[1].noteIndex != 0 {
		t.Errorf("withNotes = %+v, want the note after its marker", out)
	}
	if chosen[1].followsMarker {
		t.Error("withNotes changed the candidates it was given")
	}
}

// TestExtractiveDeclinesAnUntoldFate checks that a question asking what
// became of someone later than the text tells is declined as that, naming
// the person, not as a question about "eventually", a word the text never
// uses but which is no subject of it.
func TestExtractiveDeclinesAnUntoldFate(t *testing.T) {
	c, r := retrievetest.Essay(t)
	q := "What eventually happened to Voznesensky?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extractive{}.Generate(context.Background(), Request{Question: q, Retrieval: res, Author: "Grover Furr"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := citation.Check(d.Text, c, res.Refs())
	want := "The text does not say what became of “Voznesensky” later"
	if !d.Abstained || !strings.HasPrefix(d.Text, want) || strings.Contains(d.Text, "eventually") ||
		len(rep.Invalid) != 0 || len(rep.Uncited) != 0 {
		t.Errorf("%q: abstained %v, answer %q; want it declined opening %q, every citation valid (%+v, uncited %q)",
			q, d.Abstained, d.Text, want, rep.Invalid, rep.Uncited)
	}
}

// relatedHalf is the answers' selection with related words earning half
// of a word's weight, pinned here because the folds' choice flips
// between a half and a quarter from one round of sets to the next (a
// half, in use, over eighty-one sets; a quarter over seventy-seven and
// seventy-nine).
var relatedHalf = func() *Selection { s := DefaultSelection; s.RelatedShare = 0.5; return &s }()

// TestReasonSentenceAtRelatedHalf checks the answers that quote ¶60's
// reason for material incentives where related words earn half a
// word's weight. Known loss: at a quarter, "Why hire anti-communist
// engineers ...?" drops ¶60's "From there it could be argued" (the
// reason question quotes ¶60 at a quarter too since "the reason" is
// cued as "why" is: see TestAskedForAReasonByNounTheReasonAnswers); the
// test keeps the selection that answers them, whatever the default, so
// that the code which does stays guarded.
func TestReasonSentenceAtRelatedHalf(t *testing.T) {
	e := Extractive{Selection: relatedHalf}
	got := answerWith(t, e, "What reason is given for first introducing material incentives?")
	if !strings.Contains(got, "“Of course, material incentives had been thought necessary, first, to recruit") || strings.Contains(got, "[¶61]") {
		t.Errorf("reason question:\n%s", got)
	}
	got = answerWith(t, e, "Why hire anti-communist engineers and intellectuals at all?")
	if !strings.Contains(got, "thought necessary, first, to recruit") || !strings.Contains(got, "From there it could be argued") {
		t.Errorf("why-hire question:\n%s", got)
	}
}
