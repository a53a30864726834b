package guide

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"studyguide/internal/essay"
)

// Evidence limits, in passages per question.
const (
	// pool is how many retrieved passages are weighed as evidence.
	pool = 10
	// mainEvidence is how many passages a question gets from retrieval; a
	// footnote that one of them marks may add one more, up to MaxEvidence.
	mainEvidence = 3
	// rankWeight is what the retriever's ranking adds to a passage's score,
	// divided by its rank: the retriever chooses the pool and breaks near
	// ties, while the weight of the question's words in the passage's best
	// sentence, from 0 to 1, decides.
	rankWeight = 0.2
	// contextWeight scales the words of the question before this one in
	// the same block, which its pronouns point back to ("Could they work
	// ...?").
	contextWeight = 0.5
	// repeatPenalty scales a sentence's score for each time the guide has
	// already quoted it.
	repeatPenalty = 0.85
	// rareShare defines a rare word: one that at most this share of the
	// passages use. Evidence must share with the question at least the
	// weight of one such word, so that sharing "Stalin" and "Party" is not
	// enough; weaker passages are used only when too few are strong.
	rareShare = 0.1
)

// Every question of a guide has MinEvidence to MaxEvidence passages of
// evidence, however they were chosen.
const (
	MinEvidence = 2
	MaxEvidence = 4
)

// pick is one passage weighed as evidence for a question.
type pick struct {
	passage *essay.Passage
	quote   string
	rel     float64
	score   float64
}

// evidence finds the passages, other than the one that asks it, that bear
// most on a question, and quotes each: the retriever's ranking of passages
// weighed with the weight of the question's words in their best sentences.
//
//   - context: the question asked just before, or "".
func (b *builder) evidence(ctx context.Context, q *Question, context string) error {
	res, err := b.r.Retrieve(ctx, q.Text, pool+1)
	if err != nil {
		return fmt.Errorf("find evidence for %s: %w", q.Ref, err)
	}
	w := b.weigh(q.Text)
	for s, v := range b.weigh(context) {
		if _, ok := w[s]; !ok {
			w[s] = v * contextWeight
		}
	}
	var picks []pick
	for _, h := range res.Hits {
		if h.Passage.Ref == q.Ref {
			continue
		}
		quote, rel := b.bestQuote(h.Passage, w)
		picks = append(picks, pick{passage: h.Passage, quote: quote, rel: rel, score: rankWeight / float64(len(picks)+1)})
	}
	top := 0.0
	for _, p := range picks {
		top = max(top, p.rel)
	}
	var strong, weak []pick
	for _, p := range picks {
		if top > 0 {
			p.score += p.rel / top
		}
		switch {
		case p.rel >= b.rareWeight():
			strong = append(strong, p)
		case p.rel > 0:
			weak = append(weak, p)
		}
	}
	byScore := func(ps []pick) {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].score > ps[j].score })
	}
	byScore(strong)
	byScore(weak)
	kept := strong
	if len(kept) < MinEvidence {
		kept = append(kept, weak[:min(MinEvidence-len(kept), len(weak))]...)
	}
	kept = kept[:min(mainEvidence, len(kept))]
	kept = append(kept, b.markedNotes(kept, w, q.Ref)...)
	for _, p := range kept[:min(MaxEvidence, len(kept))] {
		q.Evidence = append(q.Evidence, Quote{Ref: p.passage.Ref, Text: p.quote})
		b.markQuoted(p.passage.Ref, sentenceOf(p.passage, p.quote))
	}
	return nil
}

// rareWeight is the weight of a word that a tenth of the passages use.
func (b *builder) rareWeight() float64 {
	v := math.Log(1 + 1/rareShare)
	return v * v
}

// markedNotes returns the footnotes that the picked paragraphs mark and
// that speak to the question too: the source the paragraph rests on.
func (b *builder) markedNotes(picks []pick, w map[string]float64, asker essay.Ref) []pick {
	have := map[essay.Ref]bool{asker: true}
	for _, p := range picks {
		have[p.passage.Ref] = true
	}
	var out []pick
	for _, p := range picks {
		for _, n := range p.passage.Notes {
			ref := p.passage.NoteRef(n)
			note, ok := b.c.Passage(ref)
			if !ok || have[ref] {
				continue
			}
			// A note is the source its paragraph rests on, so it counts even
			// when it shares no word with the question: quote its opening.
			quote, rel := b.bestQuote(note, w)
			if rel <= 0 && len(note.Sentences) > 0 {
				quote = clause(note.Sentences[0].Text, nil, "", maxQuoteWords)
			}
			if quote == "" {
				continue
			}
			have[ref] = true
			out = append(out, pick{passage: note, quote: quote})
		}
	}
	return out
}

// bestQuote returns the statement of p that speaks most to the weighed
// words, and the weight of theirs it holds (0 when it holds none).
// Questions are never quoted as evidence: they ask rather than argue.
func (b *builder) bestQuote(p *essay.Passage, w map[string]float64) (string, float64) {
	var best essay.Sentence
	bestScore, bestRel := 0.0, 0.0
	for _, s := range p.Sentences {
		if s.Question {
			continue
		}
		rel := relevance(w, s.Text)
		score := rel
		for i := 0; i < b.seen(p.Ref, s.Text); i++ {
			score *= repeatPenalty
		}
		if score > bestScore {
			best, bestScore, bestRel = s, score, rel
		}
	}
	if bestScore == 0 {
		return "", 0
	}
	quote := clause(best.Text, func(span string) float64 { return relevance(w, span) }, "", maxQuoteWords)
	if quote == "" {
		return "", 0
	}
	return quote, bestRel
}

// sentenceOf returns the sentence of p that holds quote.
func sentenceOf(p *essay.Passage, quote string) string {
	for _, s := range p.Sentences {
		if strings.Contains(s.Text, quote) {
			return s.Text
		}
	}
	return quote
}
