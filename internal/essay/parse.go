package essay

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/sentence"
)

// Parse reads one source's text into passages.
//
//   - name: the source's name, used in refs when a corpus has several.
//   - data: UTF-8 text; a byte-order mark and Windows or old Mac line
//     endings are accepted. Text with "#" headings or "[^1]:" notes is read
//     as Markdown.
//
// Paragraphs are blocks of lines between blank lines, their wrapped lines
// joined (in prose set double-spaced, the blank lines between its lines
// too); a bullet, a quotation or a block indented deeper than the text
// continues the paragraph before it. Headings, chapter titles and a title
// page are titles, never passages. When the text numbers its own
// paragraphs ("12. ...", "Section 3. ..."), at the start of blocks and in
// order, a numbered block starts paragraph ¶N and the blocks after it
// continue it; numbering that restarts under new headings gives refs
// qualified by their heading ("Amendment XIV ¶1"). Otherwise paragraphs
// are numbered in order. Notes are blocks "N text" (after the body),
// "[N] text", "(N) text", "ⁿ text", "FNA1-@N text", Markdown "[^N]:"
// definitions, or any numbered block or Markdown list item under a
// "Notes" heading; a note needs its marker in the text before it. A
// Markdown numbered list elsewhere is notes only when it closes its
// section and the text marks each of its numbers; otherwise it is text. A
// Project Gutenberg header and license are left out. No block of the text
// is dropped without a word: one left out is named in Omitted or Skipped.
func Parse(name string, data []byte) (*Source, error) {
	return parse(name, data, false)
}

// ParseMarkdown is Parse for a file known to be Markdown.
func ParseMarkdown(name string, data []byte) (*Source, error) {
	return parse(name, data, true)
}

func parse(name string, data []byte, md bool) (*Source, error) {
	lines, stripped, err := decode(data)
	if err != nil {
		return nil, err
	}
	fr := findFrame(lines)
	src := &Source{Name: name, File: name, Meta: fr.meta, Omitted: fr.omitted}
	if stripped {
		src.Warnings = append(src.Warnings, "removed terminal escape sequences and control characters")
	}
	body := lines[fr.from:fr.to]
	if !md {
		md = looksLikeMarkdown(body)
	}
	var blocks []block
	if md {
		src.Markdown = true
		skip, what := frontMatter(body, &src.Meta), "front matter"
		if skip == 0 {
			skip, what = titleBlock(body, &src.Meta), "title block"
		}
		if skip > 0 {
			src.Omitted = append(src.Omitted, fmt.Sprintf("lines %d-%d: the %s (title, author)", fr.from+1, fr.from+skip, what))
		}
		blocks = markdownBlocks([]byte(strings.Join(body[skip:], "\n")), fr.from+skip+1)
	} else {
		blocks = splitBlocks(body, fr.from+1)
	}
	p := newParser(src, blocks)
	if err := p.run(); err != nil {
		return nil, err
	}
	if len(src.Passages) == 0 {
		return nil, fmt.Errorf("%w: every block reads as a title", ErrNoText)
	}
	if err := p.qualifyNotes(); err != nil {
		return nil, err
	}
	p.linkNotes()
	src.findLists()
	src.titleFromHeading()
	p.warn()
	sort.SliceStable(src.Omitted, func(i, j int) bool { return firstLine(src.Omitted[i]) < firstLine(src.Omitted[j]) })
	return src, nil
}

// firstLine reads the line an omission starts at ("lines 25-69: ...").
func firstLine(s string) int {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "lines "), "line ")
	n, _ := strconv.Atoi(s[:len(s)-len(strings.TrimLeft(s, "0123456789"))])
	return n
}

// frontMatter reads a Markdown file's YAML front matter ("---", "title:
// ...", "---") into meta and returns how many lines it holds.
func frontMatter(lines []string, meta *Meta) int {
	if len(lines) < 2 || strings.TrimSpace(lines[0]) != "---" {
		return 0
	}
	for i := 1; i < len(lines) && i < 60; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "---" || l == "..." {
			for _, f := range lines[1:i] {
				if m := mdMetaRe.FindStringSubmatch(strings.TrimSpace(f)); m != nil {
					setMeta(meta, m[1], strings.Trim(strings.TrimSpace(m[2]), `"'`))
				}
			}
			return i + 1
		}
	}
	return 0
}

// titleBlock reads a Pandoc title block, the lines "% title", "% author"
// and "% date" that open a Markdown file, into meta and returns how many
// lines it holds. A field may go on over lines that start with a space;
// authors are set apart by ";".
func titleBlock(lines []string, meta *Meta) int {
	var fields []string
	n := 0
	for ; n < len(lines) && len(fields) <= 3; n++ {
		l := lines[n]
		switch {
		case strings.HasPrefix(l, "%"):
			fields = append(fields, strings.TrimSpace(l[1:]))
		case len(fields) > 0 && strings.HasPrefix(l, " ") && strings.TrimSpace(l) != "":
			fields[len(fields)-1] += " " + strings.TrimSpace(l)
		default:
			return titleFields(fields, meta, n)
		}
	}
	return titleFields(fields, meta, n)
}

func titleFields(fields []string, meta *Meta, n int) int {
	if len(fields) == 0 || len(fields) > 3 {
		return 0
	}
	if fields[0] != "" {
		setMeta(meta, "title", fields[0])
	}
	if len(fields) > 1 && fields[1] != "" {
		var names []string
		for _, a := range strings.Split(fields[1], ";") {
			if a = strings.TrimSpace(a); a != "" {
				names = append(names, a)
			}
		}
		setMeta(meta, "author", joinNames(strings.Join(names, "\x00")))
	}
	if len(fields) > 2 {
		if y := yearRe.FindString(fields[2]); y != "" {
			setMeta(meta, "year", y)
		}
	}
	return n
}

// yearRe finds a year in a date ("1904", "May 1904", "1904-05-01").
var yearRe = lazyregexp.New(`\b[12][0-9]{3}\b`)

