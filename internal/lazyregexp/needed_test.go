package lazyregexp

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestNeededWords checks the words a prefilter asks for: one of an
// alternation's words, the longest part of a sequence, and none for an
// expression that can match without any word.
func TestNeededWords(t *testing.T) {
	cases := []struct {
		expr string
		want []string
	}{
		{`(?i)\bperhaps\b|\bdoubtless\b`, []string{"perhaps", "doubtless"}},
		{`\bMay\s+\d`, []string{"may"}},
		{`(?i)\bnot\b[^.;:]{1,80}\bbut\b`, []string{"not"}},
		{`(?i)(?:very )?(?:good|fine)`, []string{"good", "fine"}},
		{`\b1[0-9]{3}s?\b`, []string{"1"}},
		{`(?i)\bmaybe\b|[0-9]+`, nil},
		{`(?:abc)?`, nil},
		{`(?:abc)*x?`, nil},
		{`\b`, nil},
	}
	for _, c := range cases {
		got := needed(c.expr)
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("needed(%q) = %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestFoldMatchesAsTheRegexpPackageFolds checks letters that match an
// ASCII letter without regard to case though they are not ASCII: a
// prefilter that missed them would pass over a text the expression
// matches.
func TestFoldMatchesAsTheRegexpPackageFolds(t *testing.T) {
	for _, c := range []struct{ expr, text string }{
		{`(?i)\bmust\b`, "MUſT"},
		{`(?i)known`, "\u212Anown"},
		{`(?i)straße`, "STRASSE straẞe"},
	} {
		if got, want := New(c.expr).MatchString(c.text), regexp.MustCompile(c.expr).MatchString(c.text); got != want {
			t.Errorf("%q on %q: %v, regexp says %v", c.expr, c.text, got, want)
		}
	}
}

// TestPrefilterChangesNoResult runs expressions of the kinds the
// packages use over every sentence-sized piece of the development texts
// and checks that each method gives what regexp.Regexp's does.
func TestPrefilterChangesNoResult(t *testing.T) {
	exprs := []string{
		`(?i)\bmight\b|\bmay\b|\bperhaps\b|\bseems?\b|\bappears? to\b|\bI suspect\b`,
		`(?i)\brather than\b|\binstead\b|\bnot\b[^.;:]{1,80}\bbut\b|\bvs\.?\s`,
		`\b1[0-9]{3}s?\b(?:[^ \p{L}]|\s+[^\p{Lu}]|$)|\b(?:eighteenth|nineteenth) century\b`,
		`\b(?:I|my|My|mine)\b`,
		`(?i)\b(?:do|does|did|is|was)\s+(?:\p{L}+\s+)?(?:his|her|their|not)\b`,
		`(?i)(?:,\s*|\bso |\bin order )that\s+(?:\p{L}+\s+){1,3}?(?-i:may|might)\b`,
		`(?i)\b(?:the|a)\s+(\p{L}+)`,
	}
	paths, err := filepath.Glob(filepath.Join("..", "essay", "testdata", "texts", "*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no development texts: %v", err)
	}
	var pieces []string
	n := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			for _, s := range strings.Split(line, ". ") {
				// Every seventh piece of at most 400 bytes: enough of
				// each text to meet every kind of match, in a second.
				if n++; len(s) <= 400 && n%7 == 0 {
					pieces = append(pieces, s)
				}
			}
		}
	}
	for _, expr := range exprs {
		lazy, eager := New(expr), regexp.MustCompile(expr)
		matched := 0
		for _, s := range pieces {
			m := lazy.MatchString(s)
			if m != eager.MatchString(s) {
				t.Fatalf("%q on %q: MatchString differs", expr, s)
			}
			if m {
				matched++
			}
			if !reflect.DeepEqual(lazy.FindAllStringSubmatchIndex(s, -1), eager.FindAllStringSubmatchIndex(s, -1)) {
				t.Fatalf("%q on %q: FindAllStringSubmatchIndex differs", expr, s)
			}
			if lazy.ReplaceAllString(s, "<$0>") != eager.ReplaceAllString(s, "<$0>") {
				t.Fatalf("%q on %q: ReplaceAllString differs", expr, s)
			}
		}
		if matched == 0 || matched == len(pieces) {
			t.Errorf("%q matched %d of %d pieces: the test compares nothing", expr, matched, len(pieces))
		}
	}
}

// BenchmarkCueWords matches alternations of cue words against every
// line of a development text, as the guide builder reads each sentence's
// roles: with the prefilter, and with the regexp package alone.
func BenchmarkCueWords(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "essay", "testdata", "texts", "on-liberty.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	exprs := []string{
		`(?i)\bmight\b|\bmay\b|\bperhaps\b|\bpossibly\b|\bprobably\b|\bseems?\b|\bappears? to\b|\bapparently\b|\bI suspect\b|\blikely\b`,
		`(?i)\bin fact\b|\bclearly\b|\bcertainly\b|\bsurely\b|\bindeed\b|\bof course\b|\bno doubt\b|\bundoubtedly\b`,
		`(?i)\b(?:can|could|will|shall)(?: never|not|n't)(?: really)? know\b|\bcannot be (?:known|verified)\b|\bno one knows\b`,
	}
	b.Run("lazyregexp", func(b *testing.B) {
		var res []*Regexp
		for _, e := range exprs {
			res = append(res, New(e))
		}
		for range b.N {
			for _, s := range lines {
				for _, re := range res {
					re.MatchString(s)
				}
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		var res []*regexp.Regexp
		for _, e := range exprs {
			res = append(res, regexp.MustCompile(e))
		}
		for range b.N {
			for _, s := range lines {
				for _, re := range res {
					re.MatchString(s)
				}
			}
		}
	})
}
