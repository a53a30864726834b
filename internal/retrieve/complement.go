package retrieve

import (
	"slices"

	"studyguide/internal/terms"
)

// A question asking whether someone held that another suffered an act
// ("Did X think Y was murdered?") asks the act of Y: the view's clause
// is what is asked, and its subject whom it is asked of. A sentence
// naming X beside the murder of someone else ("X says ... Z was
// murdered") does not tell whether Y was, nor does one naming X and Y
// together ("X and Y seem to believe ..."), which says only that the
// text ties them; a sentence naming Y must hold the act (see
// viewSubjects).

// viewVerbs are the verbs of holding or stating a view that a clause of
// its own may follow without "that": "think Y was", "said Y had".
var viewVerbs = words("think", "thinks", "thought", "believe", "believes", "believed", "say", "says", "said",
	"claim", "claims", "claimed", "argue", "argues", "argued", "suspect", "suspects", "suspected",
	"agree", "agrees", "agreed", "doubt", "doubts", "doubted", "suggest", "suggests", "suggested")

// complementAt reports whether ws[i] opens the clause a verb of view
// (see viewVerbs) governs: "that", a determiner or pronoun ("thought
// the plan", "said he"), or a word no stop word is ("think Y was").
// "think of Y", "say about Y" and "agree with Y" open none: Y is what
// the view is of, not a clause of its own.
func complementAt(ws []string, i int) bool {
	if i == 0 || i >= len(ws) || !viewVerbs[ws[i-1]] {
		return false
	}
	w := ws[i]
	return w == "that" || determiners[w] || !terms.IsStopword(w)
}

// viewSubjects returns the runs of runs (see nameRuns) named in the
// clause a verb of view governs ("Did X think Y was murdered?"), or the
// clause an "according to X" frames ("Was Y murdered, according to
// X?"), when that clause asks an act of them (see actWord), and the
// stems of that clause: it asks the murder of Y, and the relation test
// reads Y's sentences for it, not X's. Nil when the question has no such
// clause, or it names no run or asks no act.
func viewSubjects(q *Query, runs map[string]int, asked []string) (map[int]bool, map[string]bool) {
	clause := q.Words
	if k := accordingAt(q.Words); k >= 0 {
		clause = q.Words[:k]
	} else if at := viewAt(q.Words); at >= 0 {
		clause = q.Words[at:]
	} else {
		return nil, nil
	}
	out, stems, acts := map[int]bool{}, map[string]bool{}, false
	for _, w := range clause {
		s := terms.Stem(w)
		stems[s] = true
		if run := runs[s]; run > 0 {
			out[run] = true
		}
		acts = acts || actWord(s) && slices.Contains(asked, s)
	}
	if !acts || len(out) == 0 {
		return nil, nil
	}
	return out, stems
}

// viewAt returns where the first clause a verb of view governs opens in
// ws (see complementAt), or -1.
func viewAt(ws []string) int {
	for i := range ws {
		if complementAt(ws, i) {
			return i
		}
	}
	return -1
}

// accordingAt returns where "according to" stands in ws after the
// question's first word, or -1.
func accordingAt(ws []string) int {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "according" && ws[i+1] == "to" {
			return i
		}
	}
	return -1
}

// onlyStems returns asked and its weights without the stems keep lacks,
// and the weight left.
func onlyStems(asked []string, weights []float64, keep map[string]bool) ([]string, []float64, float64) {
	var a []string
	var w []float64
	var total float64
	for i, s := range asked {
		if keep[s] {
			a, w = append(a, s), append(w, weights[i])
			total += weights[i]
		}
	}
	return a, w, total
}
