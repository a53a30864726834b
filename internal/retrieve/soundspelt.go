package retrieve

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// vowelSpellings are the spellings English gives one vowel sound, each
// with the others a speller by ear may mean: "ee" and "ea" ("meen" for
// "mean"), "er" and "ear" ("lern" for "learn"), "ay" and "ai" ("payd"
// for "paid"), "ite" and "ight" ("nite" for "night"), and "u" for the
// "o" or "oe" that sound so ("dus" for "does", "sumthing" for
// "something", its "o" closed by a silent "e"). No slip of one letter
// reaches these, and a short word is read by its slips only as a
// function word.
var vowelSpellings = map[string][]string{
	"ee":  {"ea", "ie"},
	"ea":  {"ee"},
	"er":  {"ear", "ir", "ur"},
	"ur":  {"er", "ir", "ear"},
	"ay":  {"ai", "ey"},
	"ai":  {"ay"},
	"ite": {"ight"},
	"u":   {"o", "oe", "ou"},
}

// soundVariants returns w with one of its vowel spellings (see
// vowelSpellings) written another way, and each of those with a silent
// opening written too (see soundedAs): "nite" gives "night" and
// "knight". A "u" before a consonant may also be "o" with a silent "e"
// after that consonant ("sum" gives "some").
func soundVariants(w string) []string {
	var out []string
	for i := range len(w) {
		for from, tos := range vowelSpellings {
			if !strings.HasPrefix(w[i:], from) {
				continue
			}
			for _, to := range tos {
				if to != from {
					out = append(out, w[:i]+to+w[i+len(from):])
				}
			}
		}
		if w[i] == 'u' && i+1 < len(w) && !strings.ContainsRune("aeiouy", rune(w[i+1])) {
			out = append(out, w[:i]+"o"+w[i+1:i+2]+"e"+w[i+2:])
		}
	}
	for _, v := range out {
		out = append(out, soundedAs(v)...)
	}
	return out
}

// soundSpelt returns the word that w, a misspelt word, is with a vowel
// sound spelt as it is heard (see soundVariants), or "": a function word
// first, then a word the corpus uses, then a common word of general
// English, each only when one word of its kind fits. "wat dose democrasy
// meen" and "wat dose he want us to lern" were declined as never
// mentioning "meen" or "lern", which no slip of one letter reaches.
func (r *Retriever) soundSpelt(w string) string {
	if len(w) < minShortTypoLen || !isLetters(w) {
		return ""
	}
	variants := soundVariants(w)
	kinds := []func(string) bool{isFunctionWord, r.usesWord, commonWord}
	for _, kind := range kinds {
		if read := onlyOne(variants, kind); read != "" {
			return read
		}
	}
	return ""
}

// onlyOne returns the one word of words that ok accepts, its forms
// counted once, or "" when none or two words of other stems are.
func onlyOne(words []string, ok func(string) bool) string {
	found := ""
	for _, c := range words {
		if !ok(c) || c == found {
			continue
		}
		if found != "" && terms.Stem(found) != terms.Stem(c) {
			return ""
		}
		if found == "" || c < found {
			found = c
		}
	}
	return found
}

// rColoured returns the word that w, a name the dictionary knows and
// the corpus lacks, typed in lower case after "the", is with its vowels
// heard with an "r" spelt otherwise (see rSpellings), or "": a word the
// corpus uses or a common word of general English, of the same sound
// key (see rlessKey), the same first letter and two edits away at most,
// and alone so. A speller by ear writes the vowel of "author" as the
// name Arthur does, and "wat dose the arthur say" was declined as never
// mentioning "arthur": a name after "the" is no name meant.
func (r *Retriever) rColoured(w, prev string) string {
	if prev != "the" || !thesaurus.Proper(terms.Stem(w)) || r.inCorpus(w) {
		return ""
	}
	key := rlessKey(w)
	if strings.Count(key, "r") == strings.Count(w, "r") {
		// No vowel heard with an "r": the name is no such spelling.
		return ""
	}
	var found []string
	for _, c := range rRespelt(w) {
		if c != w && c[0] == w[0] && rlessKey(c) == key && editDistance(w, c) <= 2 {
			found = append(found, c)
		}
	}
	if read := onlyOne(found, r.usesWord); read != "" {
		return read
	}
	return onlyOne(found, commonWord)
}

// rSpellings are the spellings of a vowel that much English speech,
// sounding no "r" after a vowel, hears alike with a vowel and "r".
var rSpellings = []string{"ar", "er", "ir", "or", "ur", "au", "aw", "a", "e", "i", "o", "u"}

// maxRSites bounds rRespelt: each vowel heard with an "r" multiplies the
// spellings tried by len(rSpellings).
const maxRSites = 3

// rRespelt returns w with each vowel followed by an "r" before no vowel
// ("ar" of "arthur") spelt each way of rSpellings.
func rRespelt(w string) []string {
	out := []string{""}
	sites := 0
	for i := 0; i < len(w); i++ {
		if i+1 < len(w) && isVowel(w[i]) && w[i+1] == 'r' && (i+2 == len(w) || !isVowel(w[i+2])) && sites < maxRSites {
			sites++
			var next []string
			for _, o := range out {
				for _, sp := range rSpellings {
					next = append(next, o+sp)
				}
			}
			out = next
			i++
			continue
		}
		for j := range out {
			out[j] += w[i : i+1]
		}
	}
	return out
}

// rlessKey returns w's consonants, a vowel run written as one "*", with
// an "r" after a vowel and before no vowel left out: much English speech
// does not sound it, and hears "ar", "au" and "or" alike.
func rlessKey(w string) string {
	var b strings.Builder
	vowel := func(i int) bool { return i < len(w) && isVowel(w[i]) }
	for i := 0; i < len(w); i++ {
		switch {
		case vowel(i):
			if i == 0 || !vowel(i-1) {
				b.WriteByte('*')
			}
		case w[i] == 'r' && i > 0 && vowel(i-1) && !vowel(i+1):
		default:
			b.WriteByte(w[i])
		}
	}
	return b.String()
}
