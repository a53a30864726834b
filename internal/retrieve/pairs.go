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
