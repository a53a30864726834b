// Package sentence splits prose into sentences without breaking at
// abbreviations, initials, bibliographic citations or footnote markers.
//
// It imports nothing of studyguide's but memo; essay and citation split
// text with it.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is one sentence of a text.
type Span struct {
	// Start and End are byte offsets into the text; text[Start:End] is the
	// sentence, verbatim, without the footnote marker.
	Start, End int
	// Note is the footnote number written right after the sentence's final
	// punctuation ("many times.15"), or 0 when there is none.
	Note int
}

// abbreviations end with a period but rarely end a sentence: titles
// ("Hon.", "Messrs."), the shortened first names of old texts ("Geo.",
// "Wm."), citations. Compared in lower case, without the period. "etc" is
// left out on purpose: followed by a capital it usually does end the
// sentence.
var abbreviations = map[string]bool{
	"al": true, "approx": true, "capt": true, "cf": true, "ch": true,
	"chap": true, "cit": true, "col": true, "dept": true, "dr": true,
	"e.g": true, "ed": true, "eds": true, "esp": true, "fig": true,
	"gen": true, "geo": true, "gov": true, "hon": true, "i.e": true,
	"ibid": true, "inc": true, "intro": true, "jas": true, "jr": true,
	"lt": true, "messrs": true, "mr": true, "mrs": true, "ms": true,
	"mt": true, "no": true, "nos": true, "op": true, "p": true, "pp": true,
	"prof": true, "repr": true, "rev": true, "sec": true, "sr": true,
	"st": true, "thos": true, "trans": true, "u.s": true, "univ": true,
	"viz": true, "vol": true, "vols": true, "vs": true, "wm": true,
}

// citationAbbreviations are the shortened words of old scholarly
// references ("tom. ii. p. 318, edit. Wechel", "lib. iv.", "c. 8" for a
// chapter). Each is also a word or a name ("Tom.", "edit.", "C."), so it
// counts only in lower case, as references write it.
var citationAbbreviations = map[string]bool{
	"c": true, "edit": true, "fol": true, "ib": true, "lib": true, "loc": true,
	"seq": true, "sqq": true, "tom": true,
}

// closers may follow a sentence's final punctuation and still belong to it.
const closers = "\"'”’)]»"

// Split returns the sentences of text in order. Whitespace between
// sentences belongs to none of them.
func Split(text string) []Span {
	var spans []Span
	start := skipSpace(text, 0)
	// run is the end of the run of punctuation and closers after text[i];
	// asked says whether the sentence so far holds "?" or "!". Both are
	// kept as the scan goes, so that a long run of dots or a long
	// sentence is not rescanned at every period.
	run, asked := 0, false
	for i := start; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '?' && r != '!' {
			i += size
			continue
		}
		if i >= run {
			run = punctuationEnd(text, i+1)
		}
		end, note, next, ok := boundary(text, start, i, run, asked)
		asked = asked || r != '.'
		if !ok {
			i += size
			continue
		}
		spans = append(spans, Span{Start: start, End: end, Note: note})
		start = skipSpace(text, next)
		i, asked = start, false
	}
	if start < len(text) {
		end := len(strings.TrimRightFunc(text, unicode.IsSpace))
		if end > start {
			spans = append(spans, Span{Start: start, End: end})
		}
	}
	return spans
}

