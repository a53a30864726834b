package essay

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"studyguide/corpus"
)

// parserVersion changes whenever Parse would split the same text
// differently, so that saved indexes built from the old split are rebuilt.
const parserVersion = "essay-parser/16"

// maxFileSize bounds one source file; larger files are refused rather than
// read whole into memory.
const maxFileSize = 64 << 20

// DefaultMaxCorpus bounds the text of a whole corpus (a folder of files),
// which is read into memory and indexed: the index of a corpus takes many
// times its size.
const DefaultMaxCorpus = 128 << 20

// MaxCorpusHint names what raises the bound on a corpus's size, for the
// error that names the bound.
var MaxCorpusHint = "$STUDYGUIDE_MAX_CORPUS_MB"

// Corpus is every passage of one or more sources, in reading order.
type Corpus struct {
	Sources  []*Source
	Passages []*Passage
	// Hash identifies the corpus's content and the parser that split it.
	Hash  string
	byRef map[Ref]*Passage
	// from is the file or folder Load read; empty for the built-in essay.
	from string
}

// Embedded returns the essay built into the binary.
func Embedded() (*Corpus, error) {
	src, err := embeddedSource()
	if err != nil {
		return nil, fmt.Errorf("embedded essay: %w", err)
	}
	src.File = "essay.txt (built in)"
	src.MetaFile = "essay.json (built in)"
	if err := json.Unmarshal(corpus.Meta, &src.Meta); err != nil {
		return nil, fmt.Errorf("embedded essay metadata: %w", err)
	}
	return newCorpus([]*Source{src}, [][]byte{corpus.Essay}), nil
}

// Load reads a corpus from a UTF-8 text file or from a folder of them
// (files ending in .txt, .md, .markdown or .text, in name order), of at
// most DefaultMaxCorpus bytes in all. A file "x.json" beside "x.txt" gives
// its metadata, over what the text states.
func Load(path string) (*Corpus, error) {
	return LoadLimit(path, DefaultMaxCorpus)
}

// LoadLimit is Load with a bound on the corpus's total size in bytes.
func LoadLimit(path string, maxBytes int64) (*Corpus, error) {
	if strings.TrimSpace(path) == "" {
		return nil, errors.New("corpus path is empty")
	}
	files, err := textFiles(path)
	if err != nil {
		return nil, err
	}
	if err := checkTotal(path, files, maxBytes); err != nil {
		return nil, err
	}
	var sources []*Source
	var datas [][]byte
	for _, f := range files {
		src, data, err := loadFile(f)
		if err != nil {
			return nil, err
		}
		sources = append(sources, src)
		datas = append(datas, data)
	}
	nameSources(sources)
	c := newCorpus(sources, datas)
	c.from = path
	return c, nil
}

// checkTotal refuses a corpus whose files hold more than maxBytes in all,
// before any is read.
func checkTotal(path string, files []string, maxBytes int64) error {
	var total int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			total += info.Size()
		}
	}
	if maxBytes > 0 && total > maxBytes {
		return fmt.Errorf("%s: the corpus holds %s of text, over the limit of %s (raise it with %s)",
			path, megabytes(total), megabytes(maxBytes), MaxCorpusHint)
	}
	return nil
}

func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d MB", (n+(1<<20)-1)>>20)
}

// nameSources gives every source a distinct name: two files whose names
// slug alike ("a b.txt", "a-b.txt") are told apart by a number.
func nameSources(sources []*Source) {
	seen := map[string]bool{}
	for i, src := range sources {
		name := src.Name
		if name == "" {
			name = fmt.Sprintf("source%d", i+1)
		}
		for k := 2; seen[strings.ToLower(name)]; k++ {
			name = fmt.Sprintf("%s-%d", src.Name, k)
		}
		seen[strings.ToLower(name)] = true
		src.Name = name
	}
}

func textFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file or folder", path)
		}
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && isText(e.Name()) {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .txt, .md, .markdown or .text files in this folder", path)
	}
	return files, nil
}

// isText reports whether a folder's file is one of its texts, by its
// extension.
func isText(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text"
}

