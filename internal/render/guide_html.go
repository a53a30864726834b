package render

import (
	"bytes"
	"fmt"
	"html"
	"io"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"studyguide/internal/guide"
)

// markdownToHTML turns the guide's Markdown into HTML. Raw HTML is never
// passed through (goldmark's default), and the guide escapes it anyway.
var markdownToHTML = goldmark.New(goldmark.WithExtensions(extension.Table))

// GuideHTML writes a study guide as one self-contained, printable HTML
// page: the Markdown of GuideMarkdown, converted, inside a page whose
// styles are inline. It loads nothing from the network.
func GuideHTML(w io.Writer, g *guide.Guide) error {
	var src, body bytes.Buffer
	if err := GuideMarkdown(&src, g); err != nil {
		return err
	}
	if err := markdownToHTML.Convert(src.Bytes(), &body); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	_, err := fmt.Fprintf(w, htmlPage, html.EscapeString(OneLine("Study guide: "+g.Title)), body.String())
	return err
}

// htmlPage is the page around the guide: %s is the title, then the body.
// The print rules keep questions and table rows whole across pages.
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
  @page { margin: 1.8cm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, h3 + blockquote { break-after: avoid; }
  blockquote, li, tr { break-inside: avoid; }
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
