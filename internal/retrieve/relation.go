package retrieve

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/sentence"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// sentenceIndex holds where the corpus names things, for the relation
// test: read one name at a time, when a question asks about it, from the
// passages BM25 lists for its stem. Pitfall: reading every sentence of
// the corpus up front made the first question of each process pay for
// the whole corpus, five seconds at 50,000 paragraphs.
type sentenceIndex struct {
	mu    sync.Mutex
	names map[string]*nameAt
	// windows caches the stems of the windows read (see window).
	windows map[sentenceAt]map[string]bool
	// twins caches the names spelt another way (see twins).
	twins map[string][]string
}

// nameAt is what the corpus does with one stem: whether it writes it as
// a name (capitalized inside its sentences, never in lower case), the
// sentences holding it capitalized, and whether there are more of them
// than maxNameSentences, which are then not all listed.
type nameAt struct {
	named bool
	many  bool
	at    []sentenceAt
	// cited is set when every sentence of at is a citation (see
	// citedOnly).
	cited bool
}

type sentenceAt struct {
	passage  *essay.Passage
	sentence int
}

// name returns what the corpus does with stem s, reading it on first use.
func (r *Retriever) name(s string) *nameAt {
	si := &r.sentenceIndex
	si.mu.Lock()
	defer si.mu.Unlock()
	if n, ok := si.names[s]; ok {
		return n
	}
	n := r.readName(s)
	if si.names == nil {
		si.names = map[string]*nameAt{}
	}
	si.names[s] = n
	return n
}

// readName reads stem s in the passages whose chunks BM25 lists for it.
// It stops at the first lower-case use, and once more than
// maxNameSentences sentences hold it capitalized.
func (r *Retriever) readName(s string) *nameAt {
	n := &nameAt{}
	capitals, lowers := map[string]bool{}, map[string]bool{}
	for _, p := range r.passagesNaming([]string{s}) {
		for j, sn := range p.Sentences {
			upper, first := stemForms(sn.Text, s, capitals, lowers)
			if sharesForm(capitals, lowers) {
				return &nameAt{}
			}
			if upper || first {
				n.at = append(n.at, sentenceAt{p, j})
			}
			if len(n.at) > maxNameSentences {
				n.many = true
				n.named = len(capitals) > 0
				return n
			}
		}
	}
	n.named = len(capitals) > 0 && len(n.at) > 0
	n.cited = len(n.at) > 0 && !slices.ContainsFunc(n.at, func(a sentenceAt) bool {
		return !citesSource(a.passage.Sentences[a.sentence].Text)
	})
	return n
}

// stemForms reads how sentence text writes stem s: it adds to capitals
// the words of stem s capitalized after the sentence's first word, and to
// lowers those in lower case, each by its form (see wordForm); and
// reports whether the sentence holds one capitalized after its first word
// (upper) or as its first word (first). Only words sharing s's first two
// letters are stemmed: a stem keeps its word's start.
func stemForms(text, s string, capitals, lowers map[string]bool) (upper, first bool) {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		c, _ := utf8.DecodeRuneInString(w)
		if len(w) < 2 || !unicode.IsLetter(c) || !strings.HasPrefix(s, strings.ToLower(w[:min(len(w), 2)])) {
			continue
		}
		if terms.Stem(strings.ToLower(w)) != s {
			continue
		}
		switch {
		case !unicode.IsUpper(c):
			lowers[wordForm(w)] = true
		case i == 0:
			first = true
		default:
			upper = true
			capitals[wordForm(w)] = true
		}
	}
	return upper, first
}

// wordForm is w in lower case and in the singular: "Doctors" and
// "doctor", "Parties" and "party" are one word.
func wordForm(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return strings.TrimSuffix(w, "es")
	}
	return strings.TrimSuffix(w, "s")
}

// sharesForm reports whether the corpus writes in lower case a word of
// the stem that is no adjective made from a word it writes capitalized
// (see derived): then the stem is a common word, not a name.
// "constitutional" beside "the 1936 Constitution" leaves the name a
// name, where "commanded" beside "Command" is the common word.
func sharesForm(capitals, lowers map[string]bool) bool {
	for f := range lowers {
		if !derived(f, capitals) {
			return true
		}
	}
	return false
}

// derived reports whether form is an adjective or adverb made from a
// word of capitals by a suffix (see adjectiveSuffixes):
// "constitutional" from "constitution".
func derived(form string, capitals map[string]bool) bool {
	for _, suf := range adjectiveSuffixes {
		if capitals[strings.TrimSuffix(form, suf)] && strings.HasSuffix(form, suf) {
			return true
		}
	}
	return false
}

