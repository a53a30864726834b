package generate

import (
	"slices"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// A sentence closing its paragraph may announce a count of things the
// next paragraph goes through ("My doubt is based upon three grounds."
// then "The first ground is ... My second ground ..."): quoted alone, it
// says how many there are and none of them. Unlike a list after a colon
// (see withLists), nothing in its punctuation marks what follows.

// countWords are the numbers a sentence counts things with.
var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9}

// ordinalWords count the things the next paragraph goes through.
var ordinalWords = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}

// counted returns the count and the stem of the thing counted when a
// sentence counts things ("three fundamental grounds": 3, "ground"):
// a number followed, within three words, by a word that is no stop word
// in the plural.
func counted(text string) (int, string) {
	ws := terms.Words(text)
	for i, w := range ws {
		n, ok := countWords[w]
		if !ok {
			continue
		}
		for _, v := range ws[i+1 : min(len(ws), i+4)] {
			if len(v) > 3 && v[len(v)-1] == 's' && !terms.IsStopword(v) {
				return n, terms.Stem(v)
			}
		}
	}
	return 0, ""
}

// withCounted reads, right after the chosen sentence that opens the
// answer, closes its paragraph and counts things, the sentences of the
// next paragraph that name each of them by its ordinal ("The first
// ground is", "My second ground"), when retrieval found that paragraph:
// they are what the count announces. The other sentences of the
// answer make room for them, the count and its items being the answer.
func withCounted(chosen []candidate, hits []retrieve.Hit) []candidate {
	if len(chosen) == 0 || chosen[0].followsMarker || chosen[0].item {
		return chosen
	}
	c := chosen[0]
	p := c.passage
	if p.Ref.Kind != essay.Paragraph || c.index != len(p.Sentences)-1 {
		return chosen
	}
	n, thing := counted(c.text)
	if n == 0 {
		return chosen
	}
	rank := slices.IndexFunc(hits, func(h retrieve.Hit) bool {
		r := h.Passage.Ref
		return r.Kind == essay.Paragraph && r.Source == p.Ref.Source && r.Section == p.Ref.Section && r.N == p.Ref.N+1
	})
	if rank < 0 {
		return chosen
	}
	next := hits[rank].Passage
	var items []candidate
	for j, s := range next.Sentences {
		ws := terms.Words(s.Text)
		if len(items) == n || !quotable(s) {
			continue
		}
		ord := slices.ContainsFunc(ws[:min(len(ws), 6)], func(w string) bool { return slices.Contains(ordinalWords, w) })
		if ord && slices.Contains(readPassage(next)[j].stems, thing) {
			items = append(items, candidate{passage: next, rank: rank, index: j, text: s.Text, part: c.part, score: c.score, item: true})
		}
	}
	// One named says only that the paragraph opens the count.
	if len(items) < 2 {
		return chosen
	}
	out := append([]candidate{c}, items...)
	for _, o := range chosen[1:] {
		if len(out) < maxSentences && !slices.ContainsFunc(out, func(x candidate) bool { return x.passage == o.passage && x.index == o.index }) {
			out = append(out, o)
		}
	}
	return out
}
