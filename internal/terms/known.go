package terms

import (
	"slices"
	"sync"
)

// Known is a table of words and their stems as Stem gives them, which
// Stem reads before stemming a word itself: an index saves its corpus's,
// so that a process reading the index does not stem anew each word of
// the passages it reads, a tenth of the first question's time.
type Known struct {
	// Words are sorted; Stems[i] is the stem of Words[i].
	Words, Stems []string
}

var (
	knownMu sync.RWMutex
	known   Known
)

// SetKnown makes Stem read k, in place of the table set before. Each of
// k's stems must be what Stem gives its word in this build: a table saved
// under a key that holds Version, or made by KnownOf.
func SetKnown(k Known) {
	if len(k.Words) != len(k.Stems) || !slices.IsSorted(k.Words) {
		return
	}
	knownMu.Lock()
	known = k
	knownMu.Unlock()
}

// KnownOf returns the table of the words of texts that are no stop
// words, with their stems.
func KnownOf(texts []string) Known {
	seen := map[string]bool{}
	for _, t := range texts {
		eachWord(t, func(w string) bool {
			if !IsStopword(w) {
				seen[w] = true
			}
			return true
		})
	}
	var k Known
	for w := range seen {
		k.Words = append(k.Words, w)
	}
	slices.Sort(k.Words)
	for _, w := range k.Words {
		k.Stems = append(k.Stems, Stem(w))
	}
	return k
}

// knownStem returns w's stem from the table SetKnown set, if it has w.
func knownStem(w string) (string, bool) {
	knownMu.RLock()
	defer knownMu.RUnlock()
	if i, ok := slices.BinarySearch(known.Words, w); ok {
		return known.Stems[i], true
	}
	return "", false
}
