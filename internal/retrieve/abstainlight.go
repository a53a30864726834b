package retrieve

import (
	"sync"

	"studyguide/internal/terms"
)

// lightStems returns the stems of the light verbs "make", "get", "have"
// and "give". They say that something was made, done or had, not what,
// and meet any text that tells of anything made or given: "How I make a
// good recipe for my family?" met a passage telling of decisions made
// long ago. Weighed as words of the question's subject, they lifted it
// over the minimum support; the evidence leaves them out, as it does
// words of chat (see chatWord). "Do" is left to the
// speller's reading of it ("dose he say" asks what he says), and "take"
// is as often a noun for a view ("the author's one-line take on X?").
var lightStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"make", "makes", "made", "making", "get", "gets", "got", "gotten", "getting",
		"have", "has", "had", "having", "give", "gives", "gave", "given", "giving"} {
		out[terms.Stem(w)] = true
	}
	return out
})

// lightUses returns the stems of q's light verbs (see lightStems) used
// light: not before a particle that makes another verb of them ("make
// up" a story, "give up" power, "get rid of" a rival), which says what
// was done as any verb does; nor after "what", where it asks a cause
// ("what made Sparta strong").
func lightUses(q *Query) map[string]bool {
	out := map[string]bool{}
	heavy := map[string]bool{}
	for i, w := range q.Words {
		s := terms.Stem(w)
		if !lightStems()[s] {
			continue
		}
		if i+1 < len(q.Words) && particles[q.Words[i+1]] || i > 0 && q.Words[i-1] == "what" {
			heavy[s] = true
			continue
		}
		out[s] = true
	}
	for s := range heavy {
		delete(out, s)
	}
	return out
}

// particles are the adverbs that make a phrasal verb of a light one.
var particles = words("up", "out", "off", "away", "over", "down", "back", "rid", "along", "through", "across", "around", "in", "on")
