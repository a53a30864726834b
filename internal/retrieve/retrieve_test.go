package retrieve

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/index"
	"studyguide/internal/terms"
)

func retriever(t testing.TB, mode Mode) *Retriever {
	t.Helper()
	c, err := essay.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, embed.NewLocal(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	return &Retriever{Corpus: c, Index: ix, Mode: mode}
}

func TestRetrieveFindsTheParagraph(t *testing.T) {
	tests := map[string]string{
		"Was Stalin an all-powerful dictator?":              "¶53",
		"How were political disputes handled in the Party?": "¶54",
		"the Party Maximum wage":                            "¶58",
		"Molotov and Felix Chuev on equalization":           "¶61",
		"When was the post of First Secretary created?":     "note 6",
	}
	for _, mode := range []Mode{Hybrid, LexicalOnly, SemanticOnly} {
		r := retriever(t, mode)
		for q, want := range tests {
			res, err := r.Retrieve(context.Background(), q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Hits[0].Passage.Ref.String(); got != want {
				t.Errorf("mode %d: %q found %s first, want %s", mode, q, got, want)
			}
			if res.Abstain {
				t.Errorf("mode %d: %q abstained", mode, q)
			}
		}
	}
}

func TestRetrieveClampsK(t *testing.T) {
	r := retriever(t, Hybrid)
	res, err := r.Retrieve(context.Background(), "Stalin", 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) > len(r.Corpus.Passages) {
		t.Errorf("%d hits from %d passages", len(res.Hits), len(r.Corpus.Passages))
	}
	if res, _ := r.Retrieve(context.Background(), "Stalin", 0); len(res.Hits) != 1 {
		t.Errorf("k=0 gave %d hits, want 1", len(res.Hits))
	}
	for i := 1; i < len(res.Hits); i++ {
		if res.Hits[i].Score > res.Hits[i-1].Score {
			t.Fatal("hits are not sorted by score")
		}
	}
}

func TestRetrieveAbstainsAndNamesMissingWords(t *testing.T) {
	res, err := retriever(t, Hybrid).Retrieve(context.Background(), "How do I bake sourdough bread?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain || len(res.Query.Missing) != 3 {
		t.Errorf("abstain = %v, missing = %v", res.Abstain, res.Query.Missing)
	}
}

// TestMissingLeavesOutPlacesTheTextNamesOtherwise checks that a declined
// question's "china" is not among the words the essay never uses, for it
// writes "Chinese" (¶57), while "army", which it never uses, is.
func TestMissingLeavesOutPlacesTheTextNamesOtherwise(t *testing.T) {
	res, err := retriever(t, Hybrid).Retrieve(context.Background(), "How big was China's army in 1950?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain || slices.Contains(res.Query.Missing, "china") || !slices.Contains(res.Query.Missing, "army") {
		t.Errorf("abstain = %v, missing = %v", res.Abstain, res.Query.Missing)
	}
}

func TestRetrieveRefusesEmptyQuestion(t *testing.T) {
	for _, q := range []string{"", "   ", "?!"} {
		if _, err := retriever(t, Hybrid).Retrieve(context.Background(), q, 4); !errors.Is(err, ErrEmptyQuestion) {
			t.Errorf("Retrieve(%q) error = %v", q, err)
		}
	}
}

// TestAuthorsNameIsFraming checks that the author's name, as the corpus's
// metadata gives it, frames a question as "the author" does: it is neither
// searched nor a name the text never uses, on this text or any other.
func TestAuthorsNameIsFraming(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"Why does Furr think the separation between Party and state should be abolished?",
		"Why does the author think the separation between Party and state should be abolished?",
		"why does grover furr think the separation between party and state should be abolished",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Query.Names) != 0 || slices.ContainsFunc(res.Query.Missing, func(w string) bool { return w == "furr" || w == "grover" }) {
			t.Errorf("%q: unknown names %v, missing %v; want none", q, res.Query.Names, res.Query.Missing)
		}
		if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶57" {
			t.Errorf("%q: abstain = %v, first = %s; want ¶57", q, res.Abstain, res.Hits[0].Passage.Ref)
		}
	}
	q, err := r.Analyse("What was Stalin's role in the Battle of Stalingrad?")
	if err != nil || len(q.Names) == 0 {
		t.Errorf("Stalingrad, which the essay never names, should count as an unknown name: %+v, %v", q, err)
	}

	// Another author: the name is framing only where the metadata says so.
	path := filepath.Join(t.TempDir(), "field.txt")
	text := "1. The needle turned when the current flowed through the wire.\n\n2. Electricity and magnetism are one force.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(strings.TrimSuffix(path, ".txt")+".json", []byte(`{"author": "Hans Christian Ørsted"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	other := textRetriever(t, path)
	res, err := other.Retrieve(context.Background(), "What does Ørsted say about the needle and the current?", 2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶1" || slices.Contains(res.Query.Stems, "ørsted") {
		t.Errorf("abstain = %v, refs = %v, stems = %v; want ¶1 and the name left out", res.Abstain, res.Refs(), res.Query.Stems)
	}
	if q, _ := other.Analyse("What does Furr say about the needle?"); !slices.Equal(q.Names, []string{"furr"}) {
		t.Errorf("names = %v; another text's author is an unknown name here", q.Names)
	}
}

