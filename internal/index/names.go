package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// Names returns the stems of the words the corpus writes capitalized
// and never in lower case, a sentence's first word aside: the names it
// gives ("Napoleon", "Mill"), sorted. They are found when the index is
// built and saved with it: finding them stems every word the corpus
// uses, which cost each process's first question a tenth of its time.
func (ix *Index) Names() []string { return ix.names }

// corpusNames finds the names c gives (see Names).
//
// ⚠️ Saved indexes keep what this finds: a change to what it finds must
// bump formatVersion, or they keep the names found before.
func corpusNames(c *essay.Corpus) []string {
	// Each piece's cases are gathered as written, and its words split
	// and stemmed once: a large corpus writes a small vocabulary many
	// times, and lowering every capitalized word as it comes costs an
	// allocation each.
	pieces := map[string]wordCase{}
	for _, p := range c.Passages {
		for _, sent := range p.Sentences {
			readCases(sent.Text, pieces)
		}
	}
	stems := make(map[string]wordCase, len(pieces))
	for piece, c := range pieces {
		for w := range terms.WordsSeq(piece) {
			stems[terms.Stem(w)] |= c
		}
	}
	var out []string
	for s, c := range stems {
		if c == caseCapital {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// wordCase records how a text writes a word: in lower case, capitalized
// after a sentence's first word, or both.
type wordCase uint8

const (
	caseLower wordCase = 1 << iota
	caseCapital
)

// readCases adds to pieces how sentence text writes each piece of a
// field, as written: by its first letter, so that "anti-Napoleon" writes
// the name capitalized too, a capital opening the sentence saying
// nothing. A piece's words (see terms.Words) are written as it is.
func readCases(text string, pieces map[string]wordCase) {
	i := 0
	for f := range strings.FieldsSeq(text) {
		for piece := range strings.FieldsFuncSeq(f, notInWord) {
			first, _ := utf8.DecodeRuneInString(piece)
			var c wordCase
			switch {
			case unicode.IsLower(first):
				c = caseLower
			case i > 0 && unicode.IsUpper(first):
				c = caseCapital
			default:
				continue
			}
			pieces[piece] |= c
		}
		i++
	}
}

// notInWord reports whether r parts words: neither
// a letter, a digit nor an apostrophe.
func notInWord(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}
