// Package answer answers one question end to end: retrieve passages,
// generate a draft, check its citations. Its Answer is the JSON contract of
// `studyguide ask --json`.
package answer

import (
	"context"
	"io"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/retrieve"
)

// Answer is a checked answer. Its JSON form is the public contract.
type Answer struct {
	Question         string     `json:"question"`
	Answer           string     `json:"answer"`
	Abstained        bool       `json:"abstained"`
	Citations        []Citation `json:"citations"`
	Sources          []Source   `json:"sources"`
	InvalidCitations []Invalid  `json:"invalid_citations"`

	// Retrieval is what the answer was written from.
	Retrieval *retrieve.Result `json:"-"`
	// Truncated is true when a model stopped at its length limit.
	Truncated bool `json:"-"`
	// Caveat is the corpus's note for readers of answers (essay.Meta's
	// Caveat), or "" for none.
	Caveat string `json:"-"`
}

// Citation is a checked citation: its quote stands verbatim in the source
// with the same ref.
type Citation struct {
	Ref       string `json:"ref"`
	Quote     string `json:"quote"`
	Supported bool   `json:"supported"`
}

// Source is one retrieved passage.
type Source struct {
	Ref   string  `json:"ref"`
	Score float64 `json:"score"`
	Text  string  `json:"text"`
}

// Invalid is a citation that did not check out, with the reason.
type Invalid struct {
	Ref    string `json:"ref"`
	Reason string `json:"reason"`
}

// Supported reports whether the answer rests on at least one valid
// citation. An abstention needs none.
func (a *Answer) Supported() bool { return a.Abstained || len(a.Citations) > 0 }

// Asker answers questions about one corpus.
type Asker struct {
	Corpus    *essay.Corpus
	Retriever *retrieve.Retriever
	Generator generate.Generator
}

// Ask retrieves up to k passages for question, has the generator answer
// from them, and checks every citation the draft makes.
//
//   - question: the user's question, already cleaned of control characters.
//   - k: passages to retrieve; clamped by the retriever.
//   - history: earlier turns of a conversation, oldest first; may be nil.
//   - stream: receives the draft as it is written; may be nil.
func (a *Asker) Ask(ctx context.Context, question string, k int, history []generate.Turn, stream io.Writer) (*Answer, error) {
	res, err := a.Retriever.Retrieve(ctx, question, k)
	if err != nil {
		return nil, err
	}
	return a.AnswerFrom(ctx, question, res, history, stream)
}

// AnswerFrom is Ask with the retrieval already done, for callers that
// search with a rewritten question but answer the one the user asked.
func (a *Asker) AnswerFrom(ctx context.Context, question string, res *retrieve.Result, history []generate.Turn, stream io.Writer) (*Answer, error) {
	meta := a.meta()
	draft, err := a.Generator.Generate(ctx, generate.Request{
		Question: question, Retrieval: res, Author: meta.Author, Kind: meta.Kind, History: history,
	}, stream)
	if err != nil {
		return nil, err
	}
	ans := &Answer{
		Question: question, Abstained: draft.Abstained, Retrieval: res, Truncated: draft.Truncated, Caveat: meta.Caveat,
		Citations: []Citation{}, Sources: []Source{}, InvalidCitations: []Invalid{},
	}
	for _, h := range res.Hits {
		ans.Sources = append(ans.Sources, Source{Ref: h.Passage.Ref.String(), Score: round(h.Score), Text: h.Passage.Text()})
	}
	rep := citation.Check(draft.Text, a.Corpus, res.Refs())
	ans.Answer = rep.Text
	for _, c := range rep.Citations {
		ans.Citations = append(ans.Citations, Citation{Ref: c.Ref.String(), Quote: c.Quote, Supported: c.Supported})
	}
	for _, inv := range rep.Invalid {
		ans.InvalidCitations = append(ans.InvalidCitations, Invalid{Ref: inv.Ref, Reason: inv.Reason})
	}
	return ans, nil
}

// meta returns the metadata of a single-source corpus; a corpus of
// several texts has no one author, kind or caveat.
func (a *Asker) meta() essay.Meta {
	if len(a.Corpus.Sources) == 1 {
		return a.Corpus.Sources[0].Meta
	}
	return essay.Meta{}
}

func round(x float64) float64 {
	return float64(int64(x*10000+0.5)) / 10000
}