// TestSpecificWordsWeighMore checks that a question whose one telling word
// the essay lacks is declined even though its other word, a word of many
// senses, is in the essay.
func TestSpecificWordsWeighMore(t *testing.T) {
	if v, f := specificity("volcano"), specificity("form"); v <= f {
		t.Errorf("specificity(volcano) = %.2f, specificity(form) = %.2f; want the one-sense word to weigh more", v, f)
	}
	res, err := retriever(t, Hybrid).Retrieve(context.Background(), "How do volcanoes form?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain {
		t.Errorf("answered with coverage %.2f, want the question declined", res.Coverage)
	}
}

// TestStandInsFindOtherWording checks that a word the essay lacks is
// searched through the essay's words of like meaning, and a word it has is
// searched as it is.
func TestStandInsFindOtherWording(t *testing.T) {
	r := retriever(t, Hybrid)
	const question = "How were party members' salaries limited?"
	q, err := r.Analyse(question)
	if err != nil {
		t.Fatal(err)
	}
	if ins := q.StandIns["salari"]; !slices.Contains(ins, "pay") || !slices.Contains(ins, "wage") {
		t.Errorf("stand-ins for salari = %v, want pay and wage", ins)
	}
	if ins, ok := q.StandIns["parti"]; ok {
		t.Errorf("parti, which the essay uses, has stand-ins %v", ins)
	}
	if ts, ws := q.lexical(DefaultParams); len(ts) != len(ws) {
		t.Fatalf("%d terms, %d weights", len(ts), len(ws))
	}
	res, err := r.Retrieve(context.Background(), question, 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶58" {
		t.Errorf("abstain = %v, refs = %v; want ¶58 first", res.Abstain, res.Refs())
	}
	if got := r.sameWord("publish"); !slices.Contains(got, "public") {
		t.Errorf("sameWord(publish) = %v, want public (from \"publication\")", got)
	}
}

// TestRelatedWordsBreakTies checks that a question word the essay uses is
// also searched through its related words, at less weight: ¶59 and ¶57
// both speak of party and state, but only ¶57 has the "distinction" that
// the question calls a "separation".
func TestRelatedWordsBreakTies(t *testing.T) {
	const question = "Why does the author want to get rid of the separation between party and state?"
	r := retriever(t, LexicalOnly)
	q, err := r.Analyse(question)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(q.Related["separ"], "distinct") {
		t.Fatalf("related[separ] = %v, want distinct", q.Related["separ"])
	}
	if _, ok := q.StandIns["separ"]; ok {
		t.Errorf("separ, which the essay uses, has stand-ins %v", q.StandIns["separ"])
	}
	ts, ws := q.lexical(DefaultParams)
	if i := slices.Index(ts, "distinct"); ws[i] > DefaultParams.RelatedWeight {
		t.Errorf("distinct weighs %.2f, more than RelatedWeight", ws[i])
	}
	res, err := r.Retrieve(context.Background(), question, 3)
	if err != nil {
		t.Fatal(err)
	}
	if refs := res.Refs(); refs[0].String() != "¶57" {
		t.Errorf("refs = %v, want ¶57 first", refs)
	}
}

