package essay

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// omittedRe reads the lines an omission accounts for: "lines 1-24: ..."
// or "line 7: ...".
var omittedRe = regexp.MustCompile(`^lines? (\d+)(?:-(\d+))?: `)

// markupRe finds what Markdown writes that is no word of the text: a
// figure ("![Fig. 1](fig01.png)", left out whole: it is no paragraph), a
// link's address, a footnote's label ("[^longnote]", numbered in the
// text), an HTML comment, emphasis marks and "&nbsp;" (read as a
// space).
var markupRe = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|\[\^[^\]]*\]|<!--.*?-->|[*_]`)

// wordsOf returns the lowercased runs of letters and digits in s.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// lostWords returns the words of a source's text, as "line:word", that
// no passage, section title, title, author or year holds, on no line an
// omission accounts for nor in what it says it left out ("and after it
// ..."), and in no short skipped block
// (a signature, a dateline, a salutation, a metadata line: "Skipped N
// blocks" in the index report). A paragraph or a note skipped, or lost
// without even that, shows here.
func lostWords(src *Source, data []byte) []string {
	kept := map[string]bool{}
	keep := func(s string) {
		for _, w := range wordsOf(markupRe.ReplaceAllString(s, "")) {
			kept[w] = true
		}
	}
	for _, p := range src.Passages {
		keep(p.prefix)
		keep(p.Text())
	}
	for _, s := range src.Sections {
		keep(s)
	}
	keep(src.Meta.Title + " " + src.Meta.Author + " " + strconv.Itoa(src.Meta.Year))
	for _, s := range src.Skipped {
		if _, text, _ := strings.Cut(s, ": "); len(strings.Fields(text)) <= 12 {
			keep(text)
		}
	}
	omitted := map[int]bool{}
	for _, o := range src.Omitted {
		keep(o)
		m := omittedRe.FindStringSubmatch(o)
		if m == nil {
			continue
		}
		from, _ := strconv.Atoi(m[1])
		to := from
		if m[2] != "" {
			to, _ = strconv.Atoi(m[2])
		}
		for l := from; l <= to; l++ {
			omitted[l] = true
		}
	}
	var lost []string
	for i, line := range strings.Split(string(data), "\n") {
		if omitted[i+1] {
			continue
		}
		line = html.UnescapeString(strings.ReplaceAll(line, "&nbsp;", " "))
		for _, w := range wordsOf(markupRe.ReplaceAllString(line, "")) {
			if !kept[w] {
				lost = append(lost, strconv.Itoa(i+1)+":"+w)
			}
		}
	}
	return lost
}

// TestRealTextsLoseNoText checks that every word of each real text is
// kept, or left out with a reason: a note or a paragraph the parser
// cannot place is read as text, never dropped without a word.
func TestRealTextsLoseNoText(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "texts", "*.*"))
	if err != nil || len(files) < 15 {
		t.Fatalf("texts: %v, %v", files, err)
	}
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			c, err := Load(f)
			if err != nil {
				t.Fatal(err)
			}
			if lost := lostWords(c.Sources[0], data); len(lost) > 0 {
				t.Errorf("%d words lost, as line:word: %v", len(lost), lost[:min(len(lost), 40)])
			}
		})
	}
}

// TestLostWordsFindsADroppedNote checks that the check above can fail: a
// note the parser dropped is found.
func TestLostWordsFindsADroppedNote(t *testing.T) {
	data := []byte("# A Title\n\n## Part\n\nFirst paragraph says a thing.[1] It goes on.\n\n## Notes\n\n1. The note text that explains the thing.\n")
	src, err := ParseMarkdown("x", data)
	if err != nil {
		t.Fatal(err)
	}
	if lost := lostWords(src, data); len(lost) > 0 {
		t.Errorf("lost %v", lost)
	}
	src.Passages = src.Passages[:1]
	if lost := strings.Join(lostWords(src, data), " "); !strings.Contains(lost, "9:explains") {
		t.Errorf("lost %q, want the note's own words", lost)
	}
}
