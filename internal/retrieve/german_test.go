package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestGermanNounsAreRead checks, on the essay, that a question a
// German-speaking student puts with a German noun in it is answered
// from the passage that answers it, and the reading noted: eval54's
// "Verfassung" and "Verhaftung" were declined as words the essay never
// uses.
func TestGermanNounsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Why was the Verfassung from 1936 never put in practice, says the author?", "¶51", Respelling{"Verfassung", "constitution"}},
		{"Was Beria really killed at the day of his Verhaftung?", "note 12", Respelling{"Verhaftung", "arrest"}},
		// "publisher", the first sense, the question holds ("published"):
		// the next is read.
		{"In which year and by which Verlag was the Dimitrov diary published?", "note 15", Respelling{"Verlag", "press"}},
		{"Who is the Herausgeber of the Dimitrov diary?", "note 15", Respelling{"Herausgeber", "editor"}},
	})
}

// TestGermanNounIsNoOneAskedWho checks that a German noun asked who it
// is ("Who is Verlag?") is not read as the common noun it translates:
// read as "press", it was answered from a citation's imprint, though
// the essay names no one so. After an article it asks a role, and is
// read (see TestGermanNounsAreRead).
func TestGermanNounIsNoOneAskedWho(t *testing.T) {
	checkStillDeclined(t, []textQuestions{{"", []string{
		"Who is Verlag?",
		"who's Verlag",
		"Who was this Verlag?",
	}}})
}

// TestGermanNounsOnThoreau checks the reading on Thoreau's essay, where
// a German noun is read as the word he writes.
func TestGermanNounsOnThoreau(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	q := "Why was Thoreau put into the Gefaengnis for a night?"
	res, err := r.Retrieve(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := Respelling{"Gefaengnis", "prison"}
	if res.Abstain || !slices.Contains(res.Query.Respelled, want) {
		t.Errorf("%q: declined %v, readings %v, want %v", q, res.Abstain, res.Query.Respelled, want)
	}
}

// TestGermanReadingsAnswerNothingNew checks that reading German nouns
// answers no question the text does not, on the essay and on Thoreau.
func TestGermanReadingsAnswerNothingNew(t *testing.T) {
	checkStillDeclined(t, []textQuestions{
		{"", []string{
			"What did the Zeitung say about the Verfassung of Kaganovich?",
			"Which Fussballverein did Beria support?",
		}},
		{"civil-disobedience.md", []string{
			"What did Thoreau think of the Verfassung of 1936?",
		}},
	})
}

// TestGermanMeant checks the readings of single German nouns against
// the essay's words: a plural ending, a word the essay lacks the English
// of, and words general English knows, which are never read as German.
func TestGermanMeant(t *testing.T) {
	r := retriever(t, Hybrid)
	for w, want := range map[string]string{
		"verfassung":  "constitution",
		"wahlen":      "election",
		"verhaftung":  "arrest",
		"zeitung":     "newspaper",
		"kirche":      "",
		"lager":       "",
		"verfassungz": "",
	} {
		if got := r.germanMeant(w, 0); got != want {
			t.Errorf("germanMeant(%q) = %q, want %q", w, got, want)
		}
	}
}
