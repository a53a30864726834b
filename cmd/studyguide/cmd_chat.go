package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/urfave/cli/v2"

	"studyguide/internal/chat"
)

func chatCommand() *cli.Command {
	return &cli.Command{
		Name:  "chat",
		Usage: "talk with the essay: cited answers, follow-ups, sources at hand",
		Description: "Each answer is cited and checked as 'ask' does. A follow-up (\"Who stopped him?\")\n" +
			"is searched together with the question before it (in LLM mode, the model restates\n" +
			"it as a standalone question); what was searched is shown.\n" +
			"Type /help for the commands: /sources, /show REF, /questions, /guide, /save FILE,\n" +
			"/reset, /quit. On a terminal, lines can be edited and recalled; Ctrl-C cancels an\n" +
			"answer and Ctrl-D leaves. From a pipe, each line is one question or command.",
		Flags: append(append([]cli.Flag{
			topKFlag(),
			&cli.IntFlag{
				Name:    "history-tokens",
				Usage:   "send at most about `N` tokens of earlier turns with each question (0: none)",
				Value:   chat.DefaultHistoryTokens,
				EnvVars: []string{"STUDYGUIDE_HISTORY_TOKENS"},
			},
			corpusFlag(),
			indexDirFlag(),
			concurrencyFlag(),
		}, llmFlags()...), embedderFlags()...),
		Action: runChat,
	}
}

func runChat(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageError("chat takes no arguments; ask your questions at its prompt (or pipe them in, one per line)")
	}
	k, err := topK(c)
	if err != nil {
		return err
	}
	budget := c.Int("history-tokens")
	if budget < 0 {
		return usageError("--history-tokens must be 0 or more, not %d", budget)
	}
	if err := checkConcurrency(c); err != nil {
		return err
	}
	s, err := openSession(c, false)
	if err != nil {
		return err
	}
	interactive := isTerminal(c.App.Reader)
	sigs, stop := interrupts()
	defer stop()
	ch := &chat.Chat{
		Corpus:        s.corpus,
		Asker:         s.asker,
		K:             k,
		Rewriter:      chat.Carry{Known: s.index.BM25.Has},
		Guide:         chatGuide(c, s),
		HistoryTokens: budget,
		Style:         styleFor(c),
		Out:           c.App.Writer,
		Err:           c.App.ErrWriter,
		Terminal:      interactive,
		Interrupts:    sigs,
	}
	if s.llm != nil {
		// A model restates follow-ups better than carried terms can, and
		// its answers stream as ask's do.
		// The model trims history by the same budget chat does.
		s.llm.HistoryTokens = budget
		ch.Rewriter, ch.Fallback = s.llm, ch.Rewriter
		ch.Stream = s.streamAnswer
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