// TestNotesFollowTheirParagraph checks that a question on a paragraph's
// claim finds the note it marks, below the paragraph: note 15 names books
// "in which Stalin does this", and only ¶55 says what "this" is.
func TestNotesFollowTheirParagraph(t *testing.T) {
	for _, mode := range []Mode{Hybrid, LexicalOnly, SemanticOnly} {
		res, err := retriever(t, mode).Retrieve(context.Background(), "Stalin's statements condemning the cult", 3)
		if err != nil {
			t.Fatal(err)
		}
		refs := res.Refs()
		para, note := slices.Index(refs, essay.Ref{Kind: essay.Paragraph, N: 55}), slices.Index(refs, essay.Ref{Kind: essay.Note, N: 15})
		if para < 0 || note < 0 || note < para {
			t.Errorf("mode %d: refs = %v, want ¶55 and then note 15 in the top three", mode, refs)
		}
	}
}

// TestPlainLexicalIsTheBaseline checks that the baseline mode ranks by the
// question's own words alone, while deciding abstention as the others do.
func TestPlainLexicalIsTheBaseline(t *testing.T) {
	const question = "How were party members' salaries limited?"
	plain, err := retriever(t, PlainLexical).Retrieve(context.Background(), question, 3)
	if err != nil {
		t.Fatal(err)
	}
	expanded, err := retriever(t, LexicalOnly).Retrieve(context.Background(), question, 3)
	if err != nil {
		t.Fatal(err)
	}
	if plain.Abstain != expanded.Abstain || plain.Coverage != expanded.Coverage {
		t.Errorf("abstention differs: plain %v (%.2f), expanded %v (%.2f)", plain.Abstain, plain.Coverage, expanded.Abstain, expanded.Coverage)
	}
	if expanded.Hits[0].Passage.Ref.String() != "¶58" {
		t.Errorf("expanded BM25 ranks %v; want ¶58, which speaks of pay and wages, first", expanded.Refs())
	}
	if slices.Equal(plain.Refs(), expanded.Refs()) && plain.Hits[0].Score == expanded.Hits[0].Score {
		t.Errorf("plain BM25 ranks as the expanded search does: %v", plain.Refs())
	}
}

// TestSourceQuestionsFavourNotes checks that a question asking for sources
// finds the note that names them ahead of the paragraph that makes the
// claim, and that other questions are left as they are.
func TestSourceQuestionsFavourNotes(t *testing.T) {
	for q, want := range map[string]bool{
		"Which books record Stalin speaking out against the cult?": true,
		"Where can I read the full text of the resolution?":        true,
		"In which newspaper was the document first published?":     true,
		"Did Stalin speak out against the cult?":                   false,
		"Why did the Party degenerate?":                            false,
	} {
		if got := intentOf(terms.Words(q)).Has(Reading); got != want {
			t.Errorf("intentOf(%q) has Reading = %v, want %v", q, got, want)
		}
	}
	res, err := retriever(t, Hybrid).Retrieve(context.Background(), "Which books record Stalin speaking out against the cult?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if refs := res.Refs(); refs[0].String() != "note 15" || !slices.Contains(refs[1:3], essay.Ref{Kind: essay.Paragraph, N: 55}) {
		t.Errorf("refs = %v, want note 15, then ¶55 among the next two", refs)
	}
	for _, h := range res.Hits {
		if h.Score < 0 || h.Score > 1 {
			t.Errorf("%s scores %.3f, outside 0 to 1", h.Passage.Ref, h.Score)
		}
	}
}

