package retrieve

import (
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// ownedSaid returns the stem of the noun whose words q asks, when it asks
// what a work or a speech of someone's said ("What did Jivago's Secret
// Speech say about the war?", "What does Jivago's diary say about
// Y?"): the last word between the possessive and the verb of saying.
// What the text says beside Jivago's name elsewhere is no word of his
// speech: a sentence answering the question names the speech too (see
// holdsOwned). "" when q asks no such thing.
func ownedSaid(q *Query) string {
	m := ownedSaidRe.FindStringSubmatch(q.Text)
	if m == nil {
		return ""
	}
	ws := terms.Words(m[1])
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	if terms.IsStopword(w) {
		return ""
	}
	return terms.Stem(w)
}

// ownedSaidRe finds a possessive, up to three words after it, and a verb
// of saying: "Jivago's Secret Speech say".
var ownedSaidRe = lazyregexp.New(`(?i)\b\p{L}+(?:'s|’s|s')\s+((?:[\p{L}-]+\s+){1,3}?)(?:say|says|said|write|writes|wrote|report|reports|reveal|reveals|state|states|tell|tells|claim|claims|argue|argues)\b`)

// holdsOwned reports whether window, the stems of a sentence naming what
// q asks of (see unsaidAbout), holds the work or speech whose words q
// asks (see ownedSaid), or holds it near; true when q asks no such thing.
func (r *Retriever) holdsOwned(q *Query, window map[string]bool) bool {
	s := ownedSaid(q)
	return s == "" || r.heldNear(q, s, window)
}
