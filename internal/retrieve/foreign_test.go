package retrieve

import "testing"

// TestForeignReadersWordsAreRead checks, on the essay, that a question a
// German-speaking student puts in his own language's habits is answered
// from the passage that answers it, and the reading noted: eval69's
// "Has Stalin the Personenkult himself criticised?" was declined as
// never mentioning "personenkult", "Why could a Russian Party eventually
// dangerous be?" as never mentioning "eventually" (German "eventuell",
// possibly), and the question closing "I need it for my Hausarbeit." as
// naming someone the essay does not.
func TestForeignReadersWordsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Has Stalin the Personenkult himself criticised?", "¶55", Respelling{"Personenkult", "person cult"}},
		{"Why could a Russian Party eventually dangerous be?", "note 5", Respelling{"eventually", "possibly"}},
		{"When did they end the partmaximum? Does the author know?", "¶58", Respelling{"partmaximum", "party maximum"}},
		{"Where can I find the Citations where Stalin the cult condemns? I need it for my Hausarbeit.", "note 15", Respelling{}},
		{"Which Privileges had the Party members? Higher Salary, better Apartments, special Shops?", "¶58", Respelling{}},
	})
}

// TestForeignReadingsAnswerNothingNew checks that the readings of a
// foreign reader's words answer no question the essay does not: a
// compound with no part the essay writes, a false friend beside words
// the essay lacks, a German-capitalized question of a name of its own,
// and an English asker's names ("The Civil War in France", "Secret
// Speech"), which are no German nouns.
func TestForeignReadingsAnswerNothingNew(t *testing.T) {
	checkStillDeclined(t, []textQuestions{{"", []string{
		"Was ist ein Kochbuch?",
		"Who was the Bundeskanzler?",
		"Would Stalin eventually have won the World Cup?",
		"Did the Partei eventually win the Weltmeisterschaft?",
		"Where can I find the Recipes of the Kochbuch?",
		"Which Privileges had the Party members? Did they win the Second World War?",
		"What exactly did Engels write about the Paris Commune in his introduction to The Civil War in France?",
		"At which Party Congress was Khrushchev's \"Secret Speech\" delivered?",
	}}})
}
