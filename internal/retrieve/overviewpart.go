package retrieve

import (
	"context"
	"errors"
	"slices"
	"strings"

	"studyguide/internal/terms"
)

// restReach is how many of the best passages for the rest of a question
// whose other part asks what the whole text argues (see overviewRest)
// its hits report after the claims' passages: an answer quotes the
// rest from the first of them.
const restReach = 2

// overviewRest returns, for a question of several parts one of which asks
// what the whole text argues ("What is the main argument, and what
// sources does he use?", "What is the author's main argument, and is he
// biased?"), the other parts' words, which the text's claims do not
// answer; "" for a question asking only that, or nothing of it. A part is
// split from the others by every word it holds, framing words included:
// "is he biased" holds no content word, yet asks of the author's stance.
// A clause that is talk around the question ("in a nutshell, ...") or
// holds only an overview's framing ("like in one line") asks nothing
// else.
func (r *Retriever) overviewRest(q *Query) string {
	if q == nil || len(q.Named)+len(q.Unfound) > 0 || !overviewRe.MatchString(q.Text) {
		return ""
	}
	clauses := partsOf(q.Text, terms.Unique(terms.Stems(q.Text)))
	if len(clauses) < 2 {
		return ""
	}
	over := -1
	var rest []string
	for i, c := range clauses {
		text := strings.Join(c.Words, " ")
		if over < 0 && overviewRe.MatchString(text) {
			if cq, err := r.Analyse(text); err == nil && askedOverview(cq) {
				over = i
				continue
			}
		}
		if len(c.Words) > 0 && openers[c.Words[0]] && asksBeyondOverview(c.Words) {
			rest = append(rest, text)
		}
	}
	if over < 0 {
		return ""
	}
	return strings.Join(rest, " and ")
}

// asksBeyondOverview reports whether a clause, given as its words, holds a
// word an overview's framing does not (see overviewFraming), stop words
// aside.
func asksBeyondOverview(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		return !terms.IsStopword(w) && !overviewFraming()[terms.Stem(w)]
	})
}

// restOfOverview retrieves the rest of a question whose other part asks
// what the whole text argues (see overviewRest) as a question of its own,
// under p and mode: nil when there is no rest, or the text does not
// address it.
func (s *Search) restOfOverview(ctx context.Context, p Params, mode Mode, k int) (*Result, error) {
	if s.isPart {
		return nil, nil
	}
	text := s.r.overviewRest(s.Q)
	if text == "" {
		return nil, nil
	}
	sub, err := s.r.Prepare(ctx, text)
	if errors.Is(err, ErrEmptyQuestion) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	sub.isPart = true
	res, err := sub.Result(ctx, p, mode, k)
	if err != nil || res.Abstain || len(res.Hits) == 0 {
		return nil, err
	}
	return res, nil
}

// withRest puts the best passages of rest, the rest of a question whose
// other part asks what the whole text argues, after the claims' passages
// that open hits (see withClaims), keeping the rest after them:
// retrieval reports the passages the answer quotes.
func withRest(hits []Hit, o *Overview, rest *Result) []Hit {
	claims := 0
	for _, c := range o.Claims {
		if !slices.ContainsFunc(hits[:claims], func(h Hit) bool { return h.Passage == c.Passage }) {
			claims++
		}
	}
	out := slices.Clone(hits[:claims])
	for _, h := range append(slices.Clone(rest.Hits[:min(len(rest.Hits), restReach)]), hits[claims:]...) {
		if !slices.ContainsFunc(out, func(x Hit) bool { return x.Passage == h.Passage }) {
			out = append(out, h)
		}
	}
	return out[:min(len(out), max(len(hits), claims+min(len(rest.Hits), restReach)))]
}

// overviewAsked returns the text's claims for a question asking what the
// whole text argues, alone or as one of its parts (see overviewRest),
// with the rest's retrieval; nil for another question, when the author
// states no claim, or when the text does not address the rest of a
// question whose words as a whole ask no overview: that one is read as
// before.
func (s *Search) overviewAsked(ctx context.Context, p Params, mode Mode, k int) (*Overview, error) {
	whole := askedOverview(s.Q)
	if !whole && (s.isPart || !overviewRe.MatchString(s.Q.Text)) {
		return nil, nil
	}
	claims := s.r.overview()
	if claims == nil {
		return nil, nil
	}
	rest, err := s.restOfOverview(ctx, p, mode, k)
	if err != nil || !whole && rest == nil {
		return nil, err
	}
	// A copy: the retriever's overview is shared by every question.
	o := *claims
	o.Rest = rest
	return &o, nil
}