// TestMisspeltWordsAreRead checks that a word one edit from a word the
// corpus or the stop list knows is read as that word, and that real words
// and names the corpus lacks are left alone: a misspelt question was
// declined as never mentioning "realy" or "powerfull".
func TestMisspeltWordsAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	for typed, want := range map[string]string{
		"was stalin realy all powerfull?":              "was stalin really all powerful?",
		"What did Zhukof and Molotof think?":           "What did Zhukov and Molotov think?",
		"when was the post of first secretery created": "when was the post of first secretary created",
		"How do volcanoes form? Was Trotsky a sailor?": "How do volcanoes form? Was Trotsky a sailor?",
		"İzhukof covid bitcoin 1936 Сталин":            "İzhukof covid bitcoin 1936 Сталин",
		// Whole words before stems: a contraction, a form the corpus uses.
		"Why didnt Stalin get his reforms?": "Why didn't Stalin get his reforms?",
		"Was Beria murderd?":                "Was Beria murdered?",
		// Short words only as function words; a real word the corpus
		// lacks only where its neighbour says which word it stands for.
		"Wat did stalin think abot the cult of personalty?": "What did stalin think about the cult of personality?",
		"teh nomenklatura":           "the nomenklatura",
		"What is personalty in law?": "What is personalty in law?",
		"Why did the hat fall off?":  "Why did the hat fall off?",
		// An auxiliary's "n't" typed without its apostrophe.
		"why cant we know if it worked": "why can't we know if it worked",
		"a giant event":                 "a giant event",
		// An inflection of a word WordNet knows is a real word.
		"why hand out fatter paychecks?": "why hand out fatter paychecks?",
		// A word the corpus lacks is read as the word of general English
		// it misspells, the commoner when two fit; a capitalized one is a
		// name, not a slip.
		"was stalin jealus of trotsky":    "was stalin jealous of trotsky",
		"What did Putin think of Stalin?": "What did Putin think of Stalin?",
	} {
		if got, _ := r.correct(typed); got != want {
			t.Errorf("correct(%q) = %q, want %q", typed, got, want)
		}
	}
	res, err := r.Retrieve(context.Background(), "was stalin realy all powerfull?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶53" || res.Query.Text != "was stalin really all powerful?" {
		t.Errorf("abstain = %v, refs = %v, searched %q; want ¶53 first, searched as corrected", res.Abstain, res.Refs(), res.Query.Text)
	}
	want := []Respelling{{"realy", "really"}, {"powerfull", "powerful"}}
	if !slices.Equal(res.Query.Respelled, want) {
		t.Errorf("Respelled = %v, want %v", res.Query.Respelled, want)
	}
}

// TestAgentVerbTwoStepsAway checks that the verb a question asks the
// agent of, a word the essay lacks with nothing standing in for it, is
// searched through the essay's word two steps from it ("stymied",
// through "obstruct", for "stopped"), and that who did it is then found
// where the essay says so; a noun or an adjective the essay lacks
// ("smart") is not searched so far, and the far word counts for nothing
// in whether the essay addresses a question.
func TestAgentVerbTwoStepsAway(t *testing.T) {
	r := retriever(t, Hybrid)
	q, err := r.Analyse("who stopped him (stalin, elections)")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(q.throughKin["stop"], "stymi") {
		t.Errorf("words two steps from stop = %v, want stymi", q.throughKin["stop"])
	}
	res, err := r.Retrieve(context.Background(), "So who was stopping Stalin, if he was not so strong as the man says?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != "¶53" {
		t.Errorf("who was stopping him found %v (abstain %v), want ¶53 first", res.Refs(), res.Abstain)
	}
	q, err = r.Analyse("why did the soviets pay smart people more")
	if err != nil {
		t.Fatal(err)
	}
	if len(q.throughKin) != 0 {
		t.Errorf("words two steps from a question's adjective = %v, want none", q.throughKin)
	}
	res, err = r.Retrieve(context.Background(), "Who stopped the World Cup final?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain {
		t.Errorf("who stopped the World Cup final: answered from %v, want declined", res.Refs())
	}
}

