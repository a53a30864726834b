package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
)

// datedPlanned reports whether ws ask whether a work came out at the
// time the author gives for a work of his still to come ("did the Jivago
// article actually come out in March 1990?" of a text saying "As of May
// 1989 I am preparing an article ..., with publication planned for March
// 1990"): the question's month or year stands in a sentence where he
// announces work to come (see comingRe), so the work it asks of is that
// one, whoever the question says it is of. The text can speak of it only
// as planned; whether it came out is a fact after it (see
// publicationFacts' "own work published"). A question of the plan ("was
// it planned for March 1990?") asks what the text says.
func (r *Retriever) datedPlanned(ws []string) bool {
	if len(ws) == 0 || !auxiliaries[ws[0]] || !hasAny(ws, workNouns) || !cameOut(ws) || asksPlan(ws) {
		return false
	}
	dates := slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return !yearWordRe.MatchString(w) && !monthNames[w] })
	if len(dates) == 0 {
		return false
	}
	for _, p := range r.Corpus.Passages {
		for _, sn := range p.Sentences {
			if !selfRe.MatchString(sn.Text) || !comingRe.MatchString(sn.Text) {
				continue
			}
			held := terms.Words(strings.ToLower(sn.Text))
			if slices.ContainsFunc(dates, func(d string) bool { return slices.Contains(held, d) }) {
				return true
			}
		}
	}
	return false
}

// monthNames are the months, in lower case, but for "may", which a
// question uses more often as a verb.
var monthNames = words("january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")
