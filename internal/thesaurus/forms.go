package thesaurus

import (
	_ "embed"
	"strings"
)

// formsFile lists the words WordNet has as lemmas, a tab, and their parts
// of speech ("n", "v", "a", "r"), and the irregular forms its exception
// lists give, marked "x" (see genforms).
//
//go:generate go run ./genforms -wordnet /usr/share/wordnet -o forms.txt
//go:embed forms.txt
var formsFile string

// Word reports whether w, a lower-case word, is a real English word: a
// lemma WordNet has, an irregular form of one ("written"), or a regular
// form of one as WordNet's morphy reads it ("governed" of "govern",
// "stopped" of "stop", "harder" of "hard"). A stem cannot tell this:
// "governer" and "democracial" have the stems of "govern" and
// "democracy", and are no words.
func Word(w string) bool {
	if lineMark(formsFile, w) != "" {
		return true
	}
	for _, e := range formEndings {
		base, ok := strings.CutSuffix(w, e.end)
		if !ok || base == "" {
			continue
		}
		if e.parts == "a" && syllables(base) > 2 {
			// A long adjective takes "more", not "-er": "medievalest"
			// is no word.
			continue
		}
		if e.double && len(base) > 2 && base[len(base)-1] == base[len(base)-2] {
			// "stopped", "bigger": the consonant doubled before the ending.
			base = base[:len(base)-1]
		} else {
			base += e.base
		}
		if strings.ContainsAny(lineMark(formsFile, base), e.parts) {
			return true
		}
	}
	return false
}

// Irregular reports whether w, a lower-case word, is an irregular form
// WordNet's exception lists give ("rewritten", "children"): a form of a
// word in common use, whose own stem the tagged counts (see Tagged) do
// not know.
func Irregular(w string) bool {
	return strings.Contains(lineMark(formsFile, w), "x")
}

// formEnding is a rule of morphy: a form ending in end is of a lemma of
// one of parts that ends in base instead; or, with double, of the lemma
// without the doubled consonant before end.
type formEnding struct {
	end, base, parts string
	double           bool
}

var formEndings = []formEnding{
	{"s", "", "n", false}, {"ses", "s", "n", false}, {"xes", "x", "n", false}, {"zes", "z", "n", false},
	{"ches", "ch", "n", false}, {"shes", "sh", "n", false}, {"men", "man", "n", false}, {"ies", "y", "nv", false},
	{"s", "", "v", false}, {"es", "e", "v", false}, {"es", "", "v", false},
	{"ed", "e", "v", false}, {"ed", "", "v", false}, {"ing", "e", "v", false}, {"ing", "", "v", false},
	{"ied", "y", "v", false}, {"ed", "", "v", true}, {"ing", "", "v", true},
	{"er", "", "a", false}, {"est", "", "a", false}, {"er", "e", "a", false}, {"est", "e", "a", false},
	{"ier", "y", "a", false}, {"iest", "y", "a", false}, {"er", "", "a", true}, {"est", "", "a", true},
}

// lineMark returns the mark a table of sorted lines "word\tmark" gives
// word, or "": a binary search of the text in place.
func lineMark(file, word string) string {
	lo, hi := 0, len(file)
	for lo < hi {
		mid := strings.LastIndexByte(file[:lo+(hi-lo)/2], '\n') + 1
		line := file[mid:]
		end := strings.IndexByte(line, '\n')
		if end < 0 {
			end = len(line)
		}
		key, mark, _ := strings.Cut(line[:end], "\t")
		switch {
		case key == word:
			return mark
		case key < word:
			lo = mid + end + 1
		default:
			if mid == lo {
				return ""
			}
			hi = mid
		}
	}
	return ""
}

// syllables counts w's runs of vowels, as a word's syllables roughly.
func syllables(w string) int {
	n, vowel := 0, false
	for i := range len(w) {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !vowel {
			n++
		}
		vowel = v
	}
	return n
}
