package retrieve

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// skeletonWord returns the word of the corpus that w, typed in lower
// case with no vowel after its first letter but "y" ("stln", "lbrty"),
// stands for, or "": texting drops a word's vowels and keeps its
// consonants, and a student types a long name so. The word read has the
// same skeleton (see skeleton). It is the only word of the corpus so, or
// the only name so where more passages hold it than any other word so:
// a text names its people throughout, and "lncln" is the "Lincoln" it
// names, not a rare word of the same consonants. A
// word the corpus or the dictionary knows ("nth", "pst"), a stop word, a
// word of chat ("pls", "thx") and a skeleton two words share as
// commonly ("mst": "most" or "must") are left as typed.
func (r *Retriever) skeletonWord(w string) string {
	if len(w) < minShortTypoLen || !isLetters(w) || strings.ContainsAny(w[1:], "aeiou") || terms.IsStopword(w) ||
		casualWords[w] || chatSkeletons[w] || r.usesWord(w) || thesaurus.Word(w) {
		return ""
	}
	key := skeleton(w)
	var forms []string
	for c := range r.vocab.words {
		if len(c) > len(w) && isLetters(c) && skeleton(c) == key {
			forms = addForm(forms, c)
		}
	}
	if len(forms) == 1 {
		return forms[0]
	}
	var name string
	for _, c := range forms {
		if r.named(terms.Stem(c)) {
			if name != "" {
				return ""
			}
			name = c
		}
	}
	for _, c := range forms {
		if name != "" && c != name && r.rarity(c) <= r.rarity(name) {
			return ""
		}
	}
	return name
}

// skeleton returns w without its vowels but for its first letter
// ("indvdlty" for "individuality"), "y" counted one but at its end
// ("lbrty" for "liberty"): texting keeps both.
func skeleton(w string) string {
	if len(w) < 2 {
		return w
	}
	if core, ok := strings.CutSuffix(w[1:], "y"); ok {
		return w[:1] + consonants(core) + "y"
	}
	return w[:1] + consonants(w[1:])
}

// chatSkeletons are words of chat typed without vowels that a text's
// words may share a skeleton with: "pls" is "please", not "plus".
var chatSkeletons = words("pls", "plz", "thx", "thnx", "msg", "hmm", "shh", "brb", "gtg", "ttyl", "smh", "ngl", "bff", "nvm", "jk", "tbh", "btw", "wtf", "lmk", "ppl")

// addForm adds word c to forms, one word a stem: of two forms of one
// stem, the first in alphabetical order is kept, since the vocabulary is
// a map read in no fixed order.
func addForm(forms []string, c string) []string {
	s := terms.Stem(c)
	for i, f := range forms {
		if terms.Stem(f) == s {
			if c < f {
				forms[i] = c
			}
			return forms
		}
	}
	return append(forms, c)
}
