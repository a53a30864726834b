package essay

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/lazyregexp"
)

// Paragraph and note numbers start at 1 ("0." or "007." is text, not a
// number a ref could name). Paragraphs run to six digits, as ParseRef's
// do: a long course reader numbers past 9999, and a shorter limit would
// join every later paragraph to ¶9999. A constitution numbers its
// paragraphs "Section 1." or "§ 1" (see numberOf).
var (
	noteRe = lazyregexp.New(`^([1-9]\d{0,2})\s+(\S.*)$`)
	// Notes written "[3] text", "(3) text", "³ text" or, under a Notes
	// heading, "3. text".
	bracketNoteRe = lazyregexp.New(`^\[([1-9]\d{0,2})\]\s*(\S.*)$`)
	loneNoteRe    = lazyregexp.New(`^\[([1-9]\d{0,2})\]$`)
	parenNoteRe   = lazyregexp.New(`^\(([1-9]\d{0,2})\)\s+(\S.*)$`)
	// Project Gutenberg set some notes "FNA1-@3 text", or "[FNA1-@3]
	// text", their marks in the text "[3]" or "[FNA1-@3]".
	anchorNoteRe = lazyregexp.New(`^\[?FNA[0-9]{1,3}-@([1-9]\d{0,2})\]?\s*(\S.*)$`)
	superNoteRe  = lazyregexp.New(`^([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})\s*(\S.*)$`)
	dotNoteRe    = lazyregexp.New(`^([1-9]\d{0,2})\.\s+(\S.*)$`)
	notesTitleRe = lazyregexp.New(`(?i)^(foot|end)?notes\.?:?$|^notes (to|on) `)
	// designatorRe finds what names a section in its heading: "FEDERALIST
	// No. 10", "ARTICLE II.", "Amendment XIV", "CHAPTER 3".
	designatorRe  = lazyregexp.New(`\b((?i:No|Number|Chapter|Chap|Article|Amendment|Book|Part|Section|Paper|Letter|Essay|Lecture|Canto|Act|Scene|Title|Volume|Vol|Sermon|Discourse))\.?\s+([0-9]{1,6}|[IVXLCDM]{1,8})\b`)
	romanAloneRe  = lazyregexp.New(`^(?i:[IVXLC]{1,7})\.?$`)
	endRe         = lazyregexp.New(`^(?i:the end|f\s?i\s?n\s?i\s?s)\.?$`)
	transcriberRe = lazyregexp.New(`^(?i:transcriber'?s?’?s? notes?|transcriber'?s?’?s? note)\.?:?$`)
	byLineRe      = lazyregexp.New(`^(?i:by)\s+(\p{Lu}.{1,80})$`)
	// authorYearRe is a line under a title giving the author's name and
	// the year, perhaps with a note's marker: "Frederick Jackson Turner,
	// 1893[1]", "Jane Addams (1910)".
	authorYearRe = lazyregexp.New(`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}),?\s+\(?((?:1[0-9]|20)[0-9]{2})\)?\.?(?:\[[0-9]+\])*$`)
	mdMetaRe     = lazyregexp.New(`^(?i)(title|author|year)\s*:\s*(.+)$`)
)

// byLine is byLineRe's FindStringSubmatch, run only on a line opening
// "by" in any case, as every match does: a text without such a line need
// not compile the expression, which its repeat makes one of the dearest
// of all to compile.
func byLine(text string) []string {
	if len(text) < 2 || !strings.EqualFold(text[:2], "by") {
		return nil
	}
	return byLineRe.FindStringSubmatch(text)
}

// superDigits reads superscript digits as a number, or 0 when s holds
// anything else.
func superDigits(s string) int {
	n := 0
	for _, r := range s {
		d := superDigit(r)
		if d < 0 {
			return 0
		}
		n = n*10 + d
	}
	return n
}

// superDigit returns the value of a superscript digit, or -1.
func superDigit(r rune) int {
	switch {
	case r == '⁰':
		return 0
	case r == '¹':
		return 1
	case r == '²' || r == '³':
		return int(r-'²') + 2
	case r >= '⁴' && r <= '⁹':
		return int(r-'⁴') + 4
	}
	return -1
}

// noteStart reads a block that may start a footnote: its number, its text
// and whether the form is one only a notes section uses ("3. text").
func noteStart(b block) (n int, rest string, bare bool, ok bool) {
	if b.note > 0 {
		return b.note, b.text, false, true
	}
	for _, re := range []*lazyregexp.Regexp{bracketNoteRe, parenNoteRe, anchorNoteRe} {
		if m := re.FindStringSubmatch(b.text); m != nil {
			n, _ = strconv.Atoi(m[1])
			return n, m[2], false, true
		}
	}
	if m := superNoteRe.FindStringSubmatch(b.text); m != nil {
		return superDigits(m[1]), m[2], false, true
	}
	if m := noteRe.FindStringSubmatch(b.text); m != nil && !listDash(m[2]) {
		n, _ = strconv.Atoi(m[1])
		return n, m[2], true, true
	}
	return 0, "", false, false
}

