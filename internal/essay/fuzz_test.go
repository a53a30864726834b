package essay

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"studyguide/internal/control"
	"studyguide/internal/sentence"
)

// FuzzParse feeds arbitrary bytes to the parser. Whatever it accepts must
// be a corpus every other package can trust: unique refs that look up and
// round-trip, whitespace-normalized blocks free of escape sequences,
// sentences that stand verbatim in their block, note links that point both
// ways, and every word of the input kept. Whatever it refuses gets a
// one-line error.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"# Title: T\n## Author: A\n\n# One\n\nText[^1] here.\n\n- a list\n- item\n\n[^1]: The note.\n",
		"*** START OF THE PROJECT GUTENBERG EBOOK X ***\r\nFEDERALIST No. 1\r\n\r\nBody.1 More text.\r\n\r\n1 A note.\r\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\r\nlicense",
		"Article I\n\nSection 1. One.\n\nSection 2. Two.\n\nArticle II\n\nSection 1. Again.\n",
		"Title\r\rFirst, wrapped\rline.\r\r    He has refused his Assent to Laws, the most\r    wholesome and necessary.\r",
		"Body with a mark.[1] And one¹ more.\n\nNotes\n\n1. The first.\n\n[2] The second.\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Parse("fuzz", data)
		if err != nil {
			if src != nil {
				t.Fatalf("Parse returned a source with error %v", err)
			}
			if msg := err.Error(); msg == "" || strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("error is not one line: %q", msg)
			}
			return
		}
		checkSource(t, src, data)
		checkNothingLost(t, src, data)
	})
}

// checkNothingLost checks that every word of a plain-text input is kept:
// in a passage (with the number that starts it), a section title or the
// list of skipped blocks. Markdown markup and a Project Gutenberg frame are
// left out on purpose, so those inputs are not checked.
func checkNothingLost(t *testing.T, src *Source, data []byte) {
	t.Helper()
	lines, _, err := decode(data)
	if err != nil {
		t.Fatalf("Parse accepted what decode refuses: %v", err)
	}
	if src.Markdown || len(src.Omitted) > 0 && strings.Contains(src.Omitted[0], "Gutenberg") {
		return
	}
	var kept []string
	for _, p := range src.Passages {
		var words []string
		for _, b := range p.Blocks {
			words = append(words, strings.Fields(b)...)
		}
		prefix := strings.Fields(p.prefix)
		// A note's mark may stand against its text ("¹See"): then the
		// mark and the first word were one word of the input.
		if line := strings.TrimSpace(lines[p.Line-1]); len(prefix) > 0 && len(words) > 0 && strings.HasPrefix(line, p.prefix+words[0]) {
			words[0] = prefix[len(prefix)-1] + words[0]
			prefix = prefix[:len(prefix)-1]
		}
		kept = append(append(kept, prefix...), words...)
	}
	for _, s := range src.Sections {
		kept = append(kept, strings.Fields(s)...)
	}
	for _, s := range src.Skipped {
		_, rest, _ := strings.Cut(s, ": ")
		kept = append(kept, strings.Fields(rest)...)
	}
	in := strings.Fields(strings.Join(lines, "\n"))
	sort.Strings(in)
	sort.Strings(kept)
	if strings.Join(in, " ") != strings.Join(kept, " ") {
		t.Fatalf("words in and words kept differ:\n in:   %q\n kept: %q", in, kept)
	}
}

func checkSource(t *testing.T, src *Source, data []byte) {
	t.Helper()
	if len(src.Passages) == 0 {
		t.Fatal("Parse accepted text without passages")
	}
	lines := countLineBreaks(data) + 1
	c := newCorpus([]*Source{src}, [][]byte{data})
	byRef := map[Ref]*Passage{}
	for _, p := range src.Passages {
		if byRef[p.Ref] != nil {
			t.Fatalf("%s appears twice", p.Ref)
		}
		byRef[p.Ref] = p
		if p.Ref.N <= 0 || p.Ref.Source != "" || p.Line < 1 || p.Line > lines {
			t.Fatalf("bad passage header: %+v", p)
		}
		if got, err := ParseRef(p.Ref.String()); err != nil || got != p.Ref {
			t.Fatalf("ref %s does not round-trip: %v, %v", p.Ref, got, err)
		}
		if found, err := c.Lookup(p.Ref.String()); err != nil || found != p {
			t.Fatalf("Lookup(%s) = %v, %v", p.Ref, found, err)
		}
		checkBlocks(t, p)
	}
	for _, p := range src.Passages {
		for _, n := range p.Notes {
			note := byRef[p.NoteRef(n)]
			if note == nil || !containsRef(note.CitedBy, p.Ref) {
				t.Fatalf("%s marks note %d, which does not link back", p.Ref, n)
			}
		}
		for _, r := range p.CitedBy {
			if para := byRef[r]; r.Kind != Paragraph || para == nil || !containsInt(para.Notes, p.Ref.N) || para.NoteRef(p.Ref.N) != p.Ref {
				t.Fatalf("%s is cited by %s, which does not mark it", p.Ref, r)
			}
		}
	}
}

