package retrieve

import (
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/terms"
)

// subordinators open a clause of their own inside a question: a time, a
// cause, a condition ("What job did X hold when Y died?").
var subordinators = words("when", "while", "after", "before", "since", "until", "because", "if", "though", "although", "whereas")

// subordinatorAt reports whether ws[i] opens a clause of its own (see
// subordinators). "When it comes to X" opens none: it names what the
// question asks of ("Why did X feel shortchanged when it came to party
// organization?").
func subordinatorAt(ws []string, i int) bool {
	if !subordinators[ws[i]] {
		return false
	}
	return ws[i] != "when" || i+3 >= len(ws) || ws[i+1] != "it" || !comes[ws[i+2]] || ws[i+3] != "to"
}

// comes are the forms of "come".
var comes = words("come", "comes", "came", "coming")

// relatives open a relative clause once the question has said what it
// asks ("What did X discover that got him excommunicated?"): what it
// says of the thing asked for is the question's premise, not what it
// asks, and a sentence saying only the premise ("excommunicate X") does
// not answer it.
var relatives = words("that", "which", "who", "whom")

// relativeAt reports whether words[i] opens a relative clause: a relative
// word followed by a verb the stop words hold ("that got him", "who
// was"), not by what it introduces or determines ("true that the king
// ...", "to which group").
func relativeAt(ws []string, i int) bool {
	if !relatives[ws[i]] || i+1 >= len(ws) {
		return false
	}
	next := ws[i+1]
	return terms.IsStopword(next) && !determiners[next]
}

// determiners and pronouns open a noun phrase or a clause of its own.
var determiners = words("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
	"he", "she", "it", "they", "we", "i", "you", "there", "some", "any", "each", "every", "no", "all", "both")

// mainClause returns the stems of stems that stand in the first clause
// of the question holding any of them (see subordinators): what it asks.
// A later clause places what is asked in time or gives its cause ("What
// job did X hold when Y died?"): a sentence that holds its words, "X
// was dead", does not say what is asked.
//
// A question opening with such a clause before a comma ("When the old
// minister was talking to a journalist, what was he worried about?") asks
// what follows it.
func mainClause(q *Query, stems []string) map[string]bool {
	out := map[string]bool{}
	clause, first := 0, -1
	words := q.Words
	if len(words) > 0 && subordinators[words[0]] {
		if n := len(terms.Words(openingClause(q.Text))); n < len(words) && slices.ContainsFunc(words[n:], func(w string) bool { return slices.Contains(stems, terms.Stem(w)) }) {
			words = words[n:]
		}
	}
	for i, w := range words {
		if subordinatorAt(words, i) || i > 0 && first >= 0 && relativeAt(words, i) {
			clause++
			continue
		}
		s := terms.Stem(w)
		if !slices.Contains(stems, s) {
			continue
		}
		if first < 0 {
			first = clause
		}
		if clause == first {
			out[s] = true
		}
	}
	return out
}

// runClauses returns the clause of the question, counted by its
// subordinators, that each run of runs (see nameRuns) stands in.
func runClauses(q *Query, runs map[string]int) map[int]int {
	out := map[int]int{}
	clause := 0
	for i, w := range q.Words {
		if subordinatorAt(q.Words, i) {
			clause++
			continue
		}
		if run := runs[terms.Stem(w)]; run > 0 {
			if _, ok := out[run]; !ok {
				out[run] = clause
			}
		}
	}
	return out
}

// askedClause returns the clause of the question, counted by its
// subordinators as runClauses counts them, holding the first of the
// stems asked; -1 when none stands in it.
func askedClause(q *Query, asked []string) int {
	clause := 0
	for i, w := range q.Words {
		if subordinatorAt(q.Words, i) {
			clause++
			continue
		}
		if slices.Contains(asked, terms.Stem(w)) {
			return clause
		}
	}
	return -1
}

// related reports whether the runs a sentence names, met, hold two that
// the question asks of in one clause: a sentence naming both says how
// they relate ("What did X learn from Y?"). Two names in two clauses are
// asked of apart: "What job did X hold when Y died?" asks a job of one
// and a time by the other, and a sentence naming both, "Y and X thought
// ...", gives neither. Nor do two the question joins by "and" (see
// joinedRuns).
//
// The two must stand in the clause that holds what is asked, at (see
// askedClause): "What happened to X after Y brought him back into the
// Z?" asks what befell X, and a sentence naming Y and Z tells only the
// premise.
func related(met map[int]bool, clauses map[int]int, joined map[[2]int]bool, at int) bool {
	for a := range met {
		for b := range met {
			if a < b && clauses[a] == clauses[b] && clauses[a] == at && !joined[[2]int{a, b}] {
				return true
			}
		}
	}
	return false
}

// joinedRuns returns the pairs of runs of runs (see nameRuns) that the
// question joins by "and" or "or" alone ("What did Washington and
// Franklin think of slavery?"): it asks the same of each, not how they
// relate, and a sentence naming both says nothing of it for that.
func joinedRuns(q *Query, runs map[string]int) map[[2]int]bool {
	out := map[[2]int]bool{}
	appositive := appositiveStems(q, runs)
	last, between := 0, []string(nil)
	for _, w := range q.Words {
		run := runs[terms.Stem(w)]
		switch {
		case run > 0 && run != last:
			// "X's son Y" names one person, as "X and Y" names two
			// the question asks the same of: neither asks how they
			// relate.
			if last > 0 && len(between) > 0 && !slices.ContainsFunc(between, func(b string) bool { return b != "and" && b != "or" && !appositive[terms.Stem(b)] }) {
				out[[2]int{min(last, run), max(last, run)}] = true
			}
			last, between = run, nil
		case run == 0:
			between = append(between, w)
		}
	}
	return out
}

// withoutNumbers returns asked and its weights without the stems holding
// a digit, and the weight left.
func withoutNumbers(asked []string, weights []float64) ([]string, []float64, float64) {
	var out []string
	var ws []float64
	var total float64
	for i, s := range asked {
		if strings.ContainsFunc(s, unicode.IsDigit) {
			continue
		}
		out, ws = append(out, s), append(ws, weights[i])
		total += weights[i]
	}
	return out, ws, total
}

// maxNameSentences bounds the sentences naming a thing that the relation
// test reads. A name standing in more is what the text is about, not a
// thing it names in passing, and is no name to the test: a question
// about it may find its answer anywhere. Pitfall: without the bound, a
// question naming the subject of a corpus of 10,000 paragraphs read
// thousands of sentences, and took ten times as long.
const maxNameSentences = 64
