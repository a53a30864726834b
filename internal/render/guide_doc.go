package render

import (
	"fmt"
	"strconv"
	"strings"

	"studyguide/internal/guide"
)

// A guide is laid out once as blocks of styled text, which GuideMarkdown,
// GuideHTML and GuideTerminal each write out in their own way: all three
// then hold the same content by construction. Writing HTML and terminal
// text directly, rather than parsing the Markdown again (with goldmark),
// keeps a Markdown library out of the program, whose start-up every
// command pays.

// spanStyle is how a run of text is set.
type spanStyle int

const (
	plain spanStyle = iota
	emphasis
	strong
)

// span is a run of text in one style. Its text is cleaned (one line, no
// control characters) and not escaped: each writer escapes it for itself.
type span struct {
	text  string
	style spanStyle
}

// line is a paragraph's, heading's or list item's text.
type line []span

type blockKind int

const (
	heading blockKind = iota
	paragraph
	quotation
	bullets
	numbered
	tableBlock
)

// block is one heading, paragraph, quotation, list or table.
type block struct {
	kind  blockKind
	level int    // a heading's level, from 1
	text  line   // a heading's, paragraph's or quotation's text
	items []line // a list's items
	table *table
}

// table is a table of plain text; a right-aligned column holds numbers.
type table struct {
	head  []string
	right []bool
	rows  [][]string
}

// doc collects a guide's blocks.
type doc struct{ blocks []block }

func (d *doc) heading(level int, text ...span) {
	d.blocks = append(d.blocks, block{kind: heading, level: level, text: text})
}
func (d *doc) para(text ...span)  { d.blocks = append(d.blocks, block{kind: paragraph, text: text}) }
func (d *doc) quote(text ...span) { d.blocks = append(d.blocks, block{kind: quotation, text: text}) }

// list adds a list; an empty one adds nothing.
func (d *doc) list(kind blockKind, items []line) {
	if len(items) > 0 {
		d.blocks = append(d.blocks, block{kind: kind, items: items})
	}
}

// t, em and b make spans of text from the guide, cleaned of control
// characters and line breaks; raw makes one of the layout's own words and
// spaces, kept as they are.
func t(s string) span   { return span{OneLine(s), plain} }
func em(s string) span  { return span{OneLine(s), emphasis} }
func b(s string) span   { return span{OneLine(s), strong} }
func raw(s string) span { return span{s, plain} }

// quoted is words quoted verbatim from the essay, in curly quotes.
func quoted(s string) span { return raw("“" + OneLine(s) + "”") }

// guideDoc lays out a study guide.
func guideDoc(g *guide.Guide) *doc {
	d := &doc{}
	docHeader(d, g)
	for i, th := range g.Themes {
		docTheme(d, i+1, th)
	}
	docTerms(d, g.Terms)
	docPlan(d, g.Plan)
	return d
}

func docHeader(d *doc, g *guide.Guide) {
	d.heading(1, t("Study guide: "+g.Title))
	var by []string
	if g.Author != "" {
		by = append(by, g.Author)
	}
	if g.Year != 0 {
		by = append(by, fmt.Sprintf("(%d)", g.Year))
	}
	from := "the open questions of " + g.From
	if g.From == guide.All {
		from = "every open question of the essay"
	}
	by = append(by, "built from "+from, "every quotation verbatim, with the passage it comes from")
	if len(by) > 2 {
		by = append([]string{strings.Join(by[:len(by)-2], " ")}, by[len(by)-2:]...)
	}
	d.para(em(strings.Join(by, " · ")))
	d.quote(b("Read this first."), raw(" "), t(guide.Caveat))
	text := line{b("Reading like a historian."), raw(" ")}
	if g.Basis != nil {
		text = append(text, raw("The author says his conclusions rest on others' work: "), quoted(g.Basis.Text),
			raw(" "), t(g.Basis.Ref.Marker()), raw(". "))
	}
	text = append(text, raw("For each question, ask where his evidence comes from, whether other passages and sources back it up, "+
		"and what a historian who disagrees would say."))
	d.para(text...)
}

func docTheme(d *doc, n int, th *guide.Theme) {
	d.heading(2, t(fmt.Sprintf("Theme %d: %s", n, th.Name)))
	if th.Named != nil {
		d.para(raw("The essay names this theme itself: "), quoted(th.Named.Text), raw(" "), t(th.Named.Ref.Marker()), raw("."))
	}
	for i, q := range th.Questions {
		docQuestion(d, n, i+1, q)
	}
}

func docQuestion(d *doc, theme, n int, q *guide.Question) {
	d.heading(3, t(fmt.Sprintf("Question %d.%d %s", theme, n, q.Ref.Marker())))
	d.quote(t(q.Text + " " + q.Ref.Marker()))
	d.para(b("Where the essay speaks to it"))
	if len(q.Evidence) == 0 {
		d.para(t("The essay asks this question but no other passage speaks to it."))
	}
	var evidence []line
	for _, e := range q.Evidence {
		evidence = append(evidence, line{t(e.Ref.Marker()), raw(" "), quoted(e.Text)})
	}
	d.list(bullets, evidence)
	if len(q.Discussion) > 0 {
		d.para(b("Discussion questions"))
		d.list(numbered, promptLines(q.Discussion))
	}
	if len(q.Historian) > 0 {
		d.para(b("Reading like a historian"))
		d.list(bullets, promptLines(q.Historian))
	}
}

// promptLines are discussion or historian's prompts, each led by its level.
func promptLines(ps []guide.Prompt) []line {
	var out []line
	for _, p := range ps {
		out = append(out, line{em(levelNames[p.Level] + "."), raw(" "), t(p.Text)})
	}
	return out
}

func docTerms(d *doc, terms []guide.Term) {
	if len(terms) == 0 {
		return
	}
	d.heading(2, t("Key terms and people"))
	d.para(t("Each in the words of the passage that defines or uses it."))
	var items []line
	for _, term := range terms {
		items = append(items, line{b(term.Term), raw(" "), t(term.Quote.Ref.Marker()), raw(": "), quoted(term.Quote.Text)})
	}
	d.list(bullets, items)
}

func docPlan(d *doc, p guide.Plan) {
	if len(p.Steps) == 0 {
		return
	}
	d.heading(2, t(fmt.Sprintf("Discussion plan: %s (%d minutes)", p.Protocol, p.Minutes)))
	d.para(t(p.About))
	if p.Focus != nil {
		d.para(b("Focus question"), raw(" "), t(p.Focus.Ref.Marker()), raw(": "), t(p.Focus.Text))
	}
	tb := &table{head: []string{"Minutes", "What happens"}, right: []bool{true, false}}
	for _, s := range p.Steps {
		tb.rows = append(tb.rows, []string{strconv.Itoa(s.Minutes), OneLine(s.Activity)})
	}
	d.blocks = append(d.blocks, block{kind: tableBlock, table: tb})
	d.para(b("Sentence starters"))
	d.para(t("Agreeing:"))
	d.list(bullets, plainLines(p.Agree))
	d.para(t("Disagreeing:"))
	d.list(bullets, plainLines(p.Disagree))
}

func plainLines(ss []string) []line {
	var out []line
	for _, s := range ss {
		out = append(out, line{t(s)})
	}
	return out
}
