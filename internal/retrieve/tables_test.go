package retrieve

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLowerTextJoinsEachPassagesWords checks that lowerText, which
// writes each passage's words straight into one builder, gives the text
// that joining each passage's lower-cased fields gave (kept here), on the
// essay and the four development texts.
func TestLowerTextJoinsEachPassagesWords(t *testing.T) {
	rs := map[string]*Retriever{"essay": retriever(t, Hybrid)}
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md"} {
		rs[name] = textRetriever(t, "../essay/testdata/texts/"+name)
	}
	for name, r := range rs {
		var want strings.Builder
		for _, p := range r.Corpus.Passages {
			fields := strings.FieldsFunc(strings.ToLower(p.Text()), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
			want.WriteString(" " + strings.Join(fields, " ") + " \n")
		}
		if got := r.lowerText(); got != want.String() {
			t.Errorf("%s: lowerText differs from each passage's fields joined (%d bytes, want %d)", name, len(got), want.Len())
		}
	}
}

// TestNamesReusesOneSlice checks that names, which splits every chunk
// into one slice it reuses, gives each chunk of the essay and the
// development texts the names namedIn finds in the chunk alone.
func TestNamesReusesOneSlice(t *testing.T) {
	rs := map[string]*Retriever{"essay": retriever(t, Hybrid)}
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md"} {
		rs[name] = textRetriever(t, "../essay/testdata/texts/"+name)
	}
	named := 0
	for name, r := range rs {
		for i, c := range r.Index.Chunks {
			got, want := r.names(i), namedIn(c.Text)
			if !slices.Equal(got, want) {
				t.Errorf("%s: chunk %d names %q, want %q", name, i, got, want)
			}
			named += len(got)
		}
	}
	if named == 0 {
		t.Error("no chunk names anything")
	}
}
