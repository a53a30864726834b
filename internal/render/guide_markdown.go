package render

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"studyguide/internal/guide"
	"studyguide/internal/lazyregexp"
)

// levelNames are the headings of discussion and historian prompts.
var levelNames = map[string]string{
	guide.Understand:        "Understand",
	guide.Analyze:           "Analyze",
	guide.Evaluate:          "Evaluate",
	guide.Create:            "Create",
	guide.Sourcing:          "Sourcing",
	guide.Corroboration:     "Corroboration",
	guide.Contextualization: "Context",
	guide.Counterpoint:      "Counterpoint",
}

// GuideMarkdown writes a study guide as Markdown: the plain form piped
// output and files get.
func GuideMarkdown(w io.Writer, g *guide.Guide) error {
	var out strings.Builder
	first := true
	for _, bl := range guideDoc(g).blocks {
		if bl.kind == opening || bl.kind == closing {
			continue
		}
		if !first {
			out.WriteString("\n")
		}
		first = false
		writeMarkdownBlock(&out, bl)
	}
	_, err := io.WriteString(w, out.String())
	return err
}

func writeMarkdownBlock(out *strings.Builder, bl block) {
	switch bl.kind {
	case heading:
		fmt.Fprintf(out, "%s %s\n", strings.Repeat("#", bl.level), markdownLine(bl.text))
	case paragraph:
		fmt.Fprintf(out, "%s\n", markdownLine(bl.text))
	case quotation:
		fmt.Fprintf(out, "> %s\n", markdownLine(bl.text))
	case bullets, numbered:
		for i, item := range bl.items {
			marker := "-"
			if bl.kind == numbered {
				marker = strconv.Itoa(i+1) + "."
			}
			fmt.Fprintf(out, "%s %s\n", marker, markdownLine(item))
		}
	case tableBlock:
		row := func(cells []string) {
			for i, c := range cells {
				cells[i] = strings.ReplaceAll(md(c), "|", `\|`)
			}
			fmt.Fprintf(out, "| %s |\n", strings.Join(cells, " | "))
		}
		row(slices.Clone(bl.table.head))
		rule := make([]string, len(bl.table.head))
		for i := range rule {
			rule[i] = "---"
			if bl.table.right[i] {
				rule[i] = "---:"
			}
		}
		fmt.Fprintf(out, "| %s |\n", strings.Join(rule, " | "))
		for _, r := range bl.table.rows {
			row(slices.Clone(r))
		}
	}
}

// markdownLine writes text as Markdown: escaped, emphasis in asterisks,
// and nothing at its start that Markdown would read as a heading or a list.
func markdownLine(text line) string {
	var out strings.Builder
	for _, s := range italics(text) {
		mark := map[spanStyle]string{emphasis: "*", strong: "**"}[s.style]
		if s.style == reference {
			out.WriteString(mdRef(s.text))
			continue
		}
		out.WriteString(mark + mdText(s.text) + mark)
	}
	return escapeLineStart(out.String())
}

// mdEscaper escapes the characters that would turn a text's words into
// Markdown markup: emphasis, code, links and images, raw HTML, entities,
// strikethrough, autolinks and table cells. A quoted "![img](http://...)"
// stays text.
var mdEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `<`, `\<`, `>`, `\>`,
	`[`, `\[`, `]`, `\]`, `&`, `\&`, `~`, `\~`, `://`, `\://`, `www.`, `www\.`)

// markerRe finds a bracketed span inside a line: a citation marker such
// as a prompt's "[¶57]", or a placeholder such as a sentence starter's
// "[name]".
var markerRe = lazyregexp.New(`\[[^\[\]\n]{1,80}\]`)

// mdText escapes text for Markdown, leaving the brackets of a bracketed
// span as they are: "[¶53]" and "[name]" name no link target (the guide
// defines no link references), so Markdown shows them as they stand,
// unless a bracket, parenthesis or colon follows, which would make a link
// or a link definition. "[ ]" and "[x]" stay escaped: GitHub reads them as
// task-list boxes.
func mdText(s string) string {
	var out strings.Builder
	last := 0
	for _, loc := range markerRe.FindAllStringIndex(s, -1) {
		next := ""
		if loc[1] < len(s) {
			next = s[loc[1] : loc[1]+1]
		}
		if inner := s[loc[0]+1 : loc[1]-1]; strings.TrimSpace(inner) == "" || strings.EqualFold(inner, "x") || next == "(" || next == "[" || next == ":" {
			continue
		}
		out.WriteString(mdEscaper.Replace(s[last:loc[0]]))
		out.WriteString(mdRef(s[loc[0]:loc[1]]))
		last = loc[1]
	}
	out.WriteString(mdEscaper.Replace(s[last:]))
	return out.String()
}

// mdRef writes a citation marker: its brackets as they are, what they
// hold escaped.
func mdRef(marker string) string {
	inner := strings.TrimSuffix(strings.TrimPrefix(marker, "["), "]")
	return "[" + mdEscaper.Replace(inner) + "]"
}

// lineStartRe is what Markdown reads as a heading, a list item, a rule or
// a quotation at the start of a line.
var lineStartRe = lazyregexp.New(`^(?:#|[-+=]|\d{1,9}[.)](?:\s|$))`)

// escapeLineStart escapes the mark a line opens with.
func escapeLineStart(s string) string {
	loc := lineStartRe.FindStringIndex(s)
	if loc == nil {
		return s
	}
	if s[0] >= '0' && s[0] <= '9' {
		i := strings.IndexAny(s, ".)")
		return s[:i] + `\` + s[i:]
	}
	return `\` + s
}

// md cleans text of control characters, joins its lines and escapes it for
// Markdown.
func md(text string) string { return mdText(OneLine(text)) }
