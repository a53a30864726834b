package essay

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"studyguide/internal/control"
)

func embedded(t *testing.T) *Corpus {
	t.Helper()
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func passage(t *testing.T, c *Corpus, ref string) *Passage {
	t.Helper()
	p, err := c.Lookup(ref)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEssayParagraphsAndNotes(t *testing.T) {
	c := embedded(t)
	var paras, notes []int
	for _, p := range c.Passages {
		if p.Ref.Kind == Note {
			notes = append(notes, p.Ref.N)
		} else {
			paras = append(paras, p.Ref.N)
		}
	}
	if len(paras) != 15 || paras[0] != 49 || paras[14] != 63 {
		t.Errorf("paragraphs = %v, want ¶49 to ¶63", paras)
	}
	for i, n := range notes {
		if n != i+1 {
			t.Fatalf("notes = %v, want 1 to 15 in order", notes)
		}
	}
	if len(notes) != 15 {
		t.Errorf("got %d notes, want 15", len(notes))
	}
}

func TestEssayFirstBlockDropsNumberAndIndent(t *testing.T) {
	p := passage(t, embedded(t), "¶53")
	if !strings.HasPrefix(p.Blocks[0], "One point will strike") {
		t.Errorf("¶53 starts %q", p.Blocks[0][:30])
	}
	if strings.ContainsRune(p.Text(), '\u00a0') {
		t.Error("¶53 keeps non-breaking spaces")
	}
}

func TestEssayParagraph56Questions(t *testing.T) {
	p := passage(t, embedded(t), "56")
	if len(p.Blocks) != 3 {
		t.Fatalf("¶56 has %d blocks, want the opening and two blocks of questions", len(p.Blocks))
	}
	qs := p.Questions()
	if len(qs) != 6 {
		t.Fatalf("¶56 has %d questions, want 6: %+v", len(qs), qs)
	}
	if !strings.HasPrefix(qs[0].Text, `What form can "democracy" take`) || qs[0].Block != 1 {
		t.Errorf("first question = %+v", qs[0])
	}
	if !strings.HasPrefix(qs[3].Text, "What is the proper role of a communist party") || qs[3].Block != 2 {
		t.Errorf("fourth question = %+v", qs[3])
	}
	if !strings.HasSuffix(qs[5].Text, "in contradiction with these goals?") {
		t.Errorf("last question = %q", qs[5].Text)
	}
}

func TestEssayParagraph57Continuations(t *testing.T) {
	p := passage(t, embedded(t), "¶57")
	if len(p.Blocks) != 4 {
		t.Fatalf("¶57 has %d blocks, want its opening and three continuation blocks", len(p.Blocks))
	}
	for i, start := range []string{"Once we question", "The term \"bureaucratism\"", "The Bolsheviks generally", "What does \"inner-party democracy\""} {
		if !strings.HasPrefix(p.Blocks[i], start) {
			t.Errorf("¶57 block %d starts %q, want %q", i, p.Blocks[i][:20], start)
		}
	}
}

func TestEssayNoteMarkerLinksParagraph55ToNote15(t *testing.T) {
	c := embedded(t)
	p55 := passage(t, c, "¶55")
	if len(p55.Notes) != 1 || p55.Notes[0] != 15 {
		t.Errorf("¶55 marks notes %v, want [15]", p55.Notes)
	}
	n15 := passage(t, c, "n15")
	if len(n15.CitedBy) != 1 || n15.CitedBy[0] != (Ref{Kind: Paragraph, N: 55}) {
		t.Errorf("note 15 is cited by %v, want ¶55", n15.CitedBy)
	}
	found := false
	for _, s := range p55.Sentences {
		if s.Note == 15 {
			found = s.Text == `Throughout his life he condemned the "cult" many times.`
		}
	}
	if !found {
		t.Error(`the sentence "... many times." does not carry the marker of note 15`)
	}
}

func TestEssayHeadingsAreSectionsNotPassages(t *testing.T) {
	c := embedded(t)
	src := c.Sources[0]
	want := []string{"Conclusions and Future Research", "Supplemental Bibliography for Part Two"}
	if strings.Join(src.Sections, "|") != strings.Join(want, "|") {
		t.Errorf("sections = %q, want %q", src.Sections, want)
	}
	for _, p := range c.Passages {
		if strings.Contains(p.Text(), "Supplemental Bibliography") || strings.Contains(p.Text(), "Click here") {
			t.Errorf("%s holds back matter: %q", p.Ref, p.Text())
		}
	}
	if passage(t, c, "¶49").Section != "Conclusions and Future Research" {
		t.Error("¶49 is not under its heading")
	}
}

func TestEssayQuestionsAllHaveRefs(t *testing.T) {
	qs := embedded(t).Questions()
	n56 := 0
	for _, q := range qs {
		if !strings.HasSuffix(strings.TrimRight(q.Text, `"'`), "?") {
			t.Errorf("%s: %q is not a question", q.Ref, q.Text)
		}
		if q.Ref.String() == "¶56" {
			n56++
		}
	}
	if n56 != 6 {
		t.Errorf("%d questions with ref ¶56, want 6", n56)
	}
}

func TestParseUnnumberedTextIsNumberedInOrder(t *testing.T) {
	src, err := Parse("plain", []byte("A Title\n\nFirst paragraph, hard\nwrapped over lines.\n\nSecond one? Yes.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Passages) != 2 {
		t.Fatalf("got %d passages, want 2", len(src.Passages))
	}
	if src.Passages[0].Ref.N != 1 || src.Passages[0].Text() != "First paragraph, hard wrapped over lines." {
		t.Errorf("first passage = %s %q", src.Passages[0].Ref, src.Passages[0].Text())
	}
	if src.Passages[1].Ref.N != 2 || len(src.Passages[1].Questions()) != 1 {
		t.Errorf("second passage = %+v", src.Passages[1])
	}
	if len(src.Sections) != 1 || src.Sections[0] != "A Title" {
		t.Errorf("sections = %q", src.Sections)
	}
}

func TestParseNumbersPast9999(t *testing.T) {
	src, err := Parse("reader", []byte("9999. One more.\n\n10000. Then this.\n\n10001. And this.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range src.Passages {
		got = append(got, p.Ref.String()+" "+p.Text())
	}
	want := []string{"¶9999 One more.", "¶10000 Then this.", "¶10001 And this."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("passages = %q, want %q", got, want)
	}
}

func TestParseWindowsLineEndingsAndBOM(t *testing.T) {
	src, err := Parse("win", []byte("\xef\xbb\xbf1. First.\r\n\r\n2. Second.\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Passages) != 2 || src.Passages[1].Text() != "Second." {
		t.Errorf("got %+v", src.Passages)
	}
}

func TestParseRefusesBadInput(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "no text"},
		{"whitespace", " \n\t\n", "no text"},
		{"binary", "1. a\x00b", "binary"},
		{"invalid UTF-8", "1. Fine.\n\n2. Bad \xff here.", "invalid UTF-8 at line 3"},
		{"duplicate paragraph", "1. One.\n\n1. Again.", "¶1 appears twice"},
		{"duplicate note", "1. One.\n\n\n1 A note.\n\n1 Again.", "note 1 appears twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x", []byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%q) error = %v, want it to say %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestParseMarkerWithoutNoteIsAWarning(t *testing.T) {
	src, err := Parse("x", []byte("1. It happened often.7 Then it stopped.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], "note 7") {
		t.Errorf("warnings = %q, want one about note 7", src.Warnings)
	}
}

func TestParseRef(t *testing.T) {
	tests := map[string]string{
		"¶56": "¶56", "56": "¶56", " ¶ 56 ": "¶56", "[¶53]": "¶53", "para 3": "¶3",
		"note 15": "note 15", "n15": "note 15", "N15": "note 15", "(note 15)": "note 15",
		"reader ¶3": "reader ¶3", "reader note 2": "reader note 2",
		// Source names that look like keywords or brackets keep their name.
		"note ¶3": "note ¶3", "chapter note ¶16": "chapter-note ¶16",
		"[draft] note 8": "draft note 8", "(x note 6": "x note 6", "[[draft] ¶2]": "draft ¶2",
		// A source typed by its file name is read as its slug.
		"my reader ¶3": "my-reader ¶3", "a, b] ¶ c ¶3": "a-b-c ¶3",
		// A section qualifies the number when the text's numbering restarts.
		"No. 10 ¶3": "No. 10 ¶3", "Amendment XIV ¶1": "Amendment XIV ¶1",
		"federalist No. 6 note 11": "federalist No. 6 note 11", "[reader Article II ¶4]": "reader Article II ¶4",
		// A section whose heading repeats is counted.
		"No. 70 (2) ¶3": "No. 70 (2) ¶3", "[federalist No. 70 (2) note 1]": "federalist No. 70 (2) note 1",
		"(Article II (13) ¶4)": "Article II (13) ¶4",
		// A text numbered by sections names its paragraphs by them.
		"Sect. 97": "¶97", "section 97": "¶97", "§97": "¶97", "§ 97": "¶97",
		"Article I Section 2": "Article I ¶2",
	}
	for in, want := range tests {
		ref, err := ParseRef(in)
		if err != nil || ref.String() != want {
			t.Errorf("ParseRef(%q) = %v, %v; want %s", in, ref, err, want)
		}
	}
	for _, bad := range []string{"", "¶", "abc", "¶0", "note", "¶-3", "x¶3y", "¶ ¶5"} {
		if _, err := ParseRef(bad); !errors.Is(err, ErrBadRef) {
			t.Errorf("ParseRef(%q) error = %v, want ErrBadRef", bad, err)
		}
	}
}

func TestLoadFolderNamesEachSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("alpha.txt", "1. Alpha one.\n\n2. Alpha two.\n")
	write("beta.txt", "1. Beta one.\n")
	write("beta.json", `{"title": "Beta", "author": "B. Writer"}`)
	write("ignored.pdf", "not text")
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) != 2 || c.Sources[1].Meta.Author != "B. Writer" {
		t.Fatalf("sources = %+v", c.Sources)
	}
	if c.Passages[2].Ref.String() != "beta ¶1" {
		t.Errorf("third passage is %s, want beta ¶1", c.Passages[2].Ref)
	}
	if p, err := c.Lookup("beta ¶1"); err != nil || p.Text() != "Beta one." {
		t.Errorf("Lookup(beta ¶1) = %v, %v", p, err)
	}
	if _, err := c.Lookup("¶1"); err == nil {
		t.Error("¶1 is ambiguous across two sources but was found")
	}
	if p, err := c.Lookup("¶2"); err != nil || p.Ref.Source != "alpha" {
		t.Errorf("¶2 exists only in alpha; got %v, %v", p, err)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "no .txt") {
		t.Errorf("empty folder: %v", err)
	}
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	if _, err := Load(empty); err == nil || !strings.Contains(err.Error(), "empty.txt: no text") {
		t.Errorf("empty file: %v", err)
	}
	// A device would be read forever; a FIFO would block.
	if _, err := Load(os.DevNull); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("device: %v", err)
	}
}

func TestHashChangesWithText(t *testing.T) {
	a := newCorpus([]*Source{{Name: "x"}}, [][]byte{[]byte("1. A.")})
	b := newCorpus([]*Source{{Name: "x"}}, [][]byte{[]byte("1. B.")})
	if a.Hash == b.Hash {
		t.Error("different texts share a hash")
	}
}

func TestParseZeroIsNotAPassageNumber(t *testing.T) {
	src, err := Parse("x", []byte("0. Zero is text.\n\n1. One.\n\n2. Two.\n\n007. Padded is text too.\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := src.Passages[1]
	if len(src.Passages) != 2 || p.Ref.N != 2 || p.Text() != "Two.\n\n007. Padded is text too." {
		t.Errorf("passages = %+v", src.Passages)
	}
	if len(src.Skipped) != 1 || !strings.Contains(src.Skipped[0], "0. Zero is text.") {
		t.Errorf("skipped = %q, want the block before ¶1", src.Skipped)
	}
}

func TestParseNotesMarkNoNotes(t *testing.T) {
	src, err := Parse("x", []byte("1. Body.1\n\n1 Smith, Moscow, 2002.1\n"))
	if err != nil {
		t.Fatal(err)
	}
	note := src.Passages[1]
	if note.Ref.Kind != Note || len(note.Sentences) != 1 || note.Sentences[0].Note != 0 {
		t.Errorf("note = %+v, want one sentence that marks no note", note)
	}
	if len(note.CitedBy) != 1 || note.CitedBy[0].N != 1 {
		t.Errorf("note 1 cited by %v, want ¶1", note.CitedBy)
	}
}

func TestParseStripsEscapeSequences(t *testing.T) {
	src, err := Parse("x", []byte("Title \x1b]0;pwned\x07Here\n\n1. Stalin was \x1b[31mred\x1b[0m and\x07 the\fleaders\u202e agreed?\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := src.Passages[0]
	if p.Text() != "Stalin was red and the leaders agreed?" || p.Sentences[0].Text != p.Text() {
		t.Errorf("passage = %q, sentences %+v", p.Text(), p.Sentences)
	}
	if len(src.Sections) != 1 || src.Sections[0] != "Title Here" {
		t.Errorf("sections = %q", src.Sections)
	}
	if len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], "escape sequences") {
		t.Errorf("warnings = %q", src.Warnings)
	}
	if _, err := Parse("x", []byte("\x1b[2J\x07\n")); !errors.Is(err, ErrNoText) {
		t.Errorf("a file of escape sequences only: %v, want ErrNoText", err)
	}
}

func TestParseTitlesOnlyIsNoText(t *testing.T) {
	_, err := Parse("x", []byte("Chapter One\n\nChapter Two\n"))
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "title") {
		t.Errorf("error = %v", err)
	}
}

// BenchmarkParseHardWrapped parses one paragraph hard-wrapped over 20,000
// lines, which once took time quadratic in its length.
func BenchmarkParseHardWrapped(b *testing.B) {
	line := "Stalin was stymied by the other Party leaders, and this line wraps here"
	data := []byte("1. " + strings.Repeat(line+"\n", 20000))
	for b.Loop() {
		if _, err := Parse("wrapped", data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMayHoldControls checks the parser's quick test against
// control.Strip for every character: whatever Strip removes or changes,
// the quick test must flag.
func TestMayHoldControls(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		s := "a" + string(r) + "b"
		if control.Strip(s) != s && !mayHoldControls(s) {
			t.Errorf("U+%04X: Strip changes it, mayHoldControls says no", r)
		}
	}
	if mayHoldControls("plain ¶53 “quote” — and\tmore\r\n") {
		t.Error("flags plain text with typographic quotes")
	}
}

// numberedRe says what numberOf reads: a paragraph's number as the text
// writes it, "12." or "Section 3.", then white space and the text.
var numberedRe = regexp.MustCompile(`^((?:(?:Section|SECTION|Sect?\.|SECT?\.|§)\.?\s*)?([1-9]\d{0,5})\.)\s+(\S.*)$`)

// TestNumberOfMatchesNumberedRe checks that numberOf reads what numberedRe
// matches, on the shapes a block may start with.
func TestNumberOfMatchesNumberedRe(t *testing.T) {
	var inputs []string
	for _, head := range []string{"", "Section", "SECTION", "Sect.", "Sec.", "SECT.", "SEC.", "§", "Sect", "Section.", "Secti"} {
		for _, gap := range []string{"", " ", "  ", "\t", ". "} {
			for _, num := range []string{"1", "12", "0", "07", "123456", "1234567", "9"} {
				for _, tail := range []string{". Text here.", ".Text", ". ", ".", " Text", ".  Two spaces", ".\tTab", ". a\nb", ". ¶ rest", ""} {
					inputs = append(inputs, head+gap+num+tail)
				}
			}
		}
	}
	for _, in := range inputs {
		want := numberedRe.FindStringSubmatch(in)
		if got := numberOf(in); strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("numberOf(%q) = %q, numberedRe gives %q", in, got, want)
		}
	}
}

// TestAppendWordsJoinsFields checks that appendWords joins a line's words
// as strings.Fields splits them.
func TestAppendWordsJoinsFields(t *testing.T) {
	for _, line := range []string{"one", "one two", "one  two", "one\ttwo", "one \t two", "a\u00a0b", "a \u3000 b", "a\u2003b c", "é ü  ß", "x\u0085y", "“quoted”  — dash"} {
		want := strings.Join(strings.Fields(line), " ")
		var b strings.Builder
		b.WriteString("pre")
		if appendWords(&b, line, false); b.String() != "pre "+want {
			t.Errorf("appendWords(%q) = %q, want %q", line, b.String(), "pre "+want)
		}
		if singleSpaced(line) != (line == want) {
			t.Errorf("singleSpaced(%q) = %v", line, !(line == want))
		}
	}
}

func TestSuperDigits(t *testing.T) {
	for s, want := range map[string]int{"¹": 1, "¹⁵": 15, "²⁰³": 203, "⁹⁴": 94, "⁰": 0, "³⁸": 38, "1": 0, "¹x": 0, "": 0} {
		if got := superDigits(s); got != want {
			t.Errorf("superDigits(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestSectionNumeralIsNoWordOfTheText loads Goldman's Afterword, whose
// conversion set its section numerals on the paragraphs' first lines
// ("III It is now clear why ..."): the guide quoted "III" as the
// author's first word. Gibbon's "III. Cold, poverty, ...", a point he
// numbers with a stop, stays his text.
func TestSectionNumeralIsNoWordOfTheText(t *testing.T) {
	opens := map[string]map[string]string{
		"goldman-kronstadt.md": {
			"¶41": `The "new economic policy" came as a surprise`,
			"¶51": "It is now clear why the Russian Revolution",
			"¶65": "In the previous pages I have tried",
		},
		"gibbon-general-observations.md": {
			"¶6": "I. The Romans were ignorant",
			"¶8": "III. Cold, poverty, and a life of danger",
		},
	}
	for file, want := range opens {
		c, err := Load(filepath.Join("testdata", "texts", file))
		if err != nil {
			t.Fatal(err)
		}
		for ref, words := range want {
			p, err := c.Lookup(ref)
			if err != nil {
				t.Errorf("%s: %v", file, err)
				continue
			}
			if got := p.Sentences[0].Text; !strings.HasPrefix(got, words) {
				t.Errorf("%s %s opens %.60q, want %q", file, ref, got, words)
			}
		}
	}
}
