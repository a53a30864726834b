package retrieve

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// settingsOut leaves out of runs (see nameRuns) the names the question
// places what it asks in ("in the Soviet Union", "during the Revolution"):
// a setting, not the thing it asks a fact of. "How did pay incentives
// justify inequality in the Soviet Union?" asks of pay incentives, which
// the text may speak of without naming the country beside them.
func settingsOut(q *Query, runs map[string]int) map[string]int {
	setting := map[int]bool{}
	for i, w := range q.Words {
		run := runs[terms.Stem(w)]
		if run == 0 || i == 0 || setting[run] {
			continue
		}
		j := i - 1
		// "in the X", or "in plain X": a word qualifying the setting
		// between; a verb's "-ing" form takes the name as its object
		// ("in researching X"), which the question asks of.
		if j > 0 && (q.Words[j] == "the" || q.Words[j] == "a" || placing[q.Words[j-1]] && !terms.IsStopword(q.Words[j]) && !strings.HasSuffix(q.Words[j], "ing") && runs[terms.Stem(q.Words[j])] == 0) {
			j--
		}
		if placing[q.Words[j]] && (j+1 == i || j+2 == i) {
			// Only the run's first word may follow the preposition.
			if k := slices.IndexFunc(q.Words, func(v string) bool { return runs[terms.Stem(v)] == run }); k == i {
				setting[run] = true
			}
		}
	}
	return withoutRuns(runs, setting)
}

// settingsOut leaves out of runs the names the question places what it
// asks in (see settingsOut), but for a name the corpus gives in one
// sentence only (see passing): a text that names a time or a place in
// passing is not set in it, and "How many people died during X?" asks
// what happened in X, which it does not say.
func (r *Retriever) settingsOut(q *Query, runs map[string]int) map[string]int {
	out := settingsOut(q, runs)
	if len(out) == len(runs) {
		return out
	}
	for s, n := range runs {
		if _, kept := out[s]; !kept && r.passing(runs, n) {
			out[s] = n
		}
	}
	return out
}

// passing reports whether the corpus names run number n of runs, a name
// of two words or more, in one sentence only: some word of it stands in
// no other. A name of one word the question sets itself in is as often
// a manner as a setting ("in plain English").
func (r *Retriever) passing(runs map[string]int, n int) bool {
	words, once := 0, false
	for s, m := range runs {
		if m == n {
			words++
			once = once || len(r.spellings(s)) == 1
		}
	}
	return words >= 2 && once
}

// monthsOut leaves out of runs (see nameRuns) the names made only of
// a month and its day or year: a month dates what is asked ("What was
// he working on as of November 2005?"), as a year does, and is no thing
// the question asks a fact of. The text need not name the month beside
// what it says.
func monthsOut(runs map[string]int) map[string]int {
	month, other := map[int]bool{}, map[int]bool{}
	for s, n := range runs {
		switch {
		case monthStems()[s]:
			month[n] = true
		case !strings.ContainsFunc(s, unicode.IsDigit):
			other[n] = true
		}
	}
	for n := range other {
		delete(month, n)
	}
	return withoutRuns(runs, month)
}

// withoutRuns returns runs (see nameRuns) less the words of the runs
// numbered in drop; runs itself when drop is empty.
func withoutRuns(runs map[string]int, drop map[int]bool) map[string]int {
	if len(drop) == 0 {
		return runs
	}
	out := map[string]int{}
	for s, n := range runs {
		if !drop[n] {
			out[s] = n
		}
	}
	return out
}

// monthStems are the stems of the months' names.
var monthStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		out[terms.Stem(m)] = true
	}
	return out
})

// placing are the prepositions that place what is asked in a place or a
// time.
var placing = words("in", "during", "throughout", "across", "inside", "within")

// namesWhole reports whether stems hold every stem of run number run
// of runs (see nameRuns).
func namesWhole(runs map[string]int, run int, stems map[string]bool) bool {
	for t, n := range runs {
		if n == run && !stems[t] {
			return false
		}
	}
	return true
}