// setMeta sets a field the text states, unless it is set already.
func setMeta(meta *Meta, field, value string) {
	switch strings.ToLower(field) {
	case "title":
		if meta.Title == "" {
			meta.Title = value
		}
	case "author":
		if meta.Author == "" {
			meta.Author = trimNameStop(value)
		}
	case "year":
		if y, err := strconv.Atoi(value); err == nil && meta.Year == 0 && y > 0 && y < 10000 {
			meta.Year = y
		}
	}
}

// trimNameStop drops the period a heading set after an author's name
// ("Author: W.E.B. Du Bois."), which the guide would print inside its
// sentences ("W.E.B. Du Bois. wrote the text"). It stays after an
// initial or an abbreviation ("John Smith Jr.", "Frederick D.").
func trimNameStop(name string) string {
	fields := strings.Fields(name)
	if len(fields) == 0 || !strings.HasSuffix(name, ".") {
		return name
	}
	last := strings.TrimSuffix(fields[len(fields)-1], ".")
	if utf8.RuneCountInString(last) <= 2 || strings.Contains(last, ".") || nameAbbreviations[strings.ToLower(last)] {
		return name
	}
	return strings.TrimSuffix(name, ".")
}

// nameAbbreviations end a name with a period of their own.
var nameAbbreviations = map[string]bool{"jr": true, "sr": true, "esq": true, "bart": true}

// group is a run of headings with the blocks under it.
type group struct {
	title string
	// label qualifies refs under the group when numbering restarts.
	label string
	// notes says the group is a "Notes" section; named, that a heading
	// of it names its section.
	notes, named bool
	// scope is the group whose notes this group's notes are: itself, or
	// for a "Notes" heading, the group before.
	scope int
	// line is the line of the heading that names the group; repeats, the
	// group named so before it, or 0 (the text before any heading is
	// never named).
	line, repeats int
}

type parser struct {
	src    *Source
	blocks []block
	// groupOf gives each block's group; groups[0] is the text before any
	// heading.
	groupOf []int
	groups  []group
	// skip marks blocks that belong to no passage: a title page, signatures
	// and metadata lines.
	skip []bool
	// numbered says paragraphs carry the text's own numbers; sectioned,
	// that the numbers restart under headings.
	numbered, sectioned bool
	bodyIndent          int

	cur  *Passage
	auto int
	// autoIn counts paragraphs numbered in order within each group, for
	// groups without numbers of their own in a sectioned text.
	autoIn map[int]int
	// numberedIn says which groups hold numbered paragraphs.
	numberedIn map[int]bool
	// Notes run in order from the first one after the body; marked says
	// the last one began with its mark ("[3]", "(3)", "³"), not a bare
	// number.
	inNotes, marked bool
	lastNote        int
	markers         map[int]bool
	// paraLine and noteLine give the line each ref started on, to name
	// both lines of a number used twice.
	paraLine map[Ref]int
	noteLine map[noteKey]int
	// renumber says notes repeat their marks and are numbered in order.
	renumber  bool
	superSeen map[int]bool
	// names counts the lines that are a name alone in capitals, to tell
	// a signature without a period ("PUBLIUS") from a title.
	names map[string]int
	// signed says a signature has just closed a text: notes "1. text"
	// may follow.
	signed bool
	// footnotes says the text defines Markdown footnotes ("[^1]:"): its
	// numbered lists are never notes outside a notes heading.
	footnotes bool
	// signatures are the names that sign three texts or more on a line
	// of their own ("PUBLIUS."), to find one that a file ran into a
	// paragraph.
	signatures []string
}

type noteKey struct{ scope, n int }

func newParser(src *Source, blocks []block) *parser {
	caps := 0
	for i := range blocks {
		if isCapitals(blocks[i].text) {
			caps++
		}
	}
	// A text set all in capitals (as the first e-texts were) has no
	// titles in capitals.
	capsTitles := caps*2 <= len(blocks)
	for i := range blocks {
		b := &blocks[i]
		b.num = numberOf(b.text)
		b.head = b.num == nil && (heading(*b, capsTitles) || i > 0 && blocks[i-1].head && isSubtitle(*b))
		b.words = wordCount(b.text)
	}
	blocks = joinWrappedTitles(blocks)
	names, signed := map[string]int{}, map[string]int{}
	for _, b := range blocks {
		if isAuthorLine(b) {
			names[b.text]++
		}
		if isSignature(b) && strings.HasSuffix(b.text, ".") {
			signed[b.text]++
		}
	}
	p := &parser{names: names, src: src, blocks: blocks, skip: make([]bool, len(blocks)),
		autoIn: map[int]int{}, numberedIn: map[int]bool{}, markers: map[int]bool{},
		paraLine: map[Ref]int{}, noteLine: map[noteKey]int{}, superSeen: map[int]bool{}}
	for name, n := range signed {
		if n > 2 {
			p.signatures = append(p.signatures, name)
		}
	}
	sort.Strings(p.signatures)
	for _, b := range blocks {
		p.footnotes = p.footnotes || b.note > 0
	}
	p.readMeta()
	p.findTitlePage()
	p.skipLetterHeads()
	p.skipCredits()
	p.findGroups()
	p.findNumbering()
	p.bodyIndent = p.commonIndent()
	return p
}

