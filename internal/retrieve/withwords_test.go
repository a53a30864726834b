package retrieve

import (
	"strings"
	"testing"
)

// TestWithWordsDropsAsides checks that a query given a part's own words
// keeps none of the asker's asides told among the whole question's
// words, which would leave out other words of the part's text, while
// the whole question keeps its own.
func TestWithWordsDropsAsides(t *testing.T) {
	r := retriever(t, Hybrid)
	q, err := r.Analyse("I seem to remember from my school days that Beria was shot. My grandfather was taken, and I'd like to read more. Was he tried first?")
	if err != nil {
		t.Fatal(err)
	}
	if len(q.asides) == 0 {
		t.Fatal("the question has no asides to drop")
	}
	words := q.Words[len(q.Words)-4:]
	part := q.withWords(words)
	if want := strings.Join(words, " "); part.Text != want || part.semanticText() != want {
		t.Errorf("part reads %q and embeds %q, want %q", part.Text, part.semanticText(), want)
	}
	if len(q.asides) == 0 || q.Text == part.Text {
		t.Error("the whole question lost its own text or asides")
	}
}
