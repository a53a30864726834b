package retrieve

import (
	"slices"
	"strings"
	"testing"
)

// TestSlipReadersAreTriedInOrder checks the order of slipReaders where
// it bites, on the essay: a word two readers claim is read by the one
// tried first, and the later would read it otherwise.
//
//   - "thru" is text speech for "through", typed so on purpose: the
//     speller's guess one letter off ("throe") would override it.
//   - "wont" typed without its apostrophe means "won't": read as a short
//     word the corpus lacks, it finds nothing one edit away and stays
//     "wont".
//   - "furrs" is the author's name with its apostrophe left out: read as
//     a word the corpus never uses, it is left as typed, and the question
//     loses his name.
func TestSlipReadersAreTriedInOrder(t *testing.T) {
	r := retriever(t, Hybrid)
	cases := []struct {
		question, typed, first, later, want string
	}{
		{"how did the party get thru the purges", "thru", "spoken", "misspelt", "through"},
		{"why wont he admit the cult", "wont", "apostrophe", "rare short", "won't"},
		{"what are furrs sources on the cult", "furrs", "author's name", "unused", "furr's"},
	}
	for _, c := range cases {
		at := wordIn(t, c.question, c.typed)
		first, later := readerNamed(t, c.first), readerNamed(t, c.later)
		if first > later {
			t.Errorf("%q is tried after %q", c.first, c.later)
		}
		if read, ok := slipReaders[first].read(r, at); !ok || read != c.want {
			t.Errorf("%s reads %q in %q as %q (claimed %v), want %q", c.first, c.typed, c.question, read, ok, c.want)
		}
		if read, ok := slipReaders[later].read(r, at); !ok || read == c.want {
			t.Errorf("%s reads %q in %q as %q (claimed %v): the order does not bite", c.later, c.typed, c.question, read, ok)
		}
		if got, _ := r.correct(c.question); !slices.Contains(strings.Fields(got), c.want) {
			t.Errorf("correct(%q) = %q, want %q read as %q", c.question, got, c.typed, c.want)
		}
	}
}

// wordIn returns the word typed of question where it stands, as the
// readers of slips see it.
func wordIn(t *testing.T, question, typed string) wordAt {
	t.Helper()
	fields := strings.Fields(question)
	var toks []token
	for i, f := range fields {
		for _, tok := range typedWords(strings.ToLower(f)) {
			tok.field = i
			toks = append(toks, tok)
		}
	}
	i := slices.IndexFunc(toks, func(tok token) bool { return tok.word == typed })
	if i < 0 {
		t.Fatalf("%q holds no %q", question, typed)
	}
	return wordAt{w: typed, fields: fields, toks: toks, at: i}
}

// readerNamed returns where the reader of slips named name stands in
// slipReaders.
func readerNamed(t *testing.T, name string) int {
	t.Helper()
	i := slices.IndexFunc(slipReaders, func(sr slipReader) bool { return sr.name == name })
	if i < 0 {
		t.Fatalf("no reader of slips is named %q", name)
	}
	return i
}
