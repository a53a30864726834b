package render

import (
	"fmt"
	"io"
	"strings"

	"studyguide/internal/essay"
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
// output and files get, and the source of the HTML handout.
func GuideMarkdown(w io.Writer, g *guide.Guide) error {
	var b strings.Builder
	writeHeader(&b, g)
	for i, th := range g.Themes {
		writeTheme(&b, i+1, th)
	}
	writeTerms(&b, g.Terms)
	writePlan(&b, g.Plan)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeHeader(b *strings.Builder, g *guide.Guide) {
	fmt.Fprintf(b, "# Study guide: %s\n\n", md(g.Title))
	var by []string
	if g.Author != "" {
		by = append(by, md(g.Author))
	}
	if g.Year != 0 {
		by = append(by, fmt.Sprintf("(%d)", g.Year))
	}
	from := "the open questions of " + g.From
	if g.From == guide.All {
		from = "every open question of the essay"
	}
	line := strings.Join(by, " ")
	if line != "" {
		line += " · "
	}
	fmt.Fprintf(b, "*%sbuilt from %s · every quotation verbatim, with the passage it comes from*\n\n", line, from)
	fmt.Fprintf(b, "> **Read this first.** %s\n\n", md(guide.Caveat))
	fmt.Fprintf(b, "**Reading like a historian.** ")
	if g.Basis != nil {
		fmt.Fprintf(b, "The author says his conclusions rest on others' work: %s %s. ", quote(g.Basis.Text), g.Basis.Ref.Marker())
	}
	b.WriteString("For each question, ask where his evidence comes from, whether other passages and sources back it up, " +
		"and what a historian who disagrees would say.\n\n")
}

func writeTheme(b *strings.Builder, n int, th *guide.Theme) {
	fmt.Fprintf(b, "## Theme %d: %s\n\n", n, md(th.Name))
	if th.Named != nil {
		fmt.Fprintf(b, "The essay names this theme itself: %s %s.\n\n", quote(th.Named.Text), th.Named.Ref.Marker())
	}
	for i, q := range th.Questions {
		writeQuestion(b, n, i+1, q)
	}
}

func writeQuestion(b *strings.Builder, theme, n int, q *guide.Question) {
	fmt.Fprintf(b, "### Question %d.%d %s\n\n", theme, n, q.Ref.Marker())
	fmt.Fprintf(b, "> %s %s\n\n", md(q.Text), q.Ref.Marker())
	b.WriteString("**Where the essay speaks to it**\n\n")
	if len(q.Evidence) == 0 {
		b.WriteString("The essay asks this question but no other passage speaks to it.\n\n")
	}
	for _, e := range q.Evidence {
		fmt.Fprintf(b, "- %s %s\n", e.Ref.Marker(), quote(e.Text))
	}
	if len(q.Evidence) > 0 {
		b.WriteString("\n")
	}
	if len(q.Discussion) > 0 {
		b.WriteString("**Discussion questions**\n\n")
		for i, p := range q.Discussion {
			fmt.Fprintf(b, "%d. *%s.* %s\n", i+1, levelNames[p.Level], md(p.Text))
		}
		b.WriteString("\n")
	}
	if len(q.Historian) > 0 {
		b.WriteString("**Reading like a historian**\n\n")
		for _, p := range q.Historian {
			fmt.Fprintf(b, "- *%s.* %s\n", levelNames[p.Level], md(p.Text))
		}
		b.WriteString("\n")
	}
}

func writeTerms(b *strings.Builder, terms []guide.Term) {
	if len(terms) == 0 {
		return
	}
	b.WriteString("## Key terms and people\n\n")
	b.WriteString("Each in the words of the passage that defines or uses it.\n\n")
	for _, t := range terms {
		fmt.Fprintf(b, "- **%s** %s: %s\n", md(t.Term), t.Quote.Ref.Marker(), quote(t.Quote.Text))
	}
	b.WriteString("\n")
}

func writePlan(b *strings.Builder, p guide.Plan) {
	if len(p.Steps) == 0 {
		return
	}
	fmt.Fprintf(b, "## Discussion plan: %s (%d minutes)\n\n", md(p.Protocol), p.Minutes)
	fmt.Fprintf(b, "%s\n\n", md(p.About))
	if p.Focus != nil {
		fmt.Fprintf(b, "**Focus question** %s: %s\n\n", p.Focus.Ref.Marker(), md(p.Focus.Text))
	}
	b.WriteString("| Minutes | What happens |\n| ---: | --- |\n")
	for _, s := range p.Steps {
		fmt.Fprintf(b, "| %d | %s |\n", s.Minutes, strings.ReplaceAll(md(s.Activity), "|", `\|`))
	}
	b.WriteString("\n**Sentence starters**\n\n")
	b.WriteString("Agreeing:\n\n")
	for _, s := range p.Agree {
		fmt.Fprintf(b, "- %s\n", md(s))
	}
	b.WriteString("\nDisagreeing:\n\n")
	for _, s := range p.Disagree {
		fmt.Fprintf(b, "- %s\n", md(s))
	}
}

// quote writes words quoted verbatim from the essay in curly quotes.
func quote(text string) string { return "“" + md(text) + "”" }

// mdEscaper escapes the characters that would turn essay text into
// Markdown markup: emphasis, code, raw HTML and table cells. Brackets stay
// as they are: "[¶53]" is a citation, and without a link target Markdown
// leaves it alone.
var mdEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `<`, `\<`, `>`, `\>`)

// md cleans text of control characters, joins its lines and escapes it for
// Markdown.
func md(text string) string { return mdEscaper.Replace(OneLine(text)) }

// refStrings writes refs as strings, never nil.
func refStrings(refs []essay.Ref) []string {
	out := []string{}
	for _, r := range refs {
		out = append(out, r.String())
	}
	return out
}
