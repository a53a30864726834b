package eval

import (
	"context"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/retrieve"
)

// Extractive is the offline answerer: it writes the answer as `ask` does
// offline and reads back the ref of every quotation whose citation checks
// out.
type Extractive struct {
	Corpus *essay.Corpus
}

var _ Answerer = Extractive{}

// Quoted returns the ref of each sentence the offline answer quotes.
func (e Extractive) Quoted(ctx context.Context, question string, res *retrieve.Result) ([]essay.Ref, error) {
	d, err := generate.Extractive{}.Generate(ctx, generate.Request{Question: question, Retrieval: res}, nil)
	if err != nil || d.Abstained {
		return nil, err
	}
	var out []essay.Ref
	for _, c := range citation.Check(d.Text, e.Corpus, res.Refs()).Citations {
		out = append(out, c.Ref)
	}
	return out, nil
}
