package eval

import (
	"context"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/retrieve"
)

// Extractive is the offline answerer: it writes the answer as `ask` does
// offline and reads back the ref of every quotation (those the generator
// records, else those whose citation checks out).
type Extractive struct {
	Corpus *essay.Corpus
	// Selection overrides generate.DefaultSelection when not nil.
	Selection *generate.Selection
}

var _ Tunable = Extractive{}

// With returns the answerer with another selection of sentences.
func (e Extractive) With(sel generate.Selection) Answerer {
	e.Selection = &sel
	return e
}

// Quoted returns the ref of each sentence the offline answer quotes.
func (e Extractive) Quoted(ctx context.Context, question string, res *retrieve.Result) ([]essay.Ref, error) {
	// As ask does: a reply to an objection is read in the passage after it.
	res = generate.WithReply(res, e.Corpus)
	d, err := generate.Extractive{Selection: e.Selection}.Generate(ctx, generate.Request{Question: question, Retrieval: res, Corpus: e.Corpus}, nil)
	if err != nil || d.Abstained {
		return nil, err
	}
	if d.Quoted != nil {
		return d.Quoted, nil
	}
	var out []essay.Ref
	for _, c := range citation.Check(d.Text, e.Corpus, res.Refs()).Citations {
		out = append(out, c.Ref)
	}
	return out, nil
}

// ForCorpus returns the answerer for questions about corpus c.
func (e Extractive) ForCorpus(c *essay.Corpus) Answerer {
	e.Corpus = c
	return e
}

// corpusAnswerer is an answerer that reads the text it answers from: a
// cross-validation over several texts gives it each set's own.
type corpusAnswerer interface {
	ForCorpus(c *essay.Corpus) Answerer
}

// forCorpus returns a for questions about corpus c.
func forCorpus(a Answerer, c *essay.Corpus) Answerer {
	if ca, ok := a.(corpusAnswerer); ok && c != nil {
		return ca.ForCorpus(c)
	}
	return a
}

// Untuned returns a without a selection for cross-validation to choose:
// it answers as it is.
func Untuned(a Answerer) Answerer {
	if a == nil {
		return nil
	}
	return untuned{a}
}

type untuned struct{ Answerer }

// ForCorpus keeps the answerer untuned for questions about corpus c.
func (u untuned) ForCorpus(c *essay.Corpus) Answerer { return untuned{forCorpus(u.Answerer, c)} }
