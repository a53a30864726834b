package retrieve

import (
	"slices"
	"strconv"
	"sync"

	"studyguide/internal/terms"
)

// untoldFate reports whether q asks what became of someone the corpus
// names in passing (in at most fateSentences sentences), or what he did,
// later than the text tells of him ("What eventually happened to
// Jivago?", "What did Jivago do after 1880?", "What did Jivago do after
// the court restored him?"), and no sentence
// naming him, nor those going on about him by a pronoun (see window),
// tells of a later time or of an end: a word of later or of a fate (see
// fateWords) the question does not itself hold, or a year after the one
// it asks from. A text cites people for one deed or one book; their
// later careers and ends are facts of their lives it seldom gives, and
// the words the question shares with the sentence naming them (the deed
// it asks from) are no answer. A sentence dated at or before the year
// asked from tells of no later time, whatever fate it gives.
func (r *Retriever) untoldFate(q *Query) bool {
	at := laterAsked(q.Words)
	if at < 0 {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	author := r.authorWords()
	subjects := map[int]string{}
	// "after" opens the time asked from ("after the court restored
	// him"), whose names are no subject; "eventually" and "in the end"
	// stand anywhere.
	subject := q.Words
	if q.Words[at] == "after" {
		subject = q.Words[:at]
	}
	for _, w := range subject {
		s := terms.Stem(w)
		if n := runs[s]; n != 0 && !author[s] && subjects[n] == "" {
			subjects[n] = s
		}
	}
	if len(subjects) == 0 {
		return false
	}
	from := askedFromYear(q.Words[at:])
	asked := words(q.Stems...)
	told := 0
	for n, s := range subjects {
		name := r.name(s)
		if name.many {
			return false
		}
		for _, a := range name.at {
			window := r.window(a)
			if !namesWhole(runs, n, window) {
				continue
			}
			told++
			if r.tellsLater(a, window, asked, from) {
				return false
			}
		}
	}
	return told > 0 && told <= fateSentences
}

// fateSentences is the most sentences a text names someone in whose
// later life it is taken not to tell: one it speaks of at length tells
// what he did in words no list of fates holds ("punishing, as he did,
// the propagation of ...").
const fateSentences = 3

// tellsLater reports whether the window of sentence a tells of a time
// later than a question asks from: a year after from (when it asks from
// a year), or a word of fateWords the question lacks, in a sentence not
// dated at or before from.
func (r *Retriever) tellsLater(a sentenceAt, window, asked map[string]bool, from int) bool {
	years := yearRe.FindAllString(a.passage.Sentences[a.sentence].Text, -1)
	dated := false
	for _, y := range years {
		n, _ := strconv.Atoi(y)
		if from > 0 && n > from {
			return true
		}
		dated = dated || from > 0 && n <= from
	}
	if dated {
		return false
	}
	for s := range fateStems() {
		if window[s] && !asked[s] {
			return true
		}
	}
	return false
}

// laterAsked returns where in ws, a question's words in lower case, a
// question asking what became of someone later says "later" ("after",
// "eventually", "in the end", "became of"), or -1 when ws ask no such
// thing. The question must ask what befell or what was done (see
// fateVerbs), opening with "what" or "whatever": "What did X say after
// the war?" asks what he said, which a text quoting him may tell.
func laterAsked(ws []string) int {
	if len(ws) < 3 || ws[0] != "what" && ws[0] != "whatever" || hasAny(ws, tellingVerbs) {
		return -1
	}
	// "did" right after "what" is an auxiliary, whose verb may ask
	// anything ("What did X worry about in later life?"); later on it is
	// the verb itself ("What Jivago did as work after 1880?").
	if !hasAny(ws, fateVerbs) && !slices.Contains(ws[2:], "did") {
		return -1
	}
	for i, w := range ws {
		switch {
		case sinceWords[w]:
			return i
		case w == "end" && i > 0 && (ws[i-1] == "the" || ws[i-1] == "ended"):
			return i
		case (w == "became" || w == "become") && i+1 < len(ws) && ws[i+1] == "of":
			return i
		}
	}
	return -1
}

// askedFromYear returns the year ws ask from ("after 1880"), or 0.
func askedFromYear(ws []string) int {
	for i, w := range ws {
		if !sinceWords[w] || i+1 >= len(ws) || !yearRe.MatchString(ws[i+1]) {
			continue
		}
		n, _ := strconv.Atoi(ws[i+1])
		return n
	}
	return 0
}

// fateVerbs ask what befell someone or what he did: "What happened to
// X?", "What did X do after ...?", "What became of X?" (and "did" as
// the verb: see laterAsked).
var fateVerbs = words("happened", "happen", "became", "become", "do", "fared", "ended", "worked")

// sinceWords ask of a time after the one the text tells of.
var sinceWords = words("after", "afterwards", "afterward", "later", "eventually", "ultimately", "finally", "subsequently", "thereafter")

// fateWords tell of a later time, or of how someone ended: a sentence
// saying he was "later" dismissed, or "executed", tells what became of
// him.
var fateWords = []string{"later", "afterwards", "afterward", "subsequently", "thereafter", "eventually", "ultimately", "until",
	"died", "death", "dead", "killed", "executed", "execution", "murdered", "shot", "arrested", "arrest", "exiled", "exile",
	"expelled", "dismissed", "removed", "retired", "fled", "imprisoned", "prison", "sentenced", "rehabilitated", "ousted",
	"deposed", "purged", "resigned", "released", "fate", "end"}

// fateStems returns the stems of fateWords.
var fateStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range fateWords {
		out[terms.Stem(w)] = true
	}
	return out
})
