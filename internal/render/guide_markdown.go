package render

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"studyguide/internal/guide"
)

// levelNames are the headings of discussion and historian prompts.
var levelNames = map[string]string{
	guide.Understand:    "Understand",
	guide.Analyze:       "Analyze",
	guide.Evaluate:      "Evaluate",
	guide.Create:        "Create",
	guide.Sourcing:      "Sourcing",
	guide.Corroboration: "Corroboration",
	guide.Counterpoint:  "Counterpoint",
}

// GuideMarkdown writes a study guide as Markdown: the plain form piped
// output and files get.
func GuideMarkdown(w io.Writer, g *guide.Guide) error {
	var out strings.Builder
	for i, bl := range guideDoc(g).blocks {
		if i > 0 {
			out.WriteString("\n")
		}
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

// markdownLine writes text as Markdown: escaped, emphasis in asterisks.
func markdownLine(text line) string {
	var out strings.Builder
	for _, s := range text {
		mark := map[spanStyle]string{emphasis: "*", strong: "**"}[s.style]
		out.WriteString(mark + mdEscaper.Replace(s.text) + mark)
	}
	return out.String()
}

// mdEscaper escapes the characters that would turn essay text into
// Markdown markup: emphasis, code, raw HTML and table cells. Brackets stay
// as they are: "[¶53]" is a citation, and without a link target Markdown
// leaves it alone.
var mdEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `<`, `\<`, `>`, `\>`)

// md cleans text of control characters, joins its lines and escapes it for
// Markdown.
func md(text string) string { return mdEscaper.Replace(OneLine(text)) }
