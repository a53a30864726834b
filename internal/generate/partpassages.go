package generate

import (
	"slices"

	"studyguide/internal/retrieve"
)

// partReach is how many of the question's hits a part may quote from
// when its own ranking (see retrieve.Result.PartHits) puts the passage
// first: the first maxPassages answer any part, and the next only the
// part that ranks it first. A part's own ranking alone finds passages
// that share a short or chatty part's words; one the question as a
// whole also ranks high is the part's.
const partReach = 4

// ownWords is how many of a part's own words a sentence of a hit after
// the first maxPassages must hold to be quoted for it: one word shared by
// chance ("analysis" in "where is Jivago's analysis wrong?" and "my
// analysis follows Petrov") is no evidence.
const ownWords = 2

// quotedFrom returns how many of res's hits an answer quotes from: the
// first maxPassages, and up to partReach when a part of the question
// ranks a hit after those first (see ownsHit).
func quotedFrom(res *retrieve.Result) int {
	n := min(len(res.Hits), maxPassages)
	for i := n; i < min(len(res.Hits), partReach); i++ {
		if slices.ContainsFunc(res.PartHits, func(hits []retrieve.Hit) bool { return ownsHit(hits, res.Hits[i]) }) {
			n = i + 1
		}
	}
	return n
}

// ownsHit reports whether a part whose own ranking is hits ranks h's
// passage first.
func ownsHit(hits []retrieve.Hit, h retrieve.Hit) bool {
	return len(hits) > 0 && hits[0].Passage == h.Passage
}

// quotesFor reports whether sentence s may be quoted for part of res's
// question: one of the first maxPassages hits for any part, one of the
// hits after them (see quotedFrom) only for a part ranking its passage
// first.
func quotesFor(res *retrieve.Result, s sentence, part int) bool {
	if s.rank < maxPassages {
		return true
	}
	return part < len(res.PartHits) && ownsHit(res.PartHits[part], res.Hits[s.rank])
}

// sentencesAbove returns the sentences of sents from the hits ranked
// above n.
func sentencesAbove(sents []sentence, n int) []sentence {
	return slices.DeleteFunc(slices.Clone(sents), func(s sentence) bool { return s.rank >= n })
}

// outscoring zeroes the scores of the sentences of the hits after the
// first maxPassages (see quotedFrom) that hold fewer than ownWords of
// part p's own words, and all of them unless the best says more of the
// part than every sentence of those first hits, covered (the best score
// of one an earlier part quoted) included, and some sentence there bears
// on it: answered as well there, the part's own passage only shares its
// words; unanswered there, the part is most often talk around the
// question ("I have read about Jivago for years"), which its own ranking
// matches by a word. It returns the part's best score left and that
// sentence's index (-1 for none), best and bestAt unless the best was
// zeroed.
func outscoring(sents []sentence, scores []float64, p retrieve.Part, covered, best float64, bestAt int) (float64, int) {
	head, extra := 0.0, 0.0
	for i, s := range sents {
		if s.rank >= maxPassages && len(heldStems(s, p)) < ownWords {
			scores[i] = 0
		}
		if s.rank < maxPassages {
			head = max(head, scores[i])
		} else {
			extra = max(extra, scores[i])
		}
	}
	if head <= 0 || extra <= max(head, covered) {
		for i, s := range sents {
			if s.rank >= maxPassages {
				scores[i] = 0
			}
		}
	}
	if bestAt < 0 || scores[bestAt] > 0 {
		return best, bestAt
	}
	best, bestAt = 0, -1
	for i := range sents {
		if scores[i] > best {
			best, bestAt = scores[i], i
		}
	}
	return best, bestAt
}
