package thesaurus

import (
	_ "embed"
	"strings"
)

// WordNet's grinder writes each lexicographer file's synsets together,
// so the concepts of one noun file are a run of numbers, and past every
// verb's, adjective's and adverb's offset nothing else falls among them.
// The bounds are the concept numbers of the table this package embeds;
// gen's TestLexnameBounds checks them against WordNet.
const (
	firstPlace, lastPlace   = 81666, 84874 // noun.location
	firstObject, lastObject = 84917, 86461 // noun.object
	firstPerson, lastPerson = 86462, 97548 // noun.person
)

// Lexname returns the lexicographer file WordNet files a concept in, for
// the three a reader of names needs: "noun.person", "noun.location" or
// "noun.object" (where WordNet files continents and rivers); "" for any
// other.
func Lexname(id int) string {
	switch {
	case id >= firstPerson && id <= lastPerson:
		return "noun.person"
	case id >= firstPlace && id <= lastPlace:
		return "noun.location"
	case id >= firstObject && id <= lastObject:
		return "noun.object"
	}
	return ""
}

// Landform reports whether the commonest sense of a word of this stem is
// a natural object (noun.object), as WordNet files a continent or a river
// ("europ", "platt"), not among places: read as a name a text never
// writes in lower case, it is a place's.
func Landform(key string) bool {
	for _, c := range Concepts(key) {
		if c.Weight < 1 {
			break
		}
		if Lexname(c.ID) == "noun.object" {
			return true
		}
	}
	return false
}

// Place reports whether the commonest sense of a word of this stem, in
// some part of speech, names a place (noun.location): "south", "north",
// "massachusett".
func Place(key string) bool {
	for _, c := range Concepts(key) {
		if c.Weight < 1 {
			break
		}
		if Lexname(c.ID) == "noun.location" {
			return true
		}
	}
	return false
}

// peopleFile lists the words whose commonest noun sense WordNet files
// among people (see gen/people.go): a word, a tab, "p" for a name or "c".
//
//go:embed people.txt
var peopleFile string

// Person reports whether a word, as a text writes it, names a person or a
// kind of people in its commonest noun sense: "leader", "minors", "men",
// "Lincoln". A word in lower case counts only where WordNet writes that
// sense in lower case too: "waters" is a singer's name, not people. The
// table of concepts cannot say this: it is keyed by stem, and "disput"
// holds "disputant". A plural is read as its singular, as morphy reads it.
func Person(word string) bool {
	lower := strings.ToLower(word)
	forms := []string{lower}
	for _, r := range nounEndings {
		if base, ok := strings.CutSuffix(lower, r[0]); ok {
			forms = append(forms, base+r[1])
		}
	}
	for _, w := range forms {
		switch personMark(w) {
		case "c":
			return true
		case "p":
			if lower != word {
				return true
			}
		}
	}
	return false
}

// nounEndings are the rules by which WordNet's morphy reads a plural noun
// as its singular; noun.exc's exceptions are in peopleFile already.
var nounEndings = [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}

// personMark returns the mark peopleFile gives word, or "".
func personMark(word string) string {
	return lineMark(peopleFile, word)
}
