package guide

import (
	"context"
	"path/filepath"
	"testing"

	"studyguide/internal/essay"
)

// TestChecksKeepTheirNegationAndAskSomething builds the guide of a real
// essay and checks that a check question made from "Law never made men a
// whit more just." keeps its "never" (asked without it, it says the
// opposite of its answer), and that no check question asks about a single
// word ("What is illegitimate?", "What should flow?").
func TestChecksKeepTheirNegationAndAskSomething(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "civil-disobedience.md"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Build(context.Background(), c, retriever(t, c), "")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ch := range g.Check {
		if ch.Question == "What made men a whit more just?" {
			t.Errorf("%q drops the never of its answer %q", ch.Question, ch.Answer.Text)
		}
		found = found || ch.Question == "What never made men a whit more just?"
		if contentWords(ch.Question) < minCheckContent {
			t.Errorf("%q asks too little to check a reading", ch.Question)
		}
	}
	if !found {
		var qs []string
		for _, ch := range g.Check {
			qs = append(qs, ch.Question)
		}
		t.Errorf("no check asks what never made men more just; checks are %q", qs)
	}
}

// TestConcessionIsNoHedge reads a concession as no hedge: the sentence is
// Frederick Douglass's, "Why Is the Negro Lynched?" (1895), and says the
// arguments were strong; a counterpoint prompt once offered "Plain as the
// truth may seem" as the author's possibility. A real hedge stays one.
func TestConcessionIsNoHedge(t *testing.T) {
	if roles("Plain as the truth may seem, there were at that time very strong arguments against the position of the learned divine.").has(hedges) {
		t.Error("a concession is read as a hedge")
	}
	if !roles("This might suggest that the \"solution\" is not to make the state stronger and the Party weaker.").has(hedges) {
		t.Error("a hedge is not read as one")
	}
}
