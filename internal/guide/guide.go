// Package guide builds a classroom study guide from the open questions an
// essay asks: for each question, the passages that speak to it with a
// verbatim quote from each, discussion questions at several levels of
// Bloom's revised taxonomy, and sourcing and corroboration prompts; across
// the guide, key terms and people and a plan for one class period.
//
// Everything the guide quotes is cut from the passage it cites, and every
// prompt is built from the essay's own terms, names, claims and contrasts.
// The guide reports what the author argues; it never states his claims as
// fact. Building is deterministic: the same corpus and retriever give the
// same guide.
package guide

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
)

// All, given as the from argument of Build, builds a guide from every open
// question of the corpus.
const All = "all"

// Bloom's revised taxonomy levels the discussion questions are written at.
const (
	Understand = "understand"
	Analyze    = "analyze"
	Evaluate   = "evaluate"
	Create     = "create"
)

// Kinds of "reading like a historian" prompt.
const (
	Sourcing      = "sourcing"
	Corroboration = "corroboration"
	Counterpoint  = "counterpoint"
)

// Caveat opens every guide: the essay is contested.
const Caveat = "The essay is contested. This guide reports what the author argues, not settled fact: " +
	"weigh his evidence against his sources and against other historians. " +
	"Every quotation is verbatim from the passage cited after it."

// Guide is a study guide built from an essay's open questions.
type Guide struct {
	Title  string
	Author string
	Year   int
	// From is what the guide was built from: a ref such as "¶56", or "all".
	From string
	// Basis is where the author says what his conclusions rest on, if the
	// essay says so ("almost entirely on the basis of others' research").
	Basis  *Quote
	Themes []*Theme
	Terms  []Term
	Plan   Plan
}

// Theme groups the questions of one block of a passage (¶56's first block
// is about democracy, its second about the role of the party).
type Theme struct {
	Name string
	// Named is where the essay itself names the theme, if it does.
	Named     *Quote
	Questions []*Question
}

// Question is one open question of the essay with what the guide offers on
// it.
type Question struct {
	Text       string
	Ref        essay.Ref
	Evidence   []Quote
	Discussion []Prompt
	Historian  []Prompt
}

// Quote is words cut verbatim from the passage with the given ref.
type Quote struct {
	Ref  essay.Ref
	Text string
}

// Prompt is a question for students. Its text quotes passages only in
// curly double quotes (“...”), each quote verbatim from one of Refs.
type Prompt struct {
	// Level is a Bloom level (Understand, ...) or a historian's move
	// (Sourcing, ...).
	Level  string
	Text   string
	Refs   []essay.Ref
	Quotes []Quote
}

// Term is a key term or person with the passage that defines or uses it.
type Term struct {
	Term  string
	Quote Quote
}

// Plan is a discussion plan for one class period.
type Plan struct {
	Protocol string
	// About says what the protocol is for, in one sentence.
	About string
	// Focus is the question the discussion turns on.
	Focus    *Quote
	Minutes  int
	Steps    []Step
	Agree    []string
	Disagree []string
}

// Step is one timed step of a plan.
type Step struct {
	Minutes  int
	Activity string
	Refs     []essay.Ref
}

// Errors of the from argument; both are the caller's mistake.
var (
	// ErrBadFrom is returned when from names no passage of the corpus.
	ErrBadFrom = errors.New("no such passage")
	// ErrNoQuestions is returned when the passage asks no questions, or
	// the corpus asks none at all.
	ErrNoQuestions = errors.New("no questions")
)

// fromError is a mistake in the from argument: its message is for the
// user as it stands, and errors.Is finds its kind.
type fromError struct {
	kind error
	msg  string
}

func (e *fromError) Error() string { return e.msg }
func (e *fromError) Unwrap() error { return e.kind }

// Build makes the study guide for the questions of one passage, or of the
// whole corpus.
//
//   - c: the corpus.
//   - r: a retriever over c; it finds the passages that bear on each
//     question.
//   - from: a ref as a user types it ("¶56", "56", "note 3"), or All.
func Build(ctx context.Context, c *essay.Corpus, r *retrieve.Retriever, from string) (*Guide, error) {
	if c == nil || r == nil {
		return nil, errors.New("guide needs a corpus and a retriever")
	}
	questions, label, err := selectQuestions(c, from)
	if err != nil {
		return nil, err
	}
	b := newBuilder(c, r)
	g := &Guide{Title: c.Title(), Author: c.Author(), From: label}
	if len(c.Sources) == 1 {
		g.Year = c.Sources[0].Meta.Year
	}
	g.Themes = b.themes(questions)
	for _, th := range g.Themes {
		prev := ""
		for _, q := range th.Questions {
			if err := b.evidence(ctx, q, prev); err != nil {
				return nil, err
			}
			prev = q.Text
		}
	}
	g.Basis = b.basis(questions)
	g.Terms = b.keyTerms(g)
	for _, th := range g.Themes {
		for _, q := range th.Questions {
			q.Discussion = b.discussion(th, q, g.Terms)
			q.Historian = b.historian(q, g.Basis)
		}
	}
	g.Plan = PlanFor(g)
	return g, nil
}

// selectQuestions returns the questions the guide is built from and how to
// name them.
func selectQuestions(c *essay.Corpus, from string) ([]essay.Question, string, error) {
	if strings.EqualFold(strings.TrimSpace(from), All) {
		all := c.Questions()
		if len(all) == 0 {
			return nil, "", &fromError{ErrNoQuestions, "the corpus asks no questions"}
		}
		return all, All, nil
	}
	p, err := c.Lookup(from)
	if err != nil {
		return nil, "", &fromError{ErrBadFrom, err.Error()}
	}
	qs := c.QuestionsOf(p.Ref)
	if len(qs) == 0 {
		return nil, "", &fromError{ErrNoQuestions, fmt.Sprintf("%s asks no questions; %s", p.Ref, askers(c.Questions()))}
	}
	return qs, p.Ref.String(), nil
}

// askers lists the passages that do ask questions, as a hint.
func askers(qs []essay.Question) string {
	var refs []string
	seen := map[essay.Ref]bool{}
	for _, q := range qs {
		if !seen[q.Ref] {
			seen[q.Ref] = true
			refs = append(refs, q.Ref.String())
		}
	}
	if len(refs) == 0 {
		return "no passage of the corpus asks one"
	}
	return "passages with questions: " + strings.Join(refs, ", ")
}