// readMeta takes Markdown metadata headings ("# Title: X", "## Author:
// Y") and a by-line ("by Thomas Paine") out of the text into the source's
// metadata.
func (p *parser) readMeta() {
	// A "# Title" names the text only when it opens it: a "#" chapter
	// after an "## Introduction" is not the title.
	opened := false
	for i, b := range p.blocks {
		if b.heading > 0 {
			if m := mdMetaRe.FindStringSubmatch(b.text); m != nil {
				setMeta(&p.src.Meta, m[1], strings.TrimSpace(m[2]))
				p.skipBlock(i, "")
				continue
			}
			if b.heading == 1 && p.src.Meta.Title == "" && !opened {
				p.src.Meta.Title = b.text
			}
		}
		opened = true
		if i < 5 && producedByRe.MatchString(b.text) {
			p.skipBlock(i, "a transcriber's line: "+b.text)
			continue
		}
		if i < 12 && b.oneLine() {
			if m := byLine(b.text); m != nil && len(strings.Fields(m[1])) <= 8 {
				setMeta(&p.src.Meta, "author", strings.TrimRight(m[1], "."))
				p.skipBlock(i, "")
			}
			// Only right under the title: elsewhere "Calhoun, 1817" may
			// be a paragraph's own line.
			if m := authorYearLine(p.blocks, i); m != nil {
				setMeta(&p.src.Meta, "author", m[1])
				setMeta(&p.src.Meta, "year", m[2])
				p.skipBlock(i, "")
			}
			p.byAlone(i)
		}
	}
}

// authorYearLine returns the match of authorYearRe on block i when the
// block before it is a title ("# Title"), or nil. The title is looked
// for first: the expression is costly to compile, and most texts have
// no such line to try it on.
func authorYearLine(blocks []block, i int) []string {
	if i == 0 || blocks[i-1].heading != 1 {
		return nil
	}
	return authorYearRe.FindStringSubmatch(blocks[i].text)
}

// byAlone reads a title page's "by" set on a line of its own, the name on
// the line after it ("by", "SIR ARTHUR CONAN DOYLE"), as the author.
func (p *parser) byAlone(i int) {
	if !strings.EqualFold(p.blocks[i].text, "by") || i+1 >= len(p.blocks) {
		return
	}
	name := p.blocks[i+1]
	if !name.oneLine() || name.words > 8 || !name.head {
		return
	}
	setMeta(&p.src.Meta, "author", TitleCase(strings.TrimRight(name.text, ".")))
	p.skipBlock(i, "")
	p.skipBlock(i+1, "")
}

func (p *parser) skipBlock(i int, why string) {
	if p.skip[i] {
		return
	}
	p.skip[i] = true
	b := p.blocks[i]
	p.src.Skipped = append(p.src.Skipped, fmt.Sprintf("line %d: %s", b.line, b.text))
	if why == "" {
		return
	}
	// A block of several lines names them all, so that a reader (and a
	// check that no text is lost) can tell which lines went.
	if b.lines > 1 {
		p.src.Omitted = append(p.src.Omitted, fmt.Sprintf("lines %d-%d: %s", b.line, b.line+b.lines-1, why))
		return
	}
	p.src.Omitted = append(p.src.Omitted, fmt.Sprintf("line %d: %s", b.line, why))
}

// clip returns text's first n words, with "..." when it has more.
func clip(text string, n int) string {
	words := strings.Fields(text)
	if len(words) <= n {
		return text
	}
	return strings.Join(words[:n], " ") + " ..."
}

// skipLetterHeads skips the lines a letter or a paper sets between its
// title and its text: where and when it appeared ("From the Evening
// Post.", "Tuesday, May 4, 1790."), its author's name in
// capitals and its salutation ("To the Editor:"). They are neither
// passages nor titles of a section.
func (p *parser) skipLetterHeads() {
	var run []int
	for i := range p.blocks {
		switch {
		case p.skip[i]:
		case p.blocks[i].head && !p.isSignature(i):
			run = append(run, i)
		default:
			// A signature ends the paper before it, a paragraph begins
			// the one the run heads.
			if !p.blocks[i].head {
				p.skipLetterHead(run)
			}
			run = run[:0]
		}
	}
}

// skipCredits skips a name line that credits or signs the block before it
// inside a text: an epigraph's poet under the verse that opens a section
// ("JOHN HENRY MACKAY."), a quoted letter's writer under it ("FERRER.").
// In Markdown a section title is marked as one, so an unmarked name in
// capitals ending with a period names a person, never a section; plain
// text sets titles that way ("PREFACE."), so it is left alone there. An
// epigraph goes too: its verse is the poet's voice, not the author's,
// and quoting it as "the author argues" would put words in the author's
// mouth.
func (p *parser) skipCredits() {
	for i, b := range p.blocks {
		if p.skip[i] || !b.markdown || b.head || !isSignature(b) || !strings.HasSuffix(b.text, ".") || i == 0 {
			continue
		}
		prev := i - 1
		for prev > 0 && p.skip[prev] {
			prev--
		}
		switch {
		case p.isEpigraph(prev):
			p.skipBlock(prev, fmt.Sprintf("an epigraph, credited to %s", strings.TrimSuffix(b.text, ".")))
			p.skipBlock(i, "")
		case !p.isSignature(i):
			// A signature that closes a text is read as one later.
			p.skipBlock(i, fmt.Sprintf("%q signs the block before it", b.text))
		}
	}
}

// isEpigraph reports whether block i is verse set at the head of a
// section: lines short on average, and a heading (or nothing) before it.
func (p *parser) isEpigraph(i int) bool {
	b := p.blocks[i]
	if b.head || b.lines < 2 || len(b.text)/b.lines > verseLine {
		return false
	}
	j := i - 1
	for j >= 0 && p.skip[j] {
		j--
	}
	return j < 0 || p.blocks[j].head
}

// verseLine is the longest average line, in bytes, of a block read as
// verse: a hard-wrapped paragraph's lines run to 60 or more.
const verseLine = 50

