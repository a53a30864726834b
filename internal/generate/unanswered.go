package generate

import (
	"strings"

	"studyguide/internal/retrieve"
)

// unanswered reports whether retrieval found that part of res's question
// asks a kind of fact the text does not give (see
// retrieve.Result.PartsUnanswered): "..., and how many envoys did they
// send?" of a text giving no number.
func unanswered(res *retrieve.Result, part int) bool {
	return part < len(res.PartsUnanswered) && res.PartsUnanswered[part] != ""
}

// notGiven returns what an answer adds after its quotations, chosen, for
// the parts of res's question the text does not answer: one sentence
// naming each as it was asked, so that a student reads that the text is
// silent there rather than looking for it in the quotations. None when
// every part is answered or nothing was quoted for any.
func notGiven(res *retrieve.Result, chosen []candidate) string {
	if len(chosen) == 0 || res.Query == nil {
		return ""
	}
	var b strings.Builder
	for i, p := range res.Query.Parts {
		if !unanswered(res, i) {
			continue
		}
		asked := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p.Asked), ",;:.!?"))
		if asked == "" {
			continue
		}
		// In quotation marks, it would be checked as a quotation of the
		// text.
		b.WriteString(" The text does not answer this part of the question: " + asked + "?")
	}
	return b.String()
}
