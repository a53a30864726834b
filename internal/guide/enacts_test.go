package guide

import (
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestLawsAreTheDocumentsWords reads which texts enact, and builds the
// Amendments' guide: its check questions asked "According to the
// author, what shall not be construed ...?" and its caveat said the
// document "argues", where no author argues. An argument, a story and a
// history keep their voice.
func TestLawsAreTheDocumentsWords(t *testing.T) {
	for name, want := range map[string]bool{
		"amendments.md":       true,
		"hobbes-leviathan.md": false, "locke-second-treatise.md": false, "federalist.md": false,
		"candide.md": false, "turner-frontier.md": false, "lincoln-cooper-union.txt": false,
	} {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := enacts(c); got != want {
			t.Errorf("enacts(%s) = %v, want %v", name, got, want)
		}
	}
	g := textGuide(t, "amendments.md")
	if g.Voice.Kind != "document" {
		t.Fatalf("the Amendments' voice is %q, want document", g.Voice.Kind)
	}
	if c := g.Caveat(); strings.Contains(c, "argue") {
		t.Errorf("the Amendments' caveat says the law argues: %q", c)
	}
	for _, cq := range g.Check {
		if strings.Contains(cq.Question, "author") {
			t.Errorf("a check question gives the law an author: %q", cq.Question)
		}
	}
}

// TestLawsHaveProvisions builds the Amendments' guide: a law's central
// sentences are provisions, not claims, and no author argues for them,
// so its prompts asked "What does the author take for granted in ...
// shall immediately assume the powers ...", to sort them "into claims
// and the reasons given for them", and what "the author" could have
// known of "the example of the President". An argument keeps its claims.
func TestLawsHaveProvisions(t *testing.T) {
	if got := textGuide(t, "locke-second-treatise.md").Voice.Claim(); got != "claim" {
		t.Errorf("an argument's central sentences are %qs, want claims", got)
	}
	g := textGuide(t, "amendments.md")
	if got := g.Voice.Claim(); got != "provision" {
		t.Errorf("a law's central sentences are %qs, want provisions", got)
	}
	for _, q := range g.Questions() {
		for _, p := range append(append([]Prompt(nil), q.Discussion...), q.Historian...) {
			// A law's condition ("If a President shall not have been
			// chosen ..., then ...") is no judgment, its "would have
			// ended if this article had not been ratified" tells of
			// no events that never took place, and it gives no
			// one's view.
			for _, bad := range []string{"this claim", "the author", "reasons given for them", "argue from reason",
				"fact, interpretation or judgment", "judgment", "would or could have happened", "Whose view", "others' rather than", "convincing", "one argument or two"} {
				if strings.Contains(p.Text, bad) {
					t.Errorf("a prompt of the Amendments' guide says %q: %q", bad, p.Text)
				}
			}
		}
	}
	// The plan asks what a reader of the law would say, not someone
	// who "disagrees with the author".
	for _, st := range g.Plan.Steps {
		if strings.Contains(st.Activity, "author") {
			t.Errorf("a step of the Amendments' plan names an author: %q", st.Activity)
		}
	}
	for _, d := range g.Plan.Disagree {
		if strings.Contains(d, "author") {
			t.Errorf("a sentence starter of the Amendments' plan names an author: %q", d)
		}
	}
}
