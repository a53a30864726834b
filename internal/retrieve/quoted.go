package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
)

const (
	// quotedShare is the part of its score a passage keeps when the
	// question quotes a phrase that other passages hold and it does not:
	// enough to settle a near tie for the passage the reader is quoting,
	// not to overturn the rankings. Chosen from 0.85 and 0.9 on the
	// essay's sets.
	quotedShare = 0.85
	// maxQuotedHolders is the most passages a quoted phrase may stand in
	// and still say where to look: one the text says everywhere points
	// nowhere.
	maxQuotedHolders = 3
)

// quotedHolders returns the positions of the passages that hold a phrase
// of two or more words the question quotes ("What does he mean by
// "direct action"?"): a reader quoting the text points to where its
// words stand. A phrase of two or more content words is held by a
// sentence holding all their stems, in any order or form ("church vs
// state" by "between church and state"); one of fewer ("as it were")
// by its words in a row.
func (r *Retriever) quotedHolders(asked string) []int32 {
	var out []int32
	for _, qt := range quotations(asked) {
		words := terms.Words(qt.text)
		if qt.single || len(words) < 2 {
			continue
		}
		stems := terms.Unique(terms.Stems(qt.text))
		var holders []int32
		for i := range r.Corpus.Passages {
			if r.holdsPhrase(i, words, stems) {
				holders = append(holders, int32(i))
			}
		}
		if len(holders) > maxQuotedHolders {
			continue
		}
		for _, h := range holders {
			if !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
	}
	return out
}

// holdsPhrase reports whether the passage at position i holds a quoted
// phrase of words, whose content stems are stems (see quotedHolders).
func (r *Retriever) holdsPhrase(i int, words, stems []string) bool {
	if len(stems) < 2 {
		// No word holds a space: the words stand in a row where they
		// stand, one space between them, between spaces.
		return strings.Contains(r.passageWords(i), " "+strings.Join(words, " ")+" ")
	}
	return slices.ContainsFunc(r.sentenceStems(i), func(have []string) bool {
		return !slices.ContainsFunc(stems, func(t string) bool { return !slices.Contains(have, t) })
	})
}

// favourQuoted lets the passages that do not hold a phrase the question
// quotes keep quotedShare of their score, when some passage holds one
// (quoted, by position): the passages holding it gain on them. They
// lose rather than the holders gaining, so that scores stay within 0
// to 1.
func favourQuoted(scores []float64, quoted []int32) {
	if len(quoted) == 0 {
		return
	}
	for i := range scores {
		if !slices.Contains(quoted, int32(i)) {
			scores[i] *= quotedShare
		}
	}
}
