package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// A question may ask what a citation gives of a work the text cites:
// its pages, its publisher and place, its edition, journal or year
// ("what pages of Petrov's History did he give?", "Who published the
// Petrov collection, and in what city?"). The words it asks in (pages,
// publisher, city) are words a citation writes in figures and names,
// not words: read as asking of the work, the relation test found no
// sentence naming it that holds "pages" or "city", and the year test
// no year in the sentence naming the author when the next sentence of
// the note gives it ("See pp. 12, 40 of the 1911 Jivago edition.").
// The citation naming the work answers such a question, whatever its
// other tests say.

// citationFacts maps the words asking a fact a citation gives to the
// kind of fact: its pages, its imprint, a year. Words, not stems:
// "edited" asks who edited a work, which "edition" does not.
var citationFacts = func() map[string]citationFact {
	out := map[string]citationFact{}
	for _, w := range strings.Fields("page pages pp nos") {
		out[w] = citedPages
	}
	for _, w := range strings.Fields("publish published publishes publisher publishers press city place issued") {
		out[w] = citedImprint
	}
	for _, w := range strings.Fields("edition editions journal journals periodical volume volumes year years date dates cover covers") {
		out[w] = citedYear
	}
	for _, w := range strings.Fields("cite cites cited citation citations") {
		out[w] = citedAny
	}
	return out
}()

// citationFact is a kind of fact a citation gives.
type citationFact int

const (
	citedAny citationFact = iota
	citedPages
	citedImprint
	citedYear
)

// weakCitationFacts are the words of citationFacts that ask a fact of
// anything, not of a citation alone: "What year did Petrov die?" asks
// of his life. A question asking only these is no question of a
// citation, unless it names a work too ("What years does the Petrov
// collection cover?").
var weakCitationFacts = words("year", "years", "date", "dates", "cover", "covers", "place")

// citationLight are the verbs a question asks a citation's
// facts with, which say nothing a citation must hold: "which pages did
// he give", "when did the edition come out", "what edition is he using".
var citationLight = words("give", "gives", "gave", "given", "come", "came", "out", "appear", "appeared",
	"use", "uses", "used", "using")

// pageRefRe finds a sentence that goes on citing the work the sentence
// before it names, by pages alone: "See pp. 12, 40 of the 1911
// edition."
var pageRefRe = lazyregexp.New(`^\W*(?:[Ss]ee\s+(?:also\s+)?)?pp?\.\s?[0-9]`)

// Citation is where a citation gives what a question asks of a work
// it names (see citations): a passage and its sentences, in order.
type Citation struct {
	Passage   *essay.Passage
	Sentences []int
}

// citations returns the citations of a work the question names that
// give the facts it asks of it (see citationFacts): every word of q
// other than the names of the corpus it gives, the nouns of a work and
// the verbs of citationLight asks a fact of a citation, or is held by
// the citation; one asks a fact only a citation gives (pages, a
// publisher) or names a work; and a citation naming one of its names,
// with the sentence after it that goes on citing by pages (see
// pageRefRe), gives a fact of each kind asked. Nil when q is no such
// question, or no citation gives what it asks.
func (r *Retriever) citations(q *Query) []Citation {
	runs := r.nameRuns(q, q.Stems)
	// "How many pages is it?" asks a count, which pages cited are not;
	// a question naming a passage by its ref is answered from it.
	if len(runs) == 0 || q.AsksCount || len(q.Named) > 0 {
		return nil
	}
	capital := capitalStems(q.Text)
	var kinds []citationFact
	var others []string
	strong := false
	for _, w := range q.Words {
		s := terms.Stem(w)
		k, ok := citationFacts[w]
		switch {
		case capital[s] && runs[s] > 0:
			// A word of a work or a fact inside a name ("the Jivago
			// Journal") is the name's.
			others = append(others, s)
		case ok:
			kinds = append(kinds, k)
			strong = strong || !weakCitationFacts[w]
		case terms.IsStopword(w) || citationLight[w] || roleWords[w] || translators[w] || !slices.Contains(q.Stems, s):
		case citedWorks[w] || citedWorkStems[s] || citedDocuments[s]:
			strong = true
		default:
			// A name of the question is held as any other word: the
			// citation must name all it names ("the Jivago article
			// of May 1911").
			others = append(others, s)
		}
	}
	if len(kinds) == 0 || !strong {
		return nil
	}
	var out []Citation
	for n := range runs {
		for _, at := range r.name(n).at {
			sents := r.citationAt(at)
			if len(sents) == 0 || slices.ContainsFunc(out, func(c Citation) bool { return c.Passage == at.passage && c.Sentences[0] == sents[0] }) {
				continue
			}
			var text string
			for _, j := range sents {
				text += at.passage.Sentences[j].Text + " "
			}
			held := words(terms.Stems(text)...)
			if slices.ContainsFunc(others, func(s string) bool { return !held[s] }) {
				continue
			}
			if !slices.ContainsFunc(kinds, func(k citationFact) bool { return !givesFact(k, text) }) {
				out = append(out, Citation{Passage: at.passage, Sentences: sents})
			}
		}
	}
	of := r.positions().of
	slices.SortFunc(out, func(a, b Citation) int {
		if d := of[a.Passage.Ref] - of[b.Passage.Ref]; d != 0 {
			return d
		}
		return a.Sentences[0] - b.Sentences[0]
	})
	return out
}