// TestStandInsOfTheSameConcept checks that a word the essay lacks is
// searched through the essay's words of nearly the same concept, which
// WordNet does not list as its synonyms: "benefit" for "perks" (a perk is
// a kind of benefit), "expert" for "specialists"; and that "fatter" is
// searched as "fat", not read as "father".
func TestStandInsOfTheSameConcept(t *testing.T) {
	r := retriever(t, Hybrid)
	for question, want := range map[string][2]string{
		"What perks did high-ranking party officials enjoy?":   {"perk", "benefit"},
		"why hand out fatter paychecks to specialists at all?": {"specialist", "expert"},
	} {
		q, err := r.Analyse(question)
		if err != nil {
			t.Fatal(err)
		}
		if ins := q.SameConcept[want[0]]; !slices.Contains(ins, want[1]) {
			t.Errorf("%q: words of the same concept as %s = %v, want %s", question, want[0], ins, want[1])
		}
	}
	q, err := r.Analyse("why hand out fatter paychecks?")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(q.Stems, "fat") || slices.Contains(q.Stems, "father") {
		t.Errorf("stems = %v, want fat and no father", q.Stems)
	}
	res, err := r.Retrieve(context.Background(), "What perks did high-ranking party officials enjoy?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶58" {
		t.Errorf("abstain = %v, refs = %v; want ¶58, on the material benefits of high Party office, first", res.Abstain, res.Refs())
	}
}

// TestRunsOfCapitals checks which runs of capitalized words name
// something the text lacks: not keywords holding a name the text uses
// ("Plot Kruglov"), and not a possessive before a name ("Lenin's").
func TestRunsOfCapitals(t *testing.T) {
	r := retriever(t, Hybrid)
	for question, want := range map[string][]string{
		"Doctors' Plot Kruglov":                 nil,
		"What was Lenin's New Economic Policy?": {"new economic policy"},
	} {
		q, err := r.Analyse(question)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(q.Names, want) {
			t.Errorf("%q: names %q, want %q", question, q.Names, want)
		}
	}
	q, err := r.Analyse("what became of the factions of the twenties?")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(q.SameConcept["twenti"], "1920s") {
		t.Errorf("words of the concept of twenties = %v, want 1920s", q.SameConcept["twenti"])
	}
}

// TestSourcesInTheAuthorsVoice checks that a paragraph saying in the
// author's voice what the text rests on ranks beside the notes that do,
// for a question asking for sources: ¶56's "almost entirely on the basis
// of others' research" with note 4's "mainly follows" and note 10's "I
// have drawn on"; and that "according to" in a sentence that is neither
// the author's nor a citation names no source (¶53).
func TestSourcesInTheAuthorsVoice(t *testing.T) {
	r := retriever(t, Hybrid)
	res, err := r.Retrieve(context.Background(), "What sources does Furr rely on?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sortedRefs(res), []string{"note 10", "note 4", "¶56"}; !slices.Equal(got, want) {
		t.Errorf("refs = %v, want %v", got, want)
	}
}

// TestQuestionsAboutTheText checks that a question asked of the text
// itself (its sources, its author's stance, its purpose) is read as such
// and answered from the passages that speak in that voice, though it
// shares no word of a subject with them; and that one about something the
// text never mentions is still declined.
func TestQuestionsAboutTheText(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, c := range []struct {
		question string
		intent   Intent
		want     string
	}{
		{"What sources does Furr rely on?", Sources, "note 4"},
		{"Which historians does the author cite?", Sources, "note 4"},
		{"Is he biased?", Stance, "¶62"},
		{"Does the author admit his own political bias?", Stance, "¶62"},
		{"Why did he write this?", Purpose, "¶52"},
		{"What is the main goal of writing this essay?", Purpose, "¶52"},
		{"Does the author acknowledge that his own political commitments shape his questions?", Stance, "¶62"},
		{"What is one main reason he wrote this essay?", Purpose, "¶52"},
	} {
		res, err := r.Retrieve(context.Background(), c.question, 4)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Query.Intent.Has(c.intent) {
			t.Errorf("%q: intent %b, want %b", c.question, res.Query.Intent, c.intent)
		}
		if res.Abstain || !slices.ContainsFunc(res.Refs(), func(r essay.Ref) bool { return r.String() == c.want }) {
			t.Errorf("%q: abstain = %v, refs = %v; want %s among them", c.question, res.Abstain, res.Refs(), c.want)
		}
	}
	for _, q := range []string{"Why did Stalin want the Party out of running the state?", "What was Stalin's goal?",
		// What the author grants about his subject asks of the subject
		// (what he grants cannot be known is Limits: TestLimitsAnswered).
		"Does he admit any limits to Stalin's own understanding of the cult?"} {
		if in := intentOf(terms.Words(q)); in != 0 {
			t.Errorf("%q: intent %b, want none: it asks of the subject", q, in)
		}
	}
	// Asked its purpose in words of its own, the text is searched for the
	// words it states it in ("a primary purpose of this essay"), before
	// a passage that is only important ("of immense importance").
	for _, q := range []string{"What is the main goal of writing this essay?", "What does the author say is one main aim of his essay?"} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != "¶52" {
			t.Errorf("%q found %s first, want ¶52", q, got)
		}
	}
	// Asked of the author's own politics, the passage where he owns them
	// comes first in the hybrid too: the vectors, finding "political"
	// where the text says it most, do not outvote the voice.
	for _, q := range []string{"Does the author admit that his own politics shape his questions?", "Does the author own up to having a political axe to grind?"} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != "¶62" {
			t.Errorf("%q found %s first, want ¶62", q, got)
		}
	}
	res, err := r.Retrieve(context.Background(), "Is Furr biased about the moon landing?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain {
		t.Errorf("a question of bias about something the text never mentions was answered: %v", res.Refs())
	}
}