// nameRuns returns the stems among stems that name something the corpus
// names (see named), each with the number of its run: the names that
// stand together in the question ("Thirty Years War") are one
// thing. A name must be written capitalized in the question, or be one
// the dictionary knows only as a name or not at all ("hamilton" typed in
// lower case): "let" is no name for a corpus citing "Let Us Now Praise
// Famous Men".
func (r *Retriever) nameRuns(q *Query, stems []string) map[string]int {
	capital := capitalStems(q.Text)
	out := map[string]int{}
	run, prev, last := 0, false, ""
	for _, w := range q.Words {
		// A year the corpus writes inside a name ("the July 1830
		// Revolution") is of its run; "Let Us Now Praise Famous Men
		// 1941 Houghton" names a book and its edition.
		if prev && yearWordRe.MatchString(w) && slices.Contains(stems, w) && r.adjacent(last, w) {
			if out[w] == 0 {
				out[w] = run
			}
			last = w
			continue
		}
		s := terms.Stem(w)
		is := slices.Contains(stems, s) && r.named(s) && (capital[s] || nameStem(s)) && !r.name(s).many
		// A common word typed in capitals inside a name, where the
		// corpus writes it next to the word before ("Let Us Now
		// Praise"), is of its run: a title is one thing.
		is = is || prev && capital[s] && slices.Contains(stems, s) && r.adjacent(last, s)
		last = s
		if is {
			if !prev {
				run++
			}
			if out[s] == 0 {
				out[s] = run
			}
		}
		prev = is
	}
	named := func(s string) bool {
		return slices.Contains(stems, s) && r.named(s) && !r.name(s).many
	}
	lowerRunsOn(q, out, named, r.adjacent)
	lowerNamesOn(q, out, named, r.adjacent)
	return out
}