// translators are the words for the text's translator, who may cite
// as its author does ("what pages of Petrov does the translator
// cite?"); the author's are roleWords.
var translators = words("translator", "translators")

// citedDocuments are the stems of nouns for a cited work beside
// citedWorks: "What years does that Jivago document collection cover?"
var citedDocuments = words(terms.Stems("document documents")...)

// citingPassages returns the passages of cs, each once, in order.
func citingPassages(cs []Citation) []*essay.Passage {
	var out []*essay.Passage
	for _, c := range cs {
		if !slices.Contains(out, c.Passage) {
			out = append(out, c.Passage)
		}
	}
	return out
}

// citationAt returns the sentences of the citation at a sentence naming
// a work, in order: the sentence; the one after it, when that goes on
// citing the same work by pages (see pageRefRe); and the one before
// it, when it is a bare reference (fewer than bareReference words:
// "Petrov, "Jivago," p. 297."), which cites for what that sentence
// says and cannot be read alone. Nil when none of them cites (see
// citesSource).
func (r *Retriever) citationAt(at sentenceAt) []int {
	sents := at.passage.Sentences
	out := []int{at.sentence}
	if at.sentence > 0 && len(terms.Words(sents[at.sentence].Text)) < bareReference {
		out = []int{at.sentence - 1, at.sentence}
	}
	if next := at.sentence + 1; next < len(sents) && pageRefRe.MatchString(sents[next].Text) {
		out = append(out, next)
	}
	var text string
	for _, j := range out {
		text += sents[j].Text + " "
	}
	if !citesSource(text) {
		return nil
	}
	return out
}

// bareReference is the fewest words of a citing sentence that says
// something of its own beside the work it cites.
const bareReference = 6

// givesFact reports whether a citation's text gives a fact of kind k.
func givesFact(k citationFact, text string) bool {
	switch k {
	case citedPages:
		return pagesRe.MatchString(text)
	case citedImprint, citedYear:
		return imprintRe.MatchString(text) || publishedRe.MatchString(text)
	}
	return true
}

// publishedRe finds a year a citation gives as its work's: in
// parentheses ("Review 12 (1911)", "(Petrov 1911)"), after a comma
// that follows no day ("Jivago Press, 1911", not "on May 3, 1911"),
// before an edition ("the 1911 Jivago edition"), or a day of a month
// after a title or "of" ("the Jivago Gazette of March 2, 1911",
// "The Jivago Journal May 9 1911"). Any other year of a citation is
// a year of what the work tells, not of the work.
var publishedRe = lazyregexp.New(`\([^()]*\b(?:1[5-9]|20)[0-9]{2}\)|[^0-9\s]\s*,\s*(?:1[5-9]|20)[0-9]{2}\b|\b(?:1[5-9]|20)[0-9]{2}\s+(?:[A-Z]\w*\s+)?[Ee]dition\b|(?:\bof|[A-Z]\w*)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2},?\s+(?:1[5-9]|20)[0-9]{2}\b`)
