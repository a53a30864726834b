package essay

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/lazyregexp"
)

// TitleCase sets a title written in capitals in title case, as a handout
// prints it: "SPEECH AT THE COOPER INSTITUTE, NEW YORK" reads "Speech at
// the Cooper Institute, New York", and "FEDERALIST No. 15" reads
// "Federalist No. 15". Title case, not sentence case, because a title's
// proper nouns cannot be told from its other words: sentence case
// lower-cased any name the text never writes mid-sentence.
//
// Each word in capitals gets a capital, and so does each part of a
// hyphenated one ("Thirty-Nine"); a minor word (an article, conjunction
// or short preposition) stays in lower case unless it opens the title or
// a sentence of it; a roman numeral ("CHAPTER II") and a word not in
// capitals ("No.") stay as they are. A title not set in capitals (it has
// a lower-case letter, and capitals do not outnumber them two to one) is
// returned as it is.
func TitleCase(t string) string {
	if !isCapitals(t) && !MostlyCapitals(t) {
		return t
	}
	out := titleWordRe.ReplaceAllStringFunc(strings.Join(strings.Fields(t), " "), func(w string) string {
		lw := strings.ToLower(w)
		switch {
		case strings.ToUpper(w) != w || romanRe.MatchString(w):
			return w
		case minorWords[lw]:
			return lw
		}
		parts := strings.Split(lw, "-")
		for i, p := range parts {
			if r, n := utf8.DecodeRuneInString(p); n > 0 {
				parts[i] = string(unicode.ToUpper(r)) + p[n:]
			}
		}
		return strings.Join(parts, "-")
	})
	return sentenceStartRe.ReplaceAllStringFunc(out, strings.ToUpper)
}

// MostlyCapitals reports whether a text is set in capitals but for a few
// words: a title ("FEDERALIST No. 15", "CHAPTER I. OF Mr. WASHINGTON"), or
// a sentence that shouts.
func MostlyCapitals(t string) bool {
	upper, lower := 0, 0
	for _, r := range t {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper > 8 && upper > 2*lower
}

// minorWords are the articles, conjunctions and short prepositions a
// title in title case keeps in lower case after its first word.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "for": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"as": true, "but": true, "nor": true, "into": true, "upon": true, "vs": true,
}

var (
	// titleWordRe is a word of a title: letters and digits, joined by
	// apostrophes and hyphens.
	titleWordRe = lazyregexp.New(`[\p{L}\d][\p{L}\d'’-]*`)
	// romanRe is a roman numeral up to 399 ("II", "XIV", "CLI"), which
	// stays in capitals; a word of the same letters that is no numeral
	// ("CIVIL", "LIVID") does not.
	// Every part is optional, so it matches "" too, never a title's word.
	romanRe = lazyregexp.New(`^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$`)
	// sentenceStartRe is the first letter of a title and of each sentence
	// in it.
	sentenceStartRe = lazyregexp.New(`(?:^|[.!?:]["”]?\s+)["“]?\p{L}`)
)