// Texts returns the sentences of text as strings.
func Texts(text string) []string {
	spans := Split(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// IsQuestion reports whether a sentence asks a question: it ends with a
// question mark, perhaps inside closing quotes or brackets.
func IsQuestion(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	s = strings.TrimRight(s, closers)
	return strings.HasSuffix(s, "?")
}

// punctuationEnd returns where the run of sentence punctuation and closers
// that starts at text[j] ends. An ellipsis set with spaces (". . .") is
// one run: its dots are not sentences of their own.
func punctuationEnd(text string, j int) int {
	for j < len(text) {
		switch {
		case strings.ContainsRune(".?!", rune(text[j])) || isCloser(text, j):
			_, size := utf8.DecodeRuneInString(text[j:])
			j += size
		case text[j] == ' ' && spacedDot(text, j+1):
			j++
		default:
			return j
		}
	}
	return j
}

// spacedDot reports whether text[j] is a dot of a spaced ellipsis: a
// period standing alone, followed by a space, another dot or the end.
func spacedDot(text string, j int) bool {
	return j < len(text) && text[j] == '.' && (j+1 == len(text) || text[j+1] == ' ' || text[j+1] == '.')
}

// boundary decides whether the punctuation at text[i] ends the sentence that
// began at start. It returns the end of the sentence, a footnote marker
// number, and where the next sentence may begin.
//
//   - run: the end of the punctuation and closers that follow text[i].
//   - asked: whether text[start:i] holds "?" or "!".
func boundary(text string, start, i, run int, asked bool) (end, note, next int, ok bool) {
	term := text[i]
	j := run
	end = j
	// A footnote marker sits right against the punctuation: "times.15 Clearly".
	// Decimals ("3.5") are not markers: a letter or closer must precede.
	if k := digitsAt(text, j); k > j && k-j <= 3 && precededByWordEnd(text, i) {
		if k == len(text) || isSpaceAt(text, k) {
			note = atoi(text[j:k])
			j = k
		}
	}
	// So does one in brackets or superscript: "holds.[15]", "holds.(15)",
	// "holds.¹⁵".
	if note == 0 {
		if k, n := markerAt(text, j); k > j && (k == len(text) || isSpaceAt(text, k)) {
			note, j = n, k
		}
	}
	if j < len(text) && !isSpaceAt(text, j) {
		return 0, 0, 0, false
	}
	next = skipSpace(text, j)
	if next >= len(text) {
		return end, note, next, true
	}
	if term == '.' && note == 0 && !periodEnds(text, start, i, next, asked) {
		return 0, 0, 0, false
	}
	if term != '.' && startsLower(text, next) {
		return 0, 0, 0, false
	}
	return end, note, next, true
}

// periodEnds reports whether the period at text[i] ends a sentence, given
// that the next word starts at text[next] and whether the sentence so far
// asked or exclaimed.
func periodEnds(text string, start, i, next int, asked bool) bool {
	word := wordBefore(text, start, i)
	if abbreviations[strings.ToLower(word)] || citationAbbreviations[word] {
		return false
	}
	// "1. The poet ...", "II. The empire ...": the number of a point in a
	// list or of a part begins a sentence, so its period does not end one.
	if isListNumber(text[start:i]) || text[start:i] == word && isRoman(word, true) {
		return false
	}
	if isInitial(word) {
		return false
	}
	// A lone lower-case letter is a shortened word ("Anmerk. d. Übers.",
	// "z. B.", "n. 3"), not a sentence's last word; but for a volume or
	// page in Roman numerals, "ii. p. x.", which may end a reference,
	// and the end of a longer word ("2d.", "b---h.").
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsLower(r) && !strings.ContainsRune("ivx", r) && loneWord(text, start, i-size) {
		return false
	}
	// "McCulloch v. Maryland": "v." between two names is "versus".
	if word == "v" && isCapitalized(strings.TrimSuffix(lastWord(text[start:i-1]), "'s")) && isLetters(lastWord(text[start:i-1])) {
		return false
	}
	if startsLower(text, next) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	if unicode.IsDigit(r) {
		// "vii. 97", a volume and its page, continue a citation.
		if isRoman(word, false) {
			return false
		}
		// "under a threefold aspect. 1. The poet ...": a numbered point
		// begins a sentence; other numbers continue a citation ("p. 150").
		return startsListItem(text, next)
	}
	// "etc. (1752), p. 237": a bracket of figures or lower-case words
	// after "etc." goes on with the list it ends.
	if strings.EqualFold(word, "etc") && bracketContinues(text, next) {
		return false
	}
	if shortenedTitle(text, word, i, next) || attributedCitation(text, word, i, next) {
		return false
	}
	// "1945-1953. Moscow: ROSSPEN, 2002": a place of publication continues a
	// citation rather than starting a sentence.
	if w := nextWord(text, next); strings.HasSuffix(w, ":") && len(w) > 1 && isCapitalized(w) && !asked && looksLikeCitation(text[start:i]) {
		return false
	}
	return true
}

// shortenedTitle reports whether the period at text[i], after word, is
// one of a reference's shortened names and titles rather than a
// sentence's end, as the words that follow show:
//
//   - more shortened words, then a lower-case word or a figure:
//     "Plutarch. Quaest. Rom. in tom. ii.", "Bibliot. Graec. tom. iii.",
//     "Gronov. Amstel. 1670", "de Bell. Jugurthin. c. 4";
//   - after a word of five letters at most, shortened as titles are, a
//     title and a volume or page: "Gel. Azeigen, 1849", "Hist.
//     Theologie, ix. 5", "Phil. Mod ii. 24" (a volume is a lower-case
//     Roman numeral, a page a figure after a comma).
//
// Two capitalized words in a row, each a "sentence" of its own and then
// followed by lower case, are not prose: prose never starts a sentence in
// lower case.
func shortenedTitle(text, word string, i, next int) bool {
	if !isCapitalized(word) || !isLetters(word) {
		return false
	}
	k, n := next, 0
	for n < 6 {
		w := nextWord(text, k)
		if !isShortened(w) {
			break
		}
		n++
		k = skipSpace(text, k+len(w))
	}
	if k >= len(text) {
		return false
	}
	if n > 0 && (startsLower(text, k) || unicode.IsDigit(rune(text[k]))) {
		return true
	}
	if n == 0 && utf8.RuneCountInString(word) > 5 {
		return false
	}
	// A title, then a volume or a page: "Azeigen, 1849", "Mod ii.".
	w := nextWord(text, k)
	title, comma := strings.CutSuffix(w, ",")
	if !isCapitalized(title) || !isLetters(title) {
		return false
	}
	k = skipSpace(text, k+len(w))
	if k >= len(text) {
		return false
	}
	if v := nextWord(text, k); len(v) > 1 && strings.ContainsRune(".,", rune(v[len(v)-1])) && isRoman(v[:len(v)-1], false) {
		return true
	}
	return comma && unicode.IsDigit(rune(text[k]))
}

// isShortened reports whether w is a capitalized word shortened with a
// period, perhaps followed by a comma: "Quaest.", "Cols.,".
func isShortened(w string) bool {
	w = strings.TrimSuffix(w, ",")
	base, ok := strings.CutSuffix(w, ".")
	return ok && utf8.RuneCountInString(base) > 1 && isCapitalized(base) && isLetters(base)
}

// attributedCitation reports whether the period at text[i] ends the name
// a dash credits a quotation to, with the work cited after it:
// "...--AHRENS. Cours de Droit Naturel, i. 67." The work is a few words
// with a comma that end in a figure.
func attributedCitation(text, word string, i, next int) bool {
	w := i - len(word)
	if w <= 0 || !isLetters(word) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:w]); r != '-' && r != '—' {
		return false
	}
	comma := false
	for k := next; k < len(text) && k < next+80; k++ {
		switch text[k] {
		case '?', '!':
			return false
		case ',':
			comma = true
		case '.':
			end := k+1 == len(text) || text[k+1] == ' '
			if end && k > next && text[k-1] >= '0' && text[k-1] <= '9' {
				return comma
			}
			if end && k+2 < len(text) && isCapitalized(text[k+2:]) {
				return false
			}
		}
	}
	return false
}