// lowerNamesOn adds to runs the names of several words q types wholly in
// lower case ("jivago gazette" for the corpus's "Jivago Gazette"): words
// side by side in the question that the corpus writes only capitalized
// (named) and side by side (adjacent), one of which the dictionary knows
// first as a name or a place ("lyon", "jivago"). One such word alone may
// be a common word the asker means ("let"), and so may a run of common
// words ("bakers guild" for a "Bakers' Guild" the asker may not take for
// a name); a run holding a place's name is that name, as it is typed in
// capitals: "lyon gazette" asks of the Lyon Gazette.
func lowerNamesOn(q *Query, runs map[string]int, named func(string) bool, adjacent func(a, b string) bool) {
	run := slices.Max(append(slices.Collect(maps.Values(runs)), 0))
	start := -1
	stems := make([]string, len(q.Words))
	for i, w := range q.Words {
		stems[i] = terms.Stem(w)
	}
	flush := func(end int) {
		if start >= 0 && end-start >= 2 && slices.ContainsFunc(stems[start:end], properOrPlace) {
			run++
			for _, s := range stems[start:end] {
				if runs[s] == 0 {
					runs[s] = run
				}
			}
		}
		start = -1
	}
	for i, s := range stems {
		if terms.IsStopword(q.Words[i]) || runs[s] > 0 || !named(s) {
			flush(i)
			continue
		}
		if start >= 0 && !adjacent(stems[i-1], s) {
			flush(i)
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(stems))
}

// properOrPlace reports whether the dictionary knows stem s only as a
// name, or not at all, or first as a place's and only as a noun
// ("lyon"). A point of the compass is a place too, and an adjective and
// an adverb: "the south sea" may be the asker's own words.
func properOrPlace(s string) bool {
	if nameStem(s) {
		return true
	}
	_, others := thesaurus.Tagged(s)
	return thesaurus.Place(s) && others == 0
}

// lowerRunsOn adds to runs the words of q typed in lower case that go on
// a name's run ("yale university", "chinese cultural revolution"): each
// stands next to a word of the run in the question, is a name to the
// corpus (named), and stands next to that word in the corpus too
// (adjacent). Typed in capitals, "Yale University" is one name, and a
// sentence naming the University alone says nothing of Yale's; typed in
// lower case it is the same name. A lower-case word no run reaches is
// left a common word: "let" is no name for a corpus citing "Let Us Now
// Praise Famous Men".
func lowerRunsOn(q *Query, runs map[string]int, named func(string) bool, adjacent func(a, b string) bool) {
	if len(runs) == 0 {
		return
	}
	stems := make([]string, len(q.Words))
	for i, w := range q.Words {
		stems[i] = terms.Stem(w)
	}
	for grew := true; grew; {
		grew = false
		for i, s := range stems {
			if runs[s] > 0 || terms.IsStopword(q.Words[i]) || !named(s) {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(stems) || runs[stems[j]] == 0 || !adjacent(stems[j], s) {
					continue
				}
				runs[s] = runs[stems[j]]
				grew = true
				break
			}
		}
	}
}

// commonOfName reports whether q types a word both capitalized, in a
// name, and in lower case, as a common word ("the doctors in the Doctors'
// Plot"), that the corpus writes only capitalized (see named): the asker
// tells the two apart, and asks of the common thing, which the text
// never speaks of but in the name.
func (r *Retriever) commonOfName(q *Query) bool {
	typed := typedCapitals(q)
	if typed == nil {
		return false
	}
	upper, lower := map[string]bool{}, map[string]bool{}
	for i, w := range q.Words {
		if terms.IsStopword(w) {
			continue
		}
		if typed[i] {
			upper[terms.Stem(w)] = true
		} else if i > 0 {
			lower[terms.Stem(w)] = true
		}
	}
	for s := range lower {
		if upper[s] && !nameStem(s) && r.named(s) {
			return true
		}
	}
	return false
}

// lowerCommonOfName reports whether q types a common word twice, in any
// case, that the corpus writes only in a name: once beside another word
// of that name, as the corpus writes them side by side (a name typed in
// lower case, see lowerRunsOn), and once apart, as a common word ("wat
// did the doctors in the doctors plot do"). The asker tells the two
// apart as one typing capitals does (see commonOfName).
func (r *Retriever) lowerCommonOfName(q *Query) bool {
	stems := make([]string, len(q.Words))
	for i, w := range q.Words {
		stems[i] = terms.Stem(w)
	}
	// A word typed capitalized on its own is the name still, shortened
	// ("the Paris Commune ... the Commune").
	typed := typedCapitals(q)
	if typed == nil {
		return false
	}
	inName, apart := map[string]bool{}, map[string]bool{}
	for i, s := range stems {
		if terms.IsStopword(q.Words[i]) || nameStem(s) || count(stems, s) < 2 || !r.named(s) {
			continue
		}
		beside := slices.ContainsFunc([]int{i - 1, i + 1}, func(j int) bool {
			return j >= 0 && j < len(stems) && stems[j] != s && !terms.IsStopword(q.Words[j]) && r.named(stems[j]) && r.adjacent(s, stems[j])
		})
		switch {
		case beside:
			inName[s] = true
		case !typed[i]:
			apart[s] = true
		}
	}
	for s := range inName {
		if apart[s] {
			return true
		}
	}
	return false
}

// count returns how many times ss hold s.
func count(ss []string, s string) int {
	n := 0
	for _, t := range ss {
		if t == s {
			n++
		}
	}
	return n
}

// typedCapitals returns, for each of q.Words, whether it is typed
// capitalized after the question's first word; nil when the words typed
// cannot be matched with q.Words one for one.
func typedCapitals(q *Query) []bool {
	var out []bool
	first := true
	for _, f := range strings.FieldsFunc(q.Text, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		if utf8.RuneCountInString(f) < 2 {
			continue
		}
		c, _ := utf8.DecodeRuneInString(f)
		out = append(out, !first && unicode.IsUpper(c))
		first = false
	}
	if len(out) != len(q.Words) {
		return nil
	}
	return out
}

// placeRuns adds to runs (see nameRuns) each stem of part that names a
// place the corpus never names but whose adjective it writes as a name
// (see demonyms), as a run of its own: "Is Jivago still a republic?" asks
// of the place a text names only in "the Jivagan Revolution", and is
// answered only where a sentence naming it says so. Read as a common
// word the text lacks, with the adjective standing in for it, the
// place was no name to the relation test, and the question was weighed
// by its words alone, found anywhere.
func (r *Retriever) placeRuns(part Part, runs map[string]int) map[string]int {
	var places []string
	for _, s := range part.Stems {
		if runs[s] > 0 || r.Index.BM25.Has(s) {
			continue
		}
		// An adjective the corpus writes inside another name the
		// question gives ("the Jivagan Revolution" of "Who led Jivago
		// in the Revolution?") is of that name: a sentence naming it
		// names the place only there, and says nothing of how the two
		// relate.
		if slices.ContainsFunc(r.demonyms(s), func(t string) bool {
			return r.named(t) && !slices.ContainsFunc(slices.Collect(maps.Keys(runs)), func(n string) bool { return r.adjacent(t, n) })
		}) {
			places = append(places, s)
		}
	}
	if len(places) == 0 {
		return runs
	}
	out := maps.Clone(runs)
	next := slices.Max(append(slices.Collect(maps.Values(runs)), 0))
	for _, s := range places {
		next++
		out[s] = next
	}
	return out
}

// actWord reports whether stem s names an act of sameActs. Its words
// there are all the thesaurus's kin that say it: the thesaurus relates
// two words sharing any sense, however rare, and "remove" is "murder"
// in one of its senses, though "removing the Party from direct rule"
// says nothing of a murder.
func actWord(s string) bool {
	_, ok := sameActs()[s]
	return ok
}