// TestNamesAndYearsTheTextLacks checks that a question naming in capitals
// something the text never mentions is declined though it shares a name
// with it, and that a question asking the year is declined where the
// passage gives none and answered where it does.
func TestNamesAndYearsTheTextLacks(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, abstain := range map[string]bool{
		"What did Lenin think about the NEP?":                             true,
		"In what year did Lenin die?":                                     true,
		"What did Lenin think about inequality?":                          false,
		"In what year was the article on the Leningrad Affair published?": false,
		// A run of capitals the text never puts together names a thing of
		// its own; one a part of which it holds is one of its names.
		"What happened to the Soviet Union in the Second World War?": true,
		"Did the Russian Communist Party support the reforms?":       false,
		// WordNet knows "Marshall Plan" only as a name, typed in lower
		// case or not; "the new look" of a text that uses "new" and
		// "look" is those words, not the New Look of fashion.
		"what did the party think of the marshall plan":                            true,
		"I remember a part saying the new look at Soviet history began in Russia.": false,
		// WordNet knows "western" in lower case: no name.
		"How does the author describe democracy in Western countries?": false,
		// "medieval" pertains to the Middle Ages, and ¶63 answers it,
		// though it holds neither "sailors" nor "comparison": a word
		// naming a way of speaking weighs nothing when the text lacks it
		// (see kindWord). Once a known wrong decline.
		"What is the comparison with sailors in the Middle Ages and their maps?": false,
		// A time or a number must stand in a sentence holding what is
		// asked about, not anywhere in a passage that names the person.
		"When did Molotov die?":                                          true,
		"In what year was Voznesensky arrested?":                         true,
		"How many doctors were arrested in the Doctors' Plot?":           true,
		"When was the post of First Secretary created?":                  false,
		"When does Khrushchev say Beria was killed?":                     false,
		"When did the author plan to publish his article on Khrushchev?": false,
		// A year the text never reaches is off its ground.
		"How much money did the Russian oligarchs make from privatization in the 1990s?": true,
		"What became of the opposition groups that lost the party debates of the 1920s?": false,
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != abstain {
			t.Errorf("%q: abstain = %v, want %v (refs %v)", q, res.Abstain, abstain, res.Refs())
		}
	}
}

// TestYearsTheTextNeverReaches checks which years of a question count as
// beyond the text: a year or decade it never gives, but not one whose
// decade it names or one of whose years it gives.
func TestYearsTheTextNeverReaches(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string][]string{
		"Who led the country in 1964?":               {"1964"},
		"What happened in the 1990s and in 1936?":    {"1990s"},
		"What did the elections of the 1930s bring?": nil,
		"What happened to the opposition in 1925?":   nil,
	} {
		got, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Years, want) {
			t.Errorf("%q: years %v, want %v", q, got.Years, want)
		}
	}
}

// TestCasualWordsAreFraming checks that the words of a conversational
// question ("the guy", "just") are neither searched for nor held against
// its support, that "deal" is casual only in "the deal", and that a
// salience word ("juiciest", "weirdest") frames only when it picks out a
// piece of the text ("bit", "thing"): "Was Stalin crazy?" asks whether he
// was. A Spanish speaker's "por qué" and articles ("el") frame too, as
// an oath after the question word does ("what the heck", "why on
// earth"), though not a word said of something ("go to hell").
func TestCasualWordsAreFraming(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"why couldn't the top guys just hash out their disagreements in public?",
		"ok but according to this guy, is western-style voting even real democracy?",
		// "per" is no slip for "pear", and frames as "according to" does.
		"Per Furr, can voters ever vote capitalism out?",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain {
			t.Errorf("%q: declined (stems %v)", q, res.Query.Stems)
		}
	}
	for q, want := range map[string][]string{
		"So was Stalin really the guy running everything?": {"stalin", "run"},
		"what's the deal with the elections?":              {"elect"},
		"Did he make a deal with the bosses?":              {"make", "deal", "boss"},
		"give me the juiciest bit about Khrushchev":        {"khrushchev"},
		"wait, who actually killed Beria?":                 {"kill", "beria"},
		"what's the weirdest thing about Beria's death":    {"beria", "death"},
		"Was Stalin crazy?":                                {"stalin", "crazi"},
		"por qué Stalin condemned el cult?":                {"stalin", "condemn", "cult"},
		"what the heck is the party maximum":               {"parti", "maximum"},
		"why on earth did Khrushchev attack Stalin":        {"khrushchev", "attack", "stalin"},
		"Why did he go to hell?":                           {"go", "hell"},
		"per the author, was Stalin all-powerful?":         {"stalin", "power"},
	} {
		got, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Stems, want) {
			t.Errorf("%q: stems %v, want %v", q, got.Stems, want)
		}
	}
}

