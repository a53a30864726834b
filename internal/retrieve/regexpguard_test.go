package retrieve

import (
	"io/fs"
	"os"
	"strings"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/terms"
)

// TestGuardsAgreeWithTheirExpressions holds the checks that spare
// endingRe and successionRe their compiling for most questions (a
// question opening "how", one opening "who") to the expressions alone,
// on every question of the essay's sets and the four development texts'
// sets, and on a few made to sit at the edges.
func TestGuardsAgreeWithTheirExpressions(t *testing.T) {
	qs := []string{"How does the essay end?", "how", "Howl at the essay's end", "  ¿Who replaced him?", "WHO took over after Lenin?",
		"\"Who's his successor?\"", "whoever followed him", "_who replaced him", "Who", "wh", "", "¡¡who succeeded Lenin"}
	qs = append(qs, setQuestions(t)...)
	ending, succession := 0, 0
	for _, q := range qs {
		words := terms.Words(q)
		want := endingRe.MatchString(strings.Join(words, " "))
		if got := len(words) > 1 && words[0] == "how" && want; got != want {
			t.Errorf("%q: the guard of endingRe gives %v, the expression %v", q, got, want)
		}
		if want {
			ending++
		}
		want = successionRe.MatchString(q)
		if got := opensWithWho(q) && want; got != want {
			t.Errorf("%q: opensWithWho and successionRe give %v, the expression %v", q, got, want)
		}
		if want {
			succession++
		}
	}
	if ending == 0 || succession == 0 {
		t.Errorf("%d questions ask how the text ends and %d who came after someone: want some of each", ending, succession)
	}
}

// setQuestions returns the questions of the essay's built-in sets and of
// the development texts' sets.
func setQuestions(t *testing.T) []string {
	t.Helper()
	var out []string
	add := func(data []byte) {
		for line := range strings.SplitSeq(string(data), "\n") {
			if q, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(q, "#") {
				out = append(out, q)
			}
		}
	}
	names, err := fs.Glob(corpus.EvalSets, "eval*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(corpus.EvalSets, name)
		if err != nil {
			t.Fatal(err)
		}
		add(data)
	}
	for _, name := range []string{"civil-disobedience", "on-liberty", "goldman-kronstadt", "douglass-lynched"} {
		data, err := os.ReadFile("../eval/testdata/" + name + ".tsv")
		if err != nil {
			t.Fatal(err)
		}
		add(data)
	}
	return out
}
