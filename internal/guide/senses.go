package guide

import (
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// negatedShare weighs, as evidence, a word that a negating prefix joins
// ("deeply anti-democratic"): the sentence names the opposite of what
// the bare word names, and does not say what that is.
const negatedShare = 0.5

// negatedRe is a word a negating prefix joins with a hyphen, and the
// words it joins after that: "anti-democratic", "non-communist",
// "anti-working-class".
var negatedRe = lazyregexp.New(`(?i)\b(?:anti|non|counter)-([\p{L}-]*\p{L})`)

// readSenses sets the stems a question's evidence is matched on (see
// holds) where a word's form says less than its stem: a word a negating
// prefix joins counts negatedShare of its weight, unless the sentence
// also uses it bare. "What form can a republic take?" is not answered
// by "Jivago's rule was harsh and deeply anti-republican", which shares
// only that word with it and says no form a republic takes. The summary
// and the glossary still read the sentence's own stems.
func readSenses(s *sentence) {
	heard := map[string]float64{}
	for t, w := range s.stems {
		heard[t] = w
	}
	if readNegated(s, heard) {
		s.heard = heard
	}
}

// readNegated weighs down in heard the stems s uses only after a
// negating prefix.
func readNegated(s *sentence, heard map[string]float64) bool {
	changed := false
	words := terms.Words(s.text)
	for _, m := range negatedRe.FindAllStringSubmatch(s.text, -1) {
		for _, w := range strings.Split(m[1], "-") {
			t := terms.Stem(strings.ToLower(w))
			if weight, ok := heard[t]; ok && bareUses(words, t) == 0 && weight == s.stems[t] {
				heard[t] = weight * negatedShare
				changed = true
			}
		}
	}
	return changed
}

// bareUses counts the words of ws with stem t outside a compound a
// negating prefix opens: terms.Words parts "anti-working-class" into
// "anti", "working" and "class".
func bareUses(ws []string, t string) int {
	n := 0
	for i, w := range ws {
		if terms.Stem(w) == t && !negatedAt(ws, i) {
			n++
		}
	}
	return n
}

// negatedAt reports whether a negating prefix stands at most two words
// before word i of ws.
func negatedAt(ws []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if negatingPrefix[ws[j]] {
			return true
		}
	}
	return false
}

// negatingPrefix holds the prefixes negatedRe reads.
var negatingPrefix = map[string]bool{"anti": true, "non": true, "counter": true}
