package retrieve

import (
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestBritishSpeltAsCommon checks that a word spelt the British way is
// as common as its American spelling, which alone WordNet's tagged texts
// count ("favour", "realise", "behaviour"), and that a word merely
// holding "our" ("four", "tour") is read as no spelling of another.
func TestBritishSpeltAsCommon(t *testing.T) {
	for british, american := range map[string]string{"favour": "favor", "realise": "realize", "behaviour": "behavior"} {
		b, a := terms.Stem(british), terms.Stem(american)
		if !slices.Contains(britishSpelt(b), a) {
			t.Errorf("%s: American spellings %v, want %s among them", british, britishSpelt(b), a)
		}
		if commonness(b) == 0 || commonness(b) < taggedCommonness(a) {
			t.Errorf("%s: commonness %.2f, want at least %s's %.2f", british, commonness(b), american, taggedCommonness(a))
		}
	}
	for _, w := range []string{"four", "tour", "analysis"} {
		if got := britishSpelt(terms.Stem(w)); len(got) > 0 {
			t.Errorf("%s read as British for %v", w, got)
		}
	}
}
