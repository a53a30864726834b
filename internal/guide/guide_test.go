package guide

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
)

func retriever(t testing.TB, c *essay.Corpus) *retrieve.Retriever {
	t.Helper()
	return retrievetest.New(t, c)
}

func build(t testing.TB, from string) (*Guide, *essay.Corpus) {
	t.Helper()
	c := essaytest.Embedded(t)
	g, err := Build(context.Background(), c, retriever(t, c), from)
	if err != nil {
		t.Fatal(err)
	}
	return g, c
}

func questions(g *Guide) []*Question {
	var out []*Question
	for _, th := range g.Themes {
		out = append(out, th.Questions...)
	}
	return out
}

func TestGuideCoversEveryQuestionOfParagraph56(t *testing.T) {
	g, c := build(t, "¶56")
	p56, _ := c.Lookup("¶56")
	want := p56.Questions()
	got := questions(g)
	if len(got) != 6 || len(want) != 6 {
		t.Fatalf("guide has %d questions, ¶56 asks %d; want 6", len(got), len(want))
	}
	for i, q := range got {
		if q.Text != want[i].Text || q.Ref != p56.Ref {
			t.Errorf("question %d = %q %s, want %q ¶56", i+1, q.Text, q.Ref, want[i].Text)
		}
		if n := len(q.Evidence); n < 2 || n > 4 {
			t.Errorf("%q has %d evidence passages, want 2 to 4", q.Text, n)
		}
		other := false
		for _, e := range q.Evidence {
			other = other || e.Ref != p56.Ref
		}
		if !other {
			t.Errorf("%q has no evidence beyond ¶56", q.Text)
		}
		levels := map[string]bool{}
		for _, p := range q.Discussion {
			levels[p.Level] = true
			if len(p.Refs) == 0 {
				t.Errorf("prompt %q cites nothing", p.Text)
			}
		}
		if len(levels) < 3 || len(levels) != len(q.Discussion) {
			t.Errorf("%q has discussion levels %v, want at least three, each once", q.Text, levels)
		}
		if len(q.Historian) == 0 || q.Historian[0].Level != Sourcing {
			t.Errorf("%q has no sourcing prompt: %+v", q.Text, q.Historian)
		}
	}
}

func TestThemesOfParagraph56AreNamedByTheEssay(t *testing.T) {
	g, _ := build(t, "56")
	if len(g.Themes) != 2 {
		t.Fatalf("got %d themes, want 2", len(g.Themes))
	}
	for i, want := range []string{"democracy", "the role of the party"} {
		th := g.Themes[i]
		if th.Name != want || th.Named == nil || th.Named.Ref.String() != "¶57" {
			t.Errorf("theme %d = %q named by %+v, want %q named in ¶57", i+1, th.Name, th.Named, want)
		}
		if len(th.Questions) != 3 {
			t.Errorf("theme %q has %d questions, want 3", th.Name, len(th.Questions))
		}
	}
	if g.Basis == nil || !strings.Contains(g.Basis.Text, "almost entirely on the basis of others' research") {
		t.Errorf("basis = %+v, want the author's own account of his sources in ¶56", g.Basis)
	}
}

// curlyRe finds the words a prompt quotes: the guide puts curly double
// quotes around verbatim quotations and nothing else.
var curlyRe = regexp.MustCompile(`“([^“”]*)”`)

// allQuotes returns every quotation the guide makes, with the refs it may
// come from.
func allQuotes(t *testing.T, g *Guide) map[string][]essay.Ref {
	t.Helper()
	out := map[string][]essay.Ref{}
	add := func(text string, refs ...essay.Ref) { out[text] = append(out[text], refs...) }
	if g.Basis != nil {
		add(g.Basis.Text, g.Basis.Ref)
	}
	for _, th := range g.Themes {
		if th.Named != nil {
			add(th.Named.Text, th.Named.Ref)
		}
		for _, q := range th.Questions {
			for _, e := range q.Evidence {
				add(e.Text, e.Ref)
			}
			for _, p := range append(append([]Prompt{}, q.Discussion...), q.Historian...) {
				for _, m := range curlyRe.FindAllStringSubmatch(p.Text, -1) {
					add(m[1], p.Refs...)
				}
				if strings.Count(p.Text, "“") != strings.Count(p.Text, "”") {
					t.Errorf("unbalanced quotation marks in %q", p.Text)
				}
			}
		}
	}
	for _, term := range g.Terms {
		add(term.Quote.Text, term.Quote.Ref)
		if !strings.Contains(term.Quote.Text, term.Term) {
			t.Errorf("the quote for %q does not use it: %q", term.Term, term.Quote.Text)
		}
	}
	return out
}

