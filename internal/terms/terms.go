// Package terms turns text into the stemmed words that retrieval, answer
// selection and citation checks compare.
//
// It imports nothing of studyguide's; every package that compares words
// imports it, and whatever stores its stems (the index key, the thesaurus
// table) records its Version.
package terms

import (
	"sync"

	"github.com/kljensen/snowball/english"
)

// Words returns the lower-cased words of text, split at anything that is not
// a letter or a digit ("all-powerful" gives "all" and "powerful"). Words of
// one letter are dropped; a single digit is kept ("6, 6 and 5").
func Words(text string) []string {
	out := []string{}
	eachWord(text, func(w string) { out = append(out, w) })
	return out
}

// Stems returns the stems of text's words that carry meaning: stop words
// are dropped and the rest reduced with the Snowball English stemmer.
func Stems(text string) []string {
	out := make([]string, 0, len(text)/8)
	eachWord(text, func(w string) {
		if !IsStopword(w) {
			out = append(out, Stem(w))
		}
	})
	return out
}

// Unique returns stems without repeats, in first-seen order.
func Unique(stems []string) []string {
	seen := make(map[string]bool, len(stems))
	out := make([]string, 0, len(stems))
	for _, s := range stems {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// maxCached bounds the stem cache so that hostile input cannot grow it
// without limit.
const maxCached = 1 << 18

var (
	stemMu    sync.RWMutex
	stemCache = map[string]string{}
)

// Stem reduces one lower-case word to its Snowball English stem. Results
// are cached: a large corpus repeats a small vocabulary many times.
func Stem(w string) string {
	stemMu.RLock()
	s, ok := stemCache[w]
	stemMu.RUnlock()
	if ok {
		return s
	}
	base := w
	if b, ok := baseForms[w]; ok {
		base = b
	}
	s = english.Stem(base, true)
	stemMu.Lock()
	if len(stemCache) < maxCached {
		stemCache[w] = s
	}
	stemMu.Unlock()
	return s
}
