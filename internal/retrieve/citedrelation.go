package retrieve

import (
	"maps"
	"slices"
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// The relation test for names a text gives only where it cites a source
// (a note's book, paper or diary): such a name answers which source the
// text cites, not what became of the source or its author (see
// citedOnly, citedRelation).

// citedOnly returns the names among runs that the corpus names only in
// citations: every sentence naming it cites (see citeRe: "The Diary of
// Ivan Petrov, ed. ...", "(Oxford: Clarendon Press, 1990)"). A name met
// only where the text gives its sources is a source, not a thing it
// speaks of: it says nothing of who Petrov was or when Clarendon was
// founded, though it answers which diary it cites. It is read once per
// name, with the name's sentences (see readName).
func (r *Retriever) citedOnly(runs map[string]int) []string {
	var out []string
	for n := range runs {
		if r.name(n).cited {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// derivedIn reports whether held holds a longer stem that opens with
// stem s of prefixMatch letters or more: a word made from it.
func derivedIn(held map[string]bool, s string) bool {
	if len(s) < prefixMatch {
		return false
	}
	for t := range held {
		if len(t) > len(s) && strings.HasPrefix(t, s) {
			return true
		}
	}
	return false
}

// pageStems ask for pages.
var pageStems = words("page", "pp")

// pagesRe finds pages in a citation: a range of figures ("270-276"), or
// figures after "p." or "pp.".
var pagesRe = lazyregexp.New(`\b[0-9]+\s?[-–]\s?[0-9]+\b|\bpp?\.\s?[0-9]+`)

// citedRelation is the relation of a part asking of names the corpus only
// cites (see citedOnly): the share of the weight of what it asks that a
// citation naming one of them holds as written, "diary" for "What does
// Petrov's diary show?". A citation holds a title and a publisher, not
// what they stand for, so no word is held near, and a sentence naming two
// things asked about says nothing of how they relate. A question asking
// nothing of such a name ("Who was Ivan Petrov?") is not answered by the
// citation, unless it is no question but the name alone, as a search for
// where the text cites it ("Diary of Ivan Petrov"). One asking what a
// cited work is answers it (see worksSubject), and so does the sentence
// a citation cites its source for, in the question's own words (see
// citedFor).
func (r *Retriever) citedRelation(q *Query, runs map[string]int, cited, asked []string, weights []float64, total float64) (float64, bool) {
	// A number in a citation is its volume, pages or year of
	// publication, not what the question asks of the work: "Who edited
	// the Review in 1990?" is not answered by "Review 12 (1990)". A
	// search, no question ("Origins of the Republic 1968 Knopf"), looks for the
	// citation, numbers and all.
	if a, w, t := withoutNumbers(asked, weights); t > 0 && len(q.Words) > 0 && openers[q.Words[0]] {
		asked, weights, total = a, w, t
	}
	if asksWhatIs(q) && worksSubject(q, runs) {
		return 1, true
	}
	if r.imprintAnswers(cited, asked) {
		return 1, true
	}
	if total == 0 {
		if len(q.Words) > 0 && openers[q.Words[0]] {
			if asksWhatIs(q) && r.kindGiven(cited) || asksWhoOnly(q) && r.namedAsSource(runs) {
				return 1, true
			}
			return 0, true
		}
		return 1, false
	}
	best := 0.0
	who := hasAny(q.Words, whoWords)
	for _, n := range cited {
		for _, at := range r.name(n).at {
			text := at.passage.Sentences[at.sentence].Text
			held, claim := words(terms.Stems(text)...), claimed(q, citedFor(at))
			// A citation telling what the source says of another thing
			// the question names ("Petrov reports that Jivago was
			// killed") speaks of it, in words of its own.
			window := r.window(at)
			speaks := slices.ContainsFunc(slices.Collect(maps.Keys(runs)), func(t string) bool {
				return !slices.Contains(cited, t) && window[t]
			})
			var w float64
			for i, s := range asked {
				// "What did Petrov write about Jivago?" is answered by
				// "Petrov reports that Jivago ...", in whatever verb of
				// saying.
				if speaks && (r.heldNear(q, s, window) || writtenStem(s) && reportsIn(text)) {
					w += weights[i]
					continue
				}
				// "the earliest publication I have found is in the
				// Jivago Gazette" says nothing of when it was founded.
				if r.pastOfAnother(q, at, s) {
					continue
				}
				// A word made from the word asked ("treatment" for
				// "treat") is the word as written, not a shortening of
				// it ("intro." for "introduction"), unless the question
				// asks who held a role a citation abbreviates beside his
				// name ("eds" for "Who were the editors?"; see
				// roleAbbreviations); a citation's figures are the pages
				// asked for.
				if held[s] || claim[s] || derivedIn(held, s) || sameWordIn(held, s) || who && abbreviatedIn(s, held) || pageStems[s] && pagesRe.MatchString(text) {
					w += weights[i]
				}
			}
			best = max(best, w/total)
		}
	}
	return best, true
}

// worksSubject reports whether q asks what a work is whose name it gives
// ("What is the Jivago book from 2002 by Petrov and others?", "what is
// Petrov's article about"): after "what is", only names of runs, years
// and words of grammar stand before a noun of a work (see citedWorks).
// The citation names the work, which answers it; "What is the argument
// of Petrov's book?" asks an argument, which it does not.
func worksSubject(q *Query, runs map[string]int) bool {
	for _, w := range q.Words[min(2, len(q.Words)):] {
		switch {
		case citedWorks[w]:
			return true
		case runs[terms.Stem(w)] == 0 && !yearWordRe.MatchString(w) && !terms.IsStopword(w):
			return false
		}
	}
	return false
}

// citedWorks are the nouns of a work a text may cite.
var citedWorks = words("article", "book", "paper", "study", "piece", "work", "diary", "memoir", "memoirs", "volume", "biography",
	"edition", "collection", "review", "journal", "newspaper")

// asksWhatIs reports whether q opens asking what or who a thing is or
// was ("What is X?", "who was X").
func asksWhatIs(q *Query) bool {
	return len(q.Words) > 2 && (q.Words[0] == "who" || q.Words[0] == "what") && beWords[q.Words[1]]
}

// beWords are the forms of "be" that ask what a thing is.
var beWords = words("is", "was", "are", "were")

// kindGiven reports whether a citation naming one of cited (see
// citedOnly) says what kind of thing it is, by a common noun straight
// before the name (see kindBefore: "the leftwing newspaper Jivago
// Gazette"): it answers "What is the Jivago Gazette?" as an apposition
// answers who someone was. "The Diary of Ivan Petrov" says nothing of
// who Petrov was.
func (r *Retriever) kindGiven(cited []string) bool {
	for _, n := range cited {
		for _, at := range r.name(n).at {
			fields := strings.Fields(at.passage.Sentences[at.sentence].Text)
			for i := 1; i < len(fields); i++ {
				if ws := terms.Words(fields[i]); len(ws) == 1 && terms.Stem(ws[0]) == n && kindBefore(strings.Join(fields[:i], " "), fields[i]) {
					return true
				}
			}
		}
	}
	return false
}

// sourcesFraming returns the runs of runs (see nameRuns) that q gives as
// the source of what it asks ("According to Petrov, what did Jivago
// say?"), when it names others: it asks what the source says of them,
// which a citation telling it ("Petrov reports that Jivago said ...")
// says in words of its own.
func sourcesFraming(q *Query, runs map[string]int) map[int]bool {
	out := map[int]bool{}
	for i := 2; i < len(q.Words); i++ {
		if q.Words[i-2] != "according" || q.Words[i-1] != "to" {
			continue
		}
		// A given name the corpus does not write as one may come
		// first: "according to Ivan Petrov".
		for _, w := range q.Words[i:min(i+2, len(q.Words))] {
			if run := runs[terms.Stem(w)]; run > 0 {
				out[run] = true
				break
			}
		}
	}
	for _, run := range runs {
		if !out[run] {
			return out
		}
	}
	return nil
}

// sameWordIn reports whether held holds stem s in another form of its
// word, which the stemmer cuts elsewhere ("public" of "publication" for
// "publish"): the two share all of s but its last two letters, and at
// least prefixMatch letters.
func sameWordIn(held map[string]bool, s string) bool {
	n := max(prefixMatch, len(s)-2)
	if len(s) < n {
		return false
	}
	for t := range held {
		if t != s && len(t) >= n && t[:n] == s[:n] {
			return true
		}
	}
	return false
}

// citedFor returns the sentence a citation at cites its source for: the
// sentence before one opening "See" ("the numbers might be 6, 6 and 5.
// See Petrov, ..."), which says what the source gives; or "".
func citedFor(at sentenceAt) string {
	text := strings.TrimLeft(at.passage.Sentences[at.sentence].Text, "\"'“‘([ ")
	if at.sentence == 0 || !strings.HasPrefix(text, "See ") && !strings.HasPrefix(text, "Cited in ") {
		return ""
	}
	return at.passage.Sentences[at.sentence-1].Text
}

// claimed returns the stems of q's words that claim, the sentence a
// citation cites its source for (see citedFor), holds in the same form
// (see wordForm): "numbers" of "what numbers does Petrov give?" in "the
// numbers might be 6, 6 and 5". A word it holds only in another form,
// "nationalities" for "national", says nothing of what the source
// holds.
func claimed(q *Query, claim string) map[string]bool {
	out := map[string]bool{}
	if claim == "" {
		return out
	}
	forms := map[string]bool{}
	for _, w := range terms.Words(claim) {
		forms[wordForm(w)] = true
	}
	for _, w := range q.Words {
		if forms[wordForm(w)] {
			out[terms.Stem(w)] = true
		}
	}
	return out
}

// asksWhatWritten reports whether a part asks only what someone the
// corpus cites wrote, naming nothing else ("What did Jivago write?",
// "jivago what did he write about"): the citation answers it, for it
// gives what he wrote. One asking what he wrote about a topic, or what
// else he wrote (see otherWorks), is weighed on its other words.
func asksWhatWritten(q *Query, part Part, runs map[string]int) bool {
	if slices.Contains(q.Words, "else") || !slices.ContainsFunc(part.Stems, func(s string) bool { return writingStems[s] }) {
		return false
	}
	return !slices.ContainsFunc(part.Stems, func(s string) bool { return runs[s] == 0 && !writingStems[s] })
}

// asksWhoseWork reports whether a part asks only whose work a thing the
// corpus cites is ("Whose book is Jivago?", "whose article was it"),
// naming nothing else: it asks who wrote it, as "Who wrote Jivago?"
// does, and the citation answers it.
func asksWhoseWork(q *Query, part Part, runs map[string]int) bool {
	ws := q.Words
	if len(ws) < 3 || ws[0] != "whose" || !citedWorks[ws[1]] || !beWords[ws[2]] {
		return false
	}
	return !slices.ContainsFunc(part.Stems, func(s string) bool { return runs[s] == 0 && !citedWorkStems[s] })
}

// writtenStem reports whether s is the stem of a verb of writing or
// saying (see writingStems, sayings): what a source wrote or said.
func writtenStem(s string) bool {
	return writingStems[s] || sayingStems()[s]
}

// reportsIn reports whether text holds a verb by which someone reports
// a thing (see reportVerbs): "Petrov, p. 220, reports that ...".
func reportsIn(text string) bool {
	return slices.ContainsFunc(terms.Words(text), func(w string) bool { return reportVerbs[w] })
}

// writingStems are the stems of the verbs of writing a work.
var writingStems = words(terms.Stems("write wrote written writing")...)

// citesSource reports whether a sentence cites a source: it bears the
// marks of a citation (see citeRe), gives a link (see linkRe), or is the
// author saying what he draws on (see selfRe, relyRe: "I have drawn on
// the treatments in Petrov and Jivago").
func citesSource(text string) bool {
	return citeRe.MatchString(text) || linkRe.MatchString(text) || selfRe.MatchString(text) && relyRe.MatchString(text)
}

// imprintAnswers reports whether a citation naming one of cited gives
// an imprint (see imprintRe: "Moscow: Jivago Press, 2002") and asked,
// the stems a part asks of the cited work, asks only who published it,
// where or in what year (see imprintStems): "Who published the book of
// Petrov and in which year?" is answered by the imprint, though the
// citation never says "published" or "book". A question asking anything
// more of the work or its publisher ("Who owns Jivago Press today?",
// "Is Petrov's book still in print?") is weighed on its words as ever.
func (r *Retriever) imprintAnswers(cited, asked []string) bool {
	if !slices.ContainsFunc(asked, func(s string) bool { return imprintStems[s] }) ||
		slices.ContainsFunc(asked, func(s string) bool { return !imprintStems[s] && !citedWorkStems[s] }) {
		return false
	}
	for _, n := range cited {
		for _, at := range r.name(n).at {
			if imprintRe.MatchString(at.passage.Sentences[at.sentence].Text) {
				return true
			}
		}
	}
	return false
}

// imprintRe finds a book's imprint in a citation: its place, a colon,
// its publisher and its year ("Moscow: Jivago, 2002", "New Haven, CT:
// Jivago University Press, 2003").
var imprintRe = lazyregexp.New(`\b[A-Z][\w.]*(?:,? [A-Z][\w.]*)*:\s*[A-Z][^,:;()]*,\s*(?:1[5-9]|20)[0-9]{2}\b`)

var (
	// imprintStems are the stems of the words asking what an imprint
	// gives: who published a work, where and when.
	imprintStems = words(terms.Stems("publish published publisher publishers publication press")...)
	// citedWorkStems are the stems of citedWorks: the work an imprint is
	// of.
	citedWorkStems = words(terms.Stems(strings.Join(slices.Collect(maps.Keys(citedWorks)), " "))...)
)
