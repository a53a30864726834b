package render

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"studyguide/internal/control"
	"studyguide/internal/guide"
)

// GuideTerminal writes a study guide for a terminal: the content of
// GuideMarkdown laid out in lines of at most width columns, in color
// unless color is false.
func GuideTerminal(w io.Writer, g *guide.Guide, width int, color bool) error {
	t := &termLayout{width: max(width, 40), color: color}
	first := true
	for _, bl := range guideDoc(g).blocks {
		if bl.kind == opening || bl.kind == closing {
			continue
		}
		if !first {
			t.line("")
		}
		first = false
		t.block(bl, "  ")
	}
	_, err := w.Write(t.out.Bytes())
	return err
}

// ANSI styles of the terminal layout.
const (
	styleTitle   = "1;35"
	styleHeading = "1;36"
	styleSub     = "1"
	styleStrong  = "1"
	styleEm      = "3"
	styleQuote   = "2"
	styleRule    = "2"
)

// termLayout writes Markdown blocks as wrapped lines.
type termLayout struct {
	width int
	color bool
	out   bytes.Buffer
}

// piece is a run of text in one style; a word is one or more pieces with
// no space between them.
type piece struct {
	text, style string
}

type word []piece

func (w word) width() int {
	n := 0
	for _, p := range w {
		n += utf8.RuneCountInString(p.text)
	}
	return n
}

func (t *termLayout) block(bl block, indent string) {
	room := t.width - visible(indent)
	switch bl.kind {
	case heading:
		style := map[int]string{1: styleTitle, 2: styleHeading}[bl.level]
		if style == "" {
			style = styleSub
		}
		lines := t.wrap(words(bl.text, style), room)
		t.lines(lines, indent, indent)
		if bl.level <= 2 {
			rule := map[int]string{1: "═", 2: "─"}[bl.level]
			t.line(indent + t.styled(strings.Repeat(rule, maxWidth(lines)), styleRule))
		}
	case paragraph:
		t.lines(t.wrap(words(bl.text, ""), room), indent, indent)
	case quotation:
		bar := indent + t.styled("│", styleQuote) + " "
		t.lines(t.wrap(words(bl.text, ""), room-2), bar, bar)
	case bullets, numbered:
		for i, item := range bl.items {
			marker := "• "
			if bl.kind == numbered {
				marker = strconv.Itoa(i+1) + ". "
			}
			hang := strings.Repeat(" ", utf8.RuneCountInString(marker))
			t.lines(t.wrap(words(item, ""), room-len(hang)), indent+marker, indent+hang)
		}
	case tableBlock:
		t.table(bl.table, indent)
	}
}

// table writes a table with its columns aligned; the widest column wraps
// when the table does not fit.
func (t *termLayout) table(tb *table, indent string) {
	rows := [][][]word{cellWords(tb.head, styleStrong)}
	for _, r := range tb.rows {
		rows = append(rows, cellWords(r, ""))
	}
	cols := len(tb.head)
	widths := make([]int, cols)
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], wordsWidth(cell))
		}
	}
	room := t.width - visible(indent) - 3*(cols-1)
	widest, total := 0, 0
	for i, w := range widths {
		total += w
		if w > widths[widest] {
			widest = i
		}
	}
	if total > room {
		widths[widest] = max(10, widths[widest]-(total-room))
	}
	sep := " " + t.styled("│", styleRule) + " "
	for r, row := range rows {
		cells := make([][]string, cols)
		height := 1
		for i := range cols {
			cells[i] = t.wrap(row[i], widths[i])
			height = max(height, len(cells[i]))
		}
		for l := range height {
			parts := make([]string, cols)
			for i := range cols {
				s := ""
				if l < len(cells[i]) {
					s = cells[i][l]
				}
				pad := strings.Repeat(" ", max(0, widths[i]-visible(s)))
				if tb.right[i] {
					parts[i] = pad + s
				} else {
					parts[i] = s + pad
				}
			}
			t.line(strings.TrimRight(indent+strings.Join(parts, sep), " "))
		}
		if r == 0 {
			rules := make([]string, cols)
			for i, w := range widths {
				rules[i] = strings.Repeat("─", w)
			}
			t.line(indent + t.styled(strings.Join(rules, "─┼─"), styleRule))
		}
	}
}

func cellWords(cells []string, style string) [][]word {
	out := make([][]word, len(cells))
	for i, c := range cells {
		out[i] = words(line{raw(c)}, style)
	}
	return out
}

// words splits text into words at spaces, each in its span's style on top
// of style.
func words(text line, style string) []word {
	var out []word
	var cur word
	for _, s := range text {
		code := joinStyles(style, map[spanStyle]string{emphasis: styleEm, strong: styleStrong}[s.style])
		for i, part := range strings.Split(s.text, " ") {
			if i > 0 && len(cur) > 0 {
				out, cur = append(out, cur), nil
			}
			if part != "" {
				cur = append(cur, piece{part, code})
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// wrap lays words out in lines of at most width columns; a word longer
// than that has a line of its own.
func (t *termLayout) wrap(words []word, width int) []string {
	var lines []string
	var line []piece
	used := 0
	for _, w := range words {
		n := w.width()
		if used > 0 && used+1+n > width {
			lines = append(lines, t.render(line))
			line, used = nil, 0
		}
		if used > 0 {
			// The space takes the style of the words around it when they
			// share one, so that a styled phrase is one escape sequence.
			space := piece{" ", ""}
			if prev := line[len(line)-1]; prev.style == w[0].style {
				space.style = prev.style
			}
			line = append(line, space)
			used++
		}
		line = append(line, w...)
		used += n
	}
	if used > 0 || len(lines) == 0 {
		lines = append(lines, t.render(line))
	}
	return lines
}

// render writes a line's pieces, each run of one style as one sequence.
func (t *termLayout) render(line []piece) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		j := i
		var run strings.Builder
		for ; j < len(line) && line[j].style == line[i].style; j++ {
			run.WriteString(line[j].text)
		}
		b.WriteString(t.styled(run.String(), line[i].style))
		i = j
	}
	return b.String()
}

// lines writes wrapped lines, the first after lead and the rest after
// indent.
func (t *termLayout) lines(lines []string, lead, indent string) {
	for i, l := range lines {
		if i > 0 {
			lead = indent
		}
		t.line(strings.TrimRight(lead+l, " "))
	}
}

func (t *termLayout) line(s string) {
	t.out.WriteString(s)
	t.out.WriteByte('\n')
}

func (t *termLayout) styled(s, style string) string {
	if !t.color || style == "" || s == "" {
		return s
	}
	return "\x1b[" + style + "m" + s + "\x1b[0m"
}

func joinStyles(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + ";" + b
}

func wordsWidth(words []word) int {
	n := 0
	for i, w := range words {
		if i > 0 {
			n++
		}
		n += w.width()
	}
	return n
}

// visible is the number of columns s takes on screen, escape sequences
// aside.
func visible(s string) int { return utf8.RuneCountInString(control.Strip(s)) }

func maxWidth(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, visible(l))
	}
	return n
}
