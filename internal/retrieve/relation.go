package retrieve

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/sentence"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// relation returns how much of what a question asks about the things it
// names, that the corpus names too, the text says beside them, and
// whether the question asks anything of that kind at all.
//
// A question asking a fact of a named thing ("How did X die?", "What job
// did X hold?", "What did X's testament say?") names a relation: its
// words other than the names. The text answers it only where it says
// that relation of the name: in a sentence naming it, or in the
// sentences after it that go on speaking of it by a pronoun. A text that
// names X only in passing, and elsewhere speaks of dying, does not say
// how X died.
//
// For each part of the question (see Part) whose stems q holds, the
// relation is the weight (IDF times specificity, as for support) of the
// part's words other than names and numbers that the best such sentence
// holds, or holds near (see heldNear), as a share of all their weight. A
// sentence naming two of the things the question names, apart in it
// ("What did X learn from Y?"), says how they relate: it holds every
// word asked that the corpus uses, whatever its own words.
// The figure is the best part's: a question of several parts is
// declined only when no part is answered. A part that asks only what a
// thing is that the corpus names without defining it (see
// partUndefined) is left out of the figure, and mixed is set: the
// question is weighed whole on its other parts ("What was X, and how did
// it end?" on how X ended), and then part by part (see partsAbstain).
// Any other part asking nothing of a named thing leaves the question
// unweighed, as below: the text may answer that part in words of its
// own, which the question as a whole finds better than the part alone.
//
// Not weighed (1, false): a question in another language (see foreign);
// a question asked of the text itself (its
// sources, its author's stance or purpose, or one naming its author or
// the text: "Why does the author bring up X?"; but not what is left to
// study, which asked of someone the text names, "What does X want
// studied next?", asks what X wanted; nor when a paper or a book it
// cites began or ended, "When was the Jivago Gazette founded?", which
// asks of the paper, not where to read something), whose answer is what
// the text does with X; and one with a part that names nothing the corpus
// names, or asks nothing of it ("X and Y?"). A question opening "Who was
// X?" asks who X was: it is weighed 1 when a sentence naming X says who
// he was (see describes), 0 when none does.
func (r *Retriever) relation(q *Query) (share float64, asks, mixed bool) {
	if skipsRelation(q) && !r.readsOfSource(q) || r.ofTheText(q) || r.foreign(q.Stems) {
		return 1, false, false
	}
	share = 1
	for _, part := range q.Parts {
		if !slices.ContainsFunc(part.Stems, func(s string) bool { return slices.Contains(q.Stems, s) }) {
			continue
		}
		sh, ok := r.partRelation(q, part)
		if !ok && !r.partUndefined(q, part) {
			return 1, false, false
		}
		if !ok {
			mixed = true
			continue
		}
		if !asks || sh > share {
			share = sh
		}
		asks = true
	}
	return share, asks, mixed && asks
}

// skipsRelation reports whether q's intent leaves it unweighed. A
// question of the text's sources, stance, purpose, reliance, raised
// questions or limits is answered from the passages about the text,
// whatever it names. What is left to study (Further) is still weighed:
// asked of someone the text names, it asks what he wanted. Where to read
// something (Reading) is weighed only when it asks when a thing began or
// ended ("When was the Jivago Gazette founded?"), a question of the
// paper, not of where to read.
func skipsRelation(q *Query) bool {
	if q.Intent&^(Further|Reading) != 0 {
		return true
	}
	return q.Intent&Reading != 0 && askedPhase(q) == noPhase
}

