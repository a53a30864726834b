// Package guide builds a classroom study guide from a text: the argument
// in brief, the open questions the text asks (or, for a text that asks none
// or hundreds, its central claims, or a teacher's own questions), for each
// the sentences that answer it with discussion questions fitted to them,
// short-answer questions with an answer key, key terms and people glossed
// by the sentences that explain them, and a plan for one class period.
//
// Everything the guide attributes to the author is a whole sentence of the
// text, verbatim, with its ref; only a sentence of more than 60 words is cut,
// at a clause boundary, with an ellipsis. How the guide speaks of the
// author and the text (pronouns, "argues", a caveat) comes from the
// corpus's metadata. Building is deterministic: the same corpus and
// retriever give the same guide.
//
// It imports answer, generate, retrieve, essay, terms and thesaurus; render,
// modelguide, chat and the command import it, and it imports none of them.
package guide

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
)

// Values of Options.From besides a ref.
const (
	// All builds from every open question of the corpus.
	All = "all"
	// Claims builds from the text's central claims.
	Claims = "claims"
	// Teacher is a guide's From when it was built from a teacher's
	// questions.
	Teacher = "questions"
)

// Bloom's revised taxonomy levels the discussion questions are written at.
const (
	Understand = "understand"
	Analyze    = "analyze"
	Evaluate   = "evaluate"
	Create     = "create"
)

// Kinds of "reading like a historian" prompt.
const (
	Sourcing          = "sourcing"
	Corroboration     = "corroboration"
	Contextualization = "contextualization"
	Counterpoint      = "counterpoint"
)

// Origins of a question.
const (
	// Asked is a question the text itself asks.
	Asked = "asked"
	// Claim is a central claim of the text, put to the class.
	Claim = "claim"
	// Posed is a question a teacher gave.
	Posed = "teacher"
)

// Editions of a guide.
const (
	TeacherEdition = "teacher"
	StudentEdition = "student"
)

// Verbatim closes the note atop every guide.
const Verbatim = "Every quotation is verbatim from the passage cited after it."

// Guide is a study guide built from a text.
type Guide struct {
	Title  string
	Author string
	Year   int
	// From is what the guide was built from: a ref such as "¶56", All,
	// Claims or Teacher.
	From    string
	Voice   Voice
	Edition string
	// Basis is where the author says what the text's conclusions rest on,
	// if it says so ("almost entirely on the basis of others' research").
	Basis *Quote
	// Summary is the text in brief: one central sentence per paragraph
	// (of its weightiest paragraphs, in a long text), in order.
	Summary []Quote
	// Paragraphs is how many paragraphs the text has: the summary gives
	// one for each, or, past maxSummary, for its first, its last and the
	// weightiest of each stretch between, and says which.
	Paragraphs int
	Themes     []*Theme
	// Check holds short-answer questions with their answer key.
	Check []Check
	Terms []Term
	Plan  Plan
}

// Theme groups questions: the questions of one block of a passage (the
// text's), or the claims of one section, or a teacher's questions.
type Theme struct {
	Name string
	// Named is where the text itself names the theme, if it does.
	Named     *Quote
	Questions []*Question
	// section is the heading a theme of claims was grouped under.
	section string
}

// Question is one question of the guide with what the guide offers on it.
type Question struct {
	Text string
	// Ref is where the text asks the question or states the claim; a
	// teacher's question has none (Origin is Posed).
	Ref      essay.Ref
	Origin   string
	Evidence []Quote
	// block is the block of its passage the text asks it in.
	block      int
	Discussion []Prompt
	Historian  []Prompt
}

// HasRef reports whether the question stands in the text.
func (q *Question) HasRef() bool { return q.Origin != Posed }

// Quote is a sentence of the passage with the given ref, verbatim; a
// sentence of more than cutWords words may be cut at a clause boundary,
// the cut marked with "…". Note, when set, is the footnote the sentence
// marks, quoted after it.
type Quote struct {
	Ref  essay.Ref
	Text string
	Note *Quote
	// Says, when set, is the guide's own lead-in for a quote that gives
	// others' words rather than the author's view ("Abraham Lincoln gives
	// this as what others demand, not as his own view:"); the quote
	// itself stays verbatim.
	Says string
}

