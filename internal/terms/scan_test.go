package terms

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"studyguide/corpus"
)

// splitWords is how Words split text before it was made a single pass:
// lower-case everything, then split, keep words of two runes or more and
// single digits, then fold each word's accents. eachWord must agree with
// it exactly, or indexes and answers would change.
func splitWords(text string) []string {
	fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := []string{}
	for _, f := range fields {
		if len([]rune(f)) > 1 || len(f) == 1 && f[0] >= '0' && f[0] <= '9' {
			out = append(out, fold(f))
		}
	}
	return out
}

var wordCases = []string{
	"",
	"a",
	"Was Stalin an \"all-powerful\" dictator?",
	"ÉCOLE Ästhetik İstanbul ΣΊΣΥΦΟΣ straße",
	"the \u212Aelvin sign, \u00B2 and 1936 ¶56 n15",
	"bad \xff\xfe bytes\xc3 mid\x80word",
	"x y z 12 3 ab",
	"numbers might be 6, 6 and 5 ٣",
	"tabs\tand\nnew lines\u00a0nbsp",
}

func TestWordsMatchesSplittingTheLoweredText(t *testing.T) {
	cases := append([]string{}, wordCases...)
	cases = append(cases, string(corpus.Essay))
	for _, text := range cases {
		if got, want := Words(text), splitWords(text); !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%.40q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, c := range wordCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Words(text), splitWords(text); !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q) = %q, want %q", text, got, want)
		}
	})
}

// TestWordsSeqYieldsWords holds WordsSeq to Words's words, in order, and
// to stopping where its caller breaks off.
func TestWordsSeqYieldsWords(t *testing.T) {
	cases := append([]string{}, wordCases...)
	cases = append(cases, string(corpus.Essay))
	for _, text := range cases {
		var got []string
		for w := range WordsSeq(text) {
			got = append(got, w)
		}
		if want := Words(text); len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("WordsSeq(%.40q) = %q, want %q", text, got, want)
		}
	}
	n := 0
	for range WordsSeq(string(corpus.Essay)) {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("WordsSeq went on to %d words after its caller broke off at 3", n)
	}
}

// TestWordsSeqAllocatesNothing checks that reading a text's words one at
// a time costs no allocation when they are written in lower case, as
// most of a text's words are: that is what WordsSeq is for.
func TestWordsSeqAllocatesNothing(t *testing.T) {
	text := "the author argues that the leaders of the party resisted reform"
	allocs := testing.AllocsPerRun(20, func() {
		for w := range WordsSeq(text) {
			if w == "" {
				t.Fatal("empty word")
			}
		}
	})
	if allocs != 0 {
		t.Errorf("WordsSeq allocated %v times for a lower-case text", allocs)
	}
}

// TestFoldAgainAfterAWordWithMarks checks that the mark strippers fold
// reuses start each word afresh: a word after one full of accents and
// marks folds as it does alone.
func TestFoldAgainAfterAWordWithMarks(t *testing.T) {
	alone := fold("façade")
	for _, w := range []string{"mêlée", "ΣΊΣΥΦΟΣ", "a\u0301\u0302\u0303", "İstanbul"} {
		fold(w)
		if got := fold("façade"); got != alone {
			t.Errorf("fold(façade) after %q = %q, want %q", w, got, alone)
		}
	}
}

// TestAppendWordsReusesItsSlice holds AppendWords to Words after what
// dst holds, and checks that splitting text after text into one slice
// allocates nothing once it has grown, as names does over a corpus's
// chunks.
func TestAppendWordsReusesItsSlice(t *testing.T) {
	essay := string(corpus.Essay)
	got := AppendWords([]string{"kept"}, essay)
	if want := append([]string{"kept"}, Words(essay)...); !reflect.DeepEqual(got, want) {
		t.Errorf("AppendWords after %q gives %d words, want %d", "kept", len(got), len(want))
	}
	texts := strings.Split(essay, "\n\n")
	var buf []string
	for _, text := range texts {
		buf = AppendWords(buf[:0], text)
	}
	text := "the leaders of the party resisted reform"
	allocs := testing.AllocsPerRun(20, func() {
		buf = AppendWords(buf[:0], text)
	})
	if allocs != 0 {
		t.Errorf("AppendWords into a grown slice allocated %v times", allocs)
	}
}