// skipLetterHead reads one run of headings that a paragraph follows. Its
// first heading is a title, as are the subtitles after it; from the first
// line that is a date, or, when the run ends with a salutation, a line
// ending with a period or an author's name, the run is the letter's
// dateline, signature and salutation. A date under a title is its
// dateline even without a salutation; a run that ends with a salutation
// may open with its dateline, when a title wrapped oddly was read as a
// paragraph. A heading that names a section ("CHAPTER IV.") and those
// above it are never skipped.
func (p *parser) skipLetterHead(run []int) {
	if len(run) == 0 {
		return
	}
	salutation := isSalutation(p.blocks[run[len(run)-1]])
	if len(run) < 2 && !salutation {
		return
	}
	// The dateline follows the title: "CHAPTER IV." and what is above it
	// are titles.
	k := 1
	if salutation {
		k = 0
	}
	for j, i := range run {
		if designator(p.blocks[i].text) != "" {
			k = j + 1
		}
		// A collection of papers sets a year alone above the title of
		// each ("1860", then "SPEECH AT THE COOPER INSTITUTE, NEW YORK
		// FEBRUARY 27, 1860"): the line after the year is a title, though
		// it ends with a date.
		if yearLineRe.MatchString(p.blocks[i].text) {
			k = j + 2
		}
	}
	from := len(run)
	for ; k < len(run); k++ {
		b := p.blocks[run[k]]
		if isDateLine(b) || salutation && (isAuthorLine(b) || strings.HasSuffix(b.text, ".")) {
			from = k
			break
		}
	}
	if salutation {
		from = min(from, len(run)-1)
	}
	for _, i := range run[from:] {
		b := p.blocks[i]
		if b.heading == 0 && (salutation || isDateLine(b)) {
			p.skipBlock(i, "")
		}
	}
}

// findGroups gathers runs of headings into groups and labels each.
func (p *parser) findGroups() {
	p.groupOf = make([]int, len(p.blocks))
	p.groups = []group{{}}
	prevHeading := false
	for i, b := range p.blocks {
		if p.skip[i] {
			p.groupOf[i] = len(p.groups) - 1
			continue
		}
		heading := b.head && !p.isSignature(i)
		if heading && !prevHeading {
			p.groups = append(p.groups, group{scope: len(p.groups)})
		}
		g := len(p.groups) - 1
		p.groupOf[i] = g
		if heading {
			p.addHeading(g, b)
		}
		prevHeading = heading
	}
	p.countRepeats()
	parts := 0
	for g := range p.groups {
		gr := &p.groups[g]
		if g == 0 || gr.label != "" {
			continue
		}
		// A run of headings that names no section (a notes heading, a
		// list in capitals, a subtitle) belongs to the section before it
		// when that one has a name.
		if prev := p.groups[p.groups[g-1].scope]; gr.notes || prev.label != "" && !strings.HasPrefix(prev.label, "Part ") {
			gr.scope, gr.label = p.groups[g-1].scope, prev.label
			if !gr.notes {
				gr.title = prev.title
			}
			continue
		}
		parts++
		gr.label = "Part " + strconv.Itoa(parts)
	}
}

// addHeading adds a heading to its group: the group's title is its last
// heading that names a section ("FEDERALIST No. 10"), else its first.
func (p *parser) addHeading(g int, b block) {
	gr := &p.groups[g]
	text := b.text
	if notesTitleRe.MatchString(text) {
		gr.notes = true
	}
	// Without a name, the longest heading is the title: a chapter's title
	// rather than its numeral or the dateline above it.
	if d := designator(text); d != "" {
		gr.title, gr.label, gr.named, gr.line = text, d, true, b.line
	} else if !gr.named && len(text) > len(gr.title) {
		gr.title = text
	}
}

// countRepeats tells apart sections whose headings give the same label
// (a collection printing two versions of one paper, each headed "PAPER
// No. 7"): the second is "No. 7 (2)", the third "No. 7 (3)", so that
// each reads and is cited by a ref of its own. The first keeps its label,
// so its refs do not change when a repeat is added after it. A notes
// heading that names a section before it ("Notes to Chapter 3") is no
// repeat: its notes are that section's.
func (p *parser) countRepeats() {
	first := map[string]int{}
	count := map[string]int{}
	for g := range p.groups {
		gr := &p.groups[g]
		if !gr.named {
			continue
		}
		f, seen := first[gr.label]
		switch {
		case !seen:
			first[gr.label] = g
		case gr.notes:
			gr.scope = p.groups[f].scope
		default:
			label := gr.label
			count[label]++
			gr.repeats = f
			gr.label = fmt.Sprintf("%s (%d)", label, count[label]+1)
		}
	}
}

// findTitlePage skips the blocks before the first heading that opens the
// text proper (a heading followed by two paragraphs of 30 words or more)
// when every one of them is short: a title page, a dedication, a table of
// contents. It also skips what follows a closing "THE END" or "FINIS", and
// a transcriber's notes section.
func (p *parser) findTitlePage() {
	p.findEnd()
	for i := range p.blocks {
		if p.skip[i] || p.blocks[i].head {
			continue
		}
		if !p.long(i) || !p.long(p.nextBody(i+1)) {
			continue
		}
		// Block i opens the text: the title page runs to its headings.
		// Four or more blank lines within the headings before it end the
		// title page: what comes before them ("Copyright, 1887, by ...")
		// is not the opening chapter's title.
		start := i
		for start > 0 && !p.skip[start-1] && p.blocks[start-1].head {
			start--
		}
		if start == i {
			return
		}
		for k := i - 1; k > start; k-- {
			if p.blocks[k].gap >= titleBreak {
				start = k
				break
			}
		}
		if start == 0 {
			return
		}
		p.titleFromPage(start)
		first := -1
		for j := 0; j < start; j++ {
			if !p.skip[j] && first < 0 {
				first = j
			}
			p.skipBlock(j, "")
		}
		if first >= 0 {
			p.src.Omitted = append(p.src.Omitted, fmt.Sprintf("lines %d-%d: the title page and contents", p.blocks[first].line, p.blocks[start].line-1))
		}
		return
	}
}

// titleFromPage takes the text's title from its title page, the blocks
// before block end, when the text states none elsewhere: the page's first
// line, with the subtitle on the line after it ("THE FEDERALIST PAPERS",
// "A Collection of Essays, Written in Favour of the New Constitution"),
// set in title case when it is in capitals.
func (p *parser) titleFromPage(end int) {
	if p.src.Meta.Title != "" {
		return
	}
	i := p.nextBody(0)
	if i >= end || !p.blocks[i].head || p.blocks[i].lines > 2 || isDateLine(p.blocks[i]) {
		return
	}
	title := p.blocks[i].text
	if j := p.nextBody(i + 1); j < end && isSubtitleLine(p.blocks[j]) && !strings.HasSuffix(title, ".") {
		title += ": " + p.blocks[j].text
	}
	p.src.Meta.Title = TitleCase(strings.TrimRight(title, ".,;:"))
}

