package retrieve

import (
	"sync"

	"studyguide/internal/terms"
)

// heldAlone reports whether stem s of q is held by itself alone in the
// relation test (see heldNear): a tie of family (see familyTie), or a
// word for what someone or something is called (see nameWord) that q
// asks as a noun (see namesAsVerb).
func heldAlone(q *Query, s string) bool {
	return familyTie(s) || nameWord(s) && !namesAsVerb(q.Words, s)
}

// namesAsVerb reports whether ws use a word of stem s as a verb, before
// its object ("name them", "name the three aims", "names two men"): the
// question asks for things to be listed, which a sentence listing them
// answers in its own words.
func namesAsVerb(ws []string, s string) bool {
	for i, w := range ws[:max(len(ws)-1, 0)] {
		if terms.Stem(w) != s {
			continue
		}
		if _, number := numberWords[ws[i+1]]; number || namedObjects[ws[i+1]] {
			return true
		}
	}
	return false
}

// namedObjects are the words that open the object of a verb of naming.
var namedObjects = words("them", "him", "her", "it", "us", "the", "a", "an", "some", "all", "any", "each", "every", "these", "those")

// nameWord reports whether stem s is a word for the name a person or a
// thing goes by ("name", "surname", "nickname"). Asked of something the
// text names ("What was X's real name?", "what is X real name before he
// change?"), it asks another name for it, which a sentence gives only
// where it says "name" or "named": WordNet's kin of the word ("term",
// "cite", "specify") meet any sentence naming X, and one holding an
// adjective of the question beside it ("the real reason") was quoted as
// the answer.
func nameWord(s string) bool {
	return nameWords()[s]
}

// nameWords are the stems of the nouns for a name, general English.
var nameWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"name", "names", "surname", "nickname", "pseudonym", "forename"} {
		out[terms.Stem(w)] = true
	}
	return out
})
