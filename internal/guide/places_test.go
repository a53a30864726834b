package guide

import (
	"slices"
	"strings"
	"testing"
)

// TestGlossaryLeavesOutPlacesItOnlyNames builds Turner's and the
// Federalist's guides: Turner's glossary gave six of eighteen entries to
// places ("America" and "Europe" read as people, "New York" and the
// Platte as defined by the next item of a list), and the Federalist's
// "York" of "New York". A place the text only names is no key term.
func TestGlossaryLeavesOutPlacesItOnlyNames(t *testing.T) {
	for name, places := range map[string][]string{
		"turner-frontier.md":  {"America", "Europe", "New York", "Pennsylvania", "Platte", "Virginia"},
		"federalist-1404.txt": {"New York", "York", "Rome", "Carthage"},
	} {
		g := textGuide(t, name)
		for _, k := range g.Terms {
			for _, p := range places {
				if k.Term == p {
					t.Errorf("%s: the glossary explains the place %q by %q", name, p, k.Quote.Text)
				}
			}
		}
	}
}

// TestAppositionOfAnotherPhrase reads sentences whose words after a
// name's comma describe a list or an earlier phrase, not the name.
func TestAppositionOfAnotherPhrase(t *testing.T) {
	for text, term := range map[string]string{
		"But when discovery was made of the salt springs of the Kanawha, and the Holston, and Kentucky, and central New York, the West began to be freed from dependence on the coast.": "New York",
		"Thus the advance of the frontier has meant a steady movement away from the influence of Europe, a steady growth of independence on American lines.":                            "Europe",
		"But a Pennsylvania, a New York, an Ohio, or a western Virginia statesman has this advantage.":                                                                                  "New York",
	} {
		if d, _ := definesTerm(text, term); d {
			t.Errorf("definesTerm(%q, %q) = true", strings.Fields(text)[0]+" ...", term)
		}
	}
	if d, _ := definesTerm("Smith, the head of the inquiry, was dismissed.", "Smith"); !d {
		t.Error("an apposition that describes the name no longer defines it")
	}
}

// TestGlossaryTakesNoPairTitleOrJoiningWord builds guides whose
// glossaries gave what is no key term: Turner's "Lakes" (of "the Great
// Lakes", "Great" read as a man's title), "Clark" (of "Lewis and
// Clark", glossed by a note), "Daniel Boone" (glossed by a pamphlet's
// citation, "Hale, "Daniel Boone" (pamphlet).") and the mountains
// WordNet lacks ("the Alleghanies"); the Federalist's "Principes des Negociations",
// a cited title; Woman Suffrage's "And", which opens lines of its verse.
func TestGlossaryTakesNoPairTitleOrJoiningWord(t *testing.T) {
	for name, not := range map[string][]string{
		"turner-frontier.md":  {"Lakes", "Clark", "Lewis", "Daniel Boone", "Alleghanies"},
		"federalist-1404.txt": {"Principes des Negociations"},
		"woman-suffrage.txt":  {"And"},
	} {
		g := textGuide(t, name)
		for _, k := range g.Terms {
			if slices.Contains(not, k.Term) {
				t.Errorf("%s: the glossary explains %q by %q", name, k.Term, k.Quote.Text)
			}
		}
	}
}

// TestCitedTitlesAndTitles reads the words around a name: a quoted
// title a note cites, and a word before a name that is or is not a
// title of the same person.
func TestCitedTitlesAndTitles(t *testing.T) {
	for text, want := range map[string]bool{
		`Hale, "Daniel Boone" (pamphlet).`:                                                                  true,
		`Vide "Daniel Boone" par l'Abbe de Mably.`:                                                          true,
		`Daniel Boone, the great backwoodsman, left his home.`:                                              false,
		`says Hale, "Daniel Boone and his sons were hunters and traders in the west all their long lives."`: false,
	} {
		if got := citedTitle(text, "Daniel Boone"); got != want {
			t.Errorf("citedTitle(%q) = %v, want %v", text, got, want)
		}
	}
	for w, want := range map[string]bool{"Great": false, "Emperor": true, "General": true, "Bishop": true, "Old": false} {
		if got := personTitle(w); got != want {
			t.Errorf("personTitle(%q) = %v, want %v", w, got, want)
		}
	}
}
