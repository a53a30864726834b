package render

import (
	"io"
	"strings"

	"studyguide/internal/control"
)

// CleanWriter cleans text streamed to w piece by piece, as Clean does. An
// escape sequence split across two pieces is held back until it is whole,
// so that it is removed rather than half printed.
type CleanWriter struct {
	w       io.Writer
	pending string
}

// maxEscape bounds how long an unfinished escape sequence is held back.
const maxEscape = 64

// NewCleanWriter returns a CleanWriter writing to w.
func NewCleanWriter(w io.Writer) *CleanWriter { return &CleanWriter{w: w} }

// Write cleans p and writes it, except an unfinished escape at its end,
// which a stream that ends there never prints.
func (c *CleanWriter) Write(p []byte) (int, error) {
	s := c.pending + string(p)
	c.pending = ""
	if i := strings.LastIndexByte(s, 0x1b); i >= 0 && len(s)-i < maxEscape && !complete(s[i:]) {
		s, c.pending = s[:i], s[i:]
	}
	if _, err := io.WriteString(c.w, Clean(s)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// complete reports whether an escape sequence at the start of s is whole,
// or is not one that may grow.
func complete(s string) bool {
	if strings.HasPrefix(s, "\x1b]") {
		return strings.Contains(s, "\x07") || strings.Contains(s[1:], "\x1b\\")
	}
	if control.StartsWithEscape(s) {
		return true
	}
	// A lone ESC, or ESC [ with parameters but no final byte yet, or an OSC
	// without its terminator, may be finished by the next piece.
	return !(s == "\x1b" || strings.HasPrefix(s, "\x1b[") || strings.HasPrefix(s, "\x1b]"))
}
