// Package control strips what can take over a terminal from text that came
// from a file, a user or a model: escape sequences and invisible control
// characters.
//
// It imports nothing of studyguide's, so that the parser (essay) can strip
// corpus text with it as render does everything it prints; render.Clean adds
// what display needs on top.
package control

import (
	"regexp"
	"strings"
	"unicode"
)

// escapeRe matches terminal escape sequences: CSI sequences ("\x1b[31m"),
// OSC sequences ended by BEL or ST, and two-byte escapes.
var escapeRe = regexp.MustCompile(`\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])`)

// Strip removes escape sequences and the invisible characters that are not
// whitespace (control characters, zero-width spaces, byte-order marks,
// bidirectional overrides) from s. Whitespace stays, so that no two words
// run together.
func Strip(s string) string {
	s = escapeRe.ReplaceAllString(s, "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u0085':
			// NEL is a space to Unicode but a C1 control to a terminal.
			return ' '
		case unicode.IsSpace(r):
			return r
		case unicode.IsControl(r), r == '\u200b', r == '\ufeff', unicode.Is(unicode.Bidi_Control, r):
			return -1
		}
		return r
	}, s)
}

// StartsWithEscape reports whether s begins with a whole escape sequence,
// for writers that must hold back one split across two writes.
func StartsWithEscape(s string) bool {
	loc := escapeRe.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}
