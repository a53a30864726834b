package index

import (
	"strings"
	"sync"
	"unicode/utf8"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// OldSpellings returns the words of words, a corpus's distinct words in
// lower case, that spell a word of today as English was spelt before
// about 1700 (see Modernised), each with that word ("warre": "war"); or
// nil when the corpus is not spelt so: when it writes fewer than
// minOldVerbs verbs in "-eth".
//
// The verbs are counted first: every retriever asks this of its corpus
// on its first question, and most corpora have none, so the dictionary
// is not asked of every word of them.
func OldSpellings(words []string) map[string]string {
	verbs := 0
	for _, w := range words {
		if strings.HasSuffix(w, "eth") && Modernised(w) != "" {
			verbs++
		}
	}
	if verbs < minOldVerbs {
		return nil
	}
	out := map[string]string{}
	for _, w := range words {
		if m := Modernised(w); m != "" {
			out[w] = m
		}
	}
	return out
}

// minOldVerbs is how many verbs in "-eth" a corpus must write for its
// spelling to be read as old: a text of the last three centuries quotes
// one or two from the Bible ("walketh", "breaketh"); Hobbes writes fifty.
// A text in another language has words that end as old English words
// do ("personne", "sinne"), and none of the verbs.
const minOldVerbs = 5

// Modernised returns the word of today's spelling that w, a lower-case
// word the dictionary does not know, spells as English was spelt before
// about 1700, or "": a final "e" since dropped ("warre"), a final
// consonant doubled ("naturall", "lawfull"), "y" where "i" is written
// now ("voyd", "sayd"), a verb's "-eth" for its "-s" ("bindeth"), an "e"
// since put before an "r" ("entred", "hindring"), "-ick" for "-ic"
// ("publick"). The word must be one the dictionary knows as a common
// word, and another than w.
func Modernised(w string) string {
	if len(w) < minOldSpelt || !letters(w) || terms.IsStopword(w) {
		return ""
	}
	stem := terms.Stem(w)
	if thesaurus.Senses(stem) > 0 {
		return ""
	}
	for _, m := range modernForms(w) {
		s := terms.Stem(m)
		if s != stem && !terms.IsStopword(m) && thesaurus.Senses(s) > 0 && !thesaurus.Proper(s) {
			return m
		}
	}
	return ""
}

// minOldSpelt is the fewest letters of a word Modernised reads: a shorter
// one is a word of today one letter off too often.
const minOldSpelt = 4

// modernForms returns the spellings w may have today, by the old
// spellings Modernised undoes, one or two of them at a time ("despoyle"
// as "despoil"), nearest first.
func modernForms(w string) []string {
	seen := map[string]bool{w: true}
	var out []string
	level := []string{w}
	for range 2 {
		var next []string
		for _, v := range level {
			for _, m := range oldSpellingUndone(v) {
				if !seen[m] {
					seen[m] = true
					out = append(out, m)
					next = append(next, m)
				}
			}
		}
		level = next
	}
	return out
}

// oldSpellingUndone returns w with one old spelling undone, each way it
// may be (see Modernised).
func oldSpellingUndone(w string) []string {
	var out []string
	if base, ok := strings.CutSuffix(w, "eth"); ok && len(base) >= 2 {
		// "bindeth", "giveth", "transferreth"; "lyeth" for "lieth".
		if b, ok := strings.CutSuffix(base, "y"); ok {
			out = append(out, b+"ie")
		}
		out = append(out, stemEnds(base)...)
	}
	if base, ok := strings.CutSuffix(w, "e"); ok && finalCluster(base) {
		// "warre", "runne", "forgivenesse"; not "geese" or "thine",
		// whose "e" is sounded or lengthens the vowel before.
		if u := undoubled(base); u != base && !keptDouble(base) {
			out = append(out, u)
		}
		out = append(out, base)
	}
	if undoubled(w) != w {
		// "naturall", "lawfull".
		out = append(out, undoubled(w))
	}
	if base, ok := strings.CutSuffix(w, "ick"); ok {
		out = append(out, base+"ic")
	}
	for i := 1; i < len(w)-1; i++ {
		if w[i] == 'y' && vowel(w[i-1]) {
			// "voyd", "sayd", "enemyes".
			out = append(out, w[:i]+"i"+w[i+1:])
		}
	}
	for _, end := range []string{"red", "ring", "rs"} {
		base, ok := strings.CutSuffix(w, end)
		if ok && len(base) >= 2 && !vowel(base[len(base)-1]) && base[len(base)-1] != 'r' {
			// "entred", "hindring": written "entered", "hindering".
			out = append(out, base+"e"+end)
		}
	}
	return out
}

// stemEnds returns the words of today a verb's stem may be, the likelier
// first: with its last letter written once where English does not double
// it at a word's end ("transferr", "warr"), as it is ("bind", "call"), and
// with a silent "e" ("renounce", "hope"), first where a single vowel and
// a consonant end it, or a "c", "v" or one "s" does ("give", "promise";
// "fear", "contain" and "follow" have none).
func stemEnds(base string) []string {
	n := len(base)
	plain, e := base, base+"e"
	if u := undoubled(base); u != base && !keptDouble(base) {
		plain = u
	}
	last, before := base[n-1], base[n-2]
	single := n < 3 || !vowel(base[n-3]) && base[n-3] != 'y'
	if strings.IndexByte("cv", last) >= 0 || last == 's' && before != 's' ||
		vowel(before) && single && !vowel(last) && strings.IndexByte("wxy", last) < 0 {
		return []string{e, plain, base}
	}
	return []string{plain, e, base}
}

// keptDouble reports whether w ends in a doubled letter that English
// keeps doubled at a word's end ("call", "pass", "staff", "buzz").
func keptDouble(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && strings.IndexByte("lsfz", w[n-1]) >= 0
}

// finalCluster reports whether w ends in two letters that are no vowels
// ("warr", "himself", "aym"): a final "e" after them is silent and was
// dropped since.
func finalCluster(w string) bool {
	n := len(w)
	return n >= 3 && !vowel(w[n-1]) && !vowel(w[n-2])
}

// undoubled returns w with a doubled last letter written once, or w.
func undoubled(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !vowel(w[n-1]) {
		return w[:n-1]
	}
	return w
}

func vowel(c byte) bool {
	return strings.IndexByte("aeiou", c) >= 0
}

func letters(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// modernTexts returns texts as the embedder reads them: a corpus spelt
// as English was before about 1700 (see OldSpellings), whose distinct
// words are words, with its words written as today (see ModernText);
// any other, as it is. The vectors then hold the meanings the
// dictionary gives the words ("war" for Hobbes's "Warre"), which a
// question in today's words asks for.
func modernTexts(texts, words []string) []string {
	old := OldSpellings(words)
	if old == nil {
		return texts
	}
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = ModernText(t, old)
	}
	return out
}

// ModernText returns text with its words in old spelling (see
// OldSpellings; old maps them, in lower case, to today's) written as
// today, in place, a capital kept ("Warre" as "War"): the vectors know a
// word's meanings only as spelt today, and an embedder of an API reads
// the sentence around it.
func ModernText(text string, old map[string]string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(text); {
		if !asciiLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && asciiLetter(text[j]) {
			j++
		}
		m, ok := old[strings.ToLower(text[i:j])]
		// A run of letters beside a letter of another alphabet, or an
		// accented one, is part of a longer word.
		if ok && (i == 0 || text[i-1] < utf8.RuneSelf) && (j == len(text) || text[j] < utf8.RuneSelf) {
			if text[i] < 'a' {
				m = strings.ToUpper(m[:1]) + m[1:]
			}
			b.WriteString(text[last:i])
			b.WriteString(m)
			last = j
		}
		i = j
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

func asciiLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// spellingProbe is old-spelt English of the project's own making, with
// a word for each rule of Modernised and five verbs in "-eth".
const spellingProbe = "He bindeth, sheweth, maketh, giveth and taketh no warre for a naturall and publick wrong entred into in a voyd place."

// SpellingVersion returns what the rules of old spelling make of
// spellingProbe: the vectors are of a text so written (see
// modernTexts), so the index key records it, and a change to the rules
// rebuilds an index instead of leaving one whose vectors read the text
// by the old rules.
var SpellingVersion = sync.OnceValue(func() string {
	return ModernText(spellingProbe, OldSpellings(terms.KnownOf([]string{spellingProbe}).Words))
})
