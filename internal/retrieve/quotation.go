package retrieve

import "studyguide/internal/lazyregexp"

// The marks a question quotes a phrase in. Double quotes always quote.
// Single quotes also write apostrophes ("don't", "the people's"), so a
// phrase in them counts only when the marks are set apart from the
// words about them.
const (
	doubleQuoted = `["“]([^"”]+)["”]`
	singleQuoted = `(?:^|\s)['‘]([^'‘’]+)['’](?:\s|$|[?.,;:!])`
)

// quotationRe finds a phrase in double quotes, or in single quotes set
// apart; where the two overlap, the one starting first.
var quotationRe = lazyregexp.New(doubleQuoted + "|" + singleQuoted)

// quotation is a phrase a question quotes.
type quotation struct {
	text string
	// single is set for a phrase in single quotes. The abstention test
	// reads both kinds (see quotesText); the ranking favours the
	// passages holding a phrase in double quotes only (see
	// quotedHolders).
	single bool
}

// quotations returns the phrases text quotes, in order.
func quotations(text string) []quotation {
	var out []quotation
	for _, m := range quotationRe.FindAllStringSubmatch(text, -1) {
		out = append(out, quotation{text: m[1] + m[2], single: m[2] != ""})
	}
	return out
}