// bracketContinues reports whether a bracket that opens at text[i] holds
// figures or lower-case words: "(1752)", "(see above)".
func bracketContinues(text string, i int) bool {
	if i+1 >= len(text) || text[i] != '(' && text[i] != '[' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsDigit(r) || unicode.IsLower(r)
}

// isRoman reports whether word is a Roman numeral written in capitals
// ("XIV") or in lower case ("vii"), as upper says.
func isRoman(word string, upper bool) bool {
	if word == "" || len(word) > 8 {
		return false
	}
	w := word
	if upper {
		if strings.ToUpper(word) != word {
			return false
		}
		w = strings.ToLower(word)
	} else if strings.ToLower(word) != word {
		return false
	}
	// Thousands, hundreds, tens and units, each in its one spelling.
	for _, group := range [][]string{
		{"mmm", "mm", "m"},
		{"cm", "cd", "dccc", "dcc", "dc", "d", "ccc", "cc", "c"},
		{"xc", "xl", "lxxx", "lxx", "lx", "l", "xxx", "xx", "x"},
		{"ix", "iv", "viii", "vii", "vi", "v", "iii", "ii", "i"},
	} {
		for _, g := range group {
			if strings.HasPrefix(w, g) {
				w = w[len(g):]
				break
			}
		}
	}
	return w == ""
}

