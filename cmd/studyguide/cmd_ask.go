package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/answer"
	"studyguide/internal/render"
)

// askOptions are ask's flags.
type askOptions struct {
	k    int
	json bool
	// explain prints, after a declined answer, which test declined it.
	explain bool
	answerOptions
}

func askCommand() command {
	o := &askOptions{}
	return command{options: o, Command: &cli.Command{
		Name:      "ask",
		Usage:     "answer a question about the essay, citing the paragraphs it rests on",
		ArgsUsage: "QUESTION",
		Description: "Offline, the answer is built from the essay's own sentences, each quoted verbatim\n" +
			"and followed by its ref ([¶53], [note 15]). When the essay does not address the\n" +
			"question, studyguide says so instead of stretching.\n\n" +
			"With an API key or base URL set (and no --offline), a language model answers from\n" +
			"the same passages, streamed as it writes. Every citation it makes is checked: a ref\n" +
			"it was not given, or a quote not in the passage, is flagged, never shown as valid.",
		Flags: append([]cli.Flag{
			topKFlag(&o.k),
			jsonFlag(&o.json, "print the answer as JSON: question, answer, abstained, citations, sources, invalid_citations, uncited"),
			&cli.BoolFlag{Name: "explain", Usage: "after a declined answer, say which of retrieval's tests declined the question", Destination: &o.explain},
		}, o.answerOptions.flags()...),
		Action: func(c *cli.Context) error { return runAsk(c, o) },
	}}
}

func runAsk(c *cli.Context, o *askOptions) error {
	question, err := questionArg(c)
	if err != nil {
		return err
	}
	if err := checkK(o.k); err != nil {
		return err
	}
	debug.SetGCPercent(askGCPercent)
	s, err := openSession(c, sessionOptions{search: o.search, model: &o.model})
	if err != nil {
		return err
	}
	// A model's answer streams as it is written; JSON and offline answers
	// are printed whole, once checked.
	streamed := !o.json && s.llm != nil
	req := answer.Request{Question: question, K: o.k}
	if streamed {
		req.Stream = render.NewCleanWriter(c.App.Writer)
	}
	ans, err := s.answers.Ask(c.Context, req)
	if err != nil {
		return err
	}
	if o.json {
		return render.JSON(c.App.Writer, ans)
	}
	styleFor(c).Answer(c.App.Writer, ans, streamed)
	if o.explain && ans.Retrieval != nil && ans.Retrieval.DeclinedBy != "" {
		fmt.Fprintf(c.App.Writer, "declined by: %s\n", ans.Retrieval.DeclinedBy)
	}
	return nil
}

// askGCPercent is the garbage collector's target while ask answers its
// one question, as GOGC sets it. The process lives for one answer and
// holds little: the saved index is mapped, not on the heap, and an answer
// of the built-in essay allocates 4 to 8 MB, live or not, against the
// collector's first goal of 4 MB at the default 100, so that a collection
// cost every other run a tenth of its CPU for memory the exit frees. The
// heap may grow to five times what is live instead of twice, which is
// little beside the mapped index.
const askGCPercent = 400

// questionArg joins the command's arguments into one question, so that
// quotes around it are optional, cleans it of control characters and
// checks that it can be asked.
func questionArg(c *cli.Context) (string, error) {
	if c.NArg() == 0 {
		return "", usageError("ask needs a question, as in: studyguide ask \"Was Stalin an all-powerful dictator?\"")
	}
	q := render.OneLine(strings.Join(c.Args().Slice(), " "))
	if err := answer.CheckQuestion(q); err != nil {
		return "", usageError("%v", err)
	}
	return q, nil
}

func checkK(k int) error {
	if k < 1 {
		return usageError("-k must be at least 1, not %d", k)
	}
	return nil
}