// readsOfSource reports whether q, asking where to read something
// (Reading) and nothing else of the text, names a thing the corpus names
// only as a source (see citedOnly): "Which press published the Jivago
// diary?" asks of the diary the text cites, which its citation answers
// only where it says so, not where to read something.
//
// A source the question places something in ("when was the thing in the
// Jivago Gazette published") is where to read it, and the question is
// left unweighed.
func (r *Retriever) readsOfSource(q *Query) bool {
	if q.Intent&^(Further|Reading) != 0 {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	cited := r.citedOnly(runs)
	if len(cited) == 0 {
		return false
	}
	for i, w := range q.Words {
		s := terms.Stem(w)
		// The first word of a cited name's run.
		if !slices.Contains(cited, s) || i > 0 && runs[terms.Stem(q.Words[i-1])] == runs[s] {
			continue
		}
		if !placedIn(q.Words, i) && !inLanguage(q.Words, i) {
			return true
		}
	}
	return false
}

// placedIn reports whether ws[i] follows a preposition placing a thing
// in it, "the" aside: "the text in the Jivago Gazette", "the figures
// from Petrov".
func placedIn(ws []string, i int) bool {
	j := i - 1
	if j > 0 && ws[j] == "the" {
		j--
	}
	return j >= 0 && sourcePlacing[ws[j]]
}

// inLanguage reports whether ws[i] is a language a version of a work is
// asked in ("an English version"): where to read it, as "in English, at
// ..." of a citation says, not a source of that name.
func inLanguage(ws []string, i int) bool {
	return languageWords[ws[i]] && i+1 < len(ws) && versionWords[ws[i+1]]
}

// sourcePlacing are the prepositions that place a thing in a source.
var sourcePlacing = words("in", "from")

// foreign reports whether the dictionary knows as common words fewer of
// a question's stems, names of the corpus aside, than it does not: a
// question in another language than English, whose words the relation
// test cannot tell from names ("Welche Mineralien sind radioaktiv?").
func (r *Retriever) foreign(stems []string) bool {
	known, unknown := 0, 0
	for _, s := range stems {
		switch {
		case r.named(s):
		case thesaurus.Senses(s) == 0 || thesaurus.Proper(s):
			unknown++
		default:
			known++
		}
	}
	return unknown > known
}

// ofTheText reports whether a question names the text or its author
// ("the author", "the essay", the author's name), or asks which of its
// passages says something (see asksWhichPassage).
//
// So does a verb of portraying ("How is the privatization of Soviet
// property described?"): it asks how the text puts a thing, which it may
// do in a passage that does not name it as the question does; and a word
// naming a way of speaking (see speechWords: "What's the point of the X
// comparison?"), which the text speaks in without naming it.
//
// A word for an author set beside another name, of a work the text only
// cites (see sourceWork: "Petrov, the author of Jivago, ..."), names
// that work's author, not the text's.
func (r *Retriever) ofTheText(q *Query) bool {
	author := r.authorWords()
	if authorSays(q.Words) || r.authorDoes(q) || slices.ContainsFunc(q.Words, func(w string) bool {
		return author[w] || portraying[terms.Stem(w)] || speechStems()[terms.Stem(w)]
	}) {
		return true
	}
	for i, w := range q.Words {
		if roleWords[w] && !r.sourceWork(q, i) && !r.roleOfNamed(q, i) {
			return true
		}
	}
	if asksWhichPassage(q.Words) || comesUp(q.Words) || r.toDoWithHeld(q.Words) || r.whyBringIn(q.Words) {
		return true
	}
	i := slices.IndexFunc(q.Words, func(w string) bool { return textWords[w] })
	return i >= 0 && !r.writerNamed(q, i) && !r.partOfNamed(q, i)
}

// sourceWork reports whether ws[i], a word for an author, stands in an
// apposition giving someone as the author of a work the text only cites
// (see citedOnly): "Petrov, the author of Jivago, ...". The question asks
// of him, not of the text's author; "Who is the author of Jivago?" still
// asks who wrote it, which the citation answers.
func (r *Retriever) sourceWork(q *Query, i int) bool {
	ws := q.Words
	if i < 2 || i+2 >= len(ws) || ws[i-1] != "the" || ws[i+1] != "of" {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	return runs[terms.Stem(ws[i-2])] > 0 && slices.Contains(r.citedOnly(runs), terms.Stem(ws[i+2]))
}

// roleOfNamed reports whether ws[i], a word for an author, is asked as
// what someone the question names before it was ("Who was Jivago - a
// historian or a poet?", "Was Jivago a scholar?"): a role, after "a" or
// "an", of a person the corpus names. The question asks of him, not of
// the text's author, whom "Is he a reliable historian?" asks of.
func (r *Retriever) roleOfNamed(q *Query, i int) bool {
	fields := strings.Fields(strings.ToLower(q.Text))
	at := slices.IndexFunc(fields, func(f string) bool { return slices.Contains(terms.Words(f), q.Words[i]) })
	if at < 2 || fields[at-1] != "a" && fields[at-1] != "an" {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	return slices.ContainsFunc(q.Words[:i], func(w string) bool { return runs[terms.Stem(w)] > 0 })
}

// asksWhichPassage reports whether ws ask which passage of the text
// says something ("Which paragraph brings up X?", "What note discusses
// Y?"): the answer is where the text names X, whatever it says of it
// there.
func asksWhichPassage(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "which" || ws[i] == "what") && passageNouns[ws[i+1]] {
			return true
		}
	}
	return false
}

// comesUp reports whether ws ask whether a thing comes up ("did the X
// come up?", "does Y ever come up"): whether the text mentions it, and
// why, which a sentence naming it answers whatever its other words.
func comesUp(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if comeWords[ws[i]] && ws[i+1] == "up" {
			return true
		}
	}
	return false
}

