package guide

import (
	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// tellsOwnStory reports whether a text is a first-person narrative of
// events, a memoir told more than argued: at least toldShare of its
// paragraphs' sentences tell in the past tense with no verb of the
// present, and at least ownToldShare tell so in the narrator's own
// person ("I", "my", "me"). Such a text tags no speech as a story in
// dialogue does (see tellsStory), yet its central sentences are scenes,
// not claims: Douglass's Narrative tells 63% of its sentences, 23% in
// its own person. An argument in the first person (Civil Disobedience,
// 15% told) or a history told in the third (Thucydides, 55% told, 5% in
// the first person) stays an argument.
func tellsOwnStory(c *essay.Corpus) bool {
	n, told := paragraphSentencesWhere(c, tells)
	_, own := paragraphSentencesWhere(c, func(s string) bool { return tells(s) && narratorRe.MatchString(s) })
	return n >= minToldSentences && float64(told) >= toldShare*float64(n) && float64(own) >= ownToldShare*float64(n)
}

// tells reports whether a sentence tells in the past tense, with no verb
// of the present.
func tells(s string) bool {
	t := tenseOf(s)
	return t.has(pastTold) && !t.has(present)
}

// minToldSentences, toldShare and ownToldShare are how many sentences a
// text must have, and what shares of them must tell in the past and in
// the narrator's own person, for it to read as a memoir (see
// tellsOwnStory).
const (
	minToldSentences = 20
	toldShare        = 0.5
	ownToldShare     = 0.15
)

var (
	// narratorRe finds the narrator speaking of himself.
	narratorRe = lazyregexp.New(`\b(?:I|my|My|me)\b`)
)
