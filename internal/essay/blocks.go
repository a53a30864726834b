package essay

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/lazyregexp"
)

// block is a run of lines that reads as one paragraph of the file.
type block struct {
	text   string
	line   int
	lines  int
	indent int
	// heading is a Markdown heading's level, or 0.
	heading int
	// list says the block is a list item or a quotation, which continues
	// the paragraph before it.
	list bool
	// note is a Markdown footnote's number, or 0; noteCont marks the
	// later blocks of a footnote.
	note     int
	noteCont bool
	// item is the number of a Markdown ordered list's item, on the item's
	// first block, or 0: "1. text" under a notes heading is note 1.
	item int
	// markdown marks a block read by goldmark, whose headings are marked.
	markdown bool
	// gap counts the blank lines before the block in a plain-text file.
	gap int
	// head, num and words are worked out once per parse: whether the
	// block is a heading, the number it starts with (numberOf), and its
	// word count.
	head  bool
	num   []string
	words int
}

func (b block) oneLine() bool { return b.lines == 1 }

// titleBreak is how many blank lines set a title page apart from the
// text's first heading.
const titleBreak = 4

// wrapWidth is the longest line a hard-wrapped file holds: a line longer
// than this is a whole paragraph on one line, so the next line, even
// indented alike, starts a new block.
const wrapWidth = 100

// listItemRe matches a line that starts a bullet.
var listItemRe = lazyregexp.New(`^([-*•–]|\([a-z0-9]{1,3}\)|[a-z]\))\s+\S`)

// splitBlocks groups plain-text lines into blocks. A blank line ends a
// block. A line starts a new one when it is indented deeper than the line
// before (a first-line indent), when it is indented and the line before
// was a whole unwrapped paragraph (longer than wrapWidth), or when it is a
// bullet. Any other line continues the block: hard-wrapped paragraphs are
// joined, and a line that starts "12." inside one stays in it. Verse is
// the exception to the first-line indent: a stanza whose lines are all
// short, set with its even lines indented deeper, stays one block, or its
// first line would read as a title and the rest of it lose its start.
// A block of one line with single spaces between its words, as a
// paragraph unwrapped on one line is, is that line. The words of every
// other block go into one buffer, joined by single spaces, and its text is
// a slice of the buffer: appending line by line to a string made a long
// hard-wrapped block take time quadratic in its length, and gathering each
// line's words in a slice of their own, then copying them, took a third
// of a parse.
//
//   - first: the 1-based number of lines[0] in the file.
func splitBlocks(lines []string, first int) []block {
	var blocks []block
	// starts[i] is where block i's words begin in buf; whole[i] is block
	// i's text while it is one line that needs no joining.
	var starts []int
	var whole []string
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	var buf strings.Builder
	buf.Grow(size)
	short := shortLine(lines)
	soft := lineBreaks(lines, short)
	open, prevIndent, prevLen, allShort, gap := false, 0, 0, false, 0
	for i, raw := range lines {
		line := strings.TrimFunc(raw, unicode.IsSpace)
		if line == "" {
			if !soft[i] {
				open = false
				gap++
			}
			continue
		}
		indent := indentOf(raw)
		bullet := isListItem(line)
		n := utf8.RuneCountInString(line)
		verse := allShort && n < short
		fresh := !open || bullet || indent > prevIndent && !verse || indent > 0 && prevLen > wrapWidth
		last := len(blocks) - 1
		switch {
		case fresh:
			blocks = append(blocks, block{line: first + i, indent: indent, list: bullet, gap: gap, lines: 1})
			starts = append(starts, buf.Len())
			whole = append(whole, "")
			if singleSpaced(line) {
				whole[last+1] = line
			} else {
				appendWords(&buf, line, true)
			}
			open, allShort = true, true
		default:
			if whole[last] != "" {
				appendWords(&buf, whole[last], true)
				whole[last] = ""
			}
			blocks[last].lines++
			appendWords(&buf, line, false)
		}
		prevIndent, prevLen, allShort, gap = indent, n, allShort && n < short, 0
	}
	all := buf.String()
	for i := range blocks {
		if blocks[i].text = whole[i]; whole[i] == "" {
			end := len(all)
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			blocks[i].text = all[starts[i]:end]
		}
	}
	return joinBrokenSentences(blocks)
}

// singleSpaced reports whether a line's words are set apart by single
// spaces and no other white space, so that it reads as its words joined.
//
//   - s: a line with no white space at either end.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < utf8.RuneSelf:
		case c == ' ':
			if s[i+1] == ' ' || spaceAt(s, i+1) > 0 {
				return false
			}
		case c < utf8.RuneSelf || spaceAt(s, i) > 0:
			return false
		}
	}
	return true
}

// appendWords appends the words of s to buf, as strings.Fields splits
// them, joined by single spaces and after one unless it is the first.
// Runs of words set apart by single spaces, most of a line, are copied
// whole.
//
//   - s: a line with no white space at either end.
func appendWords(buf *strings.Builder, s string, first bool) {
	if !first {
		buf.WriteByte(' ')
	}
	from := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			i++
			continue
		}
		n := spaceAt(s, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if c == ' ' && spaceAt(s, i+1) == 0 {
			i++
			continue
		}
		buf.WriteString(s[from:i])
		buf.WriteByte(' ')
		for i < len(s) && n > 0 {
			i += n
			if i < len(s) {
				n = spaceAt(s, i)
			}
		}
		from = i
	}
	buf.WriteString(s[from:])
}