// isSubtitleLine reports whether a title page's line after its title is
// a subtitle: a heading of one line that is no date, name or designator.
func isSubtitleLine(b block) bool {
	return b.head && b.oneLine() && !isDateLine(b) && !isAuthorLine(b) && designator(b.text) == "" && !strings.HasSuffix(b.text, ".")
}

// numberOf reads the number a block starts with, as numberedRe would
// match it: the whole match, the number as written ("12.", "Section
// 3."), its digits, and the text after it; or nil. It reads by hand: the
// expression's "(\S.*)$" ran through every paragraph to its end, and took
// a seventh of a parse.
func numberOf(text string) []string {
	i := 0
	for _, d := range sectionWords {
		if strings.HasPrefix(text, d) {
			i = len(d)
			if i < len(text) && text[i] == '.' {
				i++
			}
			for i < len(text) && isRESpace(text[i]) {
				i++
			}
			break
		}
	}
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j == i || j-i > 6 || text[i] == '0' || j >= len(text) || text[j] != '.' {
		return nil
	}
	k := j + 1
	for k < len(text) && isRESpace(text[k]) {
		k++
	}
	if k == j+1 || k == len(text) || strings.IndexByte(text[k:], '\n') >= 0 {
		return nil
	}
	return []string{text, text[:j+1], text[i:j], text[k:]}
}

// sectionWords are the words a constitution numbers its paragraphs with
// ("Section 1.", "§ 1."), in the order numberedRe tries them.
var sectionWords = []string{"Section", "SECTION", "Sect.", "Sec.", "SECT.", "SEC.", "§"}

// isRESpace reports whether c is white space as "\s" in a regular
// expression matches it.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// wordCount counts the words of normalized text: one more than its spaces.
func wordCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// isSignature reports whether block i is a name signed under a text
// ("PUBLIUS."): a word or three in capitals ending with a period, not
// followed by a paragraph it would head (a first note, "1 text", is
// none), or closing a letter's "Very respectfully," (a title never
// follows a comma).
func (p *parser) isSignature(i int) bool {
	if !isSignature(p.blocks[i]) {
		return false
	}
	next := p.nextBody(i + 1)
	if b := p.blocks[i]; !strings.HasSuffix(b.text, ".") {
		// A name without a period ("PUBLIUS", "_PUBLIUS_") signs a text
		// only where a heading, a note or the end follows: above a
		// salutation it is the author's name that heads a letter
		// ("HAMILTON"). In plain text it must sign more than one text, or
		// a title in capitals above a chapter's ("PART TWO") would read
		// as one.
		return (b.markdown || p.names[b.text] > 1) && p.closes(next)
	}
	if !p.long(next) || i > 0 && !p.skip[i-1] && strings.HasSuffix(p.blocks[i-1].text, ",") {
		return true
	}
	n, _, _, note := noteStart(p.blocks[next])
	return note && n == 1
}

// cutSignature cuts a signature that a file ran into the end of a
// paragraph ("... is the subject under investigation. PUBLIUS."), with
// what follows it (the text's notes, their numbers lost), when the same
// signature stands on its own line under other texts. It says what it
// left out.
func (p *parser) cutSignature(b block) (string, bool) {
	for _, name := range p.signatures {
		k := strings.LastIndex(b.text, " "+name)
		if k < 0 || !endsSentence(b.text[:k]) {
			continue
		}
		if end := k + 1 + len(name); end < len(b.text) && b.text[end] != ' ' {
			continue
		}
		why := fmt.Sprintf("line %d: the signature %q run into the end of the paragraph that starts there", b.line, name)
		if rest := strings.TrimSpace(b.text[k+1+len(name):]); rest != "" {
			why += fmt.Sprintf(", and after it %q, notes whose numbers the file lost", rest)
		}
		p.src.Omitted = append(p.src.Omitted, why)
		return b.text[:k], true
	}
	return "", false
}

// endsSentence reports whether text ends as a sentence does.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, `"”’')`)
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!")
}

// closes reports whether block i is where a text signed above it ends:
// the end of the file, a heading that names a section, or a note.
func (p *parser) closes(i int) bool {
	if i == len(p.blocks) {
		return true
	}
	b := p.blocks[i]
	_, _, _, note := noteStart(b)
	return b.heading > 0 || b.head && designator(b.text) != "" || note || dotNoteRe.MatchString(b.text)
}

// long reports whether block i is a paragraph of 30 words or more.
func (p *parser) long(i int) bool {
	return i < len(p.blocks) && !p.blocks[i].head && p.blocks[i].words >= 30
}

// nextBody returns the first block from i on that is not skipped.
func (p *parser) nextBody(i int) int {
	for i < len(p.blocks) && p.skip[i] {
		i++
	}
	return i
}

// findEnd skips everything after a heading that ends the text ("THE END",
// "FINIS") and every transcriber's notes section.
func (p *parser) findEnd() {
	for i, b := range p.blocks {
		if !b.head {
			continue
		}
		switch {
		case endRe.MatchString(b.text):
			if i+1 < len(p.blocks) {
				for j := i + 1; j < len(p.blocks); j++ {
					p.skipBlock(j, "")
				}
				p.src.Omitted = append(p.src.Omitted, fmt.Sprintf("lines %d-%d: what follows %q", p.blocks[i+1].line, p.blocks[len(p.blocks)-1].line, b.text))
			}
			return
		case transcriberRe.MatchString(b.text):
			j := i
			for j++; j < len(p.blocks) && !(p.blocks[j].head && p.blocks[j].heading <= max(b.heading, 1)); j++ {
				p.skipBlock(j, "")
			}
			p.skipBlock(i, fmt.Sprintf("the transcriber's notes (to line %d)", p.blocks[j-1].line))
		}
	}
}

