package essay

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Kind says whether a passage is a numbered paragraph or a footnote.
type Kind int

const (
	// Paragraph is a numbered paragraph of the body, written ¶N.
	Paragraph Kind = iota
	// Note is a footnote, written "note N".
	Note
)

// Ref names one passage: a paragraph or a note, within a source when the
// corpus has more than one.
type Ref struct {
	// Source is the source's name; empty when the corpus has one source.
	Source string
	Kind   Kind
	N      int
}

// String writes the ref as users and citations see it: "¶53", "note 15",
// or "reader ¶3" when the source must be named.
func (r Ref) String() string {
	s := "¶" + strconv.Itoa(r.N)
	if r.Kind == Note {
		s = "note " + strconv.Itoa(r.N)
	}
	if r.Source != "" {
		return r.Source + " " + s
	}
	return s
}

// Marker is the ref as an inline citation: "[¶53]".
func (r Ref) Marker() string { return "[" + r.String() + "]" }

// Less orders refs as a reader meets them: by source, then paragraphs
// before notes, then by number.
func (r Ref) Less(o Ref) bool {
	if r.Source != o.Source {
		return r.Source < o.Source
	}
	if r.Kind != o.Kind {
		return r.Kind < o.Kind
	}
	return r.N < o.N
}

// ErrBadRef is returned by ParseRef for text that names no passage.
var ErrBadRef = errors.New("not a passage ref")

// ParseRef reads a ref as a user or a model may write it: "¶56", "56",
// "p56", "para 56", "note 15", "n15", "[¶53]", "(note 15)", or any of these
// after a source name ("reader ¶3").
func ParseRef(s string) (Ref, error) {
	t := unwrap(unwrap(strings.TrimSpace(s), "[", "]"), "(", ")")
	if t == "" {
		return Ref{}, fmt.Errorf("%w: empty", ErrBadRef)
	}
	source := ""
	if i := strings.LastIndexAny(t, " \t"); i >= 0 {
		// "note 15" and "para 56" keep their space; a source name comes
		// before. Only a bare number joins the word before it, so that a
		// source named "note" keeps its name in "note ¶3".
		head, tail := strings.TrimSpace(t[:i]), t[i+1:]
		if kw := lastWord(head); isKeyword(kw) && isDigits(tail) {
			source = strings.TrimSpace(strings.TrimSuffix(head, kw))
			t = kw + tail
		} else {
			source, t = head, tail
		}
	}
	ref, ok := parseBare(t)
	if !ok {
		return Ref{}, fmt.Errorf("%w: %q", ErrBadRef, s)
	}
	ref.Source = source
	return ref, nil
}

// unwrap removes brackets that enclose all of s, and the space inside
// them. A bracket at one end only belongs to a source name ("[draft] ¶3").
func unwrap(s, open, close string) string {
	if strings.HasPrefix(s, open) && strings.HasSuffix(s, close) && len(s) >= len(open)+len(close) {
		return strings.TrimSpace(s[len(open) : len(s)-len(close)])
	}
	return s
}

func isDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " \t"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isKeyword(w string) bool {
	_, ok := kindPrefixes[strings.ToLower(strings.TrimSuffix(w, "."))]
	return ok
}

var kindPrefixes = map[string]Kind{
	"": Paragraph, "¶": Paragraph, "¶¶": Paragraph, "p": Paragraph, "para": Paragraph,
	"paragraph": Paragraph, "§": Paragraph,
	"n": Note, "note": Note, "fn": Note, "footnote": Note,
}

// parseBare reads a ref without a source: a kind prefix, then a number.
func parseBare(t string) (Ref, bool) {
	i := len(t)
	for i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
		i--
	}
	digits := t[i:]
	if digits == "" || len(digits) > 6 {
		return Ref{}, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 {
		return Ref{}, false
	}
	prefix := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t[:i]), ".")))
	kind, ok := kindPrefixes[prefix]
	if !ok {
		return Ref{}, false
	}
	return Ref{Kind: kind, N: n}, true
}
