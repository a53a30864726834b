package generate

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/retrieve"
	split "studyguide/internal/sentence"
)

// overviewAnswer answers a question asking what the whole text argues
// (see retrieve.Overview) with the sentences in which the author states
// its claims, quoted verbatim in the text's order, each after the
// sentence it leans on when it cannot be read alone ("... to introduce
// others to this development."), and the rest of a question asking more
// beside it ("..., and is he biased?") with the best of its own evidence
// after them. It reports false for another question.
//
//   - earlier: the conversation's earlier answers (see quotedBefore).
func (e Extractive) overviewAnswer(res *retrieve.Result, author, kind, earlier string) (Draft, bool) {
	o := res.Overview
	if o == nil || len(o.Claims) == 0 {
		return Draft{}, false
	}
	var chosen []candidate
	has := func(p *essay.Passage, i int) bool {
		return slices.ContainsFunc(chosen, func(x candidate) bool { return x.passage == p && x.index == i })
	}
	add := func(c retrieve.OverviewClaim, i int) {
		if has(c.Passage, i) {
			return
		}
		rank := slices.IndexFunc(res.Hits, func(h retrieve.Hit) bool { return h.Passage == c.Passage })
		chosen = append(chosen, candidate{passage: c.Passage, rank: rank, index: i, text: c.Passage.Sentences[i].Text, pick: len(chosen) + 1})
	}
	for _, c := range o.Claims {
		for _, i := range claimWith(c) {
			add(c, i)
		}
	}
	if o.Rest != nil {
		n := 0
		for _, c := range e.selectSentences(o.Rest, o.Rest.Query.Asked, earlier) {
			if n == maxRest || has(c.passage, c.index) {
				continue
			}
			chosen = append(chosen, c)
			n++
		}
	}
	d := Draft{Text: compose(chosen, author, kind)}
	for _, c := range chosen {
		d.Quoted = append(d.Quoted, c.passage.Ref)
	}
	return d, true
}

// maxRest is how many sentences an overview quotes for the rest of a
// question asking more beside it: the claims already fill most of an
// answer.
const maxRest = 2

// maxLeaning is how many sentences back an overview goes for what a claim
// leans on: a claim two sentences from what it names ("It will soon take
// hold elsewhere. ... to introduce others to this development.") is read
// with both; one further off is left as the text wrote it.
const maxLeaning = 2

// claimWith returns the indices of the sentences quoted for claim c, in
// the text's order: the claim; the sentences it leans on, back to one
// that stands alone; and the next sentence when it too states the
// author's view ("This foundational falsehood ... In fact, X was never
// all-powerful."), which a claim about what is false leaves unsaid.
func claimWith(c retrieve.OverviewClaim) []int {
	p, i := c.Passage, c.Sentence
	out := []int{i}
	for k := i; len(out) <= maxLeaning && claimLeans(p.Sentences[k].Text); {
		if k = leansOn(p, k); k < 0 {
			break
		}
		out = append([]int{k}, out...)
	}
	if j := i + 1; j < len(p.Sentences) && retrieve.StatesView(p.Sentences[j]) {
		out = append(out, j)
	}
	return out
}

// pointingRe finds a demonstrative before a word ("this development",
// "This foundational falsehood"): unless the word names the text itself
// ("this essay"), the thing is named in a sentence before.
var pointingRe = lazyregexp.New(`(?i)\b(?:this|these|such)\s+(\w+)`)

// textNouns are the words a text calls itself by.
var textNouns = map[string]bool{"essay": true, "article": true, "book": true, "paper": true, "chapter": true, "study": true, "work": true, "text": true}

// claimLeans reports whether a claim cannot be read without a sentence
// before it: it leans back as an answer's sentence does (see leansBack),
// or a demonstrative points to what a sentence before it named.
func claimLeans(text string) bool {
	if leadsWithPronoun(text) || split.BareDemonstrative(text) >= 0 {
		return true
	}
	for _, m := range pointingRe.FindAllStringSubmatch(text, -1) {
		if !textNouns[strings.ToLower(m[1])] {
			return true
		}
	}
	return false
}
