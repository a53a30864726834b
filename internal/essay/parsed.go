package essay

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"

	"studyguide/corpus"
)

//go:generate go run ./genparsed -o ../../corpus/essay.parsed

// ParsedForm parses a text as Parse does and writes the result in the
// form parsedSource reads back: go generate writes the built-in essay's
// (corpus.Parsed), which start-up reads in a small part of the time
// parsing takes, without compiling the parser's expressions.
//
// The form is text, one value a line: a number, or a string as its
// length in bytes and, unless empty, a space and the string, so that
// reading it back takes each string from the form itself, and a diff
// shows what changed.
func ParsedForm(name string, data []byte) (string, error) {
	src, err := Parse(name, data)
	if err != nil {
		return "", err
	}
	f := &form{}
	key := parsedKey(data)
	f.str(&key)
	f.source(src)
	return string(f.out), f.err
}

// parsedSource returns the source that a form written by ParsedForm
// holds, or false when it holds none, or one written from another text
// than data or by another version of the parser.
func parsedSource(in string, data []byte) (*Source, bool) {
	f := &form{in: in, reading: true}
	var key string
	if f.str(&key); f.err != nil || key != parsedKey(data) {
		return nil, false
	}
	src := &Source{}
	f.source(src)
	if f.err != nil || f.in != "" {
		return nil, false
	}
	return src, true
}

// parsedKey names the parser and the text a parsed form was written
// from: a text changed since, or a parser whose version moved, is parsed
// afresh.
func parsedKey(data []byte) string {
	sum := sha256.Sum256(data)
	return parserVersion + " " + hex.EncodeToString(sum[:])
}

// embeddedSource returns the built-in essay parsed: as go generate
// parsed it when that was this text by this parser, else parsed now.
func embeddedSource() (*Source, error) {
	if src, ok := parsedSource(corpus.Parsed, corpus.Essay); ok {
		return src, nil
	}
	return Parse(corpus.Name, corpus.Essay)
}

// form writes a parsed source's fields to out, or reads them from in:
// one walk over the fields serves both, so that the two cannot disagree.
type form struct {
	reading bool
	in      string
	out     []byte
	err     error
}

var errForm = errors.New("not a parsed form")

// source walks every field of a Source.
//
// ⚠️ A field added to Source, Passage, Sentence, Ref or Meta must be
// walked here too, or the built-in essay reads back without it:
// TestParsedFormWalksEveryField says so.
func (f *form) source(src *Source) {
	f.str(&src.Name)
	f.str(&src.File)
	f.meta(&src.Meta)
	f.str(&src.MetaFile)
	f.strs(&src.Sections)
	f.strs(&src.Skipped)
	f.strs(&src.Omitted)
	f.strs(&src.Warnings)
	f.flag(&src.Markdown)
	n := f.length(len(src.Passages), src.Passages == nil)
	if f.reading && n >= 0 {
		src.Passages = make([]*Passage, n)
		for i := range src.Passages {
			src.Passages[i] = &Passage{}
		}
	}
	for _, p := range src.Passages {
		f.passage(p, src.Passages)
	}
}

func (f *form) meta(m *Meta) {
	f.str(&m.Title)
	f.str(&m.Author)
	f.num(&m.Year)
	f.str(&m.Pronoun)
	f.str(&m.Kind)
	f.str(&m.Caveat)
}

// passage walks p's fields; its List as indexes into all, the source's
// passages, so that a list's items read back as the source's own.
func (f *form) passage(p *Passage, all []*Passage) {
	f.ref(&p.Ref)
	f.str(&p.Section)
	f.strs(&p.Blocks)
	n := f.length(len(p.Sentences), p.Sentences == nil)
	if f.reading && n >= 0 {
		p.Sentences = make([]Sentence, n)
	}
	for i := range p.Sentences {
		f.sentence(&p.Sentences[i])
	}
	f.nums(&p.Notes)
	n = f.length(len(p.CitedBy), p.CitedBy == nil)
	if f.reading && n >= 0 {
		p.CitedBy = make([]Ref, n)
	}
	for i := range p.CitedBy {
		f.ref(&p.CitedBy[i])
	}
	f.num(&p.Line)
	voice := string(p.Voice)
	f.str(&voice)
	p.Voice = Voice(voice)
	f.str(&p.Signature)
	f.list(&p.List, all)
	f.str(&p.prefix)
	f.num(&p.mark)
	f.str(&p.noteSection)
	f.num(&p.scope)
}

