package retrieve

import (
	"slices"
	"testing"
)

// TestNameSoundingAsLooksUp checks that nameSoundingAs, which finds its
// candidates in a table of the corpus's words by consonant key, reads
// every word as a pass over the whole vocabulary does, on the essay and
// on a development text: each word of the corpus, and each with its
// first vowel changed, as a name heard and typed apart would be
// ("pee zhee cove" joined is "peezheecove", Pyzhikov's consonants).
func TestNameSoundingAsLooksUp(t *testing.T) {
	for name, r := range map[string]*Retriever{
		"essay":             retriever(t, Hybrid),
		"goldman-kronstadt": textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md"),
	} {
		r.usesWord("")
		words := make([]string, 0, len(r.vocab.words))
		for w := range r.vocab.words {
			words = append(words, w)
		}
		slices.Sort(words)
		if name != "essay" {
			// A pass over the vocabulary for each word is slow: every
			// seventh word of a long text is enough.
			words = sparse(words, 20)
		}
		found := 0
		for _, w := range append(words, "peezheecove") {
			for _, typed := range []string{w, firstVowelChanged(w)} {
				got, want := r.nameSoundingAs(typed), nameSoundingAsByScan(r, typed)
				if got != want {
					t.Errorf("%s: nameSoundingAs(%q) = %q, a pass over the vocabulary gives %q", name, typed, got, want)
				}
				if got != "" {
					found++
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: no word sounds as a name", name)
		}
	}
}

// nameSoundingAsByScan is nameSoundingAs as it was written first, with
// every word of the corpus for candidates, not those of w's consonants.
func nameSoundingAsByScan(r *Retriever, w string) string {
	r.usesWord("")
	all := make([]string, 0, len(r.vocab.words))
	for c := range r.vocab.words {
		all = append(all, c)
	}
	return r.nameAmong(w, all)
}

func sparse(words []string, n int) []string {
	var out []string
	for i := 0; i < len(words); i += n {
		out = append(out, words[i])
	}
	return out
}

// firstVowelChanged returns w with its first vowel made another ("a" for
// "e", "e" for any other), or w when it has none.
func firstVowelChanged(w string) string {
	for i := range len(w) {
		switch w[i] {
		case 'a', 'i', 'o', 'u':
			return w[:i] + "e" + w[i+1:]
		case 'e':
			return w[:i] + "a" + w[i+1:]
		}
	}
	return w
}
