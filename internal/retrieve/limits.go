package retrieve

import (
	"slices"

	"studyguide/internal/lazyregexp"
)

// Words of a question asking what the author grants he cannot know, prove
// or be sure of ("What does the author admit he cannot prove?", "Where is
// he unsure?", "or is he only guessing?"). A text says so in words of its
// own ("we can't really know", "cannot be verified", "now unavailable"),
// seldom the asker's, whatever its subject.
var (
	// doubtWords name not knowing for sure.
	doubtWords = words("unsure", "uncertain", "uncertainty", "uncertainties", "unproven", "unprovable",
		"unverified", "unverifiable", "unknowable", "hedge", "hedges", "hedged", "hedging", "guess",
		"guesses", "guessed", "guessing", "guesswork", "speculate", "speculates", "speculated",
		"speculating", "speculation", "speculative", "conjecture", "conjectures", "limitations")
	// knowWords name knowing for sure; after a negation they ask what is
	// not known ("can't prove", "never know", "isn't sure").
	knowWords = words("know", "known", "prove", "proved", "proven", "proof", "sure", "certain",
		"verify", "verified", "confirm", "confirmed")
	// negators negate a word of knowing after them. A question's words
	// keep no apostrophe ("can't" is "can", "doesn't" is "doesn"), so
	// "can" is one: "can he prove it?" asks as much what he cannot.
	negators = words("not", "no", "cannot", "can", "cant", "never", "nobody", "doesn", "doesnt",
		"don", "dont", "didn", "didnt", "couldn", "couldnt", "isn", "isnt", "wasn", "wasnt", "hardly")
	// doubters are those besides the author who may not know: the reader
	// with him ("can we know", "nobody can be sure").
	doubters = words("we", "anyone", "anybody", "nobody", "one", "you")
	// claimWords name what the author holds: in a question of his limits
	// they say whose knowing is asked, not what about ("which of his
	// claims are guesses?").
	claimWords = words("claim", "claims")
)

// negatedReach is how many words before a word of knowing may negate it
// and name who does not know: "he can't really be sure" puts "he" four
// words before "sure".
const negatedReach = 4

// asksLimits reports whether a question, given as its words, asks what
// the author grants he cannot know or prove: a word of doubt with the
// author named (by role, by pronoun, as the text, or by a word of his
// name in author) or a word of admission; or a word of knowing with a
// negation and the author, or the reader with him ("we", "nobody"), just
// before it ("what can't he prove?", "can we ever know"). "Why does the
// author say the goods don't prove it?" asks what the goods prove; "Why
// didn't the members know ...?" what they knew; "How can we know ...?"
// what a claim rests on (see asksHowKnown), though "How does he hedge?"
// asks his limits.
//
// Pitfall: intentOf passes no author: a question naming the author only
// by name is read again with his name's words (see Retriever.Analyse).
func asksLimits(ws []string, author map[string]bool) bool {
	knower := func(w string) bool { return namesAuthor(w) || author[w] }
	if hedgesClaim(ws) || asksClaimStatus(ws) {
		return false
	}
	if hasAny(ws, doubtWords) {
		return admits(ws) || slices.ContainsFunc(ws, knower)
	}
	if slices.Contains(ws, "how") {
		return false
	}
	for i, w := range ws {
		before := ws[max(0, i-negatedReach):i]
		if knowWords[w] && slices.ContainsFunc(before, func(v string) bool { return negators[v] }) &&
			slices.ContainsFunc(before, func(v string) bool { return knower(v) || doubters[v] }) {
			return true
		}
	}
	return false
}

// hedgeWords are the words of doubtWords that say a claim is qualified.
var hedgeWords = words("hedge", "hedges", "hedged", "hedging")

// claimPointers after a hedge word point at a claim the question states
// ("how much does he hedge that?", "how does he hedge this premise?"):
// its hedge stands in the claim's own passage.
var claimPointers = words("that", "this", "it", "these", "those")

// hedgesClaim reports whether a question, given as its words, asks how a
// claim it states is hedged: a hedge word with a pointer right after it.
func hedgesClaim(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if hedgeWords[ws[i]] && claimPointers[ws[i+1]] {
			return true
		}
	}
	return false
}

// framesLimits reports whether w, in a question of the author's limits,
// only says so: "prove" in "what can't he prove?" is what he cannot do,
// and a passage saying "prove" of anything else is no answer.
func framesLimits(w string) bool {
	return doubtWords[w] || knowWords[w] || claimWords[w] || roleWords[w]
}

// limitRe: the voice of a sentence granting what cannot be known ("we
// can never know", "cannot be verified", "now unavailable", "I
// suspect"). A hedge that only qualifies a claim ("perhaps", "might")
// is not counted: it stands beside most claims, and answers a question
// of what cannot be known with one the author does make.
var limitRe = lazyregexp.New(`(?i)\b(?:can(?:not|'t|’t)|could(?:n't|n’t| not)|(?:will|may|might) never|never|do(?:es)? not|don't|don’t|doesn't|doesn’t)\s+(?:\w+\s+){0,2}?(?:know|be known|be sure|be certain|be verified|verify|prove|be proved|be proven|determine|find out)\b|\b(?:unavailable|unverifiable|unverified|unproven|unprovable|uncertain|unclear|unknown|unknowable)\b|\bI (?:suspect|guess|speculate)\b`)

// limitsWeight scores a voice for a question of the author's limits: 1
// for a passage saying what cannot be known, however often it says so,
// so that such passages share a rank and the question's words say which
// of them answers ("what does he admit we can never know about the
// elections?").
func limitsWeight(v voice) float64 {
	return b2f(v.limits > 0)
}
