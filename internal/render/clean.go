// Package render writes what studyguide shows: answers, passages,
// questions and guides, as terminal text, JSON, Markdown or HTML. Text
// from the corpus, the user or a model is cleaned of control characters
// and escape sequences before it is written.
//
// It imports what it renders (answer, guide, retrieve, essay) and control;
// chat, modelguide and the command import it, and nothing it renders imports
// it.
package render

import (
	"encoding/json"
	"io"
	"strings"
	"unicode"

	"studyguide/internal/control"
)

// Clean removes escape sequences and control characters from s, keeping
// newlines and turning tabs into spaces, so that text from a file or a
// model cannot move the cursor, recolor or retitle the user's terminal.
func Clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t', r == '\u00a0':
			return ' '
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return -1
		}
		return r
	}, control.Strip(s))
}

// OneLine cleans s and joins its lines, for error messages.
func OneLine(s string) string {
	return strings.Join(strings.Fields(Clean(s)), " ")
}

// JSON writes v as indented JSON without HTML escaping, so that quotes
// and ¶ read as they are.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// Wrap breaks s into lines of at most width columns at spaces, keeping its
// own line breaks. Width 0 or less leaves s as it is.
func Wrap(s string, width int, indent string) string {
	if width <= 0 {
		return indent + strings.ReplaceAll(s, "\n", "\n"+indent)
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := indent
		for _, word := range strings.Fields(para) {
			if len([]rune(line))+len([]rune(word))+1 > width && strings.TrimSpace(line) != "" {
				out = append(out, strings.TrimRight(line, " "))
				line = indent
			}
			if strings.TrimSpace(line) != "" {
				line += " "
			}
			line += word
		}
		out = append(out, strings.TrimRight(line, " "))
	}
	return strings.Join(out, "\n")
}
