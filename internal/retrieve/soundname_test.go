package retrieve

import (
	"context"
	"testing"
)

// TestAutocorrectedNamesAreRead checks, on the essay, that a name a
// phone's autocorrect turned into a real word the essay lacks is read as
// the name where the rest of the question fits what the essay says of
// it: the night-shift nurse's questions of eval67 were declined as never
// mentioning "muffin", "stalling" or "barium". The reading is noted for
// the asker.
func TestAutocorrectedNamesAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for q, want := range map[string]Respelling{
		"what book by muffin does the author use":                  {"muffin", "Mukhin"},
		"was stalling really all powerful":                         {"stalling", "Stalin"},
		"was barium murdered? when":                                {"barium", "Beria"},
		"where did the berry trial papers go":                      {"berry", "Beria"},
		"what date did kruschev say barrier was killed":            {"barrier", "Beria"},
		"what did molotov and stalling have in common about lenin": {"stalling", "Stalin"},
	} {
		res, err := r.Retrieve(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain {
			t.Errorf("%q: declined; %q should be read as %q", q, want.Typed, want.Read)
			continue
		}
		found := false
		for _, rs := range res.Query.Respelled {
			found = found || rs == want
		}
		if !found {
			t.Errorf("%q: readings %v, want %q read as %q", q, res.Query.Respelled, want.Typed, want.Read)
		}
	}
}

// TestWordsNearNamesStayWords checks that a real word near a name of the
// essay is left a word where the question uses it as one, so that no
// question the essay does not answer is answered through it: after an
// article ("a lemon"), after "the" leading no phrase of the essay's
// ("is the barrier mentioned"), before a word the essay never uses
// ("barrier reef"), an "-ing" after its subject ("the train stalling"), a plural
// or a past ("shops", "buried"), a name the question gives already, or
// a question asking what the essay does not say beside the name; and
// that "shops" in a question the essay answers in its own words is
// still the word.
func TestWordsNearNamesStayWords(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for _, q := range []string{
		"is the author a lemon",
		"is the barrier mentioned as a symbol",
		"what is killing the great barrier reef",
		"why was the train stalling",
		"which berry did the author like best",
		"how do I make berry jam",
		"where is berry buried",
		"Where is Beria buried?",
		"where is stalin buried",
		"what's a good muffin recipe",
		"how did stalling die, was he poisoned",
	} {
		res, err := r.Retrieve(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Abstain {
			t.Errorf("%q: answered (readings %v); the essay does not answer it", q, res.Query.Respelled)
		}
	}
	// The essay answers this one in its own words (¶58's "special
	// stores, better housing"): "shops" is still read as the word.
	q := "Did top Soviet officials get nicer apartments and their own shops?"
	res, err := r.Retrieve(ctx, q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Query.Respelled) > 0 {
		t.Errorf("%q: read as %v; want its words as typed", q, res.Query.Respelled)
	}
}

// TestNameCost checks how near a word of a question sounds to a name,
// on invented names: alike with vowels before "r" read alike and "-ing"
// as "-in", near with two letters changed, and apart with an ending a
// name never takes, a first sound of its own, or as a common word.
func TestNameCost(t *testing.T) {
	for _, c := range []struct {
		word, name string
		near       bool
	}{
		{"marrow", "merrow", true},
		{"coddling", "codlin", true},
		{"puffin", "pukhin", true},
		{"shops", "zhores", false},
		{"buried", "berio", false},
		{"muffin", "pukhin", false},
		{"charge", "charta", false},
	} {
		if got := nameCost(c.word, c.name) <= maxNameCost; got != c.near {
			t.Errorf("nameCost(%q, %q) = %d: near %v, want %v", c.word, c.name, nameCost(c.word, c.name), got, c.near)
		}
	}
	if nameCost("marrow", "merrow") != 0 || nameCost("coddling", "codlin") != 0 {
		t.Error("a word sounding as a name should cost nothing")
	}
}
