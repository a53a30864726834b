package guide

import (
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
