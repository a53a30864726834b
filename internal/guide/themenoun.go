package guide

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// sharedNoun names a group of claims by the noun most of them use, none
// of taken, or "": claims that share none of the text's ideas were
// themed "what the author writes", which tells a student nothing, where
// five of seven speak of women. At least half of the claims, and two,
// must use it: Gibbon's "freedom", which one claim of five used in
// passing, said nothing of the others. A word the text writes with a
// capital inside a sentence, a function word or a word WordNet reads
// mostly as another part of speech is no name for a theme.
func sharedNoun(c *essay.Corpus, qs []*Question, taken map[string]bool) string {
	need := max(2, (len(qs)+1)/2)
	count := map[string]int{}
	forms := map[string]map[string]int{}
	for _, q := range qs {
		seen := map[string]bool{}
		for i, w := range wordRe.FindAllString(q.Text, -1) {
			lw := strings.ToLower(w)
			if i > 0 && w != lw || len(lw) < 4 || terms.IsStopword(lw) || terms.IsFunctionWord(lw) || !mostlyNoun(lw) || taken[lw] {
				continue
			}
			st := terms.Stem(lw)
			if forms[st] == nil {
				forms[st] = map[string]int{}
			}
			forms[st][lw]++
			if !seen[st] {
				seen[st] = true
				count[st]++
			}
		}
	}
	best, bestN, bestUses := "", 0, 0
	for st, n := range count {
		if n < need {
			continue
		}
		form := commonestForm(forms[st])
		u := len(uses(c, form))
		if n > bestN || n == bestN && (u > bestUses || u == bestUses && form < best) {
			best, bestN, bestUses = form, n, u
		}
	}
	return best
}

// commonestForm returns the form counted most, the first in order on a tie.
func commonestForm(forms map[string]int) string {
	best, bestN := "", 0
	for f, n := range forms {
		if n > bestN || n == bestN && f < best {
			best, bestN = f, n
		}
	}
	return best
}
