package essay

import (
	"bufio"
	"bytes"
	"html"
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// looksLikeMarkdown reports whether text reads as Markdown rather than
// plain text: two or more "#" headings, or a "[^1]:" note.
func looksLikeMarkdown(lines []string) bool {
	headings := 0
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "[^") && strings.Contains(l, "]:"):
			return true
		case strings.HasPrefix(l, "#") && isATXHeading(l):
			if headings++; headings == 2 {
				return true
			}
		}
	}
	return false
}

// isATXHeading reports whether a line is a "#" heading: one to six "#",
// a space, then text.
func isATXHeading(l string) bool {
	n := len(l) - len(strings.TrimLeft(l, "#"))
	return n >= 1 && n <= 6 && len(l) > n+1 && (l[n] == ' ' || l[n] == '\t') && strings.TrimSpace(l[n:]) != ""
}

// markdown is the Markdown reader, set up the first time a text needs it:
// most runs read no Markdown, and would pay for it at start-up.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Footnote, extension.Strikethrough, extension.Table),
		goldmark.WithParserOptions(gparser.WithASTTransformers(util.Prioritized(keepUnmarkedNotes{}, 998))),
	)
})

// keepUnmarkedNotes numbers the footnote definitions no reference marks,
// after the marked ones. Goldmark's own transformer, which runs after this
// one, drops a definition it has not numbered: a note whose marker an
// edition lost would vanish from the text with no trace. (Goldmark runs
// its transformers lowest priority first; its own has 999.)
type keepUnmarkedNotes struct{}

func (keepUnmarkedNotes) Transform(doc *gast.Document, _ text.Reader, _ gparser.Context) {
	_ = gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		list, ok := n.(*east.FootnoteList)
		if !ok || !entering {
			return gast.WalkContinue, nil
		}
		for c := list.FirstChild(); c != nil; c = c.NextSibling() {
			if f, ok := c.(*east.Footnote); ok && f.Index < 0 {
				list.Count++
				f.Index = list.Count
			}
		}
		return gast.WalkSkipChildren, nil
	})
}

// markdownBlocks reads Markdown into blocks through goldmark: headings keep
// their level, list items and quotations are marked as continuing the
// paragraph before, emphasis and links become their text, images their
// description, and a footnote reference becomes a "[N]" marker that the
// note's definition, a block of its own, carries as its number. Rules, raw
// HTML and link definitions are left out.
//
//   - first: the 1-based line of src in its file.
func markdownBlocks(src []byte, first int) []block {
	doc := markdown().Parser().Parse(text.NewReader(src))
	lineAt := lineIndex(src, first)
	labels := footnoteLabels(doc)
	var out []block
	var walk func(n gast.Node, list bool)
	walk = func(n gast.Node, list bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *gast.Heading:
				out = appendBlock(out, block{heading: c.Level, line: lineAt(c)}, inlineText(c, src, labels))
			case *gast.Paragraph, *gast.TextBlock:
				// A figure alone ("![Fig. 1](fig01.png)") is no paragraph of
				// the text.
				if !onlyImages(c, src) {
					out = appendBlock(out, block{list: list, line: lineAt(c)}, inlineText(c, src, labels))
				}
			case *gast.CodeBlock, *gast.FencedCodeBlock:
				out = appendBlock(out, block{list: true, line: lineAt(c)}, linesText(c, src))
			case *gast.List:
				if !c.IsOrdered() {
					walk(c, true)
					continue
				}
				// Goldmark keeps an ordered list's first number only: each
				// item's first block gets its number as the list counts.
				n := c.Start
				for it := gast.Node(c.FirstChild()); it != nil; it = it.NextSibling() {
					start := len(out)
					walk(it, true)
					if start < len(out) {
						out[start].item = n
					}
					n++
				}
			case *gast.ListItem, *gast.Blockquote:
				walk(c, true)
			case *east.FootnoteList:
				// Goldmark orders the notes as the text first marks them,
				// and an unmarked one last; the text numbers them.
				c.SortChildren(func(a, b gast.Node) int {
					return labels[a.(*east.Footnote).Index] - labels[b.(*east.Footnote).Index]
				})
				walk(c, false)
			case *east.Footnote:
				start := len(out)
				walk(c, false)
				if start < len(out) {
					out[start].note = labels[c.Index]
					for i := start + 1; i < len(out); i++ {
						out[i].list, out[i].noteCont = false, true
					}
				}
			case *east.Table:
				out = appendBlock(out, block{list: list, line: lineAt(c)}, tableText(c, src, labels))
			}
		}
	}
	walk(doc, false)
	return out
}

