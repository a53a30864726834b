package generate

import (
	"slices"

	"studyguide/internal/retrieve"
)

// withCitations puts first in chosen the citations retrieval found
// giving what the question asks of a work it names (see
// fromCitations), leaving the sentences chosen by their words after
// them, as room allows: they may answer another part ("... and why is
// it cited?").
func withCitations(chosen []candidate, res *retrieve.Result) []candidate {
	cited := fromCitations(res)
	if len(cited) == 0 {
		return chosen
	}
	out := cited
	for _, c := range chosen {
		if len(out) == maxSentences {
			break
		}
		if !slices.ContainsFunc(out, func(o candidate) bool { return o.passage == c.passage && o.index == c.index }) {
			out = append(out, c)
		}
	}
	return out
}

// fromCitations answers a question asking what a citation gives of a
// work it names ("which pages of Petrov's History?", "Who published the
// Jivago collection, and where?") with the citations retrieval found
// giving it (see retrieve.Result.Citations), verbatim and in the order
// of the text: the sentence naming the work, and the one after it that
// goes on citing it by pages ("See pp. 12, 40 of the 1911 edition.").
// The words asked (pages, publisher, city) are words a citation writes
// in figures and names, which scoring by shared words cannot see. Nil
// when retrieval found none among its hits.
func fromCitations(res *retrieve.Result) []candidate {
	var out []candidate
	for _, c := range res.Citations {
		rank := slices.IndexFunc(res.Hits, func(h retrieve.Hit) bool { return h.Passage == c.Passage })
		if rank < 0 {
			continue
		}
		for _, i := range c.Sentences {
			if len(out) == maxSentences {
				return out
			}
			out = append(out, candidate{passage: c.Passage, rank: rank, index: i, text: c.Passage.Sentences[i].Text, pick: len(out) + 1})
		}
	}
	return out
}
