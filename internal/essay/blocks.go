package essay

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// markdown marks a block read by goldmark, whose headings are marked.
	markdown bool
	// gap counts the blank lines before the block in a plain-text file.
	gap int
	// head, num and words are worked out once per parse: whether the
	// block is a heading, its numberedRe match, and its word count.
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
var listItemRe = regexp.MustCompile(`^([-*•–]|\([a-z0-9]{1,3}\)|[a-z]\))\s+\S`)

// splitBlocks groups plain-text lines into blocks. A blank line ends a
// block. A line starts a new one when it is indented deeper than the line
// before (a first-line indent), when it is indented and the line before
// was a whole unwrapped paragraph (longer than wrapWidth), or when it is a
// bullet. Any other line continues the block: hard-wrapped paragraphs are
// joined, and a line that starts "12." inside one stays in it. Verse is
// the exception to the first-line indent: a stanza whose lines are all
// short, set with its even lines indented deeper, stays one block, or its
// first line would read as a title and the rest of it lose its start.
// Words are gathered per block and joined once: appending line by line to
// a string made a long hard-wrapped block take time quadratic in its
// length.
//
//   - first: the 1-based number of lines[0] in the file.
func splitBlocks(lines []string, first int) []block {
	var blocks []block
	var words [][]string
	short := shortLine(lines)
	open, prevIndent, prevLen, allShort, gap := false, 0, 0, false, 0
	for i, raw := range lines {
		line := strings.TrimFunc(raw, unicode.IsSpace)
		if line == "" {
			open = false
			gap++
			continue
		}
		indent := indentOf(raw)
		bullet := listItemRe.MatchString(line)
		n := utf8.RuneCountInString(line)
		verse := allShort && n < short
		fresh := !open || bullet || indent > prevIndent && !verse || indent > 0 && prevLen > wrapWidth
		if fresh {
			blocks = append(blocks, block{line: first + i, indent: indent, list: bullet, gap: gap})
			words = append(words, nil)
			open, allShort = true, true
		}
		blocks[len(blocks)-1].lines++
		words[len(words)-1] = append(words[len(words)-1], strings.Fields(line)...)
		prevIndent, prevLen, allShort, gap = indent, n, allShort && n < short, 0
	}
	for i := range blocks {
		blocks[i].text = strings.Join(words[i], " ")
	}
	return joinBrokenSentences(blocks)
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