// listDash reports whether the text after a bare number opens with a
// dash: "1 - The right to vote." is an item of a list set as paragraphs,
// which may restart at 1 further on, not a note. Pitfall: read as notes,
// such lists made the first item end the text's body and the second list
// a duplicate note, and the whole file was refused.
func listDash(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '-' || r == '–' || r == '—'
}

// isHeading reports whether a plain-text block reads as a title: one
// short capitalized line without a sentence's final punctuation; a line in
// title case ("For the Independent Journal."); a block of capitals up to
// three lines ("OF MONARCHY AND HEREDITARY SUCCESSION."); a chapter
// numeral alone ("IV."); or a date alone ("January 3, 1790."), which is
// no passage.
func isHeading(b block) bool { return heading(b, true) }

// heading is isHeading, with blocks of capitals read as titles only when
// caps says so: in a text set all in capitals they are its paragraphs.
func heading(b block, caps bool) bool {
	if b.heading > 0 {
		return true
	}
	if b.list || b.note > 0 {
		return false
	}
	if b.markdown {
		// Markdown marks its titles; what it leaves as paragraphs are the
		// lines a letter sets above its text ("_HAMILTON_", "To the People
		// of the State of New York:"), which are no passages either.
		return b.oneLine() && (isAuthorLine(b) || isSalutation(b) && salutationRe.MatchString(b.text))
	}
	t := b.text
	// A note marker belongs to a sentence, not a title.
	if len(markersIn(t)) > 0 || anchorNoteRe.MatchString(t) {
		return false
	}
	if romanAloneRe.MatchString(t) || isDateLine(b) {
		return true
	}
	if isCapitals(t) {
		if !caps {
			return b.oneLine() && designator(t) != "" && wordCount(t) <= 6
		}
		if b.lines <= 3 && wordCount(t) <= 25 {
			return true
		}
	}
	if b.oneLine() && titleCased(t) {
		return true
	}
	// A subtitle in parentheses may wrap: "(The Union as a Safeguard
	// Against Domestic Faction and\nInsurrection)".
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && b.lines <= 2 && utf8.RuneCountInString(t) <= 120 && wordCount(t) <= 16 {
		return isTitleCase(t)
	}
	if !b.oneLine() || utf8.RuneCountInString(t) > 80 || wordCount(t) > 12 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) {
		return false
	}
	return !strings.ContainsRune(".?!,;:\"”)", last) || isTitleCase(t) && strings.ContainsRune(".:", last)
}

// titleCased reports whether text reads as a title in title case ("For
// the Independent Journal."): it starts with a capital, every word but the
// minor ones does, and it is short, with no comma or semicolon and no
// question, exclamation or closing quotation mark at its end.
func titleCased(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(t, "("))
	if !unicode.IsUpper(r) || !isTitleCase(t) || utf8.RuneCountInString(t) > 140 || wordCount(t) > 20 || strings.ContainsAny(t, ",;") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune("?!\"”", last)
}

// isSubtitle reports whether a plain-text block that follows a heading
// is a subtitle wrapped over two lines ("The Utility of the Union in
// Respect to Commercial Relations and a\nNavy"): in title case, as a
// title of one line would be, though it may hold a comma ("The Same
// Subject Continued, and the Incoherence of the Objections\nto the New
// Plan Exposed"). Only after a heading: two lines of names in capitals
// elsewhere are a paragraph.
func isSubtitle(b block) bool {
	return b.lines == 2 && b.heading == 0 && !b.list && b.note == 0 && !b.markdown &&
		len(markersIn(b.text)) == 0 && titleCased(strings.ReplaceAll(b.text, ",", ""))
}

// isSignature reports whether a block is a name signed under a text
// ("PUBLIUS.", "GEO. GEDDES."): a word or three in capitals ending with a
// period, and naming no section ("CHAPTER IV." is a heading). Some
// texts set the name with no period ("PUBLIUS", in Markdown "_PUBLIUS_"),
// which parser.isSignature looks into further.
func isSignature(b block) bool {
	stop := strings.HasSuffix(b.text, ".") || isAuthorLine(b) && !notesTitleRe.MatchString(b.text)
	return b.oneLine() && b.heading == 0 && stop && isCapitals(b.text) &&
		wordCount(b.text) <= 3 && designator(b.text) == "" && !romanAloneRe.MatchString(b.text)
}

// isSalutation reports whether a heading is a letter's salutation ("To
// the Citizens of the Town:", "Gentlemen:", "Dear Sir."): one line, not
// in capitals ("PREFACE:" is a title), ending with a colon and not a
// notes heading ("Footnotes:"), or opening as a salutation does and
// ending with a period or a comma. A period alone says nothing: "For the
// Daily Advertiser." above it ends with one too.
func isSalutation(b block) bool {
	if !b.oneLine() || b.heading > 0 || isCapitals(b.text) || wordCount(b.text) > 16 {
		return false
	}
	if strings.HasSuffix(b.text, ":") {
		return !notesTitleRe.MatchString(b.text)
	}
	return (strings.HasSuffix(b.text, ".") || strings.HasSuffix(b.text, ",")) && salutationRe.MatchString(b.text)
}

