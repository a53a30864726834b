package citation

import (
	"io"
	"strings"

	"studyguide/internal/essay"
)

// Flagger passes an answer through to a writer as it streams, flagging on
// the way every bracketed citation of a ref that is not in the corpus or
// was not retrieved ("[¶99: invalid citation]", as Check writes it), so
// that a made-up ref never shows as valid, even for a moment. It holds
// back an open bracket until the group closes; bare refs ("¶99") and
// quotes are left to Check, which sees the whole answer.
type Flagger struct {
	w       io.Writer
	corpus  *essay.Corpus
	allowed map[essay.Ref]bool
	pending string
	err     error
}

// maxGroup bounds how long an open bracket is held back; bracketRe's
// groups are shorter.
const maxGroup = 90

// NewFlagger returns a Flagger writing to w.
//
//   - c: the corpus; a ref it lacks is flagged.
//   - retrieved: the refs the answer is written from; others are flagged.
func NewFlagger(w io.Writer, c *essay.Corpus, retrieved []essay.Ref) *Flagger {
	allowed := map[essay.Ref]bool{}
	for _, r := range retrieved {
		allowed[r] = true
	}
	return &Flagger{w: w, corpus: c, allowed: allowed}
}

// Write takes the next piece of the answer and writes what can be settled.
func (f *Flagger) Write(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	f.pending += string(p)
	cut := openGroup(f.pending)
	f.emit(f.pending[:cut])
	f.pending = f.pending[cut:]
	return len(p), f.err
}

// Flush writes whatever is held back; call it when the answer ends.
func (f *Flagger) Flush() error {
	f.emit(f.pending)
	f.pending = ""
	return f.err
}

// openGroup returns where a bracket group that may still close begins:
// the last opening bracket with no closing bracket or newline after it,
// if it is recent enough. A group cannot hold brackets or newlines, so no
// earlier bracket can begin one.
func openGroup(s string) int {
	i := strings.LastIndexAny(s, "[(")
	if i < 0 || len(s)-i > maxGroup || strings.ContainsAny(s[i:], "])\n") {
		return len(s)
	}
	return i
}

func (f *Flagger) emit(s string) {
	if s == "" || f.err != nil {
		return
	}
	var markers []Marker
	var with []string
	for _, m := range Parse(s) {
		if m.Raw[0] != '[' && m.Raw[0] != '(' {
			continue
		}
		markers = append(markers, m)
		with = append(with, f.flag(m))
	}
	_, f.err = io.WriteString(f.w, rewrite(s, markers, with))
}

// flag writes a marker as Check would before quotes are weighed: valid
// refs in canonical form, the others flagged.
func (f *Flagger) flag(m Marker) string {
	parts := make([]string, len(m.Refs))
	for i, ref := range m.Refs {
		p, _ := resolve(ref, f.corpus, f.allowed)
		if p == nil {
			parts[i] = "[" + ref.String() + ": invalid citation]"
			continue
		}
		parts[i] = p.Ref.Marker()
	}
	return strings.Join(parts, " ")
}
