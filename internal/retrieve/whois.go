package retrieve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// asksWhoIs reports whether q opens asking who someone is or was ("Who
// was X?", "who is X and what did he ...").
func asksWhoIs(q *Query) bool {
	return len(q.Words) > 2 && q.Words[0] == "who" && (q.Words[1] == "is" || q.Words[1] == "was" || q.Words[1] == "were")
}

// describes reports whether a sentence naming the whole of one of runs
// (see nameRuns) says who or what it is: an apposition after the name
// ("X, the police chief in charge", "X, who ..."), a word for a person
// before it ("his son X", "the historian X"), or "X was a ...". A
// sentence that only names X ("X's support for it", "conversations with
// X") does not say who X was, though one naming him as a source says who
// he is to the text, which answers a question asking only that (see
// namedAsSource).
func (r *Retriever) describes(runs map[string]int) bool {
	for n := range runs {
		for _, at := range r.spellings(n) {
			fields := strings.Fields(at.passage.Sentences[at.sentence].Text)
			if !namesWhole(runs, runs[n], r.window(at)) {
				continue
			}
			for i, f := range fields {
				ws := terms.Words(f)
				if len(ws) != 1 || terms.Stem(ws[0]) != n {
					continue
				}
				if describedAt(fields, i) {
					return true
				}
			}
		}
	}
	return false
}

// roleAt reports whether fields[i], a name, is given a role beside it:
// an apposition opening with an article or a word of time ("X, the
// police chief", "X, then minister", "X (the town clerk)"), "X was a
// ...", "X is appointed ...", "X became ...", or a role before it (see
// roleBefore). Kin ("his son X") and a clause ("X, who ...") say who X
// was, not what he did.
func roleAt(fields []string, i int) bool {
	next := func(k int) string {
		if i+k >= len(fields) {
			return ""
		}
		return strings.ToLower(strings.Trim(fields[i+k], "\"'“”‘’()[]"))
	}
	// "X, the police chief" or "X (the town clerk)".
	opens := strings.HasSuffix(strings.TrimRight(fields[i], "\"'”’)]"), ",") || i+1 < len(fields) && strings.HasPrefix(fields[i+1], "(")
	if opens && roleAppositives[next(1)] {
		return true
	}
	be := next(1) == "is" || next(1) == "was"
	return be && (next(2) == "a" || next(2) == "an" || next(2) == "the" || appointed[next(2)]) || next(1) == "became" || roleBefore(fields, i)
}

// appointed are the verbs by which someone "is appointed" to a post.
var appointed = words("appointed", "made", "named", "elected", "promoted")

// roleBefore reports whether fields[i], a name, follows a role set
// before it between commas: "the Mayor of the town, X". The phrase opens
// with an article and names a kind of person; "his son, X" gives kin,
// not work.
func roleBefore(fields []string, i int) bool {
	if i == 0 || !strings.HasSuffix(fields[i-1], ",") {
		return false
	}
	person := false
	for j := i - 1; j >= max(0, i-roleSpan); j-- {
		if j < i-1 && strings.ContainsAny(fields[j], ",;:.") {
			return false
		}
		typed := strings.Trim(fields[j], "\"'“”‘’()[],")
		w := strings.ToLower(typed)
		if person && (w == "the" || w == "a" || w == "an") {
			return true
		}
		// A word in lower case other than a person's or a word of
		// grammar is a clause's: "the board is renamed, X" gives no
		// role.
		first, _ := utf8.DecodeRuneInString(typed)
		if thesaurus.Person(w) {
			person = true
		} else if unicode.IsLower(first) && !terms.IsStopword(w) {
			return false
		}
	}
	return false
}

// roleSpan is the most words a role set before a name spans.
const roleSpan = 10

// roleAppositives open an apposition giving someone's role.
var roleAppositives = words("the", "a", "an", "then", "later")

// roleGiven is the relation of a question asking someone's job or post
// (see asksRole): 1 when a sentence naming him gives a role beside his
// name (see givesRole), 0 when none does. The question's other words
// ("what job did X have under Y") only say whose job, and a sentence
// naming X beside Y says nothing of X's work.
func (r *Retriever) roleGiven(runs map[string]int) float64 {
	if r.givesRole(runs) {
		return 1
	}
	return 0
}

// givesRole reports whether a sentence naming the whole of one of runs
// gives it a role (see roleAt): "X, the police chief in charge" says
// what X did for a living.
func (r *Retriever) givesRole(runs map[string]int) bool {
	for n := range runs {
		for _, at := range r.spellings(n) {
			if !namesWhole(runs, runs[n], r.window(at)) {
				continue
			}
			fields := strings.Fields(at.passage.Sentences[at.sentence].Text)
			for i, f := range fields {
				if ws := terms.Words(f); len(ws) == 1 && terms.Stem(ws[0]) == n && roleAt(fields, i) {
					return true
				}
			}
		}
	}
	return false
}

// describedAt reports whether fields[i], a name, is described beside it
// (see describes).
func describedAt(fields []string, i int) bool {
	next := func(k int) string {
		if i+k >= len(fields) {
			return ""
		}
		return strings.ToLower(strings.Trim(fields[i+k], "\"'“”‘’()[]"))
	}
	if strings.HasSuffix(strings.TrimRight(fields[i], "\"'”’)]"), ",") && appositives[next(1)] || roleAt(fields, i) {
		return true
	}
	if i > 0 {
		prev := strings.Trim(fields[i-1], "\"'“”‘’()[]")
		first, _ := utf8.DecodeRuneInString(prev)
		if !strings.ContainsAny(fields[i-1], ",;:.") && unicode.IsLower(first) && thesaurus.Person(prev) {
			return true
		}
	}
	return namedAs(fields, i) || doerAt(fields, i)
}

// doerAt reports whether the name at fields[i] is the subject of a verb
// after it, alone or with another name ("X mused about ...", "X did not
// trace ...", "X and Y seem to believe ..."): a sentence telling what X
// did, thought or was says who X is as the text knows him. A name a
// sentence only owns ("X's support"), ends a clause at ("traced to X,"),
// or follows a preposition ("conversations with X") says nothing of X.
func doerAt(fields []string, i int) bool {
	if strings.ContainsFunc(fields[i], func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
		return false
	}
	j := i + 1
	if j+1 < len(fields) && fields[j] == "and" && startsUpper(fields[j+1]) {
		j += 2
		for j < len(fields) && startsUpper(fields[j]) && !strings.ContainsAny(fields[j-1], ",;:.") {
			j++
		}
	}
	if j >= len(fields) {
		return false
	}
	return verbAfter(" " + strings.Join(fields[j:], " "))
}

// namedAs reports whether the name at fields[i] is given as what someone
// was called: "My first master's name was Anthony", "He was generally
// called Captain Anthony", "a slave named Bill". The capitalised words
// of the name before fields[i] are skipped.
func namedAs(fields []string, i int) bool {
	j := i - 1
	for j >= 0 && startsUpper(strings.Trim(fields[j], "\"'“”‘’()[]")) {
		j--
	}
	word := func(k int) string {
		if k < 0 {
			return ""
		}
		return strings.ToLower(strings.Trim(fields[k], "\"'“”‘’()[]"))
	}
	switch word(j) {
	case "called", "named", "nicknamed", "titled":
		return true
	case "was", "is":
		return strings.HasSuffix(word(j-1), "name")
	}
	return false
}

// appositives open a description set after a name and a comma: "X, the
// head of ...", "X, a historian", "X, who ...".
var appositives = words("the", "a", "an", "who", "whose", "his", "her", "their", "its", "one", "then", "later", "himself", "herself")