// toDoWithAt returns where in ws "to do with" stands after "what", or
// -1: ws ask what one thing has to do with another ("What has X to do
// with Y?", "what's that got to do with Y?"): why the text brings X up
// beside Y, which a sentence naming X answers whatever its other words,
// as with a thing that comes up (see comesUp). A student asking what the
// Jivago trial has to do with the text's elections was declined because
// no sentence naming the trial says "elections".
func toDoWithAt(ws []string) int {
	for i := 1; i+2 < len(ws); i++ {
		if ws[i] == "to" && ws[i+1] == "do" && ws[i+2] == "with" && slices.Contains(ws[:i], "what") {
			return i
		}
	}
	return -1
}

// toDoWithHeld reports whether ws ask what one thing has to do with
// another (see toDoWithAt) that the corpus holds every word of: "What has
// X to do with football?", of a text that never writes "football", asks
// a tie the text never makes, which a sentence naming X does not
// answer; the question is weighed as any other asking of X.
func (r *Retriever) toDoWithHeld(ws []string) bool {
	i := toDoWithAt(ws)
	return i >= 0 && !slices.ContainsFunc(terms.Stems(strings.Join(ws[i+3:], " ")), func(s string) bool { return !r.Index.BM25.Has(s) })
}

// whyBringIn reports whether ws open "why" and a bare verb of bringing
// a thing into the text ("Why drag X into it?", "Why bring up X?", "why
// cite X at all"), and the corpus holds every other word: the asker,
// naming no subject, asks why the text brings X in, which a sentence
// naming X answers whatever its other words, as with a thing that comes
// up (see comesUp). "Why mention X's cooking?", of a text that never
// writes "cooking", asks of a thing it never brings in.
func (r *Retriever) whyBringIn(ws []string) bool {
	if len(ws) < 3 || ws[0] != "why" || !bringingIn[ws[1]] {
		return false
	}
	return !slices.ContainsFunc(terms.Stems(strings.Join(ws[2:], " ")), func(s string) bool { return !r.Index.BM25.Has(s) })
}

// bringingIn are the bare verbs by which a text brings a thing in.
var bringingIn = words("bring", "drag", "mention", "cite", "invoke", "raise", "introduce", "quote", "include", "pull")

// comeWords are the forms of "come".
var comeWords = words("come", "comes", "came", "coming")

// passageNouns name a passage of a text.
var passageNouns = words("paragraph", "paragraphs", "note", "notes", "footnote", "footnotes", "endnote", "endnotes",
	"passage", "passages", "section", "sections")

// writerNamed reports whether q names someone the corpus names before
// its word of writing at i ("What did Rousseau write about X?"): the
// question asks what he wrote, not of the text, which its author wrote.
func (r *Retriever) writerNamed(q *Query, i int) bool {
	if !writeWords[q.Words[i]] {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	return slices.ContainsFunc(q.Words[:i], func(w string) bool { return runs[terms.Stem(w)] > 0 })
}

// authorSays reports whether ws ask what "he" or "she" says in the
// present tense ("that he mentions", "Does he say anything about X's
// view?", "he keeps mentioning"): a text speaks in the present, and the
// pronoun is its author. A person the text tells of spoke in the past
// ("what did he say?").
func authorSays(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "he" && ws[i] != "she" {
			continue
		}
		if sayings[ws[i+1]] && strings.HasSuffix(ws[i+1], "s") || i > 0 && ws[i-1] == "does" && sayings[ws[i+1]+"s"] ||
			i > 0 && ws[i-1] == "is" && saying(ws[i+1]) || i+2 < len(ws) && ws[i+1] == "keeps" && saying(ws[i+2]) || talksNow(ws, i) {
			return true
		}
	}
	return false
}

