package essay

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says whether a passage is a numbered paragraph or a footnote.
type Kind int

const (
	// Paragraph is a numbered paragraph of the body, written ¶N.
	Paragraph Kind = iota
	// Note is a footnote, written "note N".
	Note
)

// Ref names one passage: a paragraph or a note, within a section when the
// text's numbering restarts under its headings, within a source when the
// corpus has more than one.
//
// The grammar, as String writes it and ParseRef reads it back:
//
//	ref     = [ source " " ] [ section " " ] local
//	local   = "¶" number | "note " number
//	section = word " " numeral [ " (" count ")" ]
//	                                      "No. 10", "Article II", "No. 70 (2)"
//	source  = slug                        "federalist", "my-reader"
//
// A source is always a slug (see Slug): letters, digits, "-", "_" and "."
// only, so that no file name, however odd, can hold a space, comma, bracket
// or "¶" that would make a ref or a citation marker ambiguous. A section is
// a word and a numeral (digits or capital Roman numerals), so that it
// cannot be taken for a source; a count from 2 tells apart sections whose
// headings repeat ("No. 70 (2)" is the second section headed "No. 70").
// Readers may type a source by its file name ("my reader ¶3"): ParseRef
// slugs it.
//
// ⚠️ Refs are saved in index files: a change to the fields here needs the
// index's format version raised.
type Ref struct {
	// Source is the source's slug; empty when the corpus has one source.
	Source string
	// Section qualifies N when the text's numbering restarts under its
	// headings ("No. 10", "Amendment XIV"); empty otherwise.
	Section string
	Kind    Kind
	N       int
}

// String writes the ref as users and citations see it: "¶53", "note 15",
// "No. 10 ¶3", or "reader ¶3" when the source must be named.
func (r Ref) String() string {
	s := "¶" + strconv.Itoa(r.N)
	if r.Kind == Note {
		s = "note " + strconv.Itoa(r.N)
	}
	if r.Section != "" {
		s = r.Section + " " + s
	}
	if r.Source != "" {
		s = r.Source + " " + s
	}
	return s
}

// Marker is the ref as an inline citation: "[¶53]".
func (r Ref) Marker() string { return "[" + r.String() + "]" }

// Anchor is the ref as a fragment identifier for a web page, stable for as
// long as the ref is: "p53", "n15", "no-10-p3", "no-70-2-p3",
// "reader-amendment-xiv-n2".
func (r Ref) Anchor() string {
	kind := "p"
	if r.Kind == Note {
		kind = "n"
	}
	parts := []string{}
	if r.Source != "" {
		parts = append(parts, strings.ToLower(Slug(r.Source)))
	}
	if r.Section != "" {
		parts = append(parts, strings.ToLower(Slug(strings.ReplaceAll(r.Section, ".", ""))))
	}
	parts = append(parts, kind+strconv.Itoa(r.N))
	return strings.Join(parts, "-")
}

// Less orders refs as a reader meets them: by source, then paragraphs
// before notes, then by section and number.
func (r Ref) Less(o Ref) bool {
	if r.Source != o.Source {
		return r.Source < o.Source
	}
	if r.Kind != o.Kind {
		return r.Kind < o.Kind
	}
	if r.Section != o.Section {
		return r.Section < o.Section
	}
	return r.N < o.N
}

// ErrBadRef is returned by ParseRef for text that names no passage.
var ErrBadRef = errors.New("not a passage ref")

