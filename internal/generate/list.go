package generate

import (
	"slices"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// maxItems bounds the items of a list read after the sentence that
// introduces it.
const maxItems = 9

// withLists reads, right after each chosen sentence that introduces a
// list ("... the triple paradox of his career:"), the list's items: the
// first sentence of each paragraph of its passage's List, or, for a list
// set inside its passage, of each block after the sentence's own. Quoted
// alone, the introduction names what it lists and stops there; an item
// alone answers a third of what was asked. An item chosen on its own
// moves to its place in the list. Only the passage that opens the answer
// brings its list: an introduction quoted beside the answer, in passing,
// would bring a list the question never asked for.
//
//   - asked: the question's stems, by which a sentence announcing things
//     without a colon or a count introduces them (see announces).
func withLists(chosen []candidate, asked []string) []candidate {
	items := make([][]candidate, len(chosen))
	inList := map[*essay.Passage]map[int]bool{}
	for i, c := range chosen {
		if c.passage != chosen[0].passage {
			continue
		}
		items[i] = listItems(c, asked)
		for _, it := range items[i] {
			if inList[it.passage] == nil {
				inList[it.passage] = map[int]bool{}
			}
			inList[it.passage][it.index] = true
		}
	}
	var out []candidate
	for i, c := range chosen {
		if inList[c.passage][c.index] && len(items[i]) == 0 {
			continue
		}
		out = append(out, c)
		out = append(out, items[i]...)
	}
	return out
}

// listItems returns the items of the list sentence c introduces, each
// set to be read after it, or nil.
func listItems(c candidate, asked []string) []candidate {
	p := c.passage
	if c.followsMarker || c.index >= len(p.Sentences) {
		return nil
	}
	colon := essay.IntroducesList(p.Sentences[c.index].Text)
	if !colon && !announces(p.Sentences[c.index].Text, asked) {
		return nil
	}
	var out []candidate
	item := func(q *essay.Passage, j int) {
		out = append(out, candidate{passage: q, rank: c.rank, index: j, text: q.Sentences[j].Text, part: c.part, score: c.score, item: true})
	}
	block := p.Sentences[c.index].Block
	last := c.index == len(p.Sentences)-1 || p.Sentences[c.index+1].Block != block
	switch {
	case !last:
	case c.index+1 < len(p.Sentences):
		// A list set inside the passage: its blocks after the sentence's.
		// A block of the author's questions asks one thing a question:
		// each is an item, where a block's later statements go on about
		// its first.
		for j := c.index + 1; j < len(p.Sentences) && len(out) < maxItems; j++ {
			if p.Sentences[j].Block != p.Sentences[j-1].Block || asksOn(p, j) {
				item(p, j)
			}
		}
	case !colon:
		// Announced things the passage does not go on to set out may be
		// anywhere, or nowhere.
	default:
		for _, q := range p.List[:min(len(p.List), maxItems)] {
			switch {
			case len(q.Sentences) > 1 && len(terms.Words(q.Sentences[0].Text)) <= 1:
				// An item that opens with its count alone ("First. That
				// no slave ...") says it in the sentence after.
				item(q, 1)
			case len(q.Sentences) > 0:
				item(q, 0)
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return slices.Clip(out)
}

// announces reports whether a sentence announces, without a count or a
// colon, the things a question asks for ("suggest a few important areas
// for further exploration." asked "which areas need more research?"): a
// word of indefinite number ("a few", "several", "a number of") followed,
// within three words, by a plural the question holds. Closing its block,
// it is followed by them, one a block, as a count is (see withCounted);
// quoted alone, it names none of them.
//
//   - asked: the question's stems.
func announces(text string, asked []string) bool {
	ws := terms.Words(text)
	for i, w := range ws {
		if !indefinite[w] {
			continue
		}
		for _, v := range ws[i+1 : min(len(ws), i+4)] {
			if len(v) > 3 && v[len(v)-1] == 's' && !terms.IsStopword(v) && slices.Contains(asked, terms.Stem(v)) {
				return true
			}
		}
	}
	return false
}

// indefinite are the words that count things without a number. "Some"
// and "many" are left out: they more often say how many of a sentence's
// subject do a thing ("Some historians believe ...") than announce what
// follows.
var indefinite = map[string]bool{"few": true, "several": true, "various": true, "number": true}

// asksOn reports whether sentence j of p is one of the author's questions
// going on from another in its block, which opens with a question: a
// block of questions names one thing to find out with each.
func asksOn(p *essay.Passage, j int) bool {
	s := p.Sentences[j]
	if !s.Question {
		return false
	}
	first := j
	for first > 0 && p.Sentences[first-1].Block == s.Block {
		first--
	}
	return first < j && p.Sentences[first].Question
}
