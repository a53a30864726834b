package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/sentence"
	"studyguide/internal/terms"
)

// otherWorks reports whether q asks what else someone the corpus names
// wrote than what the text cites of him ("What other books has X
// written besides Y?", "what else did X publish?", "what did X write
// her other books about?") and no sentence naming him says he wrote
// more (see moreWorksRe). A text that cites one book of X's names that
// book, and the question shares X's name and "book" with the citation,
// but the text lists none of the rest. A question of several parts is
// left to the other tests: the text may answer its other parts. A part
// the asker only states beside it ("What other books has X written? I'd
// like to find one for my class.") asks nothing (see soleQuestion).
func (r *Retriever) otherWorks(q *Query) bool {
	if len(q.Parts) > 1 && !stated(q) || !asksOtherWorks(q.Words) {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	if len(runs) == 0 {
		return false
	}
	for n := range runs {
		for _, at := range r.spellings(n) {
			if moreWorksRe.MatchString(at.passage.Sentences[at.sentence].Text) {
				return false
			}
		}
	}
	return true
}

// stated reports whether every part of q but one stands in sentences
// that only state something, the one sentence asking a question asking
// what else someone wrote (see soleQuestion): "I'd like to find one for
// my class" asks nothing the text may answer.
func stated(q *Query) bool {
	asking := soleQuestion(q.Text)
	if !asksOtherWorks(asking) {
		return false
	}
	held := words(terms.Stems(strings.Join(asking, " "))...)
	asked := 0
	for _, part := range q.Parts {
		if slices.ContainsFunc(part.Stems, func(s string) bool { return held[s] }) {
			asked++
		}
	}
	return asked == 1
}

// soleQuestion returns the words, in lower case, of the one sentence of
// text that asks a question, when its other sentences only state
// something; nil when none or several ask.
func soleQuestion(text string) []string {
	var asking []string
	for _, sn := range sentence.Texts(text) {
		if !sentence.IsQuestion(sn) {
			continue
		}
		if asking != nil {
			return nil
		}
		asking = terms.Words(sn)
	}
	return asking
}

// asksOtherWorks reports whether ws, a question's words in lower case,
// ask for someone's other works: "other" before a noun of a work, at
// most one word between ("other major books"), in a question with a
// verb of writing or a possessive before "other" ("her other books");
// or "what else" with a verb of writing after it ("what else has he
// written"). "What other works does the author cite?" asks what the
// text cites, not what anyone wrote.
func asksOtherWorks(ws []string) bool {
	writes := hasAny(ws, writingVerbs)
	for i, w := range ws {
		switch {
		case w == "other" && slices.ContainsFunc(ws[i+1:min(len(ws), i+3)], func(v string) bool { return worksNouns[v] }):
			if writes || i > 0 && ownersBefore[ws[i-1]] {
				return true
			}
		case w == "else" && i > 0 && ws[i-1] == "what":
			if hasAny(ws[i+1:min(len(ws), i+1+elseReach)], writingVerbs) {
				return true
			}
		}
	}
	return false
}

// elseReach is how many words after "what else" its verb of writing may
// stand: "what else has Amy Knight written".
const elseReach = 5

var (
	worksNouns   = words("books", "works", "writings", "articles", "essays", "novels", "papers", "publications", "titles", "studies", "volumes", "memoirs", "biographies", "poems", "plays")
	writingVerbs = words("write", "writes", "wrote", "written", "writing", "publish", "publishes", "published", "publishing", "author", "authored", "pen", "penned")
	ownersBefore = words("his", "her", "their")
)

// moreWorksRe finds a sentence saying that someone wrote more than the
// work it cites: "his earlier treatment in Y", "another book", "also
// wrote", "the author of".
var moreWorksRe = lazyregexp.New(`(?i)\b(?:other|another|earlier|later|previous|several|many|numerous|also)\s+(?:\w+\s+)?(?:books?|works?|writings?|articles?|essays?|studies|study|treatments?|novels?|memoirs?|volumes?|biograph(?:y|ies))\b|\balso (?:wrote|written|writes|published|authored)\b|\bauthor of\b`)
