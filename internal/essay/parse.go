package essay

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/control"
	"studyguide/internal/sentence"
)

// ErrNoText is returned for input that holds no passage at all.
var ErrNoText = errors.New("no text")

// Passage numbers start at 1 ("0." or "007." is text, not a number a ref
// could name) and run to six digits, as ParseRef's do: a long course reader
// numbers past 9999, and a shorter limit would join every later paragraph
// to ¶9999.
var (
	numberedRe = regexp.MustCompile(`^([1-9]\d{0,5})\.\s+(\S.*)$`)
	noteRe     = regexp.MustCompile(`^([1-9]\d{0,2})\s+(\S.*)$`)
)

// block is a run of lines that reads as one paragraph of the file.
type block struct {
	text     string
	line     int
	indented bool
	oneLine  bool
}

// Parse reads one source's text into passages.
//
//   - name: the source's name, used in refs when a corpus has several.
//   - data: UTF-8 text; a byte-order mark and Windows line endings are accepted.
//
// Lines indented with spaces, tabs or non-breaking spaces start a new block;
// an unindented line right after text continues it, so hard-wrapped files
// parse too. A block "N. text" starts paragraph ¶N; unnumbered blocks belong
// to the paragraph before them. After the body, "N text" starts note N.
// Text with no numbered paragraphs is numbered in order.
func Parse(name string, data []byte) (*Source, error) {
	text, stripped, err := decode(data)
	if err != nil {
		return nil, err
	}
	blocks := splitBlocks(text)
	p := &parser{src: &Source{Name: name, File: name}, numbered: hasNumbered(blocks),
		paraLine: map[int]int{}, noteLine: map[int]int{}}
	if stripped {
		p.src.Warnings = append(p.src.Warnings, "removed terminal escape sequences and control characters")
	}
	for _, b := range blocks {
		if err := p.add(b); err != nil {
			return nil, err
		}
	}
	if len(p.src.Passages) == 0 {
		return nil, fmt.Errorf("%w: every block reads as a title", ErrNoText)
	}
	p.linkNotes()
	return p.src, nil
}

// decode checks that data is text and returns it without a byte-order mark,
// escape sequences or control characters, which would reach the terminal,
// or a model, through every quote of the passage that holds them. stripped
// says whether any were removed.
func decode(data []byte) (text string, stripped bool, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return "", false, errors.New("binary data, not a text file")
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return "", false, fmt.Errorf("invalid UTF-8 at line %d (save the file as UTF-8)", line)
	}
	text = control.Strip(string(data))
	if strings.TrimSpace(text) == "" {
		return "", false, fmt.Errorf("%w: the file is empty or holds only whitespace", ErrNoText)
	}
	return text, len(text) != len(data), nil
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// splitBlocks groups lines into blocks: a blank line, an indented line or
// a numbered line ("12. ...") starts a new block. Words are gathered per
// block and joined once: appending line by line to a string made a long
// hard-wrapped block take time quadratic in its length.
func splitBlocks(text string) []block {
	var blocks []block
	var words [][]string
	open := false
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimFunc(raw, unicode.IsSpace)
		if line == "" {
			open = false
			continue
		}
		indented := raw != strings.TrimLeftFunc(raw, unicode.IsSpace)
		if !open || indented || numberedRe.MatchString(line) {
			blocks = append(blocks, block{line: i + 1, indented: indented, oneLine: true})
			words = append(words, nil)
			open = true
		} else {
			blocks[len(blocks)-1].oneLine = false
		}
		words[len(words)-1] = append(words[len(words)-1], strings.Fields(line)...)
	}
	for i := range blocks {
		blocks[i].text = strings.Join(words[i], " ")
	}
	return blocks
}

func hasNumbered(blocks []block) bool {
	for _, b := range blocks {
		if numberedRe.MatchString(b.text) {
			return true
		}
	}
	return false
}

type parser struct {
	src      *Source
	numbered bool
	cur      *Passage
	section  string
	inNotes  bool
	auto     int
	// paraLine and noteLine give the line each paragraph and note number
	// started on, to name both lines of a number used twice.
	paraLine map[int]int
	noteLine map[int]int
}

func (p *parser) add(b block) error {
	if m := numberedRe.FindStringSubmatch(b.text); m != nil && !p.inNotes {
		n, _ := strconv.Atoi(m[1])
		return p.start(Paragraph, n, m[2], b.line)
	}
	// A note needs a body before it to be a note of.
	if m := noteRe.FindStringSubmatch(b.text); m != nil && len(p.paraLine) > 0 && (p.inNotes || !b.indented) {
		n, _ := strconv.Atoi(m[1])
		p.inNotes = true
		return p.start(Note, n, m[2], b.line)
	}
	if isHeading(b) {
		p.section = b.text
		p.src.Sections = append(p.src.Sections, b.text)
		p.cur = nil
		return nil
	}
	switch {
	case !p.numbered && !p.inNotes:
		p.auto++
		return p.start(Paragraph, p.auto, b.text, b.line)
	case p.cur != nil:
		p.cur.Blocks = append(p.cur.Blocks, b.text)
	default:
		p.src.Skipped = append(p.src.Skipped, fmt.Sprintf("line %d: %s", b.line, b.text))
	}
	return nil
}

// start begins a new passage, refusing a number used twice.
func (p *parser) start(kind Kind, n int, text string, line int) error {
	seen, section := p.paraLine, p.section
	if kind == Note {
		seen, section = p.noteLine, "Notes"
	}
	ref := Ref{Kind: kind, N: n}
	if first, dup := seen[n]; dup {
		return fmt.Errorf("line %d: %s appears twice (first at line %d)", line, ref, first)
	}
	seen[n] = line
	p.cur = &Passage{Ref: ref, Section: section, Blocks: []string{text}, Line: line}
	p.src.Passages = append(p.src.Passages, p.cur)
	return nil
}

// isHeading reports whether a block reads as a title: one short line,
// capitalized, without a sentence's final punctuation.
func isHeading(b block) bool {
	t := b.text
	if !b.oneLine || utf8.RuneCountInString(t) > 80 || len(strings.Fields(t)) > 12 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsUpper(first) && !strings.ContainsRune(".?!,;:\"”)", last)
}

// linkNotes splits every passage into sentences and links inline note
// markers to their notes.
func (p *parser) linkNotes() {
	notes := map[int]*Passage{}
	for _, ps := range p.src.Passages {
		if ps.Ref.Kind == Note {
			notes[ps.Ref.N] = ps
		}
	}
	for _, ps := range p.src.Passages {
		ps.Sentences = splitSentences(ps.Blocks)
		if ps.Ref.Kind != Paragraph {
			// Notes mark no other notes: digits after a note's sentence
			// are a page or a year, not a link.
			for i := range ps.Sentences {
				ps.Sentences[i].Note = 0
			}
			continue
		}
		for i := range ps.Sentences {
			s := &ps.Sentences[i]
			if s.Note == 0 {
				continue
			}
			note, ok := notes[s.Note]
			if !ok {
				p.src.Warnings = append(p.src.Warnings, fmt.Sprintf("%s marks note %d, which the file does not have", ps.Ref, s.Note))
				s.Note = 0
				continue
			}
			ps.Notes = append(ps.Notes, s.Note)
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
