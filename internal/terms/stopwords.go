package terms

import (
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// The stop words below shape every saved index and the thesaurus table:
// Version hashes them, so a change rebuilds users' indexes by itself (the
// index key holds Version), but it stales the committed thesaurus table,
// whose staleness test then fails: run go generate ./internal/thesaurus,
// and update the golden files and figures the change moves.

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
// what is left of a contraction once the apostrophe splits it ("couldn't"
// gives "couldn"), "vs", which only joins the two things it names ("church
// vs state" is about "church" and "state"), and "get", which asks for
// whatever follows it ("What privileges did members get?"). "Versus" is
// left a word: its questions rank alike either way, and an answer to
// "the 'town versus gown' problem" read without it quoted less.
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
	"get": true, "gets": true, "got": true, "getting": true, "gotten": true,
	"vs": true,
}

// IsStopword reports whether a lower-case word is too common to help find a
// passage.
func IsStopword(w string) bool {
	return english.IsStopWord(w) || questionWords[w] || moreStopwords[w]
}

// IsFunctionWord reports whether w is an English function word ("besides",
// "whereas", "thereby"), stop word or not: a word that says nothing of a
// subject, though the stop list keeps it for searching.
func IsFunctionWord(w string) bool {
	return IsStopword(w) || functionWordSet()[w]
}

var functionWordSet = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(functionWords) {
		set[w] = true
	}
	return set
})