// Parts returns the verbatim runs of a quote: its text split at the
// ellipses that mark cuts.
func (q Quote) Parts() []string {
	var out []string
	for _, part := range strings.Split(q.Text, Ellipsis) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// Ellipsis marks where a quote was cut.
const Ellipsis = "…"

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

// Check is a short-answer question; Answer is the sentence that answers
// it, nil in the students' edition.
type Check struct {
	Question string
	Answer   *Quote
}

// Kinds of key term gloss.
const (
	// Defines: the quoted sentence says what the term means.
	Defines = "defines"
	// Uses: the quoted sentence only uses the term.
	Uses = "uses"
)

// Term is a key term or person with the sentence that defines or best
// shows it.
type Term struct {
	Term string
	// Head is how the glossary writes the term, when not as the text
	// does: a common term the text sets in capitals to define it, or
	// capitalizes as it does every noun ("A LAW OF NATURE, (Lex
	// Naturalis,) is ...", "the Lawes of Nature"), reads in lower case.
	Head string
	Kind string
	// Person is true for a person's name: the quote says what the text
	// says of them.
	Person bool
	Quote  Quote
}

// Heading returns the term as the glossary heads it.
func (t Term) Heading() string {
	if t.Head != "" {
		return t.Head
	}
	return t.Term
}

// Plan is a discussion plan for one class period.
type Plan struct {
	Protocol string
	// About says what the protocol is for, in one sentence.
	About string
	// Focus is the question the discussion turns on.
	Focus *Question
	// Ask is Focus as the class argues it: a claim put as a question
	// ("Does the text show that ...?"); empty when Focus is one.
	Ask     string
	Minutes int
	Steps   []Step
	// Sides are the positions the debate stages, each with the passages
	// that support it; none for a seminar.
	Sides    []Side
	Agree    []string
	Disagree []string
}

// Side is one position of a debate and the passages that support it.
type Side struct {
	Position string
	Refs     []essay.Ref
	// Quote is the words of its first passage that take the side.
	Quote *Quote
}

// Step is one timed step of a plan.
type Step struct {
	Minutes  int
	Activity string
	Refs     []essay.Ref
}

// Limits on the questions of one guide.
const (
	// MaxClaims is how many central claims a guide built from claims
	// puts to the class.
	MaxClaims = 8
	// maxOpen is how many open questions a text may ask and still get a
	// guide from them by default; a text that asks more gets one from its
	// central claims.
	maxOpen = 16
	// minOpen is the fewest open questions a text asks to get a guide of
	// them by default: one question gives a guide too thin to hand out,
	// and its central claims give more.
	minOpen = 2
	// fewest is how many questions a guide built by default from the
	// text's own questions holds: one that asks fewer is filled out with
	// its central claims, as many as the essay's ¶56 asks.
	fewest = 6
	// MaxAll is how many open questions --from all takes.
	MaxAll = 40
	// MaxPosed is how many questions a teacher may give.
	MaxPosed = 20
	// maxPosedRunes bounds one of a teacher's questions.
	maxPosedRunes = 400
)

// Errors of the options; each is the caller's mistake.
var (
	// ErrBadFrom is returned when From names no passage of the corpus.
	ErrBadFrom = errors.New("no such passage")
	// ErrNoQuestions is returned when the passage asks no questions, or
	// the corpus asks none at all.
	ErrNoQuestions = errors.New("no questions")
	// ErrTooMany is returned when there are more questions than a guide
	// can hold.
	ErrTooMany = errors.New("too many questions")
)

// fromError is a mistake in the options: its message is for the user as
// it stands, and errors.Is finds its kind.
type fromError struct {
	kind error
	msg  string
}

func (e *fromError) Error() string { return e.msg }
func (e *fromError) Unwrap() error { return e.kind }

// Options choose what a guide is built from.
type Options struct {
	// From is a ref as a user types it ("¶56", "56", "note 3"), All,
	// Claims, or "" for the text's own questions when it asks a few and
	// its central claims otherwise.
	From string
	// Questions are a teacher's own questions; when given, From is not
	// read.
	Questions []string
}

// Build makes the study guide for the questions of one passage, or of the
// whole corpus (All), or for the text's central claims (Claims).
//
//   - c: the corpus.
//   - r: a retriever over c; it finds the passages that bear on each
//     question and checks the short-answer questions.
//   - from: see Options.From.
func Build(ctx context.Context, c *essay.Corpus, r *retrieve.Retriever, from string) (*Guide, error) {
	return New(ctx, c, r, Options{From: from})
}

// New makes the study guide that opts ask for, in the teacher's edition.
//
//   - c: the corpus.
//   - r: a retriever over c.
//   - opts: what to build from.
func New(ctx context.Context, c *essay.Corpus, r *retrieve.Retriever, opts Options) (*Guide, error) {
	if c == nil || r == nil {
		return nil, errors.New("guide needs a corpus and a retriever")
	}
	b := newBuilder(c, r)
	qs, from, err := b.selectQuestions(opts)
	if err != nil {
		return nil, err
	}
	g := &Guide{Title: c.Title(), Author: c.Author(), From: from, Voice: b.voice, Edition: TeacherEdition}
	if len(c.Sources) == 1 {
		g.Year = c.Sources[0].Meta.Year
	}
	g.Themes = b.themes(qs)
	if err := b.assignEvidence(ctx, g.Themes); err != nil {
		return nil, err
	}
	if from == All || from == Claims {
		// A question no other sentence of the text speaks to gives a
		// class nothing to read: a guide of the whole text leaves it out.
		g.Themes = answered(g.Themes)
	}
	g.Basis = b.basis(qs)
	g.Summary = b.summary()
	g.Paragraphs = len(b.paragraphs())
	g.Terms = b.keyTerms(g)
	b.writePrompts(g)
	if g.Check, err = b.checks(ctx, g); err != nil {
		return nil, err
	}
	g.Plan = b.plan(g)
	return g, nil
}

// answered keeps the questions that have evidence, and the themes that
// keep a question.
func answered(themes []*Theme) []*Theme {
	var out []*Theme
	for _, th := range themes {
		var qs []*Question
		for _, q := range th.Questions {
			if len(q.Evidence) > 0 {
				qs = append(qs, q)
			}
		}
		if len(qs) > 0 {
			th.Questions = qs
			out = append(out, th)
		}
	}
	return out
}

// ForStudents returns the students' edition of g: the same guide without
// the answer key and the discussion plan.
func (g *Guide) ForStudents() *Guide {
	out := *g
	out.Edition = StudentEdition
	out.Check = make([]Check, len(g.Check))
	for i, k := range g.Check {
		out.Check[i] = Check{Question: k.Question}
	}
	out.Plan = Plan{}
	return &out
}

// Caveat is the note atop the guide: the metadata's caveat, or, when the
// metadata gives none, a reminder that what the guide quotes is what the
// author argues, not settled fact, with an invitation to weigh it. A guide
// built from the text's own questions or a teacher's quotes the author's
// claims as evidence just as a claims-built guide quotes them as its
// subject, so it needs the reminder as much: Turner's frontier thesis,
// built from its open questions, once went out with none. Only a story
// (a narrative) or a law (a document), which argue nothing, gets none:
// the Amendments' guide told the class the document "argues".
func (g *Guide) Caveat() string {
	if g.Voice.Caveat != "" {
		return g.Voice.Caveat
	}
	qs := g.Questions()
	if len(qs) == 0 || g.Voice.Kind == essay.KindNarrative || g.Voice.Kind == essay.KindDocument {
		return ""
	}
	who := "the author"
	if g.Voice.Author != "" {
		who = g.Voice.Author
	}
	if qs[0].Origin == Claim {
		return fmt.Sprintf("Each claim below is quoted from %s: it is what %s argues, not settled fact. Weigh it against the evidence %s gives and against other sources.", who, g.Voice.Text(), g.Voice.Text())
	}
	weigh := fmt.Sprintf("the evidence %s gives, against %s sources", g.Voice.He(), g.Voice.His())
	if g.Voice.Pronoun == "" {
		weigh = fmt.Sprintf("the evidence %s gives, against the sources it rests on", g.Voice.Text())
	}
	argues := "argues"
	if g.Voice.Pronoun == "they" || strings.Contains(who, " and ") {
		// "what Alexander Hamilton, John Jay and James Madison argue"
		argues = "argue"
	}
	return fmt.Sprintf("The passages quoted below are what %s %s, not settled fact: one interpretation among others. Weigh them against %s and against other accounts.", who, argues, weigh)
}

// Questions returns the guide's questions in order.
func (g *Guide) Questions() []*Question {
	var out []*Question
	for _, th := range g.Themes {
		out = append(out, th.Questions...)
	}
	return out
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
	if len(refs) > 8 {
		return fmt.Sprintf("passages with questions: %s and %d more", strings.Join(refs[:8], ", "), len(refs)-8)
	}
	return "passages with questions: " + strings.Join(refs, ", ")
}
