package retrieve

import (
	"testing"

	"studyguide/internal/essay"
)

// TestNeverDoerDeclined checks that a question asking what a thing did
// that the essay names only in passing, after a preposition ("the
// practice of the Paris Commune", "termed during the Chinese Cultural
// Revolution"), is declined; and that questions asking why the essay
// brings it in, what it shows, or what its transcripts or diary show, are
// still answered.
func TestNeverDoerDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"What voting system did the Paris Commune use to elect its council?",
		"What institutions did the Paris Commune set up, according to Marx?",
		"How did the Chinese Cultural Revolution resolve the Red versus expert dilemma in practice?",
		"Did Felix Chuev publish interviews with anyone besides Molotov?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered; the essay names it only in passing", q)
		}
	}
	for _, q := range []string{
		"Why does the Paris Commune come up in the conclusions?",
		"did the chinese cultural revolution come up? wat for",
		"What do the Central Committee plenum transcripts show, according to Furr?",
		"What does Georgi Dimitrov's diary show?",
		"What did Zhores Medvedev report about Stalin's archive, and what did Mukhin conclude from it?",
		"What did Marx and Engels learn from the Paris Commune?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined; the essay answers it", q)
		}
	}
}

// TestAfterPreposition checks when a sentence names a thing only after a
// preposition.
func TestAfterPreposition(t *testing.T) {
	for text, want := range map[string]bool{
		"They studied the practice of the Jivago Commune.":        true,
		"The dilemma was termed so during the Jivago Revolution.": true,
		"The Jivago Commune elected a council.":                   false,
		"According to Jivago, the council failed.":                false,
		"The book was written by Jivago.":                         false,
	} {
		if got := afterPreposition(text, "jivago"); got != want {
			t.Errorf("afterPreposition(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestGoesOn checks when the text goes on telling of a thing it names
// after a preposition: by a pronoun after the name, not after another
// name, or by one opening the next sentence.
func TestGoesOn(t *testing.T) {
	for text, want := range map[string]bool{
		"Among the deeds of Jivago this one is told: that no dissension arose in his army.": true,
		"In talks with Jivago the aged Ivanov mused, as he saw the end near.":               false,
		"Scholars made deductions from their study of the practice of the Jivago Commune.":  false,
	} {
		p := &essay.Passage{Sentences: []essay.Sentence{{Text: text}, {Text: "It is a pity that we know no more."}}}
		if got := goesOn(sentenceAt{p, 0}, "jivago"); got != want {
			t.Errorf("goesOn(%q) = %v, want %v", text, got, want)
		}
	}
}