// ParseRef reads a ref as a user or a model may write it: "¶56", "56",
// "p56", "para 56", "§56", "Sect. 56", "section 56", "note 15", "n15", "[¶53]", "(note 15)", any of these
// after a section ("No. 10 ¶3") and a source ("reader ¶3",
// "reader No. 10 note 2"). A source written with spaces or other
// characters a slug has not ("my reader ¶3") is read as its slug.
func ParseRef(s string) (Ref, error) {
	t := unwrap(unwrap(strings.TrimSpace(s), "[", "]"), "(", ")")
	words := strings.Fields(t)
	if len(words) == 0 {
		return Ref{}, fmt.Errorf("%w: empty", ErrBadRef)
	}
	// The local part is the last word, or the last two when a kind word
	// stands apart from its number ("note 15", "¶ 56").
	local, rest := words[len(words)-1], words[:len(words)-1]
	if len(rest) > 0 && isKeyword(rest[len(rest)-1]) && isDigits(local) {
		local, rest = rest[len(rest)-1]+local, rest[:len(rest)-1]
	}
	ref, ok := parseBare(local)
	if !ok {
		return Ref{}, fmt.Errorf("%w: %q", ErrBadRef, s)
	}
	if n := len(rest); n >= 3 && IsSectionLabel(strings.Join(rest[n-3:], " ")) {
		ref.Section, rest = strings.Join(rest[n-3:], " "), rest[:n-3]
	} else if n >= 2 && IsSectionLabel(rest[n-2]+" "+rest[n-1]) {
		ref.Section, rest = rest[n-2]+" "+rest[n-1], rest[:n-2]
	}
	if len(rest) > 0 {
		ref.Source = Slug(strings.Join(rest, " "))
		if ref.Source == "" {
			return Ref{}, fmt.Errorf("%w: %q names no source", ErrBadRef, s)
		}
	}
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

func isKeyword(w string) bool {
	_, ok := kindPrefixes[strings.ToLower(strings.TrimSuffix(w, "."))]
	return ok && w != ""
}

// kindPrefixes holds the words a paragraph or note is named by. A text
// numbered by sections ("Sect. 95.", "Section 1.", "§ 3") numbers its
// paragraphs by them, so those name paragraphs too; a word that names a
// kind is never a section label's word (IsSectionLabel).
var kindPrefixes = map[string]Kind{
	"": Paragraph, "¶": Paragraph, "¶¶": Paragraph, "p": Paragraph, "para": Paragraph,
	"paragraph": Paragraph, "§": Paragraph, "§§": Paragraph, "sect": Paragraph, "section": Paragraph,
	"n": Note, "note": Note, "fn": Note, "footnote": Note,
}

// parseBare reads a ref without a source or section: a kind prefix, then a
// number.
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

// IsSectionLabel reports whether s is a section qualifier as refs write
// it: a word of letters (perhaps ending in a period) that is not a kind
// word, a space, and a numeral: digits, or capital Roman numerals; then,
// for a section whose heading repeats, a space and its count from 2 in
// parentheses ("No. 70 (2)").
func IsSectionLabel(s string) bool {
	word, num, ok := strings.Cut(s, " ")
	if !ok || isKeyword(word) || !isLabelWord(word) {
		return false
	}
	if n, count, ok := strings.Cut(num, " "); ok {
		if !isCount(count) {
			return false
		}
		num = n
	}
	return isDigits(num) && len(num) <= 6 || isRoman(num)
}

// isCount reports whether s is a repeated section's count: "(2)" to
// "(999)".
func isCount(s string) bool {
	if len(s) < 3 || s[0] != '(' || s[len(s)-1] != ')' {
		return false
	}
	n := s[1 : len(s)-1]
	return isDigits(n) && len(n) <= 3 && n[0] != '0' && n != "1"
}

func isLabelWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" || utf8.RuneCountInString(w) > 20 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isRoman(s string) bool {
	if s == "" || len(s) > 12 {
		return false
	}
	for _, c := range []byte(s) {
		if !strings.ContainsRune("IVXLCDM", rune(c)) {
			return false
		}
	}
	return true
}

// Slug turns a name into the form refs use for it: letters and digits
// kept, every other run of characters (spaces, punctuation, brackets,
// "¶", control characters) made one "-", and no "-" at either end. Slug is
// idempotent. It returns "" for a name with no letter or digit.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	s := strings.Trim(b.String(), ".-")
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	return s
}