// salutationRe finds the words a salutation opens with: "To the People
// of ...", "Dear Sir", "Gentlemen", "Fellow-Citizens".
var salutationRe = lazyregexp.New(`^(?i:to (the|my|all|our|you)\b|(my )?dear\b|gentlemen\b|sirs?\b|madam\b|ladies\b|fellow[- ]citizens\b|friends\b|brethren\b)`)

// isDateLine reports whether a heading is a date, perhaps after the place
// or paper it appeared in: "Tuesday, May 4, 1790.", "From the Evening
// Post. Friday, May 7, 1790.", "London, 3 May 1790".
func isDateLine(b block) bool {
	return b.oneLine() && b.heading == 0 && (wordCount(b.text) <= 14 && dateEndRe.MatchString(b.text) || yearLineRe.MatchString(b.text))
}

// yearLineRe matches a year alone on its line, as a collection of papers sets
// one above the speech or letter of that year ("1860").
var yearLineRe = lazyregexp.New(`^[12]\d{3}\.?$`)

// dateEndRe finds a date that ends a line: "May 4, 1790." or "3rd May
// 1790".
var dateEndRe = lazyregexp.New(`(?i)(?:\b` + months + `\.?\s+[1-9]\d?(?:st|nd|rd|th)?,?|\b[1-9]\d?(?:st|nd|rd|th)?\s+` + months + `\.?,?)\s+[12]\d{3}\.?$`)

const months = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

// isAuthorLine reports whether a heading is an author's name alone in
// capitals ("SMITH", "SMITH AND JONES", "MADISON, with HAMILTON"): up to
// five words of capital letters, joined by "and" or "with" in any case,
// with no stop at its end.
func isAuthorLine(b block) bool {
	if !b.oneLine() || b.heading > 0 || wordCount(b.text) > 5 || designator(b.text) != "" {
		return false
	}
	names := 0
	for i, w := range strings.Fields(b.text) {
		w = strings.TrimSuffix(w, ",")
		if lw := strings.ToLower(w); i > 0 && (lw == "and" || lw == "with") {
			continue
		}
		if !isCapitals(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
				return false
			}
		}
		names++
	}
	return names > 0
}

// isCapitals reports whether s has two or more letters and no lower-case
// one.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isTitleCase reports whether every word of s but the minor ones starts
// with a capital, and two or more do.
func isTitleCase(s string) bool {
	caps := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case !minorWords[w]:
			return false
		}
	}
	return caps >= 2
}

// designator returns the label a heading gives its section ("No. 10",
// "Article II", "Amendment XIV"), or "".
func designator(heading string) string {
	m := designatorRe.FindStringSubmatch(heading)
	if m == nil {
		return ""
	}
	word := strings.ToLower(m[1])
	switch word {
	case "no", "number":
		word = "No."
	case "chap":
		word = "Chapter"
	case "vol":
		word = "Volume"
	default:
		word = strings.ToUpper(word[:1]) + word[1:]
	}
	num := m[2]
	if !isDigits(num) {
		num = strings.ToUpper(num)
		if !isRoman(num) {
			return ""
		}
	}
	return word + " " + num
}

// joinWrappedTitles joins a title to the line after it when a blank line
// fell inside the title: "The Same Subject Continued (The Total Number
// of the House of", a blank line, "Representatives)". Alone, the line
// after became a passage or a section of its own.
func joinWrappedTitles(blocks []block) []block {
	out := blocks[:0]
	for _, b := range blocks {
		if n := len(out); n > 0 && wrapsOnto(out[n-1], b) {
			a := &out[n-1]
			a.text += " " + b.text
			a.lines += b.lines
			a.words += b.words
			continue
		}
		out = append(out, b)
	}
	return out
}

// wrapsOnto reports whether title a goes on in block b: a ends inside a
// parenthesis, with a word such as "of" or "the", or with a comma, and b
// is a short line that is not itself a dateline, a salutation, a
// signature or a heading that names a section.
func wrapsOnto(a, b block) bool {
	if !a.head || a.heading > 0 || b.heading > 0 || b.markdown || b.list || b.note > 0 || b.num != nil {
		return false
	}
	if !b.oneLine() || b.words > 12 || runeLen(b.text) > 80 || designator(b.text) != "" ||
		isDateLine(b) || isSalutation(b) || isSignature(b) || len(markersIn(b.text)) > 0 {
		return false
	}
	t := a.text
	if strings.Count(t, "(") > strings.Count(t, ")") {
		return strings.HasSuffix(b.text, ")")
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	return minorWords[last] || strings.HasSuffix(t, ",") && b.head
}
