// Package chat holds a conversation with a corpus: each question is
// answered, cited and checked as `studyguide ask` does, follow-ups are
// resolved against the turns before them, and commands show sources,
// passages and open questions or save the conversation as Markdown.
//
// It imports answer, guide, render, essay, generate, atomicfile and suggest;
// only the command imports it, and it names no flag: the command words its
// errors (ErrorLine).
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
)

// GuideFunc writes a study guide to w: from the questions of the passage
// named by from, or of the whole corpus when from is "all", or the
// default guide when from is empty.
type GuideFunc func(ctx context.Context, w io.Writer, from string) error

// Chat is one conversation. Set its fields, then call Run.
type Chat struct {
	Corpus *essay.Corpus
	// Answers answers and checks every question, as for `ask`; its
	// HistoryTokens bounds the earlier turns sent with each question.
	Answers *answer.Service
	// K is how many passages to retrieve for each question.
	K int
	// Stream writes each answer as it is generated, then the checked
	// answer's flags and sources; otherwise only the checked answer is
	// printed, laid out for Style. LLM mode streams.
	Stream bool
	// Guide writes /guide's study guide; nil when this build has none.
	Guide GuideFunc
	Style render.Style
	Out   io.Writer
	// Err receives one-line errors; nil writes them to Out.
	Err io.Writer
	// ErrorLine words an error as the one line the user sees; nil shows
	// its message as it is.
	ErrorLine func(error) string
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
	if c.Corpus == nil || c.Answers == nil || c.Out == nil {
		return errors.New("chat: Corpus, Answers and Out must be set")
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
			c.fail(fmt.Errorf("%w; it was skipped", err))
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
		c.fail(err)
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

// fail writes err as one line.
func (c *Chat) fail(err error) {
	w := c.Err
	if w == nil {
		w = c.Out
	}
	line := err.Error()
	if c.ErrorLine != nil {
		line = c.ErrorLine(err)
	}
	fmt.Fprintln(w, c.Style.Warn(render.OneLine(line)))
}

// ask answers one question, with the conversation so far: a follow-up
// is searched as the Service restates it, and answered as the user asked
// it.
func (c *Chat) ask(ctx context.Context, question string) error {
	st := c.Style
	st.Command = func(command string) string { return "/" + command }
	var stream io.Writer
	if c.Stream {
		stream = render.NewCleanWriter(c.Out)
	}
	ans, err := c.Answers.Ask(ctx, answer.Request{
		Question: question, K: c.K, History: c.history(), Stream: stream,
		Searching: func(searched string, warning error) {
			if warning != nil {
				c.fail(warning)
			}
			if searched != question {
				fmt.Fprintln(c.Out, c.Style.Dim("Searching for: "+render.OneLine(searched)))
			}
		},
	})
	if err != nil {
		return err
	}
	st.Answer(c.Out, ans, c.Stream)
	c.turns = append(c.turns, record{question: question, searched: ans.Searched, answer: ans})
	c.last = ans
	return nil
}

// history returns the current conversation's turns for a generator.
func (c *Chat) history() []generate.Turn {
	var out []generate.Turn
	for _, r := range c.turns[c.start:] {
		out = append(out, generate.Turn{Question: r.asRead(), Answer: r.answer.Answer})
	}
	return out
}

// asRead returns the turn's question as retrieval read it when it read a
// word of it as another ("jvg" as "Jivago"), and as asked otherwise: a
// follow-up carries the earlier question's words the corpus knows, and a
// name typed as the asker heard or texted it is no word the corpus
// knows, so "who blocked him" after "wht did jvg want" lost him. A
// follow-up's own reading holds what it carried, which the rewriter
// finds again from the turn before.
func (r record) asRead() string {
	ret := r.answer.Retrieval
	if r.searched != "" || ret == nil || ret.Query == nil || len(ret.Query.Respelled) == 0 {
		return r.question
	}
	return ret.Query.Text
}
