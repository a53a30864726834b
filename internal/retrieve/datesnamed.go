package retrieve

import (
	"slices"

	"studyguide/internal/terms"
)

// namedDepth is how many passages by the question's words datesNamed
// looks through for one naming all it names.
const namedDepth = 3

// datesNamed reads the date a question asks for in the first passage,
// among the best namedDepth by its words (order), that names everything
// the question names, when the best passage does not: "What date did X
// give for Y's death?" finds first by its words a short note naming X
// and a death, not Y's, and the note naming both gives the date. A
// passage lacking one of the names is not about what is asked, so its
// silence on the date declines nothing. Only the day and the year are
// read there: "when" opens clauses that ask no time (see datesBeside).
func (s *Search) datesNamed(ev *evidence, order []int32) {
	if len(order) < 2 || !(asksDate(s.Q) || asksDay(s.Q)) || !ev.unasked(s.Q) {
		return
	}
	var names []string
	for _, st := range s.Q.Stems {
		if s.r.named(st) && !slices.Contains(names, st) {
			names = append(names, st)
		}
	}
	if len(names) < 2 {
		return
	}
	namesAll := func(i int32) bool {
		held := words(terms.Stems(s.r.Corpus.Passages[i].Text())...)
		return !slices.ContainsFunc(names, func(n string) bool { return !held[n] })
	}
	if namesAll(order[0]) {
		return
	}
	for _, i := range order[1:min(namedDepth, len(order))] {
		if !namesAll(i) {
			continue
		}
		p := s.r.Corpus.Passages[i]
		ev.year = ev.year || s.r.dates(s.Q, p, yearRe)
		if asksDay(s.Q) {
			ev.day = ev.day || s.r.dates(s.Q, p, dayRe)
		}
		return
	}
}
