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
func withLists(chosen []candidate) []candidate {
	items := make([][]candidate, len(chosen))
	inList := map[*essay.Passage]map[int]bool{}
	for i, c := range chosen {
		if c.passage != chosen[0].passage {
			continue
		}
		items[i] = listItems(c)
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
func listItems(c candidate) []candidate {
	p := c.passage
	if c.followsMarker || c.index >= len(p.Sentences) || !essay.IntroducesList(p.Sentences[c.index].Text) {
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
		for j := c.index + 1; j < len(p.Sentences) && len(out) < maxItems; j++ {
			if p.Sentences[j].Block != p.Sentences[j-1].Block {
				item(p, j)
			}
		}
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