// TestEachPartIsWeighedAlone checks that a question of two parts is
// addressed when one of them is, though the text lacks the other's words
// ("dropped").
func TestEachPartIsWeighedAlone(t *testing.T) {
	r := retriever(t, Hybrid)
	q := "What was the cap on party members' salaries and when was it dropped?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != "¶58" {
		t.Errorf("%q: abstain = %v, refs %v; want ¶58 first", q, res.Abstain, res.Refs())
	}
}

// TestFactsTheTextDoesNotGiveOfWhatItNames checks the relation test: a
// question asking a fact of someone or something the essay names is
// declined when no sentence naming it (or going on about it by a
// pronoun) holds anything of what is asked, and answered when one does,
// in the text's own words or near them.
func TestFactsTheTextDoesNotGiveOfWhatItNames(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, abstain := range map[string]bool{
		// Note 3 names Zhdanov only as supporting the draft; ¶51 names the
		// Paris Commune only as what Marx and Engels studied.
		"How did Zhdanov die?": true,
		"When was the Paris Commune set up, and how long did it last?": true,
		"What did the Chinese Cultural Revolution do to teachers?":     true,
		// ¶61 names Lenin and Stalin together, but never a testament.
		"What did Lenin's testament say about Stalin?": true,
		// "after Stalin's death" dates the post by the death, and "one of
		// the charges" is no count.
		"When did Stalin die, and what was the cause of his death?": true,
		"How many people were executed in the Leningrad Affair?":    true,
		// Note 5 names Georgia, and its next sentence a capital; that
		// sentence's "they" are the leaders it names, not Georgia.
		"What is the capital of Georgia?": true,
		// Said of the name, in other words or by a pronoun.
		"What did Molotov worry about?":                                      false,
		"What was Stalin unable to control?":                                 false,
		"Did Zhdanov support the democratic strain?":                         false,
		"What did Marx and Engels learn from the Paris Commune?":             false,
		"Why does the author bring up the Paris Commune?":                    false,
		"What were the leaders in the Leningrad Affair accused of planning?": false,
		"Why were specialists paid more?":                                    false,
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != abstain {
			t.Errorf("%q: abstain = %v, want %v (refs %v)", q, res.Abstain, abstain, res.Refs())
		}
	}
}

// TestIdiomWordsReadFiguratively checks that a word of an idiom the
// question uses is searched through the idiom's plain words, not as
// itself: "charge" in "in charge" is not the text's "charges", and "way"
// in "getting his way" not its "in this way"; while a word that is one
// of the idiom's plain words ("power" in "seize power") is searched.
func TestIdiomWordsReadFiguratively(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, c := range map[string]struct{ not, want string }{
		"who was in charge of the party really":         {"charg", "control"},
		"So was Stalin actually calling all the shots?": {"call", "control"},
		"Did Beria try to seize power?":                 {"", "power"},
	} {
		query, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		ts, _ := query.lexical(DefaultParams)
		if c.not != "" && slices.Contains(ts, c.not) {
			t.Errorf("%q searches %q: %v", q, c.not, ts)
		}
		if !slices.Contains(ts, c.want) {
			t.Errorf("%q does not search %q: %v", q, c.want, ts)
		}
	}
	res, err := r.Retrieve(context.Background(), "Who kept Stalin from getting his way?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Hits[0].Passage.Ref.String(); got != "¶53" || res.Abstain {
		t.Errorf("found %s first (abstain %v), want ¶53: he was stymied", got, res.Abstain)
	}
}

