package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"studyguide/internal/answer"
	"studyguide/internal/retrieve"
)

// TestSourcesFitTheWidth: on a terminal the Sources list wraps each
// excerpt under itself, within the width; in a pipe (width 0) each source
// is one line.
func TestSourcesFitTheWidth(t *testing.T) {
	long := strings.Repeat("A sentence of the passage that runs on and on. ", 6)
	a := &answer.Answer{Answer: "It says so [¶53].", Citations: []answer.Citation{{Ref: "¶53", Supported: true}},
		Sources: []answer.Source{{Ref: "¶53", Score: 1, Text: long}, {Ref: "note 15", Score: 0.5, Text: "Short."}}}
	for _, width := range []int{40, 60, 99} {
		var b strings.Builder
		Style{Width: width}.Answer(&b, a, false)
		_, sources, _ := strings.Cut(b.String(), "Sources\n")
		lines := strings.Split(strings.TrimRight(sources, "\n"), "\n")
		if len(lines) < 3 {
			t.Errorf("width %d: the long excerpt was not wrapped:\n%s", width, sources)
		}
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); n > width {
				t.Errorf("width %d: a line of %d columns: %q", width, n, l)
			}
		}
		if !strings.HasPrefix(lines[1], strings.Repeat(" ", 18)) {
			t.Errorf("width %d: the excerpt's second line is not under its first: %q", width, lines[1])
		}
	}
	var b strings.Builder
	Style{}.Answer(&b, a, false)
	_, sources, _ := strings.Cut(b.String(), "Sources\n")
	if n := strings.Count(sources, "\n"); n != 2 {
		t.Errorf("in a pipe, want one line a source, got %d lines:\n%s", n, sources)
	}
}

// TestMisnamedNoted: an answer to a question naming a person the
// passage quoted does not says whom the text names there instead, and a
// declined one says nothing of it.
func TestMisnamedNoted(t *testing.T) {
	q := &retrieve.Query{Misnamed: []retrieve.Misnamed{{Asked: "Jivago", Named: []string{"Lara", "Pasha"}}}}
	a := &answer.Answer{Answer: "It says so [¶3].", Citations: []answer.Citation{{Ref: "¶3", Supported: true}},
		Retrieval: &retrieve.Result{Query: q}}
	var b strings.Builder
	Style{}.Answer(&b, a, false)
	if want := "(The passage quoted does not name Jivago; it names Lara and Pasha.)"; !strings.Contains(b.String(), want) {
		t.Errorf("answer lacks %q:\n%s", want, b.String())
	}
	a.Abstained = true
	b.Reset()
	Style{}.Answer(&b, a, false)
	if strings.Contains(b.String(), "Jivago") {
		t.Errorf("a declined answer notes the name:\n%s", b.String())
	}
}
