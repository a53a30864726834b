package retrieve

import (
	"reflect"
	"slices"
	"testing"
)

// TestPartsOf checks that a question asking two things is split where the
// second begins, and that a part pointing back ("did he ...") leans on
// the first.
func TestPartsOf(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string][]Part{
		"What was the cult of personality and did Stalin like it?": {
			{Stems: []string{"cult", "person"}}, {Stems: []string{"stalin"}, Leans: []string{"cult", "person"}, Thing: true}},
		"What did Molotov worry about, and did he blame Lenin?": {
			{Stems: []string{"molotov", "worri"}}, {Stems: []string{"blame", "lenin"}, Leans: []string{"molotov", "worri"}}},
		"Was Stalin all-powerful? Who stopped him?": {
			{Stems: []string{"stalin", "power"}}, {Stems: []string{"stop"}, Leans: []string{"stalin", "power"}}},
		"Who stopped Stalin from doing his reforms?":                {{Stems: []string{"stop", "stalin", "reform"}}},
		"What is the relationship between the Party and the state?": {{Stems: []string{"relationship", "parti", "state"}}},
		"Stalin and Beria": {{Stems: []string{"stalin", "beria"}}},
		// A contracted question word opens a part, and so does a question
		// word with its auxiliary after a comma that ends a question.
		"What's the Paris Commune doing here, and what's his beef with the word bureaucracy?": {
			{Stems: []string{"pari", "commune"}}, {Stems: []string{"beef", "word", "bureaucraci"}, Leans: []string{"pari", "commune"}}},
		"How can Furr claim the histories are false, what is his evidence?": {
			{Stems: []string{"histori", "fals"}}, {Stems: []string{"evid"}, Leans: []string{"histori", "fals"}}},
		// A clause setting the scene is no question of its own.
		"If political disputes could not be aired openly, how were they dealt with?": {
			{Stems: []string{"polit", "disput", "air", "open", "deal"}}},
		"When old Molotov was talking with Chuev, what was he worried about?": {
			{Stems: []string{"old", "molotov", "talk", "chuev", "worri"}}},
		// "Also" may stand between "and" and the question it opens.
		"what does he say democracy really is in rich countries and also could elections with choices have worked in the soviet union": {
			{Stems: []string{"democraci", "rich", "countri"}}, {Stems: []string{"elect", "choic", "work", "soviet", "union"}}},
		// "And" typed in haste joins two questions as "and" does.
		"did kruschev lie in the secret speech n is the author writing something about that": {
			{Stems: []string{"khrushchev", "lie", "secret", "speech"}}, {Stems: []string{"write"}, Leans: []string{"khrushchev", "lie", "secret", "speech"}, Thing: true}},
		// "+" typed for "and" joins two questions as "and" does.
		"what did stalin rule out in the elections + what does democracy mean under capitalism": {
			{Stems: []string{"stalin", "rule", "elect"}}, {Stems: []string{"democraci", "mean", "capit"}}},
		// "Y" texted for "why" opens a part as "why" does.
		"what perks did party members get, and y did they start paying specialists more": {
			{Stems: []string{"perk", "parti", "member"}}, {Stems: []string{"start", "pay", "specialist"}, Leans: []string{"perk", "parti", "member"}, Thing: true}},
		// "Instead" points back to the thing the part before names.
		`What objection does he raise to the term "bureaucracy," and what framing does he propose instead?`: {
			{Stems: []string{"object", "rais", "term", "bureaucraci"}},
			{Stems: []string{"frame", "propos", "instead"}, Leans: []string{"object", "rais", "term", "bureaucraci"}, Thing: true}},
		// A preposition said again after "and" asks of a second thing
		// what the question asks of the first, which "and" alone does not.
		"What does the author say about the nomenklatura and about the First Secretaries?": {
			{Stems: []string{"nomenklatura"}}, {Stems: []string{"first", "secretari"}}},
		"What does the author say about the nomenklatura and the First Secretaries?": {
			{Stems: []string{"nomenklatura", "first", "secretari"}}},
		// The preposition said again is the last one used: the press is
		// asked what speech is, of the 1936 Constitution.
		"Which articles of the 1936 Constitution guaranteed freedom of speech and of the press?": {
			{Stems: []string{"articl", "1936", "constitut", "guarante", "freedom", "speech"}},
			{Stems: []string{"press"}, Leans: []string{"articl", "1936", "constitut", "guarante", "freedom"}}},
		// "Which" said again with the clause's verb asks again; after a
		// noun with another verb it opens a relative clause. "note" names
		// the footnotes and is not searched (see namesNotes).
		"Which note records the plot, which records his lies, and which records his death?": {
			{Stems: []string{"record", "plot"}}, {Stems: []string{"record", "lie"}, Leans: []string{"record", "plot"}}, {Stems: []string{"record", "death"}, Leans: []string{"record", "plot"}}},
		"Which note records the plot, which killed thousands?": {{Stems: []string{"record", "plot", "kill", "thousand"}}},
		// A clause asking for the source of what the part before asks,
		// in no word of its own, is a part all the same; one of no word
		// of its own that asks nothing new joins the part before.
		"Does Furr claim Stalin opposed his own personality cult, and what's his source for that?": {
			{Stems: []string{"stalin", "oppos", "person", "cult"}}, {Leans: []string{"stalin", "oppos", "person", "cult"}, Thing: true}},
		"Was Stalin all-powerful, and was he?": {{Stems: []string{"stalin", "power"}}},
	} {
		aq, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		// Whether a part asks of the text is TestIntentSpeaksForItsOwnParts's;
		// its words are what the question says, and so is how it was
		// asked (see TestPartAskedAsWritten).
		got := slices.Clone(aq.Parts)
		for i := range got {
			got[i].OfText, got[i].Words, got[i].Asked = false, nil, ""
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("parts of %q = %+v, want %+v", q, got, want)
		}
	}
}

// TestPartAskedAsWritten: each part keeps its words as asked, the
// conjunction joining it to the part before left out.
func TestPartAskedAsWritten(t *testing.T) {
	r := retriever(t, Hybrid)
	aq, err := r.Analyse("What did Molotov worry about, and did he blame Lenin?")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range aq.Parts {
		got = append(got, p.Asked)
	}
	if want := []string{"What did Molotov worry about,", "did he blame Lenin?"}; !slices.Equal(got, want) {
		t.Errorf("parts asked %q, want %q", got, want)
	}
}
