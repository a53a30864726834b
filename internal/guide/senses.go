package guide

import (
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
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
	negated := readNegated(s, heard)
	collective := readCollective(s, heard)
	if negated || collective {
		s.heard = heard
	}
}

// collectiveRe is a noun in "-ship" after "the" and up to two words that
// qualify it: "the Jivago leadership", "the membership".
var collectiveRe = lazyregexp.New(`(?i)\bthe\s+(?:[\p{L}'’-]+\s+){0,2}?(\p{L}{3,}ship)\b(\s+of\b)?`)

// readCollective reads a "-ship" noun that stands for the people who
// hold the office, "the Jivago leadership", "the membership", as the word
// for those people, "leader", "member": "What forms of leadership ...?"
// asks about a way of leading, and "aiming at assassination of the
// Jivago leadership" names the people who lead. Only where "the" opens
// the noun's phrase and no "of" follows it ("the leadership of a
// movement" may be either), and only where the base names a person.
func readCollective(s *sentence, heard map[string]float64) bool {
	changed := false
	for _, m := range collectiveRe.FindAllStringSubmatch(s.text, -1) {
		if m[2] != "" {
			continue
		}
		word := strings.ToLower(m[1])
		base := strings.TrimSuffix(word, "ship")
		if !thesaurus.Person(base) {
			continue
		}
		t, bt := terms.Stem(word), terms.Stem(base)
		weight, ok := heard[t]
		if !ok || countWord(s.text, word) > 1 {
			continue
		}
		delete(heard, t)
		heard[bt] = max(heard[bt], weight)
		if s.pos != nil {
			s.pos[bt] = append(s.pos[bt], s.pos[t]...)
		}
		changed = true
	}
	return changed
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