func isLetters(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// lastWord returns the last word of s, after its last space.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}

// loneWord reports whether the word that starts at text[w] stands alone:
// after a space or an opening bracket, or at the sentence's start.
func loneWord(text string, start, w int) bool {
	if w <= start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:w])
	return unicode.IsSpace(r) || r == '(' || r == '['
}

// looksLikeCitation reports whether a sentence so far reads like a
// bibliographic reference: it ends in a number or a year range.
func looksLikeCitation(s string) bool {
	s = strings.TrimRight(s, closers)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

// wordBefore returns the word that ends at text[i], keeping inner periods
// ("i.e", "N.A") so that dotted abbreviations and initials are recognized.
func wordBefore(text string, start, i int) string {
	j := i
	for j > start {
		r, size := utf8.DecodeLastRuneInString(text[start:j])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		j -= size
	}
	return strings.TrimLeft(text[j:i], ".")
}

// isInitial reports whether word is a capital initial or a run of them
// ("N", "N.A").
func isInitial(word string) bool {
	if word == "" {
		return false
	}
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func nextWord(text string, i int) string {
	j := i
	for j < len(text) && !isSpaceAt(text, j) {
		_, size := utf8.DecodeRuneInString(text[j:])
		j += size
	}
	return text[i:j]
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func startsLower(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

func precededByWordEnd(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || strings.ContainsRune(closers, r)
}

func isCloser(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return strings.ContainsRune(closers, r)
}

func isSpaceAt(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsSpace(r)
}

func skipSpace(text string, i int) int {
	for i < len(text) && isSpaceAt(text, i) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i
}

// digitsAt returns the end of the digits at text[j], reading at most four:
// a marker has three at most, and a long number need not be read whole.
func digitsAt(text string, j int) int {
	k := j
	for k < len(text) && k-j < 4 && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	return k
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// markerAt reads a note marker in brackets ("[15]", "(15)") or in
// superscript digits ("¹⁵") at text[j]: where it ends and its number, or
// j and 0.
func markerAt(text string, j int) (int, int) {
	if j < len(text) && (text[j] == '[' || text[j] == '(') {
		k := digitsAt(text, j+1)
		closer := byte(']')
		if text[j] == '(' {
			closer = ')'
		}
		if k > j+1 && k-j-1 <= 3 && text[j+1] != '0' && k < len(text) && text[k] == closer {
			return k + 1, atoi(text[j+1 : k])
		}
		return j, 0
	}
	n, k := 0, j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		d := strings.IndexRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r)
		if d < 0 {
			break
		}
		n = n*10 + utf8.RuneCountInString("⁰¹²³⁴⁵⁶⁷⁸⁹"[:d])
		k += size
	}
	if n == 0 || n > 999 {
		return j, 0
	}
	return k, n
}

// isListNumber reports whether s is the number of a point in a list: one or
// two digits.
func isListNumber(s string) bool {
	if s == "" || len(s) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// startsListItem reports whether a numbered point starts at text[i]: one
// or two digits, a period, a space and a capital ("1. The poet").
func startsListItem(text string, i int) bool {
	k := digitsAt(text, i)
	if !isListNumber(text[i:k]) || k+2 >= len(text) || text[k] != '.' || !isSpaceAt(text, k+1) {
		return false
	}
	return isCapitalized(text[skipSpace(text, k+1):])
}