// TestKindFramingIsNotSearched checks that "what kind of" frames what a
// question asks, and is not searched.
func TestKindFramingIsNotSearched(t *testing.T) {
	r := retriever(t, Hybrid)
	query, err := r.Analyse("What kind of documents are changing history?")
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(query.Stems, "kind") {
		t.Errorf("the question searches its framing: %v", query.Stems)
	}
}

// TestWhereToLookIsNotSearched checks that "according to the essay",
// "in this essay" and "to do with this essay" say where to look and are
// not searched: ¶52's "A primary purpose of this essay" would answer
// them all. "the purpose of this essay" asks about the essay itself, and
// is still answered from ¶52. "Why does the essay say X" gives the essay
// as the one saying X, as "why does the author say X" does: it is
// answered from ¶59's "the real cause of degeneration", not from ¶52.
func TestWhereToLookIsNotSearched(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"Why should engineers get paid more, according to the essay?",
		"what does china have to do with this essay",
		"who does he blame in this essay",
		"Why does the essay say the Soviet Union degenerated?",
		"Which groups or officials does the essay say Stalin was unable to control?",
	} {
		query, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(query.Stems, "essay") {
			t.Errorf("%q searches where to look: %v", q, query.Stems)
		}
	}
	wantFirst(t, r, map[string]string{
		"what does china have to do with this essay":           "¶57",
		"what is the purpose of this essay":                    "¶52",
		"Why does the essay say the Soviet Union degenerated?": "¶59",
		"What does the essay say is its purpose?":              "¶52",
	})
	// "Does the essay say this?" asks whether the text says a thing at
	// all: the essay stays what it asks of.
	query, err := r.Analyse("Stalin's papers were burnt after he died - does the essay say this?")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(query.Stems, "essay") {
		t.Errorf("%q no longer asks of the essay: %v", query.Text, query.Stems)
	}
}

// TestYearQuestionsFindAYear checks that a question asking in what year
// is answered first by the passage that gives one, not by one that only
// names what is asked about.
func TestYearQuestionsFindAYear(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{"What year was Khrushchev's Secret Speech?", "what year Khrushchev make the secret speech?"} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != "note 14" {
			t.Errorf("%q found %s first, want note 14", q, got)
		}
	}
}

// TestWhereToFindAsksWhereToRead checks that a question asking where to
// find something is answered from the note beside the claim, as one
// naming a book is.
func TestWhereToFindAsksWhereToRead(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{"Where can I find quotes of Stalin condemning the cult of personality?", "Where can I find the passages in which Stalin condemns his own cult?"} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Query.Intent.Has(Reading) {
			t.Errorf("%q: intent %b, want Reading", q, res.Query.Intent)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != "note 15" {
			t.Errorf("%q found %s first, want note 15", q, got)
		}
	}
	if in := intentOf(terms.Words("Where did the party leaders fight it out?")); in.Has(Reading) {
		t.Errorf("a question of where something happened asks where to read it")
	}
}

// TestNamesKinCountsBesideTheName checks that what the dictionary relates
// to a name's stem ("authoritarian", through "Stalinism") lifts only the
// passages that give the name: "Who could Stalin not control?" is
// answered by the paragraph saying what he could not control, not by the
// one calling Western parties authoritarian.
func TestNamesKinCountsBesideTheName(t *testing.T) {
	r := retriever(t, Hybrid)
	names := r.textNames()
	if !names["stalin"] || names["parti"] || names["elect"] {
		t.Errorf("text names: stalin %v, parti %v, elect %v; want only stalin", names["stalin"], names["parti"], names["elect"])
	}
	wantFirst(t, r, map[string]string{
		"Who could Stalin not control, according to the author?":                           "¶53",
		"Would Stalin have let other parties run against the communists in his elections?": "¶49",
	})
}

// wantFirst checks that r finds first, for each question of first, the
// passage it maps to.
func wantFirst(t *testing.T, r *Retriever, first map[string]string) {
	t.Helper()
	for q, want := range first {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Hits) == 0 {
			t.Errorf("%q: abstain %v, ranked %v; want %s first", q, res.Abstain, res.Refs(), want)
			continue
		}
		if got := res.Hits[0].Passage.Ref.String(); got != want {
			t.Errorf("%q found %s first, want %s", q, got, want)
		}
	}
}
