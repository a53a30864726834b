package guide

import "studyguide/internal/lazyregexp"

// resumptionRe is a dash and the demonstrative that sums up what came
// before it as the subject of the verb after: "That coarseness ...;
// that practical, inventive turn of mind ...; that restless, nervous
// energy ...—these are traits of the frontier".
var resumptionRe = lazyregexp.New(`(?i)(?:—|--|–)\s*(?:and\s+)?(?:all\s+|each\s+of\s+|both\s+of\s+)?(?:these|this|those|such|they)\s+(?:\p{L}+\s+)?(?:is|are|was|were|has|have|had|make|makes|made|form|formed|mark|marked|will|would|must|can|could)\b`)

// resumedLater reports whether the words text goes on with after kept
// sum up what kept holds as their subject: kept is then a list of
// subjects whose verb comes after the cut, and claims nothing. Turner's
// ¶48 was quoted as "That coarseness and strength combined with
// acuteness and inquisitiveness; ...; that restless, nervous energy …",
// four noun phrases and no verb.
func resumedLater(text, kept string) bool {
	return resumptionRe.MatchString(text[len(kept):])
}
