package guide

import (
	"path/filepath"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// TestAPersonIsHeadedByTheFullNameTheTextGives reads the glossary's
// people on real texts: Lincoln's "Mr. King" is "Rufus King" when the
// address names him in full (the glossary headed him "King"), and the
// convention's "Mrs. Stanton" is "Elizabeth Cady Stanton". A surname
// the text mostly writes bare keeps it: "Washington" is named in full
// once, and the essay's one "Sergo Beria" is not the Beria it names
// everywhere else; nor is a common word that opens a sentence a first
// name ("Maybe Stalin and Beria believed ...").
func TestAPersonIsHeadedByTheFullNameTheTextGives(t *testing.T) {
	for name, want := range map[string]map[string]string{
		"lincoln-cooper-union.txt": {"King": "Rufus King", "Washington": ""},
		"woman-suffrage.txt":       {"Stanton": "Elizabeth Cady Stanton"},
		"":                         {"Beria": "", "Stalin": ""},
	} {
		var c *essay.Corpus
		if name == "" {
			c = essaytest.Embedded(t)
		} else {
			var err error
			if c, err = essay.Load(filepath.Join("..", "essay", "testdata", "texts", name)); err != nil {
				t.Fatal(err)
			}
		}
		b := newBuilder(c, nil)
		seen := map[string]bool{}
		for _, cd := range b.cands {
			w, ok := want[cd.Term]
			if !ok {
				continue
			}
			seen[cd.Term] = true
			if got := b.fullName(cd); got != w {
				t.Errorf("%s: fullName(%q) = %q, want %q", name, cd.Term, got, w)
			}
		}
		for term := range want {
			if !seen[term] {
				t.Errorf("%s: %q is no candidate", name, term)
			}
		}
	}
}
