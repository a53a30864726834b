package retrieve

import (
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// namePairRe finds two capitalized words joined by "and".
var namePairRe = lazyregexp.New(`\b(\p{Lu}\p{L}+) and (\p{Lu}\p{L}+)\b`)

// namePairs returns the pairs of names the corpus joins by "and"
// ("Smith and Jones"), lower-cased, read once: capitalized words it
// writes as names (see named), not title words ("Origins and
// Consequences").
func (r *Retriever) namePairs() [][2]string {
	r.pairsOnce.Do(func() {
		seen := map[[2]string]bool{}
		for _, p := range r.Corpus.Passages {
			for _, m := range namePairRe.FindAllStringSubmatch(p.Text(), -1) {
				a, b := strings.ToLower(m[1]), strings.ToLower(m[2])
				pair := [2]string{a, b}
				if !seen[pair] && r.named(terms.Stem(a)) && r.named(terms.Stem(b)) {
					seen[pair] = true
					r.pairs = append(r.pairs, pair)
				}
			}
		}
	})
	return r.pairs
}

// readNamePairs returns fields with each pair of words joined by "and"
// that sounds as a pair of names the corpus joins so (see namePairs)
// read as those names, and the readings made: voice typing writes names
// it does not know as the words they sound like, and "marks and angles",
// said for two thinkers the text names together, was declined; "X and
// barrier", for X and his colleague, was answered from the wrong
// passage. Each word is the name, or sounds as it (see soundsAs), or,
// beside a word that is or sounds as the other name, has its consonants
// (see consonantKey): the pair is the evidence that a single word
// sounding so lacks. A word the corpus uses, or one typed capitalized,
// is meant as typed.
func (r *Retriever) readNamePairs(fields []string) ([]string, []Respelling) {
	var made []Respelling
	for i := 0; i+2 < len(fields); i++ {
		if strings.ToLower(fields[i+1]) != "and" {
			continue
		}
		a, b := fields[i], strings.TrimRightFunc(fields[i+2], func(c rune) bool { return !isLetters(string(c)) })
		for _, pair := range r.namePairs() {
			ra, oka := r.soundsInPair(a, pair[0])
			rb, okb := r.soundsInPair(b, pair[1])
			if !(oka == 2 && okb > 0 || okb == 2 && oka > 0) || ra == a && rb == b {
				continue
			}
			if ra != a {
				made = append(made, Respelling{Typed: a, Read: ra})
				fields[i] = ra
			}
			if rb != b {
				made = append(made, Respelling{Typed: b, Read: rb})
				fields[i+2] = rb + fields[i+2][len(b):]
			}
			break
		}
	}
	return fields, made
}

// soundsInPair returns name and how well w stands for it in a pair of
// names: 2 when w is the name or sounds as it, 1 when it has only its
// consonants, 0 when neither or when w is meant as typed (see
// readNamePairs).
func (r *Retriever) soundsInPair(w, name string) (string, int) {
	switch {
	case strings.EqualFold(w, name):
		return w, 2
	case w != strings.ToLower(w) || !isLetters(w) || terms.IsStopword(w) || r.usesWord(w) || r.Index.BM25.Has(terms.Stem(w)):
		return w, 0
	case soundsAs(spokenAs(w), name):
		return name, 2
	case consonantKey(spokenAs(w)) == consonantKey(name):
		return name, 1
	}
	return w, 0
}

// fullNameRe finds two capitalized words side by side: a given name and
// a surname ("Smith Jones").
var fullNameRe = lazyregexp.New(`\b(\p{Lu}\p{L}+) (\p{Lu}\p{L}+)\b`)

// fullNames returns the names the corpus writes as a given name and a
// surname side by side, lower-cased, read once: both words written as
// names (see named), or the given name a word no dictionary knows but
// as a name (see nameStem), which the text may write only where it
// opens a sentence, and so never shows capitalized as a name is.
func (r *Retriever) fullNames() [][2]string {
	r.fullOnce.Do(func() {
		seen := map[[2]string]bool{}
		given := func(s string) bool { return r.named(s) || nameStem(s) && !terms.IsStopword(s) }
		for _, p := range r.Corpus.Passages {
			for _, m := range fullNameRe.FindAllStringSubmatch(p.Text(), -1) {
				a, b := strings.ToLower(m[1]), strings.ToLower(m[2])
				pair := [2]string{a, b}
				if !seen[pair] && given(terms.Stem(a)) && r.named(terms.Stem(b)) {
					seen[pair] = true
					r.full = append(r.full, pair)
				}
			}
		}
	})
	return r.full
}

// heardBeside returns the surname the corpus writes after prev, a
// question's word that is a given name of the corpus (see fullNames),
// when words, heard after it (see heardAfter), have that surname's
// consonants (see consonantKey), or "": the given name is the evidence
// that the vowels heard lack, as the other name is in a pair joined by
// "and" (see readNamePairs). "what did he tell felix chew of" was
// declined as never mentioning "chew", though the text writes the
// given name before the surname it sounds as.
func (r *Retriever) heardBeside(prev string, words []string) string {
	prev = strings.ToLower(prev)
	if !r.heardAfter(words) {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteString(spokenAs(w))
	}
	key := consonantKey(b.String())
	if len(key) < minConsonantKey {
		return ""
	}
	for _, name := range r.fullNames() {
		if name[0] == prev && consonantKey(name[1]) == key {
			return name[1]
		}
	}
	return ""
}

// heardAfter reports whether words may be a surname heard as words
// (see heardBeside): typed in lower case, the first no stop word, and
// none of them a word the corpus uses but a last "of" or "off", the
// ending "-ov" heard.
func (r *Retriever) heardAfter(words []string) bool {
	last := len(words) - 1
	if len(words) > 1 && (words[last] == "of" || words[last] == "off") {
		words = words[:last]
	}
	return r.heard(words)
}
