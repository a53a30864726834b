package generate

import (
	"slices"
	"sort"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
)

// fromNamed answers a question that names passages by their refs ("What
// does note 15 cite?", "summarise ¶53") from those passages, which
// retrieval ranked first: in each, the sentences that bear most on the
// question's other words, or, when it has none or no sentence holds them,
// its opening sentences, in the order of the text. A note whose opening
// leans on the sentence marking it ("passages in which he does this") is
// read after that sentence, when it was retrieved.
func (e Extractive) fromNamed(res *retrieve.Result, earlier string) []candidate {
	sel := e.selection()
	n := 0
	for n < len(res.Hits) && n < maxPassages && slices.Contains(res.Query.Named, res.Hits[n].Passage) {
		n++
	}
	if n == 0 {
		return nil
	}
	hits := res.Hits[:n]
	stems := sentenceStems(hits)
	weights := questionWeights(res.Query, res.StandIns, stems)
	sents := gather(hits, res.Hits, stems, earlier, res.Query, 0)
	whole := retrieve.Part{Stems: res.Query.Stems}
	var chosen []candidate
	for rank := range hits {
		var mine []sentence
		var scores []float64
		best := 0.0
		for _, s := range sents {
			if s.rank != rank {
				continue
			}
			sc, bears, _ := sel.score(s, whole, res, weights)
			if !bears {
				sc = 0
			}
			mine, scores = append(mine, s), append(scores, sc*s.other)
			best = max(best, sc*s.other)
		}
		room := min(perQuestion, maxSentences-len(chosen))
		var picked []candidate
		// A question of the ref alone ("What does note 15 cite?") asks
		// for what the passage says, from its start.
		if best > 0 && len(res.Query.Stems) > 0 {
			order := make([]int, len(mine))
			for i := range order {
				order[i] = i
			}
			sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
			for _, i := range order[:min(room, len(order))] {
				if scores[i] >= sel.KeepSame*best {
					picked = append(picked, mine[i].candidate)
				}
			}
		} else {
			for _, s := range mine[:min(room, len(mine))] {
				picked = append(picked, s.candidate)
			}
		}
		// Each passage named answers its own part of the question: the
		// only sentence of one, leaning on the sentences before it
		// ("Nor was he able to control ..."), may stretch the answer by
		// one sentence rather than leave that passage unquoted (see
		// withAntecedents).
		for i := range picked {
			picked[i].part = rank
		}
		sort.SliceStable(picked, func(a, b int) bool { return picked[a].index < picked[b].index })
		chosen = append(chosen, picked...)
	}
	chosen = withLeaningNotes(chosen, res.Hits)
	out, _ := withAntecedents(chosen, res.Query.Named, readable)
	return byPassage(withNotes(out, res.Hits, false))
}

// withLeaningNotes adds the sentence marking each chosen note whose first
// sentence leans on it (see pointsBack), when it was retrieved and there
// is room: a note asked about by its ref is the answer, and the sentence
// marking it says what its "this" is.
func withLeaningNotes(chosen []candidate, hits []retrieve.Hit) []candidate {
	out := slices.Clone(chosen)
	for _, c := range chosen {
		if c.passage.Ref.Kind != essay.Note || c.index != 0 || !pointsBack(c.text) || len(out) == maxSentences {
			continue
		}
		if m, ok := marker(hits, c.passage.Ref); ok {
			out = append([]candidate{m}, out...)
		}
	}
	return out
}