// findNumbering decides whether the text numbers its own paragraphs:
// blocks that start with a number are a fifth or more of the text's
// blocks, and either the first block is one of them or most are in order
// (each one more than the one before, or 1 under a new heading). Numbers
// that restart under headings make the text sectioned.
func (p *parser) findNumbering() {
	type cand struct{ n, g int }
	var cands []cand
	plain := 0
	// signed: the blocks after a signature, up to the next heading, are
	// the notes of the text it signs ("1. Divide and command."), not
	// numbered paragraphs.
	signed := false
	for i, b := range p.blocks {
		if b.head && !p.skip[i] {
			signed = p.isSignature(i)
		}
		if p.skip[i] || b.head || b.list || p.groups[p.groupOf[i]].notes || signed {
			continue
		}
		plain++
		if m := b.num; m != nil {
			n, _ := strconv.Atoi(m[2])
			cands = append(cands, cand{n, p.groupOf[i]})
			if plain == 1 {
				p.numbered = true
			}
		}
	}
	inOrder := 0
	for k := 1; k < len(cands); k++ {
		c, prev := cands[k], cands[k-1]
		if c.n == prev.n+1 || c.g != prev.g && c.n == 1 {
			inOrder++
		}
	}
	covers := len(cands)*5 >= plain
	p.numbered = covers && (p.numbered || len(cands) >= 2 && inOrder*3 >= (len(cands)-1)*2)
	if !p.numbered {
		return
	}
	first := map[int]int{}
	for _, c := range cands {
		p.numberedIn[c.g] = true
		if g, seen := first[c.n]; seen && g != c.g {
			p.sectioned = true
		} else if !seen {
			first[c.n] = c.g
		}
	}
}

// commonIndent is the indentation most of the text's blocks share: a block
// indented deeper continues the paragraph before it.
func (p *parser) commonIndent() int {
	count := map[int]int{}
	best, bestN := 0, 0
	for i, b := range p.blocks {
		if p.skip[i] || b.head {
			continue
		}
		count[b.indent]++
		if count[b.indent] > bestN || count[b.indent] == bestN && b.indent < best {
			best, bestN = b.indent, count[b.indent]
		}
	}
	return best
}

func (p *parser) run() error {
	prevGroup := -1
	for i, b := range p.blocks {
		g := p.groupOf[i]
		if g != prevGroup {
			p.enterGroup(g, i)
			prevGroup = g
		}
		switch {
		case p.skip[i]:
		case p.isSignature(i):
			p.skipBlock(i, "")
			p.signed = true
		case b.head:
			p.src.Sections = append(p.src.Sections, b.text)
		default:
			if err := p.add(i, b); err != nil {
				return err
			}
		}
	}
	return nil
}

// enterGroup starts a new group: no passage continues across a heading,
// and a run of notes ends unless the group is a notes section or opens
// with a note.
func (p *parser) enterGroup(g, i int) {
	p.cur, p.signed = nil, false
	if p.groups[g].notes {
		p.inNotes = true
		return
	}
	if p.inNotes && p.opensWithNote(i) {
		p.groups[g].notes = true
		return
	}
	p.inNotes, p.lastNote, p.marked = false, 0, false
}

func (p *parser) opensWithNote(i int) bool {
	for ; i < len(p.blocks); i++ {
		if p.skip[i] || p.blocks[i].head {
			continue
		}
		_, _, _, ok := noteStart(p.blocks[i])
		return ok || dotNoteRe.MatchString(p.blocks[i].text)
	}
	return false
}

func (p *parser) add(i int, b block) error {
	g := p.groupOf[i]
	if text, ok := p.cutSignature(b); ok {
		// The paragraph closes its text, as a signature on its own line
		// would: notes "1. text" may follow it.
		b.text = text
		defer func() { p.signed = true }()
	}
	if n, ok := p.loneNoteMark(i, b); ok {
		return p.startNote(n, "", b.text, b.line, g)
	}
	if n, rest, ok := p.asNote(i, b); ok {
		return p.startNote(n, rest, strings.TrimSpace(strings.TrimSuffix(b.text, rest)), b.line, g)
	}
	if p.inNotes && (p.groups[g].notes || b.noteCont) && p.cur != nil {
		p.cur.Blocks = append(p.cur.Blocks, b.text)
		return nil
	}
	// A block under a notes heading that no note holds (a line on where
	// the notes come from, a list whose numbers are no notes') is read as
	// text below: dropped, it vanished without a word.
	if p.inNotes {
		// Outside a notes section a note is one block: the body resumes.
		p.inNotes, p.lastNote, p.marked, p.cur = false, 0, false, nil
	}
	p.signed = false
	p.scanMarkers(b.text)
	if p.numbered && !b.list {
		if m := b.num; m != nil {
			n, _ := strconv.Atoi(m[2])
			return p.startPara(n, m[3], m[1], b.line, g)
		}
	}
	switch {
	case p.cur != nil && p.cur.Ref.Kind == Paragraph && (p.numbered || b.list || b.indent > p.bodyIndent):
		p.cur.Blocks = append(p.cur.Blocks, b.text)
	case p.numbered && !(p.sectioned && !p.numberedIn[g]):
		p.skipBlock(i, "a block outside the numbered paragraphs: "+clip(b.text, 12))
	case p.sectioned:
		p.autoIn[g]++
		numeral, text := sectionNumeral(b.text)
		return p.startPara(p.autoIn[g], text, numeral, b.line, g)
	default:
		p.auto++
		numeral, text := sectionNumeral(b.text)
		return p.startPara(p.auto, text, numeral, b.line, g)
	}
	return nil
}

