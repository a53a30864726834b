package guide

import "strings"

// tense is a bit set of the cues of time a sentence's words give: which
// verbs of the present, which modals and which forms of the past it
// uses. One reading serves every reader of tense (tells, argues,
// temporalSince); each asks for the cues it weighs.
type tense uint16

const (
	// presentBe: "is", "are", "am".
	presentBe tense = 1 << iota
	// presentDo: "do", "does", "doth".
	presentDo
	// presentHave: "has", "have", "hath", which also make the perfect
	// of a past event ("I have seen him whip a woman").
	presentHave
	// modal: "must", "should", "ought", "can", "cannot", "will",
	// "shall", "may".
	modal
	// presentNeed: "need", "needs".
	presentNeed
	// pastAux: "was", "were", "had", "did".
	pastAux
	// usedTo: "used to" of a habit in the past.
	usedTo
	// pastIrregular: a common irregular past ("went", "saw", "stood").
	pastIrregular
	// pastEd: any word in "-ed", a past or a participle.
	pastEd
	// pastEdAfterPronoun: a word in "-ed" right after a pronoun
	// subject ("they raided"), a past and no participle.
	pastEdAfterPronoun
)

// Groups of cues as the readers of tense ask for them.
const (
	// present is a verb of the present or a modal, with which a sentence
	// states, reasons or urges rather than tells.
	present = presentBe | presentDo | presentHave | modal
	// pastTold is a verb that tells a past event: an auxiliary, a
	// common irregular past, or a word in "-ed".
	pastTold = pastAux | pastIrregular | pastEd
)

// has reports whether any cue of x is among t's.
func (t tense) has(x tense) bool { return t&x != 0 }

// tenseWords are the words that give a cue of time alone.
var tenseWords = map[string]tense{
	"is": presentBe, "are": presentBe, "am": presentBe,
	"do": presentDo, "does": presentDo, "doth": presentDo,
	"has": presentHave, "have": presentHave, "hath": presentHave,
	"must": modal, "should": modal, "ought": modal, "can": modal, "cannot": modal,
	"will": modal, "shall": modal, "may": modal,
	"need": presentNeed, "needs": presentNeed,
	"was": pastAux, "were": pastAux, "had": pastAux, "did": pastAux,
	"went": pastIrregular, "came": pastIrregular, "saw": pastIrregular, "told": pastIrregular,
	"took": pastIrregular, "made": pastIrregular, "knew": pastIrregular, "found": pastIrregular,
	"got": pastIrregular, "gave": pastIrregular, "left": pastIrregular, "began": pastIrregular,
	"heard": pastIrregular, "felt": pastIrregular, "ran": pastIrregular, "stood": pastIrregular,
	"sat": pastIrregular,
}

// pastSubjects are the pronouns after which a word in "-ed" is a
// verb of the past.
var pastSubjects = map[string]bool{"i": true, "we": true, "he": true, "she": true, "they": true}

// tenseOf reads the cues of time in s. A word is a run of ASCII letters
// and digits, as a regular expression's \b bounds it ("can't" uses
// "can"). A pronoun gives a past only to the word in "-ed" that follows
// it across spaces alone ("they raided", not "they, raided"), and "used"
// a habit only with "to" one space after it.
func tenseOf(s string) tense {
	var t tense
	prev, gap := "", ""
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && asciiWordByte(s[j]) {
			j++
		}
		if j == i {
			gap += s[i : i+1]
			i++
			continue
		}
		w := strings.ToLower(s[i:j])
		t |= tenseWords[w]
		if w == "to" && prev == "used" && gap == " " {
			t |= usedTo
		}
		if edWord(s, i, j) {
			t |= pastEd
			if pastSubjects[prev] && spacesOnly(gap) {
				t |= pastEdAfterPronoun
			}
		}
		prev, gap, i = w, "", j
	}
	return t
}

// edWord reports whether the word s[i:j] is letters alone ending in
// "-ed": "married", not "2ed".
func edWord(s string, i, j int) bool {
	w := s[i:j]
	return len(w) >= 3 && strings.HasSuffix(strings.ToLower(w), "ed") && lettersOnly(w)
}

// asciiWordByte reports whether b is a byte a regular expression's \w
// matches.
func asciiWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// isLetterRune reports whether r is an ASCII letter.
func isLetterRune(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// spacesOnly reports whether gap is one or more spaces, tabs or line
// breaks.
func spacesOnly(gap string) bool {
	return gap != "" && strings.Trim(gap, " \t\n\f\r") == ""
}

// lettersOnly reports whether w is ASCII letters alone.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetterRune(rune(w[i])) {
			return false
		}
	}
	return true
}