// adjectiveSuffixes make an adjective or adverb of a noun whose stem
// they share: "constitution" gives "constitutional", "constitutionally".
var adjectiveSuffixes = []string{"al", "ally"}

// window returns the stems of sentence at and of the sentences after it
// that go on speaking of what it names by a pronoun, cached: the windows
// of a name are read once per lexical weighting and per part.
func (r *Retriever) window(at sentenceAt) map[string]bool {
	si := &r.sentenceIndex
	si.mu.Lock()
	out, ok := si.windows[at]
	si.mu.Unlock()
	if ok {
		return out
	}
	out = map[string]bool{}
	sents := at.passage.Sentences
	for j := at.sentence; j < len(sents) && (j == at.sentence || sentence.LeadingPronoun(sents[j].Text) != ""); j++ {
		for _, s := range terms.Stems(sents[j].Text) {
			out[s] = true
		}
	}
	si.mu.Lock()
	if si.windows == nil {
		si.windows = map[sentenceAt]map[string]bool{}
	}
	si.windows[at] = out
	si.mu.Unlock()
	return out
}

// readCase adds the stems of the words of sentence text after its first
// to capital or lower, by their case.
func readCase(text string, capital, lower map[string]bool) {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if i == 0 || len(words[i]) < 2 || !unicode.IsLetter(first) {
			continue
		}
		s := terms.Stem(strings.ToLower(w))
		if unicode.IsUpper(first) {
			capital[s] = true
		} else {
			lower[s] = true
		}
	}
}

// capitalStems returns the stems of the words of text after its first
// that are capitalized.
func capitalStems(text string) map[string]bool {
	out := map[string]bool{}
	readCase(text, out, map[string]bool{})
	return out
}

// named reports whether the corpus writes stem s as a name: capitalized
// inside its sentences, never in lower case.
func (r *Retriever) named(s string) bool {
	return r.name(s).named
}

// nameStem reports whether a question's stem names someone or something
// by the dictionary: WordNet knows it only as a name, or not at all ("a
// word no dictionary knows"), and it is no number.
func nameStem(s string) bool {
	return (thesaurus.Senses(s) == 0 || thesaurus.Proper(s)) && !strings.ContainsFunc(s, unicode.IsDigit)
}

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
		if !placedIn(q.Words, i) {
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
			r.yearOfName(q.Words, s, runs) {
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
		if asksWhatWritten(q, part, runs) {
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
		// passing ("X's support for it") does not say.
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

// nameRuns returns the stems among stems that name something the corpus
// names (see named), each with the number of its run: the names that
// stand together in the question ("Chinese Cultural Revolution") are one
// thing. A name must be written capitalized in the question, or be one
// the dictionary knows only as a name or not at all ("hamilton" typed in
// lower case): "let" is no name for a corpus citing "Let History Judge".
func (r *Retriever) nameRuns(q *Query, stems []string) map[string]int {
	capital := capitalStems(q.Text)
	out := map[string]int{}
	run, prev, last := 0, false, ""
	for _, w := range q.Words {
		// A year the corpus writes inside a name ("the July 1953
		// Plenum") is of its run; "Let History Judge 1971 Knopf" names
		// a book and its edition.
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
		// corpus writes it next to the word before ("Let History
		// Judge"), is of its run: a title is one thing.
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
// left a common word: "let" is no name for a corpus citing "Let History
// Judge".
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

// heldNear reports whether stems hold stem s, or hold it near: up to a
// shared prefix, through a related stem, in a word of the same concept
// other than the most general (see kinAmong), or in a plain word for it
// (see plainWordTable).
func (r *Retriever) heldNear(q *Query, s string, stems map[string]bool) bool {
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

// spellings returns the sentences naming n as a name (see nameAt), and
// those naming it spelt another way (see twins): a text may write one
// name two ways ("Dostoyevsky", "Dostoevsky"), and says of him in each
// what it says. A place the corpus never names is named by the
// adjective it does write (see placeRuns): "Jivagan" names Jivago.
func (r *Retriever) spellings(n string) []sentenceAt {
	at := r.name(n).at
	for _, t := range r.twins(n) {
		at = append(slices.Clone(at), r.name(t).at...)
	}
	if len(at) == 0 && !r.Index.BM25.Has(n) {
		for _, t := range r.demonyms(n) {
			if r.named(t) {
				at = append(slices.Clone(at), r.name(t).at...)
			}
		}
	}
	return at
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
