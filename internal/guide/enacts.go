package guide

import (
	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// enacts reports whether a text is a law or a charter: at least
// enactingShare of its paragraphs' sentences ordain with "shall" and no
// more than firstPersonShare speak in the first person. The Amendments
// ordain in 90% of their sentences and never say "I" or "we"; no
// argument, story or history of the tests passes 7% (Hobbes, Locke).
// Its check questions then ask what the document provides, not
// "According to the author, ...", where no author argues.
func enacts(c *essay.Corpus) bool {
	n, ordains := paragraphSentences(c, ordainsRe)
	_, firsts := paragraphSentences(c, firstPersonRe)
	return n >= minEnactments && float64(ordains) >= enactingShare*float64(n) && float64(firsts) <= firstPersonShare*float64(n)
}

// minEnactments, enactingShare and firstPersonShare are how many of a
// text's sentences there must be, and what shares of them must ordain
// and may speak in the first person, for it to read as a law (see
// enacts).
const (
	minEnactments    = 5
	enactingShare    = 0.4
	firstPersonShare = 0.05
)

// ordainsRe is the verb a law ordains with.
var ordainsRe = lazyregexp.New(`\bshall\b`)