// checkBlocks checks that a passage's blocks are normalized text and that
// its sentences are verbatim, in order, from them.
func checkBlocks(t *testing.T, p *Passage) {
	t.Helper()
	if len(p.Blocks) == 0 {
		t.Fatalf("%s has no blocks", p.Ref)
	}
	for _, b := range p.Blocks {
		if b == "" || !utf8.ValidString(b) || strings.Join(strings.Fields(b), " ") != b || control.Strip(b) != b {
			t.Fatalf("%s has a block that is not normalized text: %q", p.Ref, b)
		}
	}
	block, from := 0, 0
	for _, s := range p.Sentences {
		if s.Block < block || s.Block >= len(p.Blocks) {
			t.Fatalf("%s: sentence %q has block %d of %d, out of order", p.Ref, s.Text, s.Block, len(p.Blocks))
		}
		if s.Block != block {
			block, from = s.Block, 0
		}
		i := strings.Index(p.Blocks[block][from:], s.Text)
		if s.Text == "" || i < 0 {
			t.Fatalf("%s: sentence %q is not verbatim in block %q after byte %d", p.Ref, s.Text, p.Blocks[block], from)
		}
		from += i + len(s.Text)
		if s.Text != strings.TrimSpace(s.Text) || s.Question != sentence.IsQuestion(s.Text) {
			t.Fatalf("%s: sentence %+v is untrimmed or misclassified", p.Ref, s)
		}
		if s.Note != 0 && (p.Ref.Kind != Paragraph || !containsInt(p.Notes, s.Note)) {
			t.Fatalf("%s: sentence marks note %d, which is not linked", p.Ref, s.Note)
		}
	}
}

func containsRef(refs []Ref, r Ref) bool {
	for _, x := range refs {
		if x == r {
			return true
		}
	}
	return false
}

func containsInt(ns []int, n int) bool {
	for _, x := range ns {
		if x == n {
			return true
		}
	}
	return false
}

// FuzzParseRef checks that every ref ParseRef accepts is printed by String
// and Marker in a form it reads back as the same ref, and that every ref a
// corpus can hold (a source named after its file, a kind, a number) reads
// back from its String.
//
//   - s: text a user or a model may write as a ref.
//   - file: a corpus file's name, whose source name qualifies the ref.
//   - n, note: the ref's number and kind.
func FuzzParseRef(f *testing.F) {
	f.Add("No. 10 ¶3", "my reader, part [1] ¶.txt", uint32(3), false)
	f.Add("FEDERALIST No. 6", "\x1b[31mred.md", uint32(11), true)
	f.Add("reader Amendment XIV note 2", "a b.txt", uint32(2), true)
	f.Add("[No. 70 (2) ¶3]", "federalist.txt", uint32(4), false)
	f.Fuzz(func(t *testing.T, s, file string, n uint32, note bool) {
		r, err := ParseRef(s)
		if err != nil {
			if !errors.Is(err, ErrBadRef) {
				t.Fatalf("ParseRef(%q) error %v is not ErrBadRef", s, err)
			}
		} else {
			if r.N <= 0 || (r.Kind != Paragraph && r.Kind != Note) || r.Source != strings.TrimSpace(r.Source) {
				t.Fatalf("ParseRef(%q) = %#v", s, r)
			}
			for _, form := range []string{r.String(), r.Marker()} {
				if back, err := ParseRef(form); err != nil || back != r {
					t.Fatalf("ParseRef(%q) = %#v; its form %q reads back as %#v, %v", s, r, form, back, err)
				}
			}
		}
		name := sourceName(file)
		if name == "" || !utf8.ValidString(name) {
			return
		}
		kind := Paragraph
		if note {
			kind = Note
		}
		want := Ref{Source: name, Kind: kind, N: int(n%999_999) + 1}
		if back, err := ParseRef(want.String()); err != nil || back != want {
			t.Fatalf("ref %#v prints as %q, which reads back as %#v, %v", want, want.String(), back, err)
		}
		// A section label the parser gives a heading, with or without the
		// source and the count of a heading that repeats, reads back too,
		// as a marker and as an anchor's form.
		if label := designator(s); label != "" {
			for _, src := range []string{"", name} {
				label := label
				if n%2 == 0 {
					label += " (" + strconv.Itoa(int(n%998)+2) + ")"
				}
				want := Ref{Source: src, Section: label, Kind: kind, N: int(n%999_999) + 1}
				for _, form := range []string{want.String(), want.Marker()} {
					if back, err := ParseRef(form); err != nil || back != want {
						t.Fatalf("ref %#v prints as %q, which reads back as %#v, %v", want, form, back, err)
					}
				}
			}
		}
	})
}
