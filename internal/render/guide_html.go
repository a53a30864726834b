package render

import (
	"fmt"
	"html"
	"io"
	"strings"

	"studyguide/internal/guide"
)

// GuideHTML writes a study guide as one self-contained, printable HTML
// page: the content of GuideMarkdown, marked up as a Markdown converter
// would mark it up (goldmark's output, to the byte, which a test checks),
// inside a page whose styles are inline. It loads nothing from the
// network.
func GuideHTML(w io.Writer, g *guide.Guide) error {
	var body strings.Builder
	for _, bl := range guideDoc(g).blocks {
		writeHTMLBlock(&body, bl)
	}
	_, err := fmt.Fprintf(w, htmlPage, html.EscapeString(OneLine("Study guide: "+g.Title)), body.String())
	return err
}

func writeHTMLBlock(out *strings.Builder, bl block) {
	switch bl.kind {
	case opening:
		fmt.Fprintf(out, "<section class=\"%s\">\n", bl.class)
	case closing:
		out.WriteString("</section>\n")
	case heading:
		fmt.Fprintf(out, "<h%d>%s</h%d>\n", bl.level, htmlLine(bl.text), bl.level)
	case paragraph:
		fmt.Fprintf(out, "<p>%s</p>\n", htmlLine(bl.text))
	case quotation:
		fmt.Fprintf(out, "<blockquote>\n<p>%s</p>\n</blockquote>\n", htmlLine(bl.text))
	case bullets, numbered:
		tag := map[blockKind]string{bullets: "ul", numbered: "ol"}[bl.kind]
		fmt.Fprintf(out, "<%s>\n", tag)
		for _, item := range bl.items {
			fmt.Fprintf(out, "<li>%s</li>\n", htmlLine(item))
		}
		fmt.Fprintf(out, "</%s>\n", tag)
	case tableBlock:
		row := func(cell string, cells []string) {
			out.WriteString("<tr>\n")
			for i, c := range cells {
				align := ""
				if bl.table.right[i] {
					align = ` style="text-align:right"`
				}
				fmt.Fprintf(out, "<%s%s>%s</%s>\n", cell, align, htmlEscaper.Replace(c), cell)
			}
			out.WriteString("</tr>\n")
		}
		out.WriteString("<table>\n<thead>\n")
		row("th", bl.table.head)
		out.WriteString("</thead>\n<tbody>\n")
		for _, r := range bl.table.rows {
			row("td", r)
		}
		out.WriteString("</tbody>\n</table>\n")
	}
}

// htmlLine writes text as HTML: escaped, emphasis marked up.
func htmlLine(text line) string {
	var out strings.Builder
	for _, s := range italics(text) {
		tag := map[spanStyle]string{emphasis: "em", strong: "strong"}[s.style]
		if tag != "" {
			out.WriteString("<" + tag + ">")
		}
		out.WriteString(htmlEscaper.Replace(s.text))
		if tag != "" {
			out.WriteString("</" + tag + ">")
		}
	}
	return out.String()
}

// htmlEscaper escapes text as goldmark does: the apostrophe, frequent in
// the essay, stays as it is.
var htmlEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;")

// htmlPage is the page around the guide: %s is the title, then the body.
// The print rules keep every box, list and table row whole on a page and
// every heading with what follows it, and set the summary, the key terms
// and the check questions in two columns: the students' edition of a
// guide of six questions prints on six pages or fewer.
const htmlPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>
:root { --ink: #1d1d1f; --muted: #5a5a60; --rule: #d8d8dc; --accent: #7a1f1f; --wash: #f6f4ef; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink);
  font: 16px/1.55 Georgia, "Iowan Old Style", "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; color: var(--accent); }
h1 + p { color: var(--muted); margin-top: 0; }
h1 + p em { color: var(--muted); font-weight: normal; font-style: italic; }
h2 { font-size: 1.35rem; margin: 2.4rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.8rem 0 .5rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
blockquote { margin: .8rem 0; padding: .7rem 1rem; background: var(--wash); border-left: 4px solid var(--accent); }
blockquote p { margin: 0; }
h3 + blockquote { font-size: 1.08rem; }
ul, ol { padding-left: 1.4rem; }
li { margin: .35rem 0; }
em { color: var(--accent); font-style: normal; font-weight: bold; }
table { border-collapse: collapse; width: 100%%; margin: .8rem 0; }
th, td { border: 1px solid var(--rule); padding: .4rem .6rem; vertical-align: top; text-align: left; }
th { background: var(--wash); }
td:first-child { white-space: nowrap; text-align: right; width: 4.5rem; }
@media print {
  @page { margin: 1.4cm 1.5cm; }
  html { font-size: 9.5pt; }
  body { font-size: 9.5pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 15pt; margin-bottom: .2rem; }
  h2 { font-size: 12pt; margin: 1rem 0 .35rem; padding-bottom: .1rem; break-after: avoid; }
  h3 { font-size: 9.5pt; margin: .8rem 0 .25rem; break-after: avoid; }
  p { margin: .3rem 0; }
  blockquote { margin: .35rem 0; padding: .3rem .6rem; }
  h3 + blockquote { font-size: 10pt; break-after: avoid; }
  p:has(> strong:only-child) { margin: .4rem 0 .1rem; break-after: avoid; }
  ul, ol { margin: .15rem 0; padding-left: 1.2rem; }
  li { margin: .12rem 0; }
  section.summary ul, section.terms ul, section.check ol, section.answers ol { columns: 2; column-gap: 1.4rem; }
  h2 + p { break-after: avoid; }
  blockquote, ul, ol, li, table, tr, section.check, section.answers { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
</style>
</head>
<body>
<main>
%s</main>
</body>
</html>
`
