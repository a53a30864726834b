// Package terms turns text into the stemmed words that retrieval, answer
// selection and citation checks compare.
//
// It imports nothing of studyguide's; every package that compares words
// imports it, and whatever stores its stems (the index key, the thesaurus
// table) records its Version.
package terms

import (
	"iter"
	"sync"

	"github.com/kljensen/snowball/english"
)

// Words returns the lower-cased words of text, split at anything that is not
// a letter or a digit ("all-powerful" gives "all" and "powerful"). Words of
// one letter are dropped; a single digit is kept ("6, 6 and 5").
func Words(text string) []string {
	return AppendWords([]string{}, text)
}

// AppendWords appends the words Words returns to dst and returns the
// extended slice: a caller splitting many texts in turn, each read and
// let go, can reuse one slice for them all.
func AppendWords(dst []string, text string) []string {
	eachWord(text, func(w string) bool {
		dst = append(dst, w)
		return true
	})
	return dst
}

// WordsSeq yields the words Words returns, one at a time: a caller that
// reads each word once need not hold them all in a slice, which costs an
// allocation or more for every text of a large corpus.
func WordsSeq(text string) iter.Seq[string] {
	return func(yield func(string) bool) { eachWord(text, yield) }
}

// Stems returns the stems of text's words that carry meaning: stop words
// are dropped and the rest reduced with the Snowball English stemmer.
func Stems(text string) []string {
	out := make([]string, 0, len(text)/8)
	eachWord(text, func(w string) bool {
		if !IsStopword(w) {
			out = append(out, Stem(w))
		}
		return true
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

// StemAcronym returns the stem of w, a lower-cased word typed in
// capitals as an acronym ("SAT", "NKVD"): the Snowball stem, never read
// through the table of irregular forms, which reads "sat" as "sit" and
// "met" as "meet". It stems no text of the corpus, whose stems Version
// covers: only a question's word its reader took for an acronym.
func StemAcronym(w string) string {
	return english.Stem(w, true)
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
	s, ok = knownStem(w)
	if !ok {
		base := w
		if b, ok := baseForms[w]; ok {
			base = b
		}
		s = english.Stem(base, true)
	}
	stemMu.Lock()
	if len(stemCache) < maxCached {
		stemCache[w] = s
	}
	stemMu.Unlock()
	return s
}
