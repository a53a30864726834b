// Package chat holds a conversation with a corpus: each question is
// answered, cited and checked as `studyguide ask` does, follow-ups are
// resolved against the turns before them, and commands show sources,
// passages and open questions or save the conversation as Markdown.
package chat

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"studyguide/internal/answer"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/render"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// GuideFunc writes a study guide for one passage, or for the whole corpus
// when p is nil.
type GuideFunc func(ctx context.Context, w io.Writer, p *essay.Passage) error

// StreamFunc answers question from res, writing the answer to w as it is
// written, and returns it with its citations checked.
type StreamFunc func(ctx context.Context, w io.Writer, question string, res *retrieve.Result, history []generate.Turn) (*answer.Answer, error)

// Chat is one conversation. Set its fields, then call Run.
type Chat struct {
	Corpus *essay.Corpus
	// Asker answers and checks every question, as for `ask`.
	Asker *answer.Asker
	// K is how many passages to retrieve for each question.
	K int
	// Rewriter resolves follow-ups before retrieval; nil searches every
	// question as asked.
	Rewriter Rewriter
	// Fallback resolves follow-ups when Rewriter fails (a model that is
	// down); nil searches the question as asked.
	Fallback Rewriter
	// Guide writes /guide's study guide; nil when this build has none.
	Guide GuideFunc
	// Stream, when set, answers by writing the draft to w as it is
	// generated and returns the checked answer; nil answers through Asker
	// and prints only the checked answer. LLM mode streams.
	Stream StreamFunc
	// HistoryTokens bounds the earlier turns sent with a question; the
	// oldest are dropped first. 0 sends none.
	HistoryTokens int
	Style         render.Style
	Out           io.Writer
	// Err receives one-line errors; nil writes them to Out.
	Err io.Writer
	// Terminal is true when a person types at a terminal: Run greets them
	// and does not echo their lines. In a pipe each line is echoed, so
	// that the output reads as a transcript.
	Terminal bool
	// Interrupts cancels the answer in progress (Ctrl-C); between
	// answers, in a pipe, it ends the conversation. May be nil.
	Interrupts <-chan struct{}

	turns  []record
	resets []int // indexes of turns that begin a new conversation
	start  int   // first turn of the current conversation
	last   *answer.Answer
}

// record is one answered turn.
type record struct {
	question string
	// searched is the question as searched, when a follow-up was rewritten.
	searched string
	answer   *answer.Answer
}

// Run reads lines from in until the end of input or /quit, answering
// questions and running commands. It returns nil when the user leaves and
// ctx.Err() or context.Canceled when the conversation is cut short.
func (c *Chat) Run(ctx context.Context, in LineReader) error {
	if c.Corpus == nil || c.Asker == nil || c.Out == nil {
		return errors.New("chat: Corpus, Asker and Out must be set")
	}
	if c.Terminal {
		fmt.Fprintf(c.Out, "Chatting about %s.\n", render.Clean(render.Citation(c.Corpus)))
		fmt.Fprintln(c.Out, c.Style.Dim("Ask a question, or type /help. Ctrl-C cancels an answer; Ctrl-D leaves."))
	}
	for {
		line, err := c.next(ctx, in)
		switch {
		case errors.Is(err, io.EOF):
			return nil
		case errors.Is(err, ErrInterrupt):
			fmt.Fprintln(c.Out, c.Style.Dim("(Ctrl-D or /quit leaves)"))
			continue
		case errors.Is(err, ErrLineTooLong):
			c.fail("%v; it was skipped", err)
			continue
		case err != nil:
			return err
		}
		if quit := c.Handle(ctx, line); quit {
			return nil
		}
	}
}

