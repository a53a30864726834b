package render

import (
	"fmt"
	"strconv"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/guide"
	"studyguide/internal/lazyregexp"
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
	// reference is a citation marker, "[¶53]": Markdown leaves its
	// brackets as they are.
	reference
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
	// opening and closing bracket a part of the guide that prints on one
	// page where it can: a question, the key terms. Only HTML marks them.
	opening
	closing
)

// block is one heading, paragraph, quotation, list or table.
type block struct {
	kind  blockKind
	level int    // a heading's level, from 1
	text  line   // a heading's, paragraph's or quotation's text
	items []line // a list's items
	table *table
	class string // an opening's part
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

// open starts a part of the guide; close ends it.
func (d *doc) open(class string) { d.blocks = append(d.blocks, block{kind: opening, class: class}) }
func (d *doc) close()            { d.blocks = append(d.blocks, block{kind: closing}) }

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

// quoted is words quoted verbatim from the text, in curly quotes.
func quoted(s string) span { return span{"“" + OneLine(s) + "”", plain} }

// underscoredRe finds words a plain-text edition sets in underscores for
// italics ("to assume that _their_ certainty"): the first group is what
// stands before the opening underscore, the second the words.
var underscoredRe = lazyregexp.New(`(^|[^\p{L}\p{N}_\\])_([^\s_](?:[^_\n]{0,60}[^\s_\\])?)_(?:$|[^\p{L}\p{N}_])`)

// italics splits the plain spans of text where a plain-text edition sets
// words in underscores, marking those words as emphasis: On Liberty's
// "_their_ certainty" printed its underscores, which a student reads as
// a slip, where the book prints italics. The words stay as they are.
func italics(text line) line {
	var out line
	for _, s := range text {
		if s.style != plain {
			out = append(out, s)
			continue
		}
		last := 0
		for _, m := range underscoredRe.FindAllStringSubmatchIndex(s.text, -1) {
			open, from, to := m[3], m[4], m[5]
			out = append(out, span{s.text[last:open], plain}, span{s.text[from:to], emphasis})
			last = to + 1
		}
		out = append(out, span{s.text[last:], plain})
	}
	return out
}

// cite is a citation marker.
func cite(r essay.Ref) span { return span{OneLine(r.Marker()), reference} }

// guideDoc lays out a study guide: in the teacher's edition the answer
// key and the discussion plan close it.
func guideDoc(g *guide.Guide) *doc {
	d := &doc{}
	docHeader(d, g)
	docSummary(d, g)
	var before *guide.Quote
	for i, th := range g.Themes {
		docTheme(d, g.Voice, i+1, th, len(g.Themes) > 1, before)
		before = th.Named
	}
	docTerms(d, g.Voice, g.Terms)
	docChecks(d, g)
	if g.Edition != guide.StudentEdition {
		docAnswers(d, g)
		docPlan(d, g)
	}
	return d
}

func docHeader(d *doc, g *guide.Guide) {
	title := "Study guide: " + g.Title
	if g.Edition == guide.StudentEdition {
		title = "Study guide: " + g.Title
	}
	d.heading(1, t(title))
	var by []string
	if g.Author != "" {
		by = append(by, g.Author)
	}
	if g.Year != 0 {
		by = append(by, fmt.Sprintf("(%d)", g.Year))
	}
	if len(by) > 0 {
		by = []string{strings.Join(by, " ")}
	}
	by = append(by, "built from "+fromLabel(g))
	if g.Edition == guide.StudentEdition {
		by = append(by, "students' edition")
	} else {
		by = append(by, "teacher's edition, with answer key and plan")
	}
	d.para(em(strings.Join(by, " · ")))
	note := line{b("Read this first."), raw(" ")}
	if c := g.Caveat(); c != "" {
		note = append(note, t(c), raw(" "))
	}
	note = append(note, t(guide.Verbatim))
	d.quote(note...)
	if g.Basis != nil {
		d.para(b("Reading like a historian."), raw(" "), t(g.Basis.Ref.Marker()), raw(" "), quoted(g.Basis.Text),
			raw(" For each question, ask where the evidence comes from, whether other passages and sources back it up, and what someone who disagrees would say."))
	}
}

// fromLabel says what a guide was built from.
func fromLabel(g *guide.Guide) string {
	switch g.From {
	case guide.All:
		for _, q := range g.Questions() {
			if q.Origin == guide.Claim {
				// Too few questions of its own, filled out with claims.
				return "every open question of the text, and its central " + g.Voice.Claim() + "s"
			}
		}
		return "every open question of the text"
	case guide.Claims:
		return g.Voice.Text() + "'s central " + g.Voice.Claim() + "s"
	case guide.Teacher:
		return "the teacher's questions"
	}
	return "the open questions of " + g.From
}

func docSummary(d *doc, g *guide.Guide) {
	if len(g.Summary) == 0 {
		return
	}
	d.open("summary")
	// A speech's summary reads as one ("The speech in brief"), as a
	// law's does as a document: Lincoln's Cooper Union address was
	// headed "The text in brief" under "built from the speech's
	// central claims".
	text := g.Voice.Text()
	name := strings.ToUpper(text[:1]) + text[1:] + " in brief"
	if g.Voice.Argues() {
		name = "The argument in brief"
	}
	d.heading(2, t(name))
	d.para(t(summaryNote(g)))
	var items []line
	for _, q := range g.Summary {
		items = append(items, line{cite(q.Ref), raw(" "), quoted(q.Text)})
	}
	d.list(bullets, items)
	d.close()
}

// summaryNote says what the summary gives: a sentence of every paragraph,
// or, of a long text, of the paragraphs that carry most of it, and how
// many those are. Turner's 48 paragraphs once got "One sentence from each
// paragraph" over 40 entries.
func summaryNote(g *guide.Guide) string {
	text := g.Voice.Text() + "'s"
	if g.Paragraphs <= len(g.Summary) {
		return "One sentence from each paragraph, in " + text + " own words and order."
	}
	return fmt.Sprintf("One sentence from each of %d of %s %d paragraphs, the first, the last and the most central of each stretch between, in %s own words and order.", len(g.Summary), text, g.Paragraphs, text)
}

// docTheme lays out a theme and its questions; named is the sentence
// that named the theme before it, if any.
func docTheme(d *doc, v guide.Voice, n int, th *guide.Theme, numbered bool, named *guide.Quote) {
	head := "Theme: " + th.Name
	if numbered {
		head = fmt.Sprintf("Theme %d: %s", n, th.Name)
	}
	d.heading(2, t(head))
	switch {
	case th.Named == nil:
	case named != nil && named.Ref == th.Named.Ref && named.Text == th.Named.Text:
		// The essay's ¶57 names both its themes in one sentence: quoted
		// twice, it read as filler.
		d.para(raw("The same sentence of "), cite(th.Named.Ref), raw(" names this theme."))
	default:
		d.para(raw("The text names this theme itself: "), quoted(th.Named.Text), raw(" "), cite(th.Named.Ref), raw("."))
	}
	// A law's central sentences are provisions, not claims: the
	// Amendments' sections were headed "Claim 1.1".
	claimLabel := strings.ToUpper(v.Claim()[:1]) + v.Claim()[1:]
	for i, q := range th.Questions {
		docQuestion(d, claimLabel, v.Text(), n, i+1, q)
	}
}

// docQuestion lays out a question; claimLabel heads a central claim's,
// and text names the work as the voice does ("the speech").
func docQuestion(d *doc, claimLabel, text string, theme, n int, q *guide.Question) {
	d.open("question")
	label := "Question"
	if q.Origin == guide.Claim {
		label = claimLabel
	}
	if q.HasRef() {
		d.heading(3, t(fmt.Sprintf("%s %d.%d", label, theme, n)), raw(" "), cite(q.Ref))
		d.quote(t(q.Text), raw(" "), cite(q.Ref))
	} else {
		d.heading(3, t(fmt.Sprintf("%s %d.%d", label, theme, n)))
		d.quote(t(q.Text))
	}
	head := "Where " + text + " speaks to it"
	if q.Origin == guide.Claim {
		head = "What " + text + " says around it"
	}
	d.para(b(head))
	if len(q.Evidence) == 0 {
		d.para(t("No other passage of " + text + " speaks to it."))
	}
	var evidence []line
	for _, e := range q.Evidence {
		l := line{cite(e.Ref), raw(" ")}
		if e.Says != "" {
			// Others' words in the author's mouth are said to be theirs
			// before they are quoted.
			l = append(l, t(e.Says), raw(" "))
		}
		l = append(l, quoted(e.Text))
		if e.Note != nil {
			l = append(l, raw(" Its note, "), cite(e.Note.Ref), raw(": "), quoted(e.Note.Text))
		}
		evidence = append(evidence, l)
	}
	d.list(bullets, evidence)
	if len(q.Discussion) > 0 {
		d.para(b("Discussion"))
		d.list(numbered, promptLines(q.Discussion))
	}
	if len(q.Historian) > 0 {
		d.para(b("Reading like a historian"))
		d.list(bullets, promptLines(q.Historian))
	}
	d.close()
}

// promptLines are discussion or historian's prompts, each led by its level.
func promptLines(ps []guide.Prompt) []line {
	var out []line
	for _, p := range ps {
		out = append(out, line{em(levelNames[p.Level] + "."), raw(" "), t(p.Text)})
	}
	return out
}

func docTerms(d *doc, v guide.Voice, terms []guide.Term) {
	if len(terms) == 0 {
		return
	}
	d.open("terms")
	d.heading(2, t("Key terms and people"))
	d.para(t("Each glossed by the sentence that explains it; “in use” marks a term " + v.Text() + " uses without explaining."))
	var items []line
	for _, term := range terms {
		l := line{b(term.Heading()), raw(" "), cite(term.Quote.Ref)}
		if term.Kind == guide.Uses && !term.Person {
			l = append(l, raw(", in use"))
		}
		items = append(items, append(l, raw(": "), quoted(term.Quote.Text)))
	}
	d.list(bullets, items)
	d.close()
}

func docChecks(d *doc, g *guide.Guide) {
	checks := g.Check
	if len(checks) == 0 {
		return
	}
	d.open("check")
	d.heading(2, t("Check your reading"))
	d.para(t(checkNote(g.Voice)))
	var items []line
	for _, k := range checks {
		items = append(items, line{t(k.Question)})
	}
	d.list(numbered, items)
	d.close()
}

// checkNote tells students how to answer the check questions: from what
// the text says, which is the author's (or speaker's) account, not settled fact.
func checkNote(v guide.Voice) string {
	if v.Kind == essay.KindDocument {
		return "Answer each in a sentence or two from what the document says, and give the passage where you found it."
	}
	if v.Kind == essay.KindNarrative {
		return "Answer each in a sentence or two from what the story tells, and give the paragraph where you found it."
	}
	// A speech's check questions ask for the speaker's account.
	return "Answer each in a sentence or two, and give the paragraph where you found it. Each asks for " + v.Maker() + "'s account, not settled fact: say whether the passage gives evidence for it."
}

// docAnswers keys each check question to the sentence that answers it,
// introduced as the author's words ("The author argues: ..."), so that
// a claim is not read as the guide's own.
func docAnswers(d *doc, g *guide.Guide) {
	var items []line
	for _, k := range g.Check {
		if k.Answer != nil {
			items = append(items, line{cite(k.Answer.Ref), raw(" " + g.Voice.KeyedBy() + ": "), quoted(k.Answer.Text)})
		}
	}
	if len(items) == 0 {
		return
	}
	d.open("answers")
	d.heading(2, t("Answer key"))
	d.list(numbered, items)
	d.close()
}

func docPlan(d *doc, g *guide.Guide) {
	p := g.Plan
	if len(p.Steps) == 0 {
		return
	}
	d.open("plan")
	d.heading(2, t(fmt.Sprintf("Discussion plan: %s (%d minutes)", p.Protocol, p.Minutes)))
	d.para(t(p.About))
	if q := p.Focus; q != nil {
		focus := line{b("Focus question")}
		if q.HasRef() {
			focus = append(focus, raw(" "), cite(q.Ref))
		}
		ask := q.Text
		if p.Ask != "" {
			ask = p.Ask
		}
		d.para(append(focus, raw(": "), t(ask))...)
	}
	if len(p.Sides) > 0 {
		var sides []line
		for _, s := range p.Sides {
			side := line{b(s.Position), raw(": ")}
			if s.Quote != nil {
				side = append(side, t("“"+s.Quote.Text+"”"), raw(" "))
			}
			sides = append(sides, append(side, t(citeList(s.Refs))))
		}
		d.list(bullets, sides)
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
	d.close()
}

// citeList writes refs as markers: "[¶57], [¶59] and [¶61]".
func citeList(refs []essay.Ref) string {
	var out []string
	for _, r := range refs {
		out = append(out, r.Marker())
	}
	switch len(out) {
	case 0:
		return ""
	case 1:
		return out[0]
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

func plainLines(ss []string) []line {
	var out []line
	for _, s := range ss {
		out = append(out, line{t(s)})
	}
	return out
}
