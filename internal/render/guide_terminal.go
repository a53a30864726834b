package render

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"studyguide/internal/guide"
)

// GuideTerminal writes a study guide for a terminal: its Markdown, parsed by
// the same goldmark parser as the HTML handout, laid out in lines of at
// most width columns, in color unless color is false.
//
// It is written here rather than handed to a Markdown renderer for the
// terminal: the one studyguide used (glamour) brought a syntax highlighter
// whose start-up, paid by every command, cost more than answering a
// question.
func GuideTerminal(w io.Writer, g *guide.Guide, width int, color bool) error {
	var src bytes.Buffer
	if err := GuideMarkdown(&src, g); err != nil {
		return err
	}
	doc := markdownToHTML.Parser().Parse(text.NewReader(src.Bytes()))
	t := &termLayout{src: src.Bytes(), width: max(width, 40), color: color}
	t.blocks(doc, "  ")
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
	src   []byte
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

// blocks writes the block children of n, a blank line between each, every
// line starting with indent.
func (t *termLayout) blocks(n ast.Node, indent string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c != n.FirstChild() {
			t.line(strings.TrimRight(indent, " "))
		}
		t.block(c, indent)
	}
}

func (t *termLayout) block(n ast.Node, indent string) {
	switch n := n.(type) {
	case *ast.Heading:
		style := map[int]string{1: styleTitle, 2: styleHeading}[n.Level]
		if style == "" {
			style = styleSub
		}
		lines := t.wrap(t.inline(n, style), t.width-visible(indent))
		t.lines(lines, indent, indent)
		if n.Level <= 2 {
			rule := "═"
			if n.Level == 2 {
				rule = "─"
			}
			t.line(indent + t.styled(strings.Repeat(rule, maxWidth(lines)), styleRule))
		}
	case *ast.Blockquote:
		bar := t.styled("│", styleQuote) + " "
		t.blocks(n, indent+bar)
	case *ast.List:
		t.list(n, indent)
	case *east.Table:
		t.table(n, indent)
	case *ast.ThematicBreak:
		t.line(indent + t.styled(strings.Repeat("─", t.width-visible(indent)), styleRule))
	default:
		if n.Type() == ast.TypeBlock && n.FirstChild() != nil && n.FirstChild().Type() == ast.TypeBlock {
			t.blocks(n, indent)
			return
		}
		t.lines(t.wrap(t.inline(n, ""), t.width-visible(indent)), indent, indent)
	}
}

// list writes a list's items with their bullets or numbers, continuation
// lines aligned under the item's text.
func (t *termLayout) list(n *ast.List, indent string) {
	num := n.Start
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "• "
		if n.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		hang := strings.Repeat(" ", utf8.RuneCountInString(marker))
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			lead := indent + hang
			if first {
				lead = indent + marker
			}
			if _, ok := c.(*ast.List); ok {
				t.list(c.(*ast.List), indent+hang)
				continue
			}
			t.lines(t.wrap(t.inline(c, ""), t.width-visible(indent)-len(hang)), lead, indent+hang)
			first = false
		}
	}
}

// table writes a table with its columns aligned; the widest column wraps
// when the table does not fit.
func (t *termLayout) table(n *east.Table, indent string) {
	var rows [][][]word
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		var row [][]word
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			style := ""
			if _, header := r.(*east.TableHeader); header {
				style = styleStrong
			}
			row = append(row, t.inline(c, style))
		}
		rows = append(rows, row)
	}
	cols := len(n.Alignments)
	widths := make([]int, cols)
	for _, row := range rows {
		for i, cell := range row {
			if i < cols {
				widths[i] = max(widths[i], wordsWidth(cell))
			}
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
			if i < len(row) {
				cells[i] = t.wrap(row[i], widths[i])
			}
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
				if n.Alignments[i] == east.AlignRight {
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

// inline returns the words of n's inline content, styled.
func (t *termLayout) inline(n ast.Node, style string) []word {
	var words []word
	var cur word
	add := func(s, style string) {
		for i, part := range strings.Split(s, " ") {
			if i > 0 && len(cur) > 0 {
				words, cur = append(words, cur), nil
			}
			if part != "" {
				cur = append(cur, piece{part, style})
			}
		}
	}
	var walk func(n ast.Node, style string)
	walk = func(n ast.Node, style string) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				add(string(unescape(c.Segment.Value(t.src))), style)
				if c.SoftLineBreak() || c.HardLineBreak() {
					add(" ", style)
				}
			case *ast.String:
				add(string(c.Value), style)
			case *ast.Emphasis:
				code := styleEm
				if c.Level == 2 {
					code = styleStrong
				}
				walk(c, joinStyles(style, code))
			case *ast.AutoLink:
				add(string(c.Label(t.src)), style)
			default:
				walk(c, style)
			}
		}
	}
	walk(n, style)
	if len(cur) > 0 {
		words = append(words, cur)
	}
	return words
}

// unescape turns Markdown's backslash escapes and character references
// back into the characters they stand for, as the HTML renderer does.
func unescape(b []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(b)))
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
	if a == "" {
		return b
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
func visible(s string) int { return utf8.RuneCountInString(ansiRe.ReplaceAllString(s, "")) }

func maxWidth(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, visible(l))
	}
	return n
}
