// Package generate writes an answer from retrieved passages. Each way of
// writing one sits behind the Generator interface: the offline extractive
// generator here, and a language model in LLM mode.
//
// It imports retrieve, citation, essay, llm, prompts and leaves; answer and
// guide build on it, never the other way.
package generate

import (
	"context"
	"io"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
)

// Request is what a generator answers from.
type Request struct {
	Question string
	// Retrieval holds the passages found and whether the corpus addresses
	// the question at all.
	Retrieval *retrieve.Result
	// Author is the corpus's author, for attribution; empty if unknown.
	Author string
	// Kind is the corpus's essay.Meta.Kind: only an argument's sentences
	// are introduced as what the author argues.
	Kind string
	// History holds earlier turns of a conversation, oldest first.
	History []Turn
	// Corpus is the text asked about, whose metadata answers who wrote
	// it and when; nil answers such questions from the passages alone.
	Corpus *essay.Corpus
}

// Turn is one question and answer of a conversation.
type Turn struct {
	Question string
	Answer   string
}

// Draft is a generator's answer before its citations are checked. Its text
// cites passages inline as [¶N] or [note N].
type Draft struct {
	Text      string
	Abstained bool
	// Truncated is true when a model stopped at its length limit.
	Truncated bool
	// Quoted holds the ref of each sentence the offline generator quoted,
	// in order; a model's draft leaves it nil, its citations read from
	// Text.
	Quoted []essay.Ref
	// Byline is set on an answer given from the corpus's metadata (its
	// title, author and year) rather than from a passage: it cites
	// nothing, and needs nothing cited.
	Byline bool
}

// Generator writes answers.
type Generator interface {
	// Generate answers req. If stream is not nil, text is written to it as
	// it is produced; the Draft holds the whole text either way.
	Generate(ctx context.Context, req Request, stream io.Writer) (Draft, error)
}
