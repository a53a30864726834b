package retrieve

import (
	"testing"
)

// TestRussianWordsAreRead checks, on the essay, that a question a
// Russian-speaking student puts in Russian words written in Latin
// letters is answered from the passage that answers it, and the reading
// noted: eval72's "delo vrachey", "Pervyi sekretar", "byurokratizm" and
// "Kritika Gotskoy programmy" were declined as words the essay never
// uses, "Hrushchov", with Russian "х" written "h", as a name it never
// mentions. "delo" is read as "case" for the doctors' case and as
// "affair" for the Leningrad one, which "case" leaves declined.
func TestRussianWordsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Who in reality liquidated investigation of delo vrachey?", "note 11", Respelling{"vrachey", "doctors"}},
		{"What was accusation in Leningradskoe delo?", "note 5", Respelling{"delo", "affair"}},
		{"What was delo vrachey?", "note 11", Respelling{"delo", "case"}},
		{"What was Leningradskoe delo?", "note 5", Respelling{"delo", "affair"}},
		{"When post of Pervyi sekretar was created and for whom?", "note 6", Respelling{"Pervyi", "first"}},
		{"What author thinks about term byurokratizm?", "¶57", Respelling{"byurokratizm", "bureaucratism"}},
		{"What is Partmaksimum and when it was ended?", "¶58", Respelling{"Partmaksimum", "party maximum"}},
		{"Why is mentioned Kritika Gotskoy programmy?", "¶61", Respelling{"Gotskoy", "Gotha"}},
		{"For what author mentions Parizhskaya kommuna and Marx and Engels?", "¶51", Respelling{"Parizhskaya", "Paris"}},
		{"How does the essay interpret the RSFSR party question in the Leningrad Affair?", "note 5", Respelling{"RSFSR", "Russian Republic"}},
		{"Who was Kruglov and how Hrushchov treated him?", "note 11", Respelling{"Hrushchov", "Khrushchev"}},
		{"What is foundational falsehood of Cold War / Hrushchov paradigm?", "¶53", Respelling{"Hrushchov", "Khrushchev"}},
	})
}

// TestRussianReadingsAnswerNothingNew checks that reading Russian words
// answers no question the text does not, on the essay and on Thoreau: a
// Russian word for a thing the text never speaks of, and a Russian
// word beside words the text lacks.
func TestRussianReadingsAnswerNothingNew(t *testing.T) {
	checkStillDeclined(t, []textQuestions{
		{"", []string{
			"How much did vodka cost in Moskve?",
			"Kto vyigral chempionat mira po futbolu?",
			"Which vrach treated Tolstoy in Yasnaya Polyana?",
		}},
		{"civil-disobedience.md", []string{
			"What did the Moskovskiy sud decide?",
			"Which gazeta printed the partbilet photos?",
		}},
	})
}

// TestRussianMeant checks the readings of single Russian words against
// the essay's own words: a case ending, an adjective of a place, a
// Soviet compound, and words general English knows, which are never
// read as Russian; and a word's senses in turn, the last held standing
// for any after it ("matter" is not in the essay).
func TestRussianMeant(t *testing.T) {
	r := retriever(t, Hybrid)
	for w, want := range map[string]string{
		"dela":         "case",
		"vrachi":       "doctor",
		"sekretarya":   "secretary",
		"pervaya":      "first",
		"moskovskiy":   "Moscow",
		"partmaksimum": "party maximum",
		"byurokratiya": "bureaucracy",
		"suds":         "",
		"zzzskaya":     "",
	} {
		if got := r.russianMeant(w, 0); got != want {
			t.Errorf("russianMeant(%q) = %q, want %q", w, got, want)
		}
	}
	for sense, want := range []string{"case", "affair", "affair"} {
		if got := r.russianMeant("delo", sense); got != want {
			t.Errorf("russianMeant(delo, %d) = %q, want %q", sense, got, want)
		}
	}
}