// spaceAt returns the length of the white space character at s[i], or 0.
//
//   - i: less than len(s).
func spaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if c == ' ' || c >= '\t' && c <= '\r' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// isListItem reports whether a line starts a bullet, trying listItemRe
// only when its first character could.
func isListItem(line string) bool {
	c := line[0]
	if c != '-' && c != '*' && c != '(' && (c < 'a' || c > 'z') && c < utf8.RuneSelf {
		return false
	}
	return listItemRe.MatchString(line)
}

// shortLine returns the length in runes under which a line is short for
// the text: four fifths of the length that nine lines in ten of the
// text stay within, which for hard-wrapped prose is the wrap width. A
// line of verse is short; a line of a wrapped paragraph, but its last, is
// not.
func shortLine(lines []string) int {
	var count [wrapWidth + 2]int
	total := 0
	for _, raw := range lines {
		n := utf8.RuneCountInString(strings.TrimFunc(raw, unicode.IsSpace))
		if n == 0 {
			continue
		}
		count[min(n, wrapWidth+1)]++
		total++
	}
	seen := 0
	for n, c := range count {
		if seen += c; seen*10 >= total*9 {
			return n * 4 / 5
		}
	}
	return 0
}

// lineBreaks marks the blank lines that are line breaks, not paragraph
// breaks: those of a stretch set double-spaced, as some transcriptions set
// whole chapters, with a blank line after every line of prose and no
// paragraph break that the blank lines show. Read as blocks, each line
// was a paragraph of its own, or one joined to the next only when it
// ended mid-sentence and the next began in lower case: a line starting
// "Confederacy and left..." began a paragraph mid-sentence.
//
// A stretch is four or more lines, each one blank line from the next,
// that read as wrapped prose: half of them or more are long (short or
// longer) and end mid-sentence, and a third or more of them start in
// lower case (verse, dialogue and lists do neither). In it, a blank line
// after a long line is a line break, as is one inside a sentence that
// goes on in lower case, or after a line of half the width or more that
// ends inside a sentence ("defects in the present", then
// "Confederation;"); one after a short line ends a paragraph, as does one
// before a short last line after a sentence's end (a signature).
//
//   - short: the length under which a line is short (shortLine).
func lineBreaks(lines []string, short int) []bool {
	soft := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		n := doubleSpaced(lines, i)
		if n < 4 || !readsAsProse(lines, i, n, short) {
			i += 2*n - 1
			continue
		}
		for k := 0; k+1 < n; k++ {
			l, next := trimmed(lines[i+2*k]), trimmed(lines[i+2*k+2])
			closing := k+2 == n && runeLen(next) < short && !midSentence(l)
			soft[i+2*k+1] = runeLen(l) >= short && !closing || midSentence(l) && (startsLower(next) || runeLen(l) >= short/2)
		}
		i += 2*n - 1
	}
	return soft
}

// doubleSpaced counts the lines of a double-spaced run that starts at line
// i: lines i, i+2, i+4 ..., each a line of its own between blank lines.
// It is 1 when line i starts no such run.
func doubleSpaced(lines []string, i int) int {
	if isBlank(lines[i]) || i > 0 && !isBlank(lines[i-1]) {
		return 1
	}
	n := 1
	for j := i; j+2 < len(lines) && isBlank(lines[j+1]) && !isBlank(lines[j+2]) && (j+3 == len(lines) || isBlank(lines[j+3])); j += 2 {
		n++
	}
	return n
}

// readsAsProse reports whether the n lines of a double-spaced run from
// line i read as wrapped prose (see lineBreaks).
func readsAsProse(lines []string, i, n, short int) bool {
	wrapped, lower := 0, 0
	for k := 0; k < n; k++ {
		l := trimmed(lines[i+2*k])
		size := runeLen(l)
		if size > wrapWidth {
			return false
		}
		if k+1 < n && size >= short && midSentence(l) {
			wrapped++
		}
		if k > 0 && startsLower(l) {
			lower++
		}
	}
	return wrapped*2 >= n-1 && lower*3 >= n-1
}

// isBlank reports whether a line holds only white space.
func isBlank(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i]; c >= utf8.RuneSelf {
			return trimmed(l[i:]) == ""
		} else if c != ' ' && (c < '\t' || c > '\r') {
			return false
		}
	}
	return true
}

func trimmed(l string) string { return strings.TrimFunc(l, unicode.IsSpace) }

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// joinBrokenSentences joins a block to the one before when a blank line
// fell inside a sentence: the block before ends without a sentence's
// punctuation and this one starts in lower case. Some transcriptions
// double-space a stretch of lines, which made every line a paragraph.
func joinBrokenSentences(blocks []block) []block {
	out := blocks[:0]
	for _, b := range blocks {
		if n := len(out); n > 0 && !b.list && len(out[n-1].text) >= 40 && midSentence(out[n-1].text) && startsLower(b.text) {
			out[n-1].text += " " + b.text
			out[n-1].lines += b.lines
			continue
		}
		out = append(out, b)
	}
	return out
}

func midSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || r == ','
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// indentOf counts a line's leading spaces, a tab as four.
func indentOf(raw string) int {
	n := 0
	for _, r := range raw {
		switch {
		case r == '\t':
			n += 4
		case unicode.IsSpace(r):
			n++
		default:
			return n
		}
	}
	return n
}