// talksNow reports whether ws[i], "he" or "she", is talking now: "is he
// talking about X", or "why's he talking about X", whose "'s" the words
// of a question drop. The author talks about what the text brings up; a
// person the text tells of was talking ("who was he talking to?").
func talksNow(ws []string, i int) bool {
	if i < 1 || i+1 >= len(ws) || ws[i+1] != "talking" && !saying(ws[i+1]) {
		return false
	}
	return ws[i-1] == "is" || isDropped[ws[i-1]]
}

// isDropped are the question words whose "'s" ("why's", "what's"),
// standing for "is" before "he" or "she", a question's words drop.
var isDropped = words("why", "what", "how", "where", "who")

// saying reports whether w is the "-ing" form of a verb of sayings ("is
// he saying", "is she arguing"): the author saying it, as "does he say"
// is.
func saying(w string) bool {
	return strings.HasSuffix(w, "ing") && sayingStems()[terms.Stem(w)]
}

// sayingStems returns the stems of sayings.
var sayingStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for w := range sayings {
		out[terms.Stem(w)] = true
	}
	return out
})

// authorDoes reports whether q asks what "he" or "she" does in the
// present tense ("How does he go after X's credibility?") with no one
// named before the pronoun: a text acts in the present, and the pronoun
// is its author, as with a verb of saying (see authorSays). "Who was X,
// and what does he fear?" asks of X.
func (r *Retriever) authorDoes(q *Query) bool {
	ws := q.Words
	i := slices.IndexFunc(ws, func(w string) bool { return w == "he" || w == "she" })
	if i < 1 || ws[i-1] != "does" || i+1 >= len(ws) || terms.IsStopword(ws[i+1]) {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	return !slices.ContainsFunc(ws[:i], func(w string) bool { return runs[terms.Stem(w)] > 0 || r.named(terms.Stem(w)) })
}

// sayings are the verbs, in the third person present, by which a text
// says what it says.
var sayings = words("says", "mentions", "cites", "attributes", "traces", "argues", "claims", "suggests", "thinks", "believes",
	"notes", "writes", "describes", "calls", "blames", "credits", "quotes", "names", "lists", "gives", "offers", "sees", "treats", "discusses", "admits",
	"brings", "raises", "introduces", "invokes", "compares", "contrasts", "points")

// portraying are the stems of verbs of portraying a thing in words.
var portraying = words("describ", "portray", "depict", "characteris", "characteriz")

// partRelation returns the relation of one part (see relation).
func (r *Retriever) partRelation(q *Query, part Part) (float64, bool) {
	runs := monthsOut(r.settingsOut(q, r.placeRuns(part, r.nameRuns(q, append(slices.Clone(part.Leans), part.Stems...)))))
	kind := askedKind(q, runs, r.adjacent)
	var asked, years, timed []string
	var weights []float64
	var total float64
	main := mainClause(q, part.Stems)
	// A main clause asking only what someone did ("What did X do after
	// he was driven from power?") asks it of the time its later clause
	// names: what is asked is that clause's. One asking what happened to
	// him ("What happened to X after his father was arrested?") asks
	// what befell him, which a sentence telling only of that time does
	// not say.
	var deed bool
	if !slices.ContainsFunc(part.Stems, func(s string) bool { return main[s] && runs[s] == 0 && !nameStem(s) && !lightVerbs[s] }) &&
		!slices.ContainsFunc(part.Stems, func(s string) bool { return main[s] && befell[s] }) {
		deed = doneThen(q, part, main)
		main = words(part.Stems...)
	}
	appositive := appositiveStems(q, runs)
	for n := range possessors(q, runs) {
		delete(runs, n)
	}
	for _, s := range part.Stems {
		// A word of chat ("bout" for "about") asks nothing.
		if runs[s] > 0 || nameStem(s) || s == "year" || s == "date" || !main[s] || appositive[s] || r.chatWord(q, s) || bearing[s] && r.bearsOnIt(q, s) ||
			r.yearOfName(q.Words, s, runs) || q.offered[s] { // a guess at the year asks it (see offeredYears)
			continue
		}
		if yearWordRe.MatchString(s) {
			years = append(years, s)
			if yearOfTime(q.Words, s) {
				timed = append(timed, s)
				continue
			}
		}
		w := r.Index.BM25.IDF(s) * specificity(s)
		asked, weights = append(asked, s), append(weights, w)
		total += w
	}
	// "What happened at X in 1921?" asks only what befell X then, and
	// "What did X say in 1817?" what X did then: a sentence naming X in
	// that year tells it, in whatever words. "What was X's circulation
	// in 2000?" asks a property of X, which a sentence must give.
	if hasAny(q.Words, doWords) || !slices.ContainsFunc(asked, func(s string) bool { return !lightVerbs[s] }) {
		for _, s := range timed {
			w := r.Index.BM25.IDF(s) * specificity(s)
			asked, weights = append(asked, s), append(weights, w)
			total += w
		}
	}
	if cited := r.citedOnly(withoutRuns(runs, sourcesFraming(q, runs))); len(cited) > 0 {
		if asksWhatWritten(q, part, runs) || asksWhoseWork(q, part, runs) {
			return 1, true
		}
		if deed {
			return 0, true
		}
		return r.citedRelation(q, runs, cited, asked, weights, total)
	}
	if len(runs) == 0 {
		return 1, false
	}
	if held, ok := r.heldView(runs, asked); ok {
		return held, true
	}
	if asksRole(q) {
		return r.roleGiven(runs), true
	}
	if total == 0 {
		// "Who was X?" asks who X was: a text that names X only in
		// passing ("X's support for it") does not say; one naming him as
		// its source ("edited by X") says who he is to it, when that is
		// all the question asks (see asksWhoOnly).
		if asksWhoOnly(q) && r.namedAsSource(runs) {
			return 1, true
		}
		if asksWhoIs(q) && len(part.Leans) == 0 && slices.Equal(part.Stems, q.Parts[0].Stems) {
			if r.describes(runs) {
				return 1, true
			}
			return 0, true
		}
		return r.bothNamed(q, runs)
	}
	clauses, joined := runClauses(q, runs), joinedRuns(q, runs)
	askedAt := askedClause(q, asked)
	// What is asked is asked of the names in its own clause, when it
	// holds any: "What happened to X after Y brought him back?" asks
	// what befell X, and a sentence naming Y alone says nothing of it.
	ownClause := slices.ContainsFunc(slices.Collect(maps.Values(runs)), func(run int) bool { return clauses[run] == askedAt })
	subjects, act := viewSubjects(q, runs, asked)
	if subjects != nil {
		// The verb of view is asked of the holder, not of the subject.
		asked, weights, total = onlyStems(asked, weights, act)
	}
	best := 0.0
	for n := range runs {
		if ownClause && clauses[runs[n]] != askedAt || subjects != nil && !subjects[runs[n]] {
			continue
		}
		for _, at := range r.spellings(n) {
			window := r.window(at)
			if !window[n] {
				// A sentence naming n spelt another way names n.
				window = maps.Clone(window)
				window[n] = true
			}
			// A name of several words is named by them all: "Anna
			// Petrova" is not the Petrova of a sentence naming her mother.
			if !namesWhole(runs, runs[n], window) {
				continue
			}
			if len(kind) > 0 && !slices.ContainsFunc(kind, func(s string) bool { return window[s] }) {
				continue
			}
			if !yearsHeld(years, window) {
				continue
			}
			// A place named only by its adjective (see placeRuns) meets
			// no other name: a sentence naming both names the place
			// inside the other ("the Jivagan Revolution").
			met := map[int]bool{}
			for t, run := range runs {
				if window[t] && r.Index.BM25.Has(t) {
					met[run] = true
				}
			}
			var held float64
			for i, s := range asked {
				if r.pastOfAnother(q, at, s) {
					continue
				}
				// A sentence naming two of the things asked about holds
				// what they relate by, in its own words, unless the
				// question asks it in a word the corpus never uses.
				if slices.ContainsFunc(askedAs(q, s), func(t string) bool {
					return subjects == nil && related(met, clauses, joined, askedAt) && r.Index.BM25.Has(t) || r.heldNear(q, t, window)
				}) {
					held += weights[i]
				}
			}
			best = max(best, held/total)
		}
	}
	return best, true
}

// otherPasts are the irregular pasts that stem as another verb's
// regular forms do: "found" (of "find") and "founded", "bound" and
// "bounded", "ground" and "grounded", "wound" and "wounded".
var otherPasts = words("found", "bound", "ground", "wound")

// pastOfAnother reports whether q asks stem s in a regular form ("When
// was the Jivago Gazette founded?") and the sentences of at write it
// only as the irregular past of another verb that shares its stem (see
// otherPasts): "the earliest publication I have found is in the Jivago
// Gazette" says where the author found it, not when the paper was
// founded.
func (r *Retriever) pastOfAnother(q *Query, at sentenceAt, s string) bool {
	if !otherPasts[s] || slices.Contains(q.Words, s) {
		return false
	}
	sents := at.passage.Sentences
	for j := at.sentence; j < len(sents) && (j == at.sentence || sentence.LeadingPronoun(sents[j].Text) != ""); j++ {
		for _, w := range terms.Words(sents[j].Text) {
			if w != s && terms.Stem(w) == s {
				return false
			}
		}
	}
	return true
}

// appositiveStems returns the stems of the nouns that say who a name of
// runs is, set between a possessive or "the" and the name ("X's son Y",
// "his wife Y", "the newspaper Y"): they tell the reader whom the
// question asks of, not what it asks. "What did X's son Y do for a living?" asks Y's work, which a
// sentence calling Y "his son" does not give.
func appositiveStems(q *Query, runs map[string]int) map[string]bool {
	out := map[string]bool{}
	fs := strings.Fields(q.Text)
	for i := 0; i+2 < len(fs); i++ {
		w := strings.ToLower(fs[i])
		if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && w != "his" && w != "her" && w != "their" && w != "the" {
			continue
		}
		noun, name := terms.Words(fs[i+1]), terms.Words(fs[i+2])
		first, _ := utf8.DecodeRuneInString(fs[i+1])
		if len(noun) == 1 && len(name) == 1 && unicode.IsLower(first) && runs[terms.Stem(name[0])] > 0 {
			out[terms.Stem(noun[0])] = true
		}
	}
	return out
}

// possessors returns the stems of the names of runs that only say whose
// kin or fellow another name is ("X" of "X's son Y"): the question asks
// of Y, and a sentence naming X alone says nothing of him.
func possessors(q *Query, runs map[string]int) map[string]bool {
	out := map[string]bool{}
	appositive := appositiveStems(q, runs)
	fs := strings.Fields(q.Text)
	for i := 0; i+2 < len(fs); i++ {
		w, ok := strings.CutSuffix(strings.ReplaceAll(fs[i], "’", "'"), "'s")
		if !ok || !appositive[terms.Stem(strings.ToLower(fs[i+1]))] {
			continue
		}
		if ws := terms.Words(w); len(ws) == 1 && runs[terms.Stem(ws[0])] > 0 {
			out[terms.Stem(ws[0])] = true
		}
	}
	return out
}

// askedAs returns the stems a sentence may hold asked stem s by: s, or
// the words of a job for the "living" of "What did X do for a living?",
// which asks his occupation. A sentence calling someone beside X "the
// last living member" says nothing of X's work, though it holds the
// question's word.
func askedAs(q *Query, s string) []string {
	if s == livingStem && asksLivelihood(q) {
		return occupationStems
	}
	return []string{s}
}

// asksLivelihood reports whether q asks what someone did for a living.
func asksLivelihood(q *Query) bool {
	return livelihoodRe.MatchString(q.Text)
}

// asksRole reports whether q asks what someone did for a living, or
// what job or post he held: a role given beside his name answers it.
// "What role did X play in Y?" asks of his part in Y, and is left to
// the words asked.
func asksRole(q *Query) bool {
	return asksLivelihood(q) || roleAskRe.MatchString(q.Text)
}

// roleAskRe finds a question asking for someone's job or post.
var roleAskRe = lazyregexp.New(`(?i)\bwhat\s+(?:job|position|post|office|occupation|profession|career)s?\s+(?:did|does|do|had|has|was|is)\b`)

// livingStem is the stem of "living".
var livingStem = terms.Stem("living")

// livelihoodRe finds the idiom asking someone's occupation.
var livelihoodRe = lazyregexp.New(`(?i)\bfor\s+(?:a|an|their|his|her)\s+living\b`)

// occupationStems are the stems of the words a text gives someone's work
// by.
var occupationStems = terms.Stems("job occupation profession career trade work employment employed post position")

// bothNamed returns the relation of a part that asks nothing but of the
// names it holds (see partRelation): two of them apart in one clause of
// the question ("What did X write about Y?") ask how they relate, which
// a sentence naming both says, or one going on about either by a
// pronoun (see window): 1 when one does, 0 when none does. A text that
// names X in one place and Y in another does not say what X wrote of Y.
// A part naming one thing, or two it joins by "and" ("X and Y?"), asks
// nothing of that kind (1, false).
func (r *Retriever) bothNamed(q *Query, runs map[string]int) (float64, bool) {
	clauses, joined := runClauses(q, runs), joinedRuns(q, runs)
	asked := false
	for a := range clauses {
		for b := range clauses {
			asked = asked || a < b && clauses[a] == clauses[b] && !joined[[2]int{a, b}]
		}
	}
	if !asked {
		return 1, false
	}
	for n := range runs {
		for _, at := range r.spellings(n) {
			window := r.window(at)
			met := map[int]bool{}
			for t, run := range runs {
				if window[t] && namesWhole(runs, run, window) {
					met[run] = true
				}
			}
			if related(met, clauses, joined, clauses[runs[n]]) {
				return 1, true
			}
		}
	}
	return 0, true
}

// yearOfTime reports whether ws give year y as the time of what they
// ask ("in 2000", "by 1937"), not as part of a name ("the 1936
// Constitution"): such a year is what is asked of, not what is asked. A
// sentence must hold it (see yearsHeld), and holding it says nothing of
// the "circulation" of "What was X's circulation in 2000?".
func yearOfTime(ws []string, y string) bool {
	i := slices.Index(ws, y)
	return i > 0 && timePrepositions[ws[i-1]]
}

// yearOfName reports whether ws give year y as the first word of a name
// of runs, before its own words and not after another name's, that the
// corpus writes with it ("the 1848 Charter"): it names what is asked
// of, as the name does, and asks nothing. Weighed as a word asked, it
// was held by every sentence naming the thing, and "Which commission
// drafted the 1848 Charter?" looked a third answered by a text that
// never tells who drafted it.
func (r *Retriever) yearOfName(ws []string, y string, runs map[string]int) bool {
	if !yearWordRe.MatchString(y) {
		return false
	}
	i := slices.Index(ws, y)
	if i < 0 || i+1 >= len(ws) || i > 0 && runs[terms.Stem(ws[i-1])] > 0 {
		return false
	}
	next := terms.Stem(ws[i+1])
	return runs[next] > 0 && r.adjacent(y, next)
}

// doWords are the forms of "do", which ask what someone did.
var doWords = words("do", "does", "did")

// timePrepositions place what follows them in time.
var timePrepositions = words("in", "by", "during", "since", "until", "till", "before", "after", "around")

// yearsHeld reports whether stems hold one of the years asked, or asked
// none: "Who was the head of X in 1937?" is not answered by a sentence
// naming X's head and no year, nor one naming him in another.
func yearsHeld(asked []string, stems map[string]bool) bool {
	years := slices.DeleteFunc(slices.Clone(asked), func(s string) bool { return !yearWordRe.MatchString(s) })
	return len(years) == 0 || slices.ContainsFunc(years, func(s string) bool { return stems[s] })
}

// askedKind returns the stems of the name q asks which one of ("At
// which Congress did X speak?"), taking them out of runs: the question
// asks for a Congress, not of one, and a sentence naming X with no
// Congress in it cannot say which. The words between "which" and the
// name must be typed capitalized, or written beside it in the corpus
// (adjacent), as a name's own words are ("which Party Congress"):
// "Which country X led" asks for a country, of X, and "what job X had"
// for a job.
func askedKind(q *Query, runs map[string]int, adjacent func(a, b string) bool) []string {
	i := slices.IndexFunc(q.Words, func(w string) bool { return w == "which" || w == "what" })
	if i < 0 {
		return nil
	}
	// The name ends the words naming what is asked for: "which Party
	// Congress" asks for a Congress, whether or not the text writes
	// "Party" as a name.
	capital := capitalStems(q.Text)
	run, prev := 0, ""
	for _, w := range q.Words[i+1 : min(len(q.Words), i+1+kindWords)] {
		// A verb ends the words naming the kind: "Which institute
		// employs X?" asks for an institute, and asks it of X.
		if terms.IsStopword(w) || !nounWord(w) || verbOfS(w) {
			break
		}
		s := terms.Stem(w)
		if run = runs[s]; run > 0 {
			if prev != "" && !capital[prev] && !adjacent(prev, s) {
				return nil
			}
			break
		}
		prev = s
	}
	if run == 0 {
		return nil
	}
	var out []string
	for s, n := range runs {
		if n == run {
			out = append(out, s)
			delete(runs, s)
		}
	}
	return out
}

// verbOfS reports whether w, ending in "s", is more often a verb than a
// noun in the dictionary's tagged texts ("employs", "says").
func verbOfS(w string) bool {
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return strings.HasSuffix(w, "s") && others > nouns
}

// befell are the stems of the light verbs that ask what befell someone
// (see lightVerbs).
var befell = words("happen", "occur", "becom")

// kindWords is how many words after "which" may name what is asked for.
const kindWords = 3

// bearing are the stems of words asking how a thing bears on another
// (see bearsOnIt).
var bearing = words("relat", "relev", "connect", "link")

// bearsOnIt reports whether bearing stem s of q asks how what q names
// bears on what "it" or "this" points to ("the tcheka how is it
// related"): on the text's argument, which a sentence naming the thing
// shows by what it does with it, whatever its words. "Are X and Y
// related?" asks how two people are related, which a sentence must say.
func (r *Retriever) bearsOnIt(q *Query, s string) bool {
	for i, w := range q.Words {
		if terms.Stem(w) == s && (i >= 1 && pointing[q.Words[i-1]] || i >= 2 && pointing[q.Words[i-2]]) {
			return true
		}
	}
	return false
}

// pointing are the pronouns by which a question points to what it
// speaks of without naming it.
var pointing = words("it", "this", "that")

// lightVerbs are the stems of verbs that ask only that something was
// done or befell someone: "What did X do?", "What happened to X?".
var lightVerbs = words("happen", "occur", "do", "becom", "go", "get")

// heldNear reports whether stems hold stem s, or hold it near: up to a
// shared prefix, through a related stem, in a word of the same concept
// other than the most general (see kinAmong), or in a plain word for it
// (see plainWordTable). A tie of family, or a word for a name, is held
// by itself alone (see heldAlone).
func (r *Retriever) heldNear(q *Query, s string, stems map[string]bool) bool {
	if heldAlone(q, s) {
		return stems[s]
	}
	return stems[s] || hasPrefixMatch(stems, s) || slices.ContainsFunc(q.Related[s], func(t string) bool { return stems[t] && (!actWord(s) || q.figurative[s] != nil) }) || r.kinAmong(s, stems, true) ||
		r.plainIn(s, func(t string) bool { return stems[t] }) || sameActIn(s, stems)
}

// sameActIn reports whether stems hold another word for the act stem s
// names (see sameActs): "What were they accused of?" is answered by
// "the charges against them", "Was he killed?" by "he was murdered".
func sameActIn(s string, stems map[string]bool) bool {
	act, ok := sameActs()[s]
	if !ok {
		return false
	}
	for t := range stems {
		if sameActs()[t] == act && t != s {
			return true
		}
	}
	return false
}

// sameActs maps the stems of the words for an act a history tells of,
// which a question and a text often name in different words, to the
// act. WordNet keeps "murder" a kind of "kill" and "charge" a sense of
// "accuse", but too far down their senses for kin to join them. An
// execution is a killing by sentence, not any killing: "When was he
// executed?" is not answered by "he was killed on June 26".
var sameActs = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	for i, ws := range [][]string{
		{"accuse", "accused", "accusation", "charge", "charged", "charges", "indict", "indicted", "indictment"},
		{"kill", "killed", "killing", "murder", "murdered", "slay", "slain", "assassinate", "assassinated", "assassination"},
	} {
		for _, w := range ws {
			out[terms.Stem(w)] = i + 1
		}
	}
	return out
})
