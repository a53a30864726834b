package generate

import (
	"slices"

	"studyguide/internal/terms"
)

// certaintyOpeners, before "doubt", make it say the opposite: "No doubt
// there would have been strengths", "beyond doubt", "little doubt that"
// are sure, and doubt nothing.
var certaintyOpeners = map[string]bool{"no": true, "without": true, "beyond": true, "little": true}

// doubtStem is the stem of "doubt", which certaintyOpeners turn.
var doubtStem = terms.Stem("doubt")

// withoutCertainty returns stems, the stems of sentence text, without
// "doubt" when every "doubt" of the sentence is said after a word of
// certaintyOpeners: asked "why does he doubt it?", a sentence opening
// "No doubt ..." shares the word and says the opposite.
func withoutCertainty(text string, stems []string) []string {
	if !slices.Contains(stems, doubtStem) {
		return stems
	}
	ws := terms.Words(text)
	for i, w := range ws {
		if terms.Stem(w) == doubtStem && (i == 0 || !certaintyOpeners[ws[i-1]]) {
			return stems
		}
	}
	return slices.DeleteFunc(slices.Clone(stems), func(st string) bool { return st == doubtStem })
}