// sectionNumeral splits a paragraph's opening section numeral from its
// text: a roman numeral of two letters or more, with no stop, before a
// capital ("III It is now clear why ..."), is the number of a section
// whose heading a conversion set on the paragraph's first line. Left in,
// the guide quoted it as the author's first word. One letter ("I It",
// "V") may be a word, and "III." with a stop numbers a point the author
// makes ("III. Cold, poverty, ..."), so both stay text. It returns the
// numeral and the text after it, or "" and the text unchanged.
func sectionNumeral(text string) (string, string) {
	sp := strings.IndexByte(text, ' ')
	if sp < 2 || sp+1 >= len(text) {
		return "", text
	}
	numeral, rest := text[:sp], text[sp+1:]
	r, _ := utf8.DecodeRuneInString(rest)
	if !romanRe.MatchString(numeral) || !(unicode.IsUpper(r) || r == '"' || r == '“') {
		return "", text
	}
	return numeral, rest
}

// asNote reports whether a block starts a note: in a notes section any
// numbered block does, but one with a bare number ("3." or "3") among
// notes marked "[N]" or before the note it would follow; after the body,
// "[N] text" does when the text marks
// note N before it, and "N text" does when it is marked, or is note 1 or
// follows the note before, and ends the section's body (the next block is
// a note too, a heading or the end).
func (p *parser) asNote(i int, b block) (int, string, bool) {
	if b.item > 0 {
		return p.itemNote(i, b)
	}
	if len(p.paraLine) == 0 && !p.groups[p.groupOf[i]].notes && b.note == 0 {
		return 0, "", false
	}
	n, rest, bare, ok := noteStart(b)
	numeral := bare
	if !ok && (p.inNotes || p.signed) {
		if m := dotNoteRe.FindStringSubmatch(b.text); m != nil {
			n, _ = strconv.Atoi(m[1])
			rest, ok, numeral = m[2], true, true
		}
	}
	switch {
	case !ok:
		return 0, "", false
	case b.note > 0:
	case p.groups[p.groupOf[i]].notes:
		// In a notes section, a block that starts with a bare number is a
		// note only when the notes are numbered so and it comes after the
		// note before: "1. Any married woman ..." under "[127] AN ACT
		// ..." is a clause of note 127.
		if numeral && (p.marked || n <= p.lastNote) {
			return 0, "", false
		}
	case p.inNotes && n == p.lastNote+1:
	case p.signed && n == 1 && p.markers[n]:
		// "1. text" under a signature is the note its text marked "(1)".
	case !bare && p.markers[n]:
	case bare && b.indent <= p.bodyIndent && (p.markers[n] || n == 1 || n == p.lastNote+1) && p.endsBody(i+1):
	default:
		return 0, "", false
	}
	return n, rest, true
}

// itemNote reports whether block i, the first of a Markdown ordered
// list's item, starts a note. Under a notes heading it does when it
// follows the note before, unless the notes are marked "[N]" (there a
// "1." numbers a clause of the note before it). Elsewhere the list must
// close its section, in a text without Markdown footnotes ("[^1]:"), and
// the text must mark every item's number before it. Any other numbered
// list is text.
func (p *parser) itemNote(i int, b block) (int, string, bool) {
	n := b.item
	switch {
	case p.groups[p.groupOf[i]].notes:
		return n, b.text, !p.marked && n > p.lastNote
	case p.inNotes && !p.marked && n == p.lastNote+1:
		return n, b.text, true
	case !p.footnotes && (n == 1 || n == p.lastNote+1) && p.listOfNotes(i):
		return n, b.text, true
	}
	return 0, "", false
}

// listOfNotes reports whether the list that block i opens closes its
// section and the text marks every item's number before it.
func (p *parser) listOfNotes(i int) bool {
	j := i
	for ; j < len(p.blocks) && p.blocks[j].list && !p.blocks[j].head; j++ {
		if n := p.blocks[j].item; n > 0 && !p.markers[n] {
			return false
		}
	}
	return p.endsBody(j)
}

