package essay

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"studyguide/internal/control"
	"studyguide/internal/lazyregexp"
)

// ErrNoText is returned for input that holds no passage at all.
var ErrNoText = errors.New("no text")

// decode checks that data is text and returns its lines without a
// byte-order mark, escape sequences or control characters, which would
// reach the terminal, or a model, through every quote of the passage that
// holds them. Windows ("\r\n") and old Mac ("\r") line endings both end a
// line. stripped says whether anything was removed.
func decode(data []byte) (lines []string, stripped bool, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, false, errors.New("binary data, not a text file")
	}
	if !utf8.Valid(data) {
		line := 1 + countLineBreaks(data[:firstInvalid(data)])
		return nil, false, fmt.Errorf("invalid UTF-8 at line %d (save the file as UTF-8)", line)
	}
	text := string(data)
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	clean := text
	if mayHoldControls(text) {
		clean = control.Strip(text)
	}
	if strings.TrimSpace(clean) == "" {
		return nil, false, fmt.Errorf("%w: the file is empty or holds only whitespace", ErrNoText)
	}
	return strings.Split(clean, "\n"), len(clean) != len(text), nil
}

// mayHoldControls reports whether text may hold a character that
// control.Strip removes or changes: a C0 or C1 control (an escape
// sequence starts with one), a zero-width space, a byte-order mark or a
// bidirectional control. Most texts hold none, and Strip's regular
// expression and copies took a third of a parse. It looks at bytes, so
// it may say yes for a character Strip keeps, never no for one it takes.
//
//   - text: valid UTF-8.
func mayHoldControls(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 0x20 && c < 0x7f:
		case c == '\n' || c == '\t' || c == '\r':
		case c < 0x80:
			return true // the other C0 controls and DEL
		case i+1 >= len(text):
		case c == 0xc2:
			if d := text[i+1]; d >= 0x80 && d <= 0x9f {
				return true // C1 controls, NEL among them
			}
		case c == 0xd8:
			if text[i+1] == 0x9c {
				return true // U+061C ARABIC LETTER MARK
			}
		case c == 0xe2 && i+2 < len(text):
			d, e := text[i+1], text[i+2]
			if d == 0x80 && (e >= 0x8b && e <= 0x8f || e >= 0xa8 && e <= 0xae) || d == 0x81 && e >= 0xa0 && e <= 0xaf {
				return true // U+200B-200F, U+2028-202E, U+2060-206F
			}
		case c == 0xef && i+2 < len(text):
			if text[i+1] == 0xbb && text[i+2] == 0xbf {
				return true // U+FEFF
			}
		}
	}
	return false
}

// countLineBreaks counts line endings as decode splits them: "\r\n", "\r"
// and "\n" each end one line.
func countLineBreaks(data []byte) int {
	n := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			n++
		case '\r':
			n++
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
		}
	}
	return n
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

// Project Gutenberg frames every text with a header (title, author,
// release date, then "*** START OF THE PROJECT GUTENBERG EBOOK ... ***")
// and a footer ("*** END OF ..." and the license). Older files say "THIS"
// for "THE" and end the text with "End of the Project Gutenberg EBook of".
var (
	gutenbergStartRe = lazyregexp.New(`(?i)^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG`)
	gutenbergEndRe   = lazyregexp.New(`(?i)^\s*(\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG|End of (the )?Project Gutenberg)`)
	// Lines a transcriber adds just inside the frame.
	producedByRe  = lazyregexp.New(`(?i)^\s*(produced by|this (e-?text|e-?book|file) was (produced|prepared|made)|e-?text prepared by|transcribed by|this is the project gutenberg|updated editions will replace|\[?transcriber'?s? note)`)
	headerFieldRe = lazyregexp.New(`^(Title|Author|Authors|Editor|Translator|Release [Dd]ate|Posting Date|Language)\s*:\s*(.*)$`)
)

// frame is where the text proper lies within a file's lines, with what
// was left out around it.
type frame struct {
	from, to int // lines [from, to) are the text
	omitted  []string
	meta     Meta
}

// findFrame finds a Project Gutenberg header and footer, and the metadata
// the header states. A file without them is all text.
func findFrame(lines []string) frame {
	f := frame{from: 0, to: len(lines)}
	start := -1
	for i, l := range lines {
		if gutenbergStartRe.MatchString(l) {
			start = i
			break
		}
	}
	if start >= 0 {
		f.meta = headerMeta(lines[:start])
		f.from = start + 1
		f.omitted = append(f.omitted, fmt.Sprintf("lines 1-%d: the Project Gutenberg header", start+1))
	}
	for i := f.from; i < len(lines); i++ {
		if gutenbergEndRe.MatchString(lines[i]) {
			f.to = i
			f.omitted = append(f.omitted, fmt.Sprintf("lines %d-%d: the Project Gutenberg footer and license", i+1, len(lines)))
			break
		}
	}
	return f
}

// headerMeta reads "Title:" and "Author:" from a Gutenberg header; a field
// may continue on indented lines ("Author: A\n        B"). A collection
// that names editors and no author is credited to its editors.
func headerMeta(lines []string) Meta {
	var m Meta
	var editors Meta
	field := ""
	for _, l := range lines {
		if mm := headerFieldRe.FindStringSubmatch(strings.TrimSpace(l)); mm != nil {
			field = strings.ToLower(mm[1])
			addField(&m, &editors, field, strings.TrimSpace(mm[2]))
			continue
		}
		if field != "" && strings.TrimSpace(l) != "" && l != strings.TrimLeft(l, " \t") {
			addField(&m, &editors, field, strings.TrimSpace(l))
			continue
		}
		field = ""
	}
	if m.Author == "" {
		m.Author = editors.Author
	}
	m.Author = joinNames(m.Author)
	return m
}

// addField adds a header field's value to m, or an editor's name to
// editors.
func addField(m, editors *Meta, field, value string) {
	if value == "" {
		return
	}
	switch field {
	case "title":
		m.Title = strings.TrimSpace(m.Title + " " + value)
	case "author", "authors":
		addName(m, value)
	case "editor":
		addName(editors, value)
	}
}

func addName(m *Meta, name string) {
	if m.Author != "" {
		m.Author += "\x00"
	}
	m.Author += name
}

// joinNames writes names held apart by NULs as a reader would: "A", "A and
// B", "A, B and C".
func joinNames(s string) string {
	names := strings.Split(s, "\x00")
	if len(names) < 2 {
		return s
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