func appendBlock(out []block, b block, s string) []block {
	b.text = strings.Join(strings.Fields(s), " ")
	b.markdown = true
	if b.text == "" {
		return out
	}
	b.lines = 1 + strings.Count(s, "\n")
	return append(out, b)
}

// footnoteLabels maps each footnote's index to the number refs give it:
// its label when the label is a number ("[^7]" is note 7), else its order.
func footnoteLabels(doc gast.Node) map[int]int {
	labels := map[int]int{}
	_ = gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if f, ok := n.(*east.Footnote); ok && entering {
			labels[f.Index] = f.Index
			if n, err := strconv.Atoi(string(f.Ref)); err == nil && n > 0 && n < 1000 {
				labels[f.Index] = n
			}
		}
		return gast.WalkContinue, nil
	})
	return labels
}

// inlineText writes a block's inline content as plain text.
func inlineText(n gast.Node, src []byte, labels map[int]int) string {
	var b strings.Builder
	_ = gast.Walk(n, func(c gast.Node, entering bool) (gast.WalkStatus, error) {
		if !entering {
			return gast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *gast.Text:
			writeText(&b, c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *gast.String:
			b.Write(c.Value)
		case *gast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if s, ok := t.(*gast.Text); ok {
					b.Write(s.Segment.Value(src))
				}
			}
			return gast.WalkSkipChildren, nil
		case *gast.AutoLink:
			b.Write(c.Label(src))
			return gast.WalkSkipChildren, nil
		case *gast.RawHTML:
			return gast.WalkSkipChildren, nil
		case *east.FootnoteLink:
			b.WriteString("[" + strconv.Itoa(labels[c.Index]) + "]")
		}
		return gast.WalkContinue, nil
	})
	return b.String()
}

// writeText writes a span of Markdown text as it reads: with its
// backslash escapes ("\\[") and character references ("&nbsp;", "&#233;")
// resolved, as CommonMark defines them. Goldmark leaves both in the span
// for its renderer, so the renderer's writer resolves them, and what it
// escapes for HTML is unescaped again.
func writeText(b *strings.Builder, seg []byte) {
	if bytes.IndexByte(seg, '\\') < 0 && bytes.IndexByte(seg, '&') < 0 {
		b.Write(seg)
		return
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	ghtml.DefaultWriter.Write(w, seg)
	_ = w.Flush()
	b.WriteString(html.UnescapeString(buf.String()))
}

// onlyImages reports whether a paragraph holds images and nothing else
// but white space.
func onlyImages(n gast.Node, src []byte) bool {
	images := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *gast.Image:
			images++
		case *gast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return images > 0
}

func linesText(n gast.Node, src []byte) string {
	var b bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}

// tableText writes a table as its cells, row by row.
func tableText(t *east.Table, src []byte, labels map[int]int) string {
	var rows []string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, inlineText(c, src, labels))
		}
		rows = append(rows, strings.Join(cells, "; "))
	}
	return strings.Join(rows, "\n")
}

// lineIndex returns a function giving the 1-based file line where a block
// node starts.
func lineIndex(src []byte, first int) func(gast.Node) int {
	return func(n gast.Node) int {
		for c := gast.Node(n); c != nil; c = c.FirstChild() {
			if c.Type() == gast.TypeBlock && c.Lines().Len() > 0 {
				return first + bytes.Count(src[:c.Lines().At(0).Start], []byte("\n"))
			}
			if t, ok := c.(*gast.Text); ok {
				return first + bytes.Count(src[:t.Segment.Start], []byte("\n"))
			}
		}
		return first
	}
}
