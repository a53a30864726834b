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
