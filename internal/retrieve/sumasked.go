package retrieve

import (
	"slices"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// inCurrencyRe finds a question naming the currency it asks a sum in:
// "in rubles", "in dollars". Units that name other things as well
// ("in marks", "in pounds", "in crowns") are left out.
var inCurrencyRe = lazyregexp.New(`(?i)\bin\s+(?:rubles|roubles|kopecks|dollars|cents|francs|euros|yuan|guineas|shillings|pence|sterling)\b`)

// levelRe finds a question asking the level a thing was set at: "at what
// level was it fixed", "what was it set at", "at what rate".
var levelRe = lazyregexp.New(`(?i)\bwhat\s+(?:level|rate|amount|figure|sum)\b|\b(?:set|fixed|capped|pegged)\s+at\b`)

// asksSumIn reports whether q asks a sum of money without "how much": it
// names the currency it asks the sum in ("What was the Jivago wage in
// rubles?"), or asks at what level a pay was set ("at what level was the
// Jivago wage fixed?"). "What was the Jivago wage?" alone asks what the
// wage was, which a text answers by telling of it (see asksSum); asked
// in rubles or as a level, it asks the figure, which a text that never
// gives one does not answer.
func asksSumIn(q *Query) bool {
	if inCurrencyRe.MatchString(q.Text) {
		return true
	}
	return levelRe.MatchString(q.Text) && slices.ContainsFunc(q.Words, func(w string) bool { return payHeads[terms.Stem(w)] })
}
