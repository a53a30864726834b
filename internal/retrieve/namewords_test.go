package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

// TestNameAskedOfNamedThing checks that a question asking another name
// of someone the essay names ("real name"), which the essay never gives,
// is declined, though a sentence naming him holds a WordNet kin of
// "name" or an adjective of the question ("the real cause"); that one
// asking a name of someone Douglass's Narrative names is answered by the
// sentences on his name ("I do not remember his first name"); and that "name them", asking for a list, is
// no question of a name.
func TestNameAskedOfNamedThing(t *testing.T) {
	essayAbstains := abstainsOn(t, retriever(t, Hybrid))
	for _, q := range []string{"What was Stalin's real name?", "what is Stalin real name before he change?", "What is the real name of Stalin?"} {
		if !essayAbstains(q) {
			t.Errorf("%q was answered by an essay that never gives another name for him", q)
		}
	}
	if essayAbstains("How many separate aims does Furr attribute to the conspiracies that grew out of the 1920s oppositions? name them") {
		t.Error("a question asking the aims be named was declined")
	}
	douglass := abstainsOn(t, textRetriever(t, "../essay/testdata/texts/douglass-narrative.md"))
	if douglass("What was Captain Anthony's first name?") {
		t.Error("a question of a name of someone the Narrative speaks of his name beside was declined")
	}
	for q, want := range map[string]bool{"name them": true, "name the three aims": true, "what was his name": false, "his real name then": false} {
		if got := namesAsVerb(terms.Words(q), terms.Stem("name")); got != want {
			t.Errorf("namesAsVerb(%q) = %v, want %v", q, got, want)
		}
	}
}