// loneNoteMark reports whether block i is a note's mark on a line of its
// own ("[122]") among the notes, its text the block after (an indented
// list of names): the note the notes before lead to, or one the text
// marks. Read as text, it glued the note to the one before it.
func (p *parser) loneNoteMark(i int, b block) (int, bool) {
	m := loneNoteRe.FindStringSubmatch(b.text)
	if m == nil || !p.inNotes || i+1 >= len(p.blocks) || p.skip[i+1] || p.blocks[i+1].head {
		return 0, false
	}
	// The block after must join the note, or the note is left empty.
	if !p.groups[p.groupOf[i]].notes && !p.blocks[i+1].noteCont {
		return 0, false
	}
	if _, _, _, note := noteStart(p.blocks[i+1]); note {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	return n, n == p.lastNote+1 || p.markers[n]
}

// endsBody reports whether the body of a section ends before block i: it
// is the end of the text, a heading, or a block that starts a note.
func (p *parser) endsBody(i int) bool {
	for ; i < len(p.blocks); i++ {
		if p.skip[i] {
			continue
		}
		b := p.blocks[i]
		_, _, _, note := noteStart(b)
		return note || b.head
	}
	return true
}

// startPara begins paragraph n, refusing a number used twice under one
// heading.
//
//   - prefix: the number as written ("12.", "Section 3."), kept to tell
//     what the block held.
func (p *parser) startPara(n int, text, prefix string, line, g int) error {
	ref := Ref{Kind: Paragraph, N: n}
	if p.sectioned {
		ref.Section = p.groups[g].label
	}
	if first, dup := p.paraLine[ref]; dup {
		return fmt.Errorf("line %d: %s appears twice (first at line %d)", line, ref, first)
	}
	p.paraLine[ref] = line
	p.cur = &Passage{Ref: ref, Section: p.groups[g].title, Blocks: []string{text}, Line: line, prefix: prefix}
	p.cur.scope = p.groups[g].scope
	p.src.Passages = append(p.src.Passages, p.cur)
	return nil
}

// startNote begins note n of the current section, refusing a number used
// twice in one section.
func (p *parser) startNote(n int, text, prefix string, line, g int) error {
	scope := p.groups[g].scope
	key := noteKey{scope, n}
	if first, dup := p.noteLine[key]; dup {
		// A superscript used as a mark ("¹" before every note) is not a
		// number: such notes are numbered in order.
		if superDigits(prefix) == 0 {
			return fmt.Errorf("line %d: note %d appears twice (first at line %d)", line, n, first)
		}
		p.renumber = true
	}
	p.noteLine[key] = line
	if superDigits(prefix) > 0 {
		p.renumber = p.renumber || p.superSeen[n]
		p.superSeen[n] = true
	}
	p.inNotes, p.lastNote = true, n
	p.marked = strings.HasPrefix(prefix, "[") || strings.HasPrefix(prefix, "(") || strings.HasPrefix(prefix, "FNA") || superDigits(prefix) > 0
	p.cur = &Passage{Ref: Ref{Kind: Note, N: n}, Section: "Notes", Line: line, prefix: prefix, mark: n}
	if text != "" {
		// A mark alone on its line leaves the text to the blocks after.
		p.cur.Blocks = []string{text}
	}
	p.cur.scope = scope
	p.src.Passages = append(p.src.Passages, p.cur)
	return nil
}

// qualifyNotes qualifies every note with its section's label when note
// numbers restart from one section to the next. Notes whose marks repeat
// are numbered in order instead.
func (p *parser) qualifyNotes() error {
	if p.renumber {
		n := 0
		for _, ps := range p.src.Passages {
			if ps.Ref.Kind == Note {
				n++
				ps.Ref.N = n
			}
		}
		return nil
	}
	scopes := map[int]int{}
	restart := false
	for key := range p.noteLine {
		if s, seen := scopes[key.n]; seen && s != key.scope {
			restart = true
		}
		scopes[key.n] = key.scope
	}
	if !restart {
		return nil
	}
	seen := map[Ref]int{}
	for _, ps := range p.src.Passages {
		if ps.Ref.Kind != Note {
			continue
		}
		ps.Ref.Section = p.groups[ps.scope].label
		if first, dup := seen[ps.Ref]; dup {
			return fmt.Errorf("line %d: %s appears twice (first at line %d); give the sections distinct headings", ps.Line, ps.Ref, first)
		}
		seen[ps.Ref] = ps.Line
	}
	return nil
}

// scanMarkers records the note numbers a block marks, so that a later
// block "N text" can be read as note N.
func (p *parser) scanMarkers(text string) {
	for _, n := range markersIn(text) {
		p.markers[n] = true
	}
}

// linkNotes splits every passage into sentences and links inline note
// markers to their notes, within the passage's section when note numbers
// restart.
func (p *parser) linkNotes() {
	notes := map[noteKey]*Passage{}
	byN := map[int]*Passage{}
	qualified := false
	for _, ps := range p.src.Passages {
		if ps.Ref.Kind == Note {
			notes[noteKey{ps.scope, ps.Ref.N}] = ps
			byN[ps.Ref.N] = ps
			qualified = qualified || ps.Ref.Section != ""
		}
	}
	for _, ps := range p.src.Passages {
		ps.Sentences = splitSentences(ps.Blocks)
		ps.Voice, ps.Signature = voiceOf(ps.Blocks, ps.Ref.Kind, p.src.Meta.Author)
		credit(ps)
		quote(ps)
		if ps.Ref.Kind != Paragraph {
			// Notes mark no other notes: digits after a note's sentence
			// are a page or a year, not a link.
			for i := range ps.Sentences {
				ps.Sentences[i].Note = 0
			}
			continue
		}
		scope := 0
		if qualified {
			scope = ps.scope
		}
		find := func(n int) *Passage {
			switch {
			case p.renumber:
				return p.nextNote(ps, n)
			case qualified:
				return notes[noteKey{scope, n}]
			}
			return byN[n]
		}
		p.link(ps, find)
	}
}

// nextNote returns the first note after ps whose mark is n, for notes
// whose marks repeat.
func (p *parser) nextNote(ps *Passage, n int) *Passage {
	for _, q := range p.src.Passages {
		if q.Ref.Kind == Note && q.Line > ps.Line && q.mark == n {
			return q
		}
	}
	return nil
}

// link links the note markers of each sentence of ps to their notes. A
// sentence's Note is the note marked after it or, failing that, the first
// one marked inside it; every note it marks is linked, as a sentence may
// mark two ("two persons,[8] ... a third, a foreigner,[9]").
func (p *parser) link(ps *Passage, find func(int) *Passage) {
	for i := range ps.Sentences {
		s := &ps.Sentences[i]
		// A marker inside the sentence ("Japan[5];", "liberty1 throughout")
		// counts only when the note exists.
		var inside []*Passage
		for _, n := range markersIn(s.Text) {
			if note := find(n); note != nil {
				inside = append(inside, note)
			}
		}
		var last *Passage
		if s.Note != 0 {
			if last = find(s.Note); last == nil {
				p.src.Warnings = append(p.src.Warnings, fmt.Sprintf("%s marks note %d, which the file does not have", ps.Ref, s.Note))
			}
		}
		s.Note = 0
		if len(inside) > 0 {
			s.Note = inside[0].Ref.N
		}
		if last != nil {
			s.Note = last.Ref.N
			inside = append(inside, last)
		}
		for j, note := range inside {
			if j > 0 && note == inside[j-1] {
				continue
			}
			ps.Notes = append(ps.Notes, note.Ref.N)
			ps.noteSection = note.Ref.Section
			note.CitedBy = append(note.CitedBy, ps.Ref)
		}
	}
}

func splitSentences(blocks []string) []Sentence {
	var out []Sentence
	for bi, b := range blocks {
		for _, sp := range sentence.Split(b) {
			text := b[sp.Start:sp.End]
			out = append(out, Sentence{Text: text, Block: bi, Question: sentence.IsQuestion(text), Note: sp.Note})
		}
	}
	return out
}
