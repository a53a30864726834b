package guide

import (
	"strings"

	"studyguide/internal/lazyregexp"
)

// The shapes of a "since" of time, which gives no cause.
var (
	sinceRe = lazyregexp.New(`(?i)\bsince\b`)
	// sinceAfterSpanRe ends a length of time or "ever" before "since":
	// "ever since", "long since", "a few years since".
	sinceAfterSpanRe = lazyregexp.New(`(?i)\b(?:ever|long|years?|months?|weeks?|days?|hours?|minutes?|ages|centuries|generations|decades?|while)\s+$`)
	// sincePointRe follows a "since" that names a point in time: "since
	// then", "since that day", "since when".
	sincePointRe = lazyregexp.New(`(?i)^\s+(?:then|when|that\s+(?:time|day|date|hour|year|period|moment|event)|which\s+time|\d)`)
	// objectPronounRe is a pronoun a verb takes, which no phrase of time
	// holds: "since the people demand it".
	objectPronounRe = lazyregexp.New(`(?i)\b(?:it|them|him|us|me)\b`)
	// sinceEndsRe follows a "since" that ends its clause, an adverb:
	// "I have not seen her since."
	sinceEndsRe = lazyregexp.New(`^\s*(?:[,;:.!?)\]”"]|--|—|–|$)`)
	// clauseOpensRe ends the words before a "since" that opens a
	// clause, whose comma after it sets off an aside, not its end:
	// "Europe is secure ...; since, before they can conquer, they must
	// cease to be barbarous."
	clauseOpensRe = lazyregexp.New(`(?i)(?:^|[,;:(]|--|—|–|\b(?:and|but|or|nor|for|that|yet))\s*["“]?$`)
	// sinceSpanEndRe ends the phrase or clause a "since" opens.
	sinceSpanEndRe = lazyregexp.New(`[,;:.!?()]|--|—|–|\s(?:and|but|or|nor|yet)\s`)
	// sinceSubjectRe opens a clause on a pronoun subject: "since they
	// give us a misnomer".
	sinceSubjectRe = lazyregexp.New(`(?i)^\s*["“]?(?:I|we|you|he|she|it|they|there|nothing|no one|nobody|everything|everyone|all|each|this|these|those|one)\b`)
	// sincePerfectRe is a verb in the perfect, which measures time from a
	// point a "since" of time names: "I have often been astonished,
	// since I came to the north", "America has been another name".
	sincePerfectRe = lazyregexp.New(`(?i)\b(?:have|has|hath|had)\s+(?:(?:not|never|often|always|long|ever|already|still|since|\p{L}+ly)\s+)*(?:been|\p{L}+ed|known|seen|grown|become|come|gone|taken|given|done|made|had|kept|held|felt|found|lost|thought|heard|fallen|risen|shown|spoken|written|borne|worn|won|run|stood|left)\b`)
)

// maxTimePhrase is the most words a phrase of time after "since" is
// read to hold; a longer run with no verb found may hide one.
const maxTimePhrase = 6

// withoutTemporalSince takes out of text each "since" of time, which
// explainsRe would read as a cause: after a length of time ("ever
// since", "a few years since"), ending the clause it does not open ("I
// have not seen her since."), before a point in time or a short phrase with no verb
// ("since then", "since 1850", "since the conquest"), or before a
// clause of a past event beside a verb in the perfect ("I have often
// been astonished, since I came to the north"; "Since the days when ...
// sailed ..., America has been another name"). "since nothing but
// blows will do" and "since they give us a misnomer" stay causes. The
// guide asked "What cause or reason does this sentence give?" of "since
// I came to the north".
func withoutTemporalSince(text string) string {
	locs := sinceRe.FindAllStringIndex(text, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		at := locs[i]
		if temporalSince(text, at[0], at[1]) {
			text = text[:at[0]] + strings.Repeat(" ", at[1]-at[0]) + text[at[1]:]
		}
	}
	return text
}

// temporalSince reports whether the "since" at text[i:j] is of time.
func temporalSince(text string, i, j int) bool {
	before, after := text[:i], text[j:]
	if sinceAfterSpanRe.MatchString(before) || sinceEndsRe.MatchString(after) && !clauseOpensRe.MatchString(before) || sincePointRe.MatchString(after) {
		return true
	}
	span := after
	if loc := sinceSpanEndRe.FindStringIndex(after); loc != nil {
		span = after[:loc[0]]
	}
	if strings.TrimSpace(span) == "" {
		// "since, before they can conquer, they must ...": an aside
		// between the conjunction and its clause.
		return false
	}
	if wordCount(span) <= maxTimePhrase && !sinceSubjectRe.MatchString(span) && !hasFiniteVerb(span) && !objectPronounRe.MatchString(span) {
		// A preposition: "since the conquest", "since the days of
		// Jivago".
		return true
	}
	if tenseOf(span).has(present) {
		// A verb of the present or of what follows, which a "since"
		// of time, reaching back to a past event, does not take:
		// "since the people are".
		return false
	}
	return sincePerfectRe.MatchString(before) || sincePerfectRe.MatchString(strings.TrimPrefix(after, span))
}
