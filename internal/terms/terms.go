// Package terms turns text into the stemmed words that retrieval, answer
// selection and citation checks compare.
package terms

import (
	"sync"

	"github.com/kljensen/snowball/english"
)

// Words returns the lower-cased words of text, split at anything that is not
// a letter or a digit ("all-powerful" gives "all" and "powerful"). Words of
// one letter are dropped.
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

// questionWords are frequent in questions about a text but say nothing
// about its content ("which paragraph mentions ..."), so they neither find
// passages nor count as covered.
var questionWords = map[string]bool{
	"according": true, "also": true, "could": true, "describe": true,
	"did": true, "does": true, "explain": true, "tell": true, "think": true,
	"would": true, "author": true, "say": true, "says": true,
	"said": true, "writer": true, "us": true, "please": true, "much": true,
	"many": true, "like": true, "ll": true, "re": true, "ve": true, "don": true,
	"consider": true, "view": true, "opinion": true,
	"paragraph": true, "paragraphs": true, "section": true, "sections": true,
	"mention": true, "mentions": true, "mentioned": true, "explains": true,
	"explained": true, "describes": true, "described": true, "claim": true,
	"claims": true, "claimed": true, "talk": true, "talks": true,
	"want": true, "wants": true, "wanted": true,
}

// moreStopwords are function words the Snowball list lacks: modal verbs,
// a few adverbs and conjunctions, indefinite pronouns ("everyone else"),
// and what is left of a contraction once the apostrophe splits it
// ("couldn't" gives "couldn").
var moreStopwords = map[string]bool{
	"might": true, "must": true, "may": true, "shall": true, "ought": true,
	"yet": true, "ever": true, "even": true, "whose": true, "whether": true,
	"within": true, "without": true, "upon": true, "though": true,
	"although": true, "however": true, "cannot": true,
	"couldn": true, "wouldn": true, "shouldn": true, "didn": true, "doesn": true,
	"isn": true, "aren": true, "wasn": true, "weren": true, "hasn": true,
	"haven": true, "hadn": true, "mustn": true, "needn": true,
	"else": true, "anyone": true, "anybody": true, "anything": true,
	"everyone": true, "everybody": true, "everything": true, "someone": true,
	"somebody": true, "something": true, "nobody": true, "nothing": true,
	"whatever": true, "whoever": true, "really": true, "actually": true,
	"quite": true, "rather": true, "perhaps": true, "maybe": true,
}

// IsStopword reports whether a lower-case word is too common to help find a
// passage.
func IsStopword(w string) bool {
	return english.IsStopWord(w) || questionWords[w] || moreStopwords[w]
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
