package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/urfave/cli/v2"

	"studyguide/internal/answer"
	"studyguide/internal/chat"
)

// chatOptions are chat's flags.
type chatOptions struct {
	k             int
	historyTokens int
	concurrency   int
	answerOptions
}

func chatCommand() command {
	o := &chatOptions{}
	return command{options: o, Command: &cli.Command{
		Name:  "chat",
		Usage: "talk with the essay: cited answers, follow-ups, sources at hand",
		Description: "Each answer is cited and checked as 'ask' does. A follow-up (\"Who stopped him?\")\n" +
			"is searched together with the question before it (in LLM mode, the model restates\n" +
			"it as a standalone question); what was searched is shown.\n" +
			"Type /help for the commands: /sources, /show REF, /questions, /guide, /save FILE,\n" +
			"/reset, /quit. On a terminal, lines can be edited and recalled; Ctrl-C cancels an\n" +
			"answer and Ctrl-D leaves. From a pipe, each line is one question or command.",
		Flags: append([]cli.Flag{
			topKFlag(&o.k),
			&cli.IntFlag{
				Name:        "history-tokens",
				Usage:       "send at most about `N` tokens of earlier turns with each question (0: none)",
				Value:       answer.DefaultHistoryTokens,
				EnvVars:     []string{"STUDYGUIDE_HISTORY_TOKENS"},
				Destination: &o.historyTokens,
			},
			concurrencyFlag(&o.concurrency),
		}, o.answerOptions.flags()...),
		Action: func(c *cli.Context) error { return runChat(c, o) },
	}}
}

func runChat(c *cli.Context, o *chatOptions) error {
	if c.NArg() > 0 {
		return usageError("chat takes no arguments; ask your questions at its prompt (or pipe them in, one per line)")
	}
	if err := checkK(o.k); err != nil {
		return err
	}
	if o.historyTokens < 0 {
		return usageError("--history-tokens must be 0 or more, not %d", o.historyTokens)
	}
	if err := checkConcurrency(o.concurrency); err != nil {
		return err
	}
	s, err := openSession(c, sessionOptions{search: o.search, model: &o.model, historyTokens: o.historyTokens})
	if err != nil {
		return err
	}
	interactive := isTerminal(c.App.Reader)
	sigs, stop := interrupts()
	defer stop()
	ch := &chat.Chat{
		Corpus:  s.corpus,
		Answers: s.answers,
		K:       o.k,
		// A model's answers stream as ask's do.
		Stream:     s.llm != nil,
		Guide:      chatGuide(c, s, o),
		Style:      styleFor(c),
		Out:        c.App.Writer,
		Err:        c.App.ErrWriter,
		ErrorLine:  errorLine,
		Terminal:   interactive,
		Interrupts: sigs,
	}
	in := chat.NewPipeReader(c.App.Reader)
	if interactive {
		prompt := ch.Style.Bold("> ")
		if in, err = chat.NewTerminalReader(prompt, c.App.Writer); err != nil {
			return err
		}
	}
	defer in.Close()
	// The app's context ends at the first Ctrl-C; chat decides for itself
	// what an interrupt means (cancel the answer, not the conversation).
	return ch.Run(context.WithoutCancel(c.Context), in)
}

// interrupts delivers each Ctrl-C (SIGINT) until stop is called.
func interrupts() (_ <-chan struct{}, stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	out := make(chan struct{}, 1)
	go func() {
		for range sig {
			select {
			case out <- struct{}{}:
			default:
			}
		}
	}()
	return out, func() {
		signal.Stop(sig)
		close(sig)
	}
}