// next reads one line. Reading happens in its own goroutine so that an
// interrupt can end a conversation waiting on a pipe that sends nothing.
func (c *Chat) next(ctx context.Context, in LineReader) (string, error) {
	c.drainInterrupts()
	type result struct {
		line string
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		line, err := in.ReadLine()
		ch <- result{line, err}
	}()
	select {
	case r := <-ch:
		return r.line, r.err
	case <-c.Interrupts:
		return "", context.Canceled
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// drainInterrupts forgets a Ctrl-C pressed just as an answer finished, so
// that it does not end the conversation.
func (c *Chat) drainInterrupts() {
	for {
		select {
		case <-c.Interrupts:
		default:
			return
		}
	}
}

// Handle answers one line of input, a question or a command, and reports
// whether the user asked to leave.
func (c *Chat) Handle(ctx context.Context, line string) (quit bool) {
	line = render.OneLine(line)
	if line == "" {
		return false
	}
	if !c.Terminal {
		fmt.Fprintln(c.Out, c.Style.Bold("> "+line))
	}
	turn, done := c.turnContext(ctx)
	defer done()
	var err error
	if strings.HasPrefix(line, "/") {
		quit, err = c.command(turn, line)
	} else {
		err = c.ask(turn, line)
	}
	switch {
	case err == nil:
	case errors.Is(err, context.Canceled) && ctx.Err() == nil:
		fmt.Fprintln(c.Out, c.Style.Warn("Cancelled."))
	default:
		c.fail("%v", err)
	}
	if !quit {
		fmt.Fprintln(c.Out)
	}
	return quit
}

// turnContext returns a context for one turn that an interrupt cancels,
// and a func to call when the turn is over.
func (c *Chat) turnContext(ctx context.Context) (context.Context, func()) {
	turn, cancel := context.WithCancel(ctx)
	over := make(chan struct{})
	go func() {
		select {
		case <-c.Interrupts:
			cancel()
		case <-over:
		}
	}()
	return turn, func() {
		close(over)
		cancel()
	}
}

// fail writes a one-line error.
func (c *Chat) fail(format string, args ...any) {
	w := c.Err
	if w == nil {
		w = c.Out
	}
	fmt.Fprintln(w, c.Style.Warn("studyguide: "+render.OneLine(fmt.Sprintf(format, args...))))
}

// ask answers one question. A follow-up is searched as the Rewriter
// restates it; the generator answers the question as the user asked it,
// with the conversation so far and the restated question in the
// retrieval it is given.
func (c *Chat) ask(ctx context.Context, question string) error {
	if len(terms.Words(question)) == 0 {
		return errors.New("the question has no words to search for")
	}
	history := generate.Recent(c.history(), c.HistoryTokens)
	searched := c.rewrite(ctx, history, question)
	if err := ctx.Err(); err != nil {
		return err
	}
	if searched != question {
		fmt.Fprintln(c.Out, c.Style.Dim("Searching for: "+searched))
	}
	res, err := c.Asker.Retriever.Retrieve(ctx, searched, c.K)
	if errors.Is(err, retrieve.ErrEmptyQuestion) {
		return errors.New("the question has no words to search for")
	}
	if err != nil {
		return err
	}
	ans, err := c.answer(ctx, question, res, history)
	if err != nil {
		return err
	}
	rec := record{question: question, answer: ans}
	if searched != question {
		rec.searched = searched
	}
	c.turns = append(c.turns, rec)
	c.last = ans
	return nil
}

// answer answers and prints one question, streaming when Stream is set.
func (c *Chat) answer(ctx context.Context, question string, res *retrieve.Result, history []generate.Turn) (*answer.Answer, error) {
	if c.Stream == nil {
		ans, err := c.Asker.AnswerFrom(ctx, question, res, history, nil)
		if err == nil {
			c.Style.Answer(c.Out, ans, false)
		}
		return ans, err
	}
	ans, err := c.Stream(ctx, c.Out, question, res, history)
	if err == nil {
		c.Style.Answer(c.Out, ans, true)
	}
	return ans, err
}

// rewrite returns the question to search for. If the Rewriter fails, the
// question is searched as asked, with a note saying so.
func (c *Chat) rewrite(ctx context.Context, history []generate.Turn, question string) string {
	if c.Rewriter == nil || len(history) == 0 {
		return question
	}
	s, err := c.Rewriter.Rewrite(ctx, history, question)
	if err != nil && ctx.Err() == nil && c.Fallback != nil {
		c.fail("could not restate the follow-up (%v); carrying the earlier question's terms instead", err)
		s, err = c.Fallback.Rewrite(ctx, history, question)
	} else if err != nil && ctx.Err() == nil {
		c.fail("could not resolve the follow-up (%v); searching the question as asked", err)
	}
	if err != nil {
		return question
	}
	s = render.OneLine(s)
	if s == "" || len(s) > MaxLineBytes {
		return question
	}
	return s
}

// history returns the current conversation's turns for a generator.
func (c *Chat) history() []generate.Turn {
	var out []generate.Turn
	for _, r := range c.turns[c.start:] {
		out = append(out, generate.Turn{Question: r.question, Answer: r.answer.Answer})
	}
	return out
}
