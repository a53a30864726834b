package retrieve

import "studyguide/internal/terms"

// heldView returns the relation of a part that asks only for the view
// of the things it names ("X and Y's thesis in one sentence?", "What is
// X's position?"), and whether it asks only that: every stem asked
// besides the names is a noun for what someone holds (see heldNouns) or
// for a piece or a summing up of it (see pieceStems), and one is a view noun. The
// text gives such a view where a sentence naming them has them believe,
// argue or claim (see holdsAfter), in whatever words it states the
// view: "X and Y seem to believe that ..." answers it though it never
// says "thesis". A sentence naming them otherwise does not.
func (r *Retriever) heldView(runs map[string]int, asked []string) (float64, bool) {
	view := false
	for _, s := range asked {
		switch {
		case heldNouns[s]:
			view = true
		case !pieceStems[s] && !lineStems[s] && !speechStems()[s]:
			return 0, false
		}
	}
	if !view || len(runs) == 0 {
		return 0, false
	}
	for n := range runs {
		for _, at := range r.spellings(n) {
			if holdsAfter(at.passage.Sentences[at.sentence].Text, n) {
				return 1, true
			}
		}
	}
	return 0, true
}

// holdsAfter reports whether a holding verb (see holdingVerbs) follows
// a word of stem n in text within holdReach words: the named one holds
// the view ("X and Y seem to believe", "X attributes"). A sentence that
// names him as what a view is of ("a letter to X") gives no view of his.
func holdsAfter(text, n string) bool {
	ws := terms.Words(text)
	for i, w := range ws {
		if terms.Stem(w) != n {
			continue
		}
		for _, v := range ws[i+1 : min(len(ws), i+1+holdReach)] {
			if holdingVerbs[terms.Stem(v)] {
				return true
			}
		}
	}
	return false
}

// holdReach is how many words may stand between a name and the verb by
// which it holds a view: "X and Y seem to believe".
const holdReach = 5

// heldNouns are the stems of the nouns for what someone holds: a
// thesis, an argument, a position, a view.
var heldNouns = words(terms.Stems("thesis theses argument arguments contention position positions stance view views " +
	"belief beliefs theory theories hypothesis premise claim claims take opinion opinions verdict conclusion idea ideas")...)

// holdingVerbs are the stems of the verbs by which a sentence has
// someone hold a view.
var holdingVerbs = words(terms.Stems("believe believes argue argues contend contends claim claims maintain maintains " +
	"hold holds insist insists assert asserts conclude concludes suggest suggests propose proposes theorize hypothesize " +
	"think thinks attribute attributes muse muses")...)
