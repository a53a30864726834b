package retrieve

import (
	"slices"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// offeredYears returns the stems of the years a question puts forward
// to be checked rather than asks about: a question asking yes or no
// whether something the text names was "in" a year ("Was that speech in
// 1957 or thereabouts?") asks when it was, and the year it offers is the
// asker's guess. A guess the text never gives is no sign that the text
// does not speak of the thing: it answers with its own date. A hedge
// after the year ("or thereabouts") is the guess's too.
//
// Only a sentence of the question opening on an auxiliary offers a
// year, and only when the text holds every other word of it that
// carries meaning, one of them no everyday word: "Is there film of the
// speech in 1956?" asks of film, "Did anything happen in 1957?" names
// nothing the text dates. Only a year of a decade the text reaches is a
// guess: a year it never nears is a time it does not speak of (see
// Query.Years).
func (r *Retriever) offeredYears(q *Query) map[string]bool {
	for _, sentence := range questionSentenceRe.Split(q.Text, -1) {
		if out := r.offeredIn(q, terms.Words(sentence)); out != nil {
			return out
		}
	}
	return nil
}

// offeredIn returns the stems of the year, and its hedge, that the words
// of one sentence of q offer (see offeredYears), or nil.
func (r *Retriever) offeredIn(q *Query, ws []string) map[string]bool {
	if len(ws) < 2 || !auxiliaries[ws[0]] || ws[1] == "there" {
		return nil
	}
	var out map[string]bool
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		if !yearWordRe.MatchString(w) || !guessWords[ws[i-1]] || slices.Contains(q.Years, w) || r.Index.BM25.Has(terms.Stem(w)) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[terms.Stem(w)] = true
		if i+2 < len(ws) && ws[i+1] == "or" && guessHedges[ws[i+2]] {
			out[terms.Stem(ws[i+2])] = true
		}
	}
	if out == nil {
		return nil
	}
	named := false
	for _, w := range ws {
		s := terms.Stem(w)
		if terms.IsStopword(w) || out[s] {
			continue
		}
		if !r.Index.BM25.Has(s) {
			return nil
		}
		named = named || !everydayStem(s)
	}
	if !named {
		return nil
	}
	return out
}

// questionSentenceRe finds where one sentence of a question ends and
// the next begins.
var questionSentenceRe = lazyregexp.New(`[.?!]+\s+`)

// guessHedges may follow "or" after a year offered: "in 1957 or
// thereabouts".
var guessHedges = words("thereabouts", "thereabout", "so")

// guessWords may stand before a year a question offers: "in 1957",
// "around 1957".
var guessWords = words("in", "around", "about", "circa", "c")

// everydayStem reports whether stem s is of one of the commonest words
// of English (see Everyday).
func everydayStem(s string) bool {
	nouns, others := thesaurus.Tagged(s)
	return nouns+others >= everydayTags
}
