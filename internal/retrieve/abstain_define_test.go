package retrieve

import "testing"

// TestTermOnlyMentioned checks that a question asking only what a term
// is, which the text mentions in passing and never explains ("the July
// 1953 Plenum", "the local NKVD", "all zagryaditelniye otryadi"), is
// declined, while one the text explains is answered: by quoting it as a
// term ("the "Party Maximum" wage"), by a noun of its kind ("the
// leftwing newspaper Sovetskaia Rossiia"), or by saying what something
// is by it ("constitutes a majority of one").
func TestTermOnlyMentioned(t *testing.T) {
	essay := abstainsOn(t, retriever(t, Hybrid))
	for q, want := range map[string]bool{
		"what is a plenum":                      true,
		"what is the nkvd":                      true,
		"what is the paris commune":             true,
		"what is the party maximum":             false,
		"what was the leningrad affair":         false,
		"what is the greatest theft in history": false,
		"what is sovetskaia rossiia?":           false,
		"What does nomenklatura mean?":          false,
	} {
		if got := essay(q); got != want {
			t.Errorf("%q: abstain = %v, want %v", q, got, want)
		}
	}
	goldman := abstainsOn(t, textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md"))
	if q := "What were the zagryaditelniye otryadi?"; !goldman(q) {
		t.Errorf("%q was answered", q)
	}
	thoreau := abstainsOn(t, textRetriever(t, "../essay/testdata/texts/civil-disobedience.md"))
	if q := `what does "majority of one" mean`; thoreau(q) {
		t.Errorf("%q was declined", q)
	}
}

// TestExplains checks how a sentence naming a term says what it is.
func TestExplains(t *testing.T) {
	stems := []string{"plenum"}
	for text, want := range map[string]bool{
		"He was already dead at the time of the July 1953 Plenum.":     false,
		"The Plenum, the Party's governing assembly, met in July.":     true,
		"A Plenum is a full meeting of the Central Committee.":         true,
		`The so-called "Plenum" met twice a year.`:                     true,
		"The meeting known as the Plenum met twice a year.":            true,
		"Its members met in the Plenum (a full session) twice a year.": true,
	} {
		term, got := explains(text, stems)
		if term != "Plenum" || got != want {
			t.Errorf("explains(%q) = %q, %v, want \"Plenum\", %v", text, term, got, want)
		}
	}
}