func TestEveryQuoteIsVerbatimInThePassageItCites(t *testing.T) {
	for _, from := range []string{"¶56", "all", "¶58", "¶51"} {
		g, c := build(t, from)
		quotes := allQuotes(t, g)
		if len(quotes) < 10 {
			t.Errorf("%s: only %d quotes", from, len(quotes))
		}
		for text, refs := range quotes {
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s: empty quote", from)
			}
			found := false
			for _, r := range refs {
				p, ok := c.Passage(r)
				if !ok {
					t.Errorf("%s: %q cites %s, which is not in the corpus", from, text, r)
					continue
				}
				found = found || strings.Contains(p.Text(), text)
			}
			if !found {
				t.Errorf("%s: %q is not verbatim in %v", from, text, refs)
			}
		}
	}
}

func TestEveryRefIsValid(t *testing.T) {
	g, c := build(t, "all")
	check := func(where string, refs []essay.Ref) {
		for _, r := range refs {
			if _, ok := c.Passage(r); !ok {
				t.Errorf("%s cites %s, which is not in the corpus", where, r)
			}
		}
	}
	for _, q := range questions(g) {
		for _, p := range append(append([]Prompt{}, q.Discussion...), q.Historian...) {
			check(p.Text, p.Refs)
			for _, m := range regexp.MustCompile(`\[([^\]]+)\]`).FindAllStringSubmatch(p.Text, -1) {
				r, err := essay.ParseRef(m[1])
				if err != nil {
					continue
				}
				if !containsRef(p.Refs, r) {
					t.Errorf("prompt %q marks %s but does not list it in its refs %v", p.Text, r, p.Refs)
				}
			}
		}
	}
	for _, s := range g.Plan.Steps {
		check(s.Activity, s.Refs)
	}
}

func containsRef(refs []essay.Ref, r essay.Ref) bool {
	for _, x := range refs {
		if x == r {
			return true
		}
	}
	return false
}

func TestKeyTermsIncludeTheEssaysTermsAndPeople(t *testing.T) {
	g, _ := build(t, "¶56")
	if len(g.Terms) < 8 {
		t.Fatalf("%d key terms, want at least 8", len(g.Terms))
	}
	have := map[string]bool{}
	for _, term := range g.Terms {
		have[term.Term] = true
	}
	for _, want := range []string{"nomenklatura", "Red vs expert", "Party Maximum", "1936 Constitution", "Zhukov", "Mukhin", "Beria", "Molotov"} {
		if !have[want] {
			t.Errorf("key terms lack %q: %v", want, have)
		}
	}
}

func TestPromptsAttributeClaimsToTheAuthor(t *testing.T) {
	g, _ := build(t, "all")
	for _, q := range questions(g) {
		for _, p := range append(append([]Prompt{}, q.Discussion...), q.Historian...) {
			if !strings.Contains(p.Text, "author") {
				t.Errorf("prompt does not attribute its claims to the author: %q", p.Text)
			}
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, _ := build(t, "all")
	b, _ := build(t, "all")
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Error("two builds from the same corpus differ")
	}
}

func TestFromAPassageWithoutQuestions(t *testing.T) {
	c := essaytest.Embedded(t)
	_, err := Build(context.Background(), c, retriever(t, c), "¶53")
	if !errors.Is(err, ErrNoQuestions) {
		t.Fatalf("error = %v, want ErrNoQuestions", err)
	}
	if !strings.Contains(err.Error(), "¶49, ¶51, ¶56, ¶57, ¶58") {
		t.Errorf("error %q does not list the passages that ask questions", err)
	}
	if _, err := Build(context.Background(), c, retriever(t, c), "¶99"); !errors.Is(err, ErrBadFrom) {
		t.Errorf("¶99: error = %v, want ErrBadFrom", err)
	}
}

func TestGuideFromAnotherEssay(t *testing.T) {
	text := `1. Rivers shaped the first cities. Farmers settled along the Nile because the floods left rich silt behind.

2. Did the floods make the pharaohs powerful? Could a kingdom have grown without them?

3. Herodotus called Egypt "the gift of the river." Priests kept records of every flood, and scribes taxed the harvest by them.

4. Later historians doubt Herodotus. They argue that irrigation, not the floods alone, made the harvests reliable.
`
	c, err := essay.Load(writeTemp(t, text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Build(context.Background(), c, retriever(t, c), "all")
	if err != nil {
		t.Fatal(err)
	}
	qs := questions(g)
	if len(qs) != 2 || len(g.Themes) != 1 {
		t.Fatalf("got %d questions in %d themes, want 2 in 1", len(qs), len(g.Themes))
	}
	if g.Themes[0].Named != nil || g.Themes[0].Name == "" {
		t.Errorf("theme = %+v, want a name of its own", g.Themes[0])
	}
	for text, refs := range allQuotes(t, g) {
		ok := false
		for _, r := range refs {
			p, _ := c.Passage(r)
			ok = ok || (p != nil && strings.Contains(p.Text(), text))
		}
		if !ok {
			t.Errorf("%q is not verbatim in %v", text, refs)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	c := essaytest.Embedded(b)
	r := retriever(b, c)
	for b.Loop() {
		if _, err := Build(context.Background(), c, r, "¶56"); err != nil {
			b.Fatal(err)
		}
	}
}

func writeTemp(t *testing.T, text string) string {
	t.Helper()
	path := t.TempDir() + "/rivers.txt"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
