package retrieve

import (
	"maps"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
)

// TestTextNamesStemsOnce checks that textNames, which the index gathers
// by the cases of each piece of a field as written, stemming its words
// once, finds the names a pass stemming every word it reads finds (kept
// here), on the essay and the four development texts.
func TestTextNamesStemsOnce(t *testing.T) {
	rs := map[string]*Retriever{"essay": retriever(t, Hybrid)}
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md"} {
		rs[name] = textRetriever(t, "../essay/testdata/texts/"+name)
	}
	for name, r := range rs {
		got, want := r.textNames(), textNamesByPass(r)
		if !maps.Equal(got, want) {
			t.Errorf("%s: textNames gives %d names, a pass stemming every word %d", name, len(got), len(want))
		}
		if len(got) < 10 {
			t.Errorf("%s: textNames gives %d names", name, len(got))
		}
	}
}

// textNamesByPass is textNames stemming every word as it reads it.
func textNamesByPass(r *Retriever) map[string]bool {
	capital, lower := map[string]bool{}, map[string]bool{}
	for _, p := range r.Corpus.Passages {
		for _, sent := range p.Sentences {
			for i, f := range strings.Fields(sent.Text) {
				for _, piece := range strings.FieldsFunc(f, notInWord) {
					first, _ := utf8.DecodeRuneInString(piece)
					for _, w := range terms.Words(piece) {
						switch {
						case unicode.IsLower(first):
							lower[terms.Stem(w)] = true
						case i > 0 && unicode.IsUpper(first):
							capital[terms.Stem(w)] = true
						}
					}
				}
			}
		}
	}
	out := map[string]bool{}
	for s := range capital {
		if !lower[s] {
			out[s] = true
		}
	}
	return out
}

// notInWord reports whether r parts words: neither a letter, a digit
// nor an apostrophe.
func notInWord(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

// TestTextNamesComeWithTheIndex checks that a retriever takes the names
// a text gives from its index, saved with it, rather than stemming every
// word of the corpus on its first question: with the corpus's passages
// gone, a retriever of the essay still finds them.
func TestTextNamesComeWithTheIndex(t *testing.T) {
	r := retriever(t, Hybrid)
	want := textNamesByPass(r)
	bare := *r.Corpus
	bare.Passages = nil
	fresh := &Retriever{Corpus: &bare, Index: r.Index}
	if got := fresh.textNames(); !maps.Equal(got, want) {
		t.Errorf("a retriever without the corpus's passages finds %d names, want the %d the text gives", len(got), len(want))
	}
}
