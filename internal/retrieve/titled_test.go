package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

// TestOnlyTitledDeclined checks that a question asking which oligarchs
// did something is declined, the essay writing the word only in the
// title of an article it cites; and that questions asking of the
// article, or what the essay says of the privatisation, are answered.
func TestOnlyTitledDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"which oligarchs got rich from the privatization of Soviet state property?",
		"who were the oligarchs that got rich off the privatization",
		"Did the 2003 Russian Journal article name specific oligarchs?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered; the essay names no oligarch", q)
		}
	}
	for _, q := range []string{
		"What's the Russian Journal piece on the oligarchy called, and when did it run?",
		"On what date did The Russian Journal run \"The Russian Oligarchy: Welcome to the Real World\"?",
		"Which sources does he cite for calling privatization the greatest theft in history?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined; the essay answers it", q)
		}
	}
}

// TestAskedKindWord checks which kind of thing a question asks which
// ones of.
func TestAskedKindWord(t *testing.T) {
	for q, want := range map[string]string{
		"which jivagists got rich":                "jivagists",
		"who were the jivagists that got rich":    "jivagists",
		"did the article name specific jivagists": "jivagists",
		"name two jivagists who gained":           "jivagists",
		"what name did jivago write under":        "",
		"who was jivago":                          "",
		"which was the first jivagist":            "",
	} {
		if got := askedKindWord(terms.Words(q)); got != want {
			t.Errorf("askedKindWord(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestTitleCase checks which quoted spans are titles.
func TestTitleCase(t *testing.T) {
	for text, want := range map[string]bool{
		`"The Jivago Era: Welcome to the Real World,"`: true,
		`"A Clear and Present Danger,"`:                true,
		`"the greatest theft in history,"`:             false,
		`"equalization,"`:                              false,
	} {
		if got := titleCase(text); got != want {
			t.Errorf("titleCase(%s) = %v, want %v", text, got, want)
		}
	}
}
