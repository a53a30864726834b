package retrieve

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestNamedRefsComeFirst checks that a question naming a passage by its
// ref is answered from it, whatever else it shares words with, and that
// one naming a ref the text lacks is declined with the refs it has.
func TestNamedRefsComeFirst(t *testing.T) {
	r := retriever(t, Hybrid)
	tests := map[string][]string{
		"What does note 15 cite?":             {"note 15"},
		"What source does note 7 cite?":       {"note 7"},
		"what does footnote 7 say":            {"note 7"},
		"summarise paragraph 53":              {"¶53"},
		"¶53":                                 {"¶53"},
		"What does ¶ 56 ask?":                 {"¶56"},
		"Compare notes 3 and 5.":              {"note 3", "note 5"},
		"What does n12 say about Khrushchev?": {"note 12"},
		// A note as Spanish writes it.
		"Zhdánov supported the draft, according to the nota 3?": {"note 3"},
		// A number spelled as it is said.
		"what does footnote six say":                    {"note 6"},
		"what does note twelve say":                     {"note 12"},
		"what does paragraph fifty-three say":           {"¶53"},
		"summarise para fifty six":                      {"¶56"},
		"compare notes six and seven":                   {"note 6", "note 7"},
		"compare paragraphs fifty three and fifty five": {"¶53", "¶55"},
		// A ref run together with its sign ends the sentence.
		"Describe the chain of justifications that Furr traces in ¶60.": {"¶60"},
	}
	for q, want := range tests {
		res, err := r.Retrieve(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain {
			t.Errorf("%q declined", q)
		}
		got := res.Refs()
		for i, w := range want {
			if i >= len(got) || got[i].String() != w {
				t.Errorf("%q ranked %v; want %v first", q, got, want)
				break
			}
		}
	}
	for _, q := range []string{"What does note 99 say?", "summarise paragraph 70"} {
		res, err := r.Retrieve(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Abstain || len(res.Query.Unfound) != 1 || res.Query.RefRange != "paragraphs 49–63 and notes 1–15" {
			t.Errorf("%q: abstain %v, unfound %v, range %q; want declined with the refs the text has", q, res.Abstain, res.Query.Unfound, res.Query.RefRange)
		}
	}
	// Numbers that are no refs name nothing.
	for _, q := range []string{"What happened in 1936?", "Was the 1936 Constitution ever used, p. 150?"} {
		res, err := r.Retrieve(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Query.Named)+len(res.Query.Unfound) > 0 {
			t.Errorf("%q names %v and %v; want no ref", q, res.Query.Named, res.Query.Unfound)
		}
	}
}

// TestNamedRefsInSections checks refs of a text whose notes restart in
// every paper: "No. 6 note 11" names one passage, "note 1" alone every
// paper's first note.
func TestNamedRefsInSections(t *testing.T) {
	r := textRetriever(t, filepath.Join("..", "essay", "testdata", "texts", "federalist.txt"))
	res, err := r.Retrieve(context.Background(), "What does No. 6 note 11 cite?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || res.Hits[0].Passage.Ref.String() != "No. 6 note 11" {
		t.Errorf("abstain %v, refs %v; want No. 6 note 11 first", res.Abstain, res.Refs())
	}
	q, err := r.Analyse("what does note 1 say")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range q.Named {
		if p.Ref.Kind != essay.Note || p.Ref.N != 1 {
			t.Errorf("note 1 named %s", p.Ref)
		}
	}
	if len(q.Named) < 2 {
		t.Errorf("note 1 named %d passages; want every paper's note 1", len(q.Named))
	}
	q, err = r.Analyse("What does No. 99 note 1 say?")
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Unfound) != 1 || q.Unfound[0].Section != "No. 99" || !strings.Contains(q.RefRange, "No. 1") {
		t.Errorf("unfound %v, range %q; want No. 99 note 1 unfound and the papers named", q.Unfound, q.RefRange)
	}
}

// TestNamedRefsBySection checks a text numbered by sections ("Sect. 95."):
// a reader names a passage as the text does, "section 97", "Sect. 97" or
// "§ 97", and is answered from it.
func TestNamedRefsBySection(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/locke-second-treatise.md")
	for _, q := range []string{"what is section 97 about", "What does Sect. 97 say?", "summarise § 97", "explain §97"} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || res.Hits[0].Passage.Ref.String() != "¶97" {
			t.Errorf("%q: abstain %v, refs %v; want ¶97 first", q, res.Abstain, res.Refs())
		}
	}
}

// TestSpelledNumber checks that a number spelled in words is read whole,
// and that a word merely starting like one is not.
func TestSpelledNumber(t *testing.T) {
	tests := []struct {
		words string
		want  string
		used  int
	}{
		{"six say", "6", 1},
		{"fifty-three", "53", 1},
		{"fifty three of", "53", 2},
		{"one hundred and five", "105", 4},
		{"twenty thirty", "20", 1},
		{"six-year plan", "", 0},
		{"several", "", 0},
	}
	for _, c := range tests {
		got, used, ok := spelledNumber(strings.Fields(c.words))
		if got != c.want || used != c.used || ok != (c.want != "") {
			t.Errorf("spelledNumber(%q) = %q, %d, %v; want %q, %d", c.words, got, used, ok, c.want, c.used)
		}
	}
	if f := strings.Fields("Note two things about the cult"); notingVerb(f, 0) == false {
		t.Errorf("%q: the opening \"Note\" read as a ref word", f)
	}
}
