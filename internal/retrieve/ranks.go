package retrieve

import (
	"context"
	"slices"

	"studyguide/internal/essay"
)

// Ranks returns, for each of ps in turn, the rank Rank gives the first of
// refs under it and mode. Settings that give this question the same
// scores (see scoresKey) are ranked once: cross-validation tries
// thousands of settings on every question, and most differ only in
// weights its scores never read, as a source's share for a question
// asking for none.
func (s *Search) Ranks(ctx context.Context, ps []Params, mode Mode, refs []essay.Ref, k int) ([]int, error) {
	out := make([]int, len(ps))
	ranked := map[scoresKey]int{}
	orders := lexicalOrders{}
	for g, p := range ps {
		key := s.scoresKey(p, mode, &orders)
		if rank, ok := ranked[key]; ok {
			out[g] = rank
			continue
		}
		rank, err := s.Rank(ctx, p, mode, refs, k)
		if err != nil {
			return nil, err
		}
		ranked[key], out[g] = rank, rank
	}
	return out, nil
}

// scoresKey holds what scores reads of a setting for one search in one
// mode; a weight it does not read is left 0. Two settings with the same
// key give the same scores, so the same rank.
type scoresKey struct {
	rrfK, semantic, intent, noteShare, sourceShare, sourceVoice, orphanShare float64
	// lexical tells BM25's orders apart (see lexicalOrders); 0 in a mode
	// that does not read them.
	lexical int
}

// scoresKey returns p's key for mode, reading the weights as scores does
// and no others.
func (s *Search) scoresKey(p Params, mode Mode, orders *lexicalOrders) scoresKey {
	key := scoresKey{rrfK: p.RRFK}
	lexical := mode == LexicalOnly || mode == Hybrid
	if lexical {
		key.lexical = orders.of(s, p)
	}
	if mode == SemanticOnly || mode == Hybrid {
		// The vectors' weight scales the top score and the intent's
		// weight in the hybrid even where the vectors' ranking is left
		// out.
		key.semantic = p.SemanticWeight
	}
	if lexical && s.ranksByIntent() {
		key.intent = p.IntentWeight
	}
	if mode == PlainLexical {
		return key
	}
	key.noteShare = p.NoteShare
	if s.weighsSources() {
		key.sourceShare, key.sourceVoice = p.SourceShare, p.SourceVoice
	} else if p.OrphanShare < 1 && len(s.r.positions().orphans) > 0 {
		key.orphanShare = p.OrphanShare
	}
	return key
}

// lexicalOrders numbers one search's BM25 orders of passages by their
// content, from 1: the weights of related words and of pairs often leave
// a question's order as it was, and what scores reads of them is that
// order alone.
type lexicalOrders struct {
	seen [][]int32
	// byWeights holds the number of the order under each setting of the
	// weights lexicalRanking reads, so that each is compared once.
	byWeights map[[3]float64]int
}

// of returns the number of the order s's lexicalRanking gives under p,
// the same for every setting giving the same passages in the same order.
func (o *lexicalOrders) of(s *Search, p Params) int {
	w := lexicalWeights(p)
	if n, ok := o.byWeights[w]; ok {
		return n
	}
	if o.byWeights == nil {
		o.byWeights = map[[3]float64]int{}
	}
	order := s.lexicalRanking(p).order
	n := slices.IndexFunc(o.seen, func(seen []int32) bool { return slices.Equal(seen, order) }) + 1
	if n == 0 {
		o.seen = append(o.seen, order)
		n = len(o.seen)
	}
	o.byWeights[w] = n
	return n
}
