package retrieve

import (
	"slices"
	"strings"
)

// keywordQuery reports whether ws, the words of question text in lower
// case, hold no question word nor auxiliary (see askers), and text no
// list (see listMarks): a query typed as keywords ("X book title Y"),
// whose word for a kind of fact asks for it as "What is the title of
// ...?" does. A question put in words is read by its question word
// instead.
func keywordQuery(text string, ws []string) bool {
	return len(ws) > 1 && !hasAny(ws, askers) && !strings.ContainsAny(text, listMarks)
}

// listMarks set keywords apart as a list of facts asked ("X book: title,
// year, pages"): one of them the passage lacks leaves the others, which
// a test of one kind of fact declining the whole question would lose.
const listMarks = ",;:+&/"

// keywordAsksTitle reports whether ws are a keyword query (see
// keywordQuery) holding "title": "X book title Y" asks the title of X's
// book as "X book title?" does.
func keywordAsksTitle(text string, ws []string) bool {
	return keywordQuery(text, ws) && slices.Contains(ws, "title")
}