func loadFile(file string) (*Source, []byte, error) {
	data, err := readText(file)
	if err != nil {
		return nil, nil, err
	}
	parse := Parse
	if ext := strings.ToLower(filepath.Ext(file)); ext == ".md" || ext == ".markdown" {
		parse = ParseMarkdown
	}
	src, err := parse(sourceName(file), data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	src.File = file
	if meta, err := os.ReadFile(metaFile(file)); err == nil {
		var over Meta
		if err := json.Unmarshal(meta, &over); err != nil {
			return nil, nil, fmt.Errorf("%s: metadata: %w", file, err)
		}
		src.Meta = overlay(src.Meta, over)
		src.MetaFile = metaFile(file)
	}
	return src, data, nil
}

// overlay returns the metadata the text states with every field the user
// set in name.json put over it.
func overlay(stated, set Meta) Meta {
	if set.Title != "" {
		stated.Title = set.Title
	}
	if set.Author != "" {
		stated.Author = set.Author
	}
	if set.Year != 0 {
		stated.Year = set.Year
	}
	if set.Pronoun != "" {
		stated.Pronoun = set.Pronoun
	}
	if set.Kind != "" {
		stated.Kind = set.Kind
	}
	if set.Caveat != "" {
		stated.Caveat = set.Caveat
	}
	return stated
}

// readText reads a regular file of at most maxFileSize bytes. A device or
// a pipe ("/dev/zero", a FIFO) is refused: reading it could block forever
// or never end.
func readText(file string) ([]byte, error) {
	// Stat before opening: opening a FIFO blocks until someone writes.
	info, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", file)
	}
	tooBig := fmt.Errorf("%s: file is larger than the limit of %d MB", file, maxFileSize>>20)
	if info.Size() > maxFileSize {
		return nil, tooBig
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The size can change between Stat and reading: read one byte more
	// than the limit to notice.
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(data) > maxFileSize {
		return nil, tooBig
	}
	return data, nil
}

// sourceName names a source after its file: the base name without its
// extension, as a slug, so that the name reads back from a ref whatever
// the file is called ("my reader.txt" gives "my-reader ¶3").
func sourceName(file string) string {
	base := filepath.Base(file)
	return Slug(strings.TrimSuffix(base, filepath.Ext(base)))
}

// newCorpus joins sources; with more than one, every ref names its source.
func newCorpus(sources []*Source, datas [][]byte) *Corpus {
	c := &Corpus{Sources: sources, byRef: map[Ref]*Passage{}}
	h := sha256.New()
	h.Write([]byte(parserVersion))
	for i, src := range sources {
		fmt.Fprintf(h, "\x00%s\x00%d\x00", src.Name, len(datas[i]))
		h.Write(datas[i])
		// Metadata shapes what the tool says of a text, so it is part of
		// the corpus's identity as much as the text is.
		meta, _ := json.Marshal(src.Meta)
		h.Write(meta)
		for _, p := range src.Passages {
			if len(sources) > 1 {
				qualify(p, src.Name)
			}
			c.Passages = append(c.Passages, p)
			c.byRef[p.Ref] = p
		}
	}
	c.Hash = hex.EncodeToString(h.Sum(nil))
	return c
}

func qualify(p *Passage, source string) {
	p.Ref.Source = source
	for i := range p.CitedBy {
		p.CitedBy[i].Source = source
	}
}

// Source returns the source with the given name, matched as Passage
// matches it.
func (c *Corpus) Source(name string) (*Source, bool) {
	for _, src := range c.Sources {
		if strings.EqualFold(src.Name, Slug(name)) {
			return src, true
		}
	}
	return nil, false
}

// Passage returns the passage with the given ref. A ref without a source
// matches in a corpus of one source, or when only one source has it. A
// source is matched by its slug, whatever its case.
func (c *Corpus) Passage(ref Ref) (*Passage, bool) {
	if p, ok := c.byRef[ref]; ok {
		return p, true
	}
	if ref.Source != "" {
		for _, src := range c.Sources {
			if strings.EqualFold(src.Name, Slug(ref.Source)) && src.Name != ref.Source {
				ref.Source = src.Name
				return c.Passage(ref)
			}
		}
		return nil, false
	}
	if len(c.Sources) < 2 {
		return nil, false
	}
	var found *Passage
	for _, src := range c.Sources {
		if p, ok := c.byRef[Ref{Source: src.Name, Section: ref.Section, Kind: ref.Kind, N: ref.N}]; ok {
			if found != nil {
				return nil, false
			}
			found = p
		}
	}
	return found, found != nil
}

// Lookup parses a ref the way a user types it and returns its passage. The
// error names the refs that do exist, as a hint.
func (c *Corpus) Lookup(s string) (*Passage, error) {
	ref, err := ParseRef(s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a passage ref (try %s)", s, c.exampleRefs())
	}
	if p, ok := c.Passage(ref); ok {
		return p, nil
	}
	return nil, fmt.Errorf("no passage %s in the corpus (it has %s)", ref, c.RangeSummary())
}

// LookupAll reads one or more refs typed on one line ("¶53 ¶54",
// "note 15, ¶56") and returns their passages in the order given. The whole
// line is first read as one ref, so that a source or section written with
// spaces ("No. 10 ¶3") keeps working; otherwise each ref is the longest run
// of words, up to maxRefWords, that names a passage. The error is that of
// the first ref that names none.
func (c *Corpus) LookupAll(s string) ([]*Passage, error) {
	if p, err := c.Lookup(s); err == nil {
		return []*Passage{p}, nil
	}
	words := strings.Fields(strings.NewReplacer(",", " ", ";", " ").Replace(s))
	if len(words) == 0 {
		return nil, fmt.Errorf("%q is not a passage ref (try %s)", s, c.exampleRefs())
	}
	var out []*Passage
	for i := 0; i < len(words); {
		p, n, err := c.lookupPrefix(words[i:])
		if err != nil {
			return nil, err
		}
		out, i = append(out, p), i+n
	}
	return out, nil
}

// maxRefWords bounds a ref's words ("reader No. 10 note 2" has five), and
// so LookupAll's work on a long line.
const maxRefWords = 6

// lookupPrefix finds the longest run of words at the start of words that
// names a passage, and how many words it took. Failing that, the error is
// Lookup's for the shortest run that reads as a ref, which names the
// passage the user asked for and the corpus lacks.
func (c *Corpus) lookupPrefix(words []string) (*Passage, int, error) {
	for n := min(len(words), maxRefWords); n > 0; n-- {
		if p, err := c.Lookup(strings.Join(words[:n], " ")); err == nil {
			return p, n, nil
		}
	}
	for n := 1; n <= min(len(words), maxRefWords); n++ {
		if _, err := ParseRef(strings.Join(words[:n], " ")); err == nil {
			_, err := c.Lookup(strings.Join(words[:n], " "))
			return nil, 0, err
		}
	}
	_, err := c.Lookup(strings.Join(words, " "))
	return nil, 0, err
}

// exampleRefs names a paragraph and a note of the corpus as a user would
// type them, for hints.
func (c *Corpus) exampleRefs() string {
	var para, note *Passage
	for _, p := range c.Passages {
		if p.Ref.Kind == Paragraph && para == nil {
			para = p
		}
		if p.Ref.Kind == Note && note == nil {
			note = p
		}
	}
	var out []string
	if para != nil {
		out = append(out, para.Ref.String())
		if para.Ref.Source == "" && para.Ref.Section == "" {
			out = append(out, strconv.Itoa(para.Ref.N))
		}
	}
	if note != nil {
		out = append(out, note.Ref.String())
		if note.Ref.Source == "" && note.Ref.Section == "" {
			out = append(out, "n"+strconv.Itoa(note.Ref.N))
		}
	}
	if len(out) < 2 {
		return strings.Join(out, "")
	}
	return strings.Join(out[:len(out)-1], ", ") + " or " + out[len(out)-1]
}

// RangeSummary describes the corpus's refs briefly: "¶49–¶63 and notes 1–15".
func (c *Corpus) RangeSummary() string {
	var parts []string
	for _, src := range c.Sources {
		var paras, notes []int
		var paraRefs, noteRefs []Ref
		for _, p := range src.Passages {
			local := p.Ref
			local.Source = ""
			if p.Ref.Kind == Note {
				notes = append(notes, p.Ref.N)
				noteRefs = append(noteRefs, local)
			} else {
				paras = append(paras, p.Ref.N)
				paraRefs = append(paraRefs, local)
			}
		}
		s := span("¶", paras)
		if sectioned(paraRefs) {
			s = paraRefs[0].String() + "–" + paraRefs[len(paraRefs)-1].String()
		}
		switch {
		case sectioned(noteRefs):
			s += " and notes " + noteRefs[0].String() + "–" + noteRefs[len(noteRefs)-1].String()
		case len(notes) > 0:
			s += " and notes " + span("", notes)
		}
		if len(c.Sources) > 1 {
			s = src.Name + " " + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func sectioned(refs []Ref) bool {
	return len(refs) > 0 && refs[0].Section != ""
}

func span(prefix string, ns []int) string {
	if len(ns) == 0 {
		return "no paragraphs"
	}
	sorted := append([]int(nil), ns...)
	sort.Ints(sorted)
	lo, hi := sorted[0], sorted[len(sorted)-1]
	if lo == hi {
		return fmt.Sprintf("%s%d", prefix, lo)
	}
	return fmt.Sprintf("%s%d–%s%d", prefix, lo, prefix, hi)
}

// Questions returns every question sentence of the corpus with its ref.
func (c *Corpus) Questions() []Question {
	var qs []Question
	for _, p := range c.Passages {
		qs = append(qs, questionsOf(p)...)
	}
	return qs
}

// QuestionsOf returns the question sentences of the passage with ref, in
// order, or none when the corpus has no such passage.
func (c *Corpus) QuestionsOf(ref Ref) []Question {
	if p, ok := c.Passage(ref); ok {
		return questionsOf(p)
	}
	return nil
}

func questionsOf(p *Passage) []Question {
	var qs []Question
	for _, s := range p.Questions() {
		qs = append(qs, Question{Ref: p.Ref, Block: s.Block, Text: s.Text})
	}
	return qs
}

// Title returns the title of a single-source corpus, or a description of
// several.
func (c *Corpus) Title() string {
	if len(c.Sources) == 1 {
		if t := c.Sources[0].Meta.Title; t != "" {
			return t
		}
		return c.Sources[0].Name
	}
	return fmt.Sprintf("%d sources", len(c.Sources))
}

// Author returns the author of a single-source corpus, if known.
func (c *Corpus) Author() string {
	if len(c.Sources) == 1 {
		return c.Sources[0].Meta.Author
	}
	return ""
}