func (f *form) sentence(s *Sentence) {
	f.str(&s.Text)
	f.num(&s.Block)
	f.flag(&s.Question)
	f.num(&s.Note)
	f.str(&s.Credit)
	f.flag(&s.Quoted)
}

func (f *form) ref(r *Ref) {
	f.str(&r.Source)
	f.str(&r.Section)
	kind := int(r.Kind)
	f.num(&kind)
	r.Kind = Kind(kind)
	f.num(&r.N)
}

// list walks a list of passages as their indexes in all.
func (f *form) list(ps *[]*Passage, all []*Passage) {
	var at []int
	if !f.reading && *ps != nil {
		at = make([]int, 0, len(*ps))
		for _, q := range *ps {
			i := indexOf(all, q)
			if i < 0 {
				f.fail()
			}
			at = append(at, i)
		}
	}
	f.nums(&at)
	if !f.reading || at == nil {
		return
	}
	*ps = make([]*Passage, len(at))
	for k, i := range at {
		if i < 0 || i >= len(all) {
			f.fail()
			return
		}
		(*ps)[k] = all[i]
	}
}

func indexOf(all []*Passage, p *Passage) int {
	for i, q := range all {
		if q == p {
			return i
		}
	}
	return -1
}

func (f *form) strs(s *[]string) {
	n := f.length(len(*s), *s == nil)
	if f.reading && n >= 0 {
		*s = make([]string, n)
	}
	for i := range *s {
		f.str(&(*s)[i])
	}
}

func (f *form) nums(s *[]int) {
	n := f.length(len(*s), *s == nil)
	if f.reading && n >= 0 {
		*s = make([]int, n)
	}
	for i := range *s {
		f.num(&(*s)[i])
	}
}

// length walks a slice's length, -1 for a nil slice (which Parse tells
// from an empty one), and returns it as read or written.
func (f *form) length(n int, isNil bool) int {
	if isNil {
		n = -1
	}
	f.num(&n)
	// A length is never more than the bytes left to read: a form that
	// says so is not one ParsedForm wrote.
	if f.reading && (n < -1 || n > len(f.in)) {
		f.fail()
		return -1
	}
	return n
}

func (f *form) flag(b *bool) {
	n := 0
	if *b {
		n = 1
	}
	f.num(&n)
	*b = n == 1
}

func (f *form) num(n *int) {
	if !f.reading {
		f.out = strconv.AppendInt(f.out, int64(*n), 10)
		f.out = append(f.out, '\n')
		return
	}
	line, rest, ok := strings.Cut(f.in, "\n")
	v, err := strconv.Atoi(line)
	if !ok || err != nil {
		f.fail()
		return
	}
	*n, f.in = v, rest
}

func (f *form) str(s *string) {
	if !f.reading {
		f.out = strconv.AppendInt(f.out, int64(len(*s)), 10)
		if *s != "" {
			f.out = append(f.out, ' ')
			f.out = append(f.out, *s...)
		}
		f.out = append(f.out, '\n')
		return
	}
	i := 0
	for i < len(f.in) && '0' <= f.in[i] && f.in[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(f.in[:i])
	rest := f.in[i:]
	if n > 0 {
		rest = strings.TrimPrefix(rest, " ")
	}
	if err != nil || n >= len(rest) || rest[n] != '\n' || (n > 0 && len(rest) == len(f.in)-i) {
		f.fail()
		return
	}
	*s, f.in = rest[:n], rest[n+1:]
}

// fail records that the form is not one ParsedForm wrote; reading stops
// taking values from then on.
func (f *form) fail() {
	if f.err == nil {
		f.err = errForm
	}
	f.in = ""
}
