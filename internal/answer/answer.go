// Package answer answers one question end to end: it resolves a follow-up
// against the conversation before it, retrieves passages, generates a
// draft (streamed or not), flags and checks its citations, and keeps the
// history it sends within one budget. Service.Ask is the one way through
// for every front end: `ask`, `chat` and any page to come call it and
// nothing else. Its Answer is the JSON contract of `studyguide ask --json`.
//
// It may import the pipeline's packages (essay, retrieve, generate,
// citation, terms); it must not import render, chat or the command, which
// import it.
package answer

import (
	"context"
	"errors"
	"io"
	"math"

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
	// Uncited holds the sentences that make a claim and cite nothing;
	// Answer marks each with citation.UncitedFlag.
	Uncited []string `json:"uncited"`

	// Searched is the question as searched when it differs from the one
	// asked: a follow-up restated with what it leans on.
	Searched string `json:"-"`
	// Retrieval is what the answer was written from.
	Retrieval *retrieve.Result `json:"-"`
	// Truncated is true when a model stopped at its length limit.
	Truncated bool `json:"-"`
	// Caveat is the corpus's note for readers of answers (essay.Meta's
	// Caveat), or "" for none.
	Caveat string `json:"-"`
	// Byline is set on an answer given from the corpus's title, author
	// and year rather than from a passage (see generate.Draft): it cites
	// nothing and is not unsupported for that.
	Byline bool `json:"-"`
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
// citation. An abstention needs none, nor does an answer from the
// corpus's byline.
func (a *Answer) Supported() bool { return a.Abstained || a.Byline || len(a.Citations) > 0 }

// Service answers questions about one corpus. Set its fields once; Ask
// may then be called from several goroutines if the Generator and the
// Rewriters allow it (the offline ones do).
type Service struct {
	Corpus    *essay.Corpus
	Retriever *retrieve.Retriever
	Generator generate.Generator
	// Rewriter resolves a follow-up before the search; nil searches every
	// question as asked.
	Rewriter Rewriter
	// Fallback resolves a follow-up when Rewriter fails (a model that is
	// down); nil searches the question as asked.
	Fallback Rewriter
	// HistoryTokens bounds the earlier turns a question is resolved and
	// answered with, in estimated tokens (generate.TurnTokens): the newest
	// turns that fit are kept. 0 keeps none. It is the only bound: the
	// generators and rewriters send what they are given.
	HistoryTokens int
}

// DefaultK is how many passages an answer is written from when a
// Request does not say.
const DefaultK = 4

// DefaultHistoryTokens is the history budget front ends offer by default:
// enough for several turns of quoted answers, small beside any model's
// context window.
const DefaultHistoryTokens = 2000

// Request is one question to answer.
type Request struct {
	// Question is the user's question, cleaned of control characters; see
	// CheckQuestion.
	Question string
	// K is how many passages to retrieve; 0 means DefaultK.
	K int
	// History is the conversation so far, oldest first; may be nil. Ask
	// keeps the newest turns within the Service's HistoryTokens.
	History []generate.Turn
	// Stream, when set, receives the answer as it is generated, with every
	// bracketed ref the answer may not cite flagged as it appears. The
	// caller cleans it for where it goes. If generation fails after some
	// text was written, Stream gets a newline, so that what follows starts
	// a line.
	Stream io.Writer
	// Searching, when set, is called once before the answer is generated:
	// searched is the question as it will be searched, and warning, when
	// not nil, says why a follow-up is searched otherwise than the
	// Rewriter would have (it failed).
	Searching func(searched string, warning error)
}

// Ask answers req: it resolves a follow-up, retrieves passages, has the
// generator answer from them (streaming when req.Stream is set), and
// checks every citation the draft makes. An error from CheckQuestion comes
// back as it is, before anything is searched.
func (s *Service) Ask(ctx context.Context, req Request) (*Answer, error) {
	if err := CheckQuestion(req.Question); err != nil {
		return nil, err
	}
	if s.Corpus == nil || s.Retriever == nil || s.Generator == nil {
		return nil, errors.New("answer: Corpus, Retriever and Generator must be set")
	}
	k := req.K
	if k <= 0 {
		k = DefaultK
	}
	history := generate.Recent(req.History, s.HistoryTokens)
	searched, warning := s.resolve(ctx, history, req.Question)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if req.Searching != nil {
		req.Searching(searched, warning)
	}
	res, err := s.Retriever.Retrieve(ctx, searched, k)
	if errors.Is(err, retrieve.ErrEmptyQuestion) {
		return nil, ErrNoWords
	}
	if err != nil {
		return nil, err
	}
	// A part asking how the author answers an objection is answered in
	// the passage after it, which the search seldom finds.
	res = generate.WithReply(res, s.Corpus)
	meta := s.meta()
	draft, err := s.generate(ctx, generate.Request{
		Question: req.Question, Retrieval: res, Author: meta.Author, Kind: meta.Kind, History: history,
		Corpus: s.Corpus,
	}, req.Stream)
	if err != nil {
		return nil, err
	}
	ans := s.check(req.Question, res, draft)
	if !ans.Byline {
		// The caveat weighs what the author argues; a title and byline
		// argue nothing.
		ans.Caveat = meta.Caveat
	}
	if searched != req.Question {
		ans.Searched = searched
	}
	return ans, nil
}

// generate has the generator write the draft, through a Flagger to
// stream when there is one.
func (s *Service) generate(ctx context.Context, req generate.Request, stream io.Writer) (generate.Draft, error) {
	if stream == nil {
		return s.Generator.Generate(ctx, req, nil)
	}
	out := &counter{w: stream}
	f := citation.NewFlagger(out, s.Corpus, req.Retrieval.Refs())
	draft, err := s.Generator.Generate(ctx, req, f)
	if ferr := f.Flush(); err == nil {
		err = ferr
	}
	if err != nil && out.n > 0 {
		io.WriteString(stream, "\n")
	}
	return draft, err
}

// check turns a draft into an Answer, every citation checked against the
// passages it was written from.
func (s *Service) check(question string, res *retrieve.Result, draft generate.Draft) *Answer {
	ans := &Answer{
		Question: question, Abstained: draft.Abstained, Retrieval: res, Truncated: draft.Truncated, Byline: draft.Byline,
		Citations: []Citation{}, Sources: []Source{}, InvalidCitations: []Invalid{}, Uncited: []string{},
	}
	for _, h := range res.Hits {
		if draft.Byline {
			// The answer rests on no passage: listing what the search
			// found would read as its sources.
			break
		}
		// Four places are all the JSON contract shows of a score.
		ans.Sources = append(ans.Sources, Source{Ref: h.Passage.Ref.String(), Score: math.Round(h.Score*1e4) / 1e4, Text: h.Passage.Text()})
	}
	rep := citation.Check(draft.Text, s.Corpus, res.Refs())
	ans.Answer = rep.Text
	for _, c := range rep.Citations {
		ans.Citations = append(ans.Citations, Citation{Ref: c.Ref.String(), Quote: c.Quote, Supported: c.Supported})
	}
	for _, inv := range rep.Invalid {
		ans.InvalidCitations = append(ans.InvalidCitations, Invalid{Ref: inv.Ref, Reason: inv.Reason})
	}
	ans.Uncited = append(ans.Uncited, rep.Uncited...)
	return ans
}

// meta returns the metadata of a single-source corpus; a corpus of
// several texts has no one author, kind or caveat.
func (s *Service) meta() essay.Meta {
	if len(s.Corpus.Sources) == 1 {
		return s.Corpus.Sources[0].Meta
	}
	return essay.Meta{}
}

// counter counts the bytes written through it.
type counter struct {
	w io.Writer
	n int
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}
