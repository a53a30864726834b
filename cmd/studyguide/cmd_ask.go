package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/answer"
	"studyguide/internal/citation"
	"studyguide/internal/generate"
	"studyguide/internal/render"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// maxQuestionBytes bounds a question; longer input is refused rather than
// searched word by word.
const maxQuestionBytes = 4096

func askCommand() *cli.Command {
	return &cli.Command{
		Name:      "ask",
		Usage:     "answer a question about the essay, citing the paragraphs it rests on",
		ArgsUsage: "QUESTION",
		Description: "Offline, the answer is built from the essay's own sentences, each quoted verbatim\n" +
			"and followed by its ref ([¶53], [note 15]). When the essay does not address the\n" +
			"question, studyguide says so instead of stretching.\n\n" +
			"With an API key or base URL set (and no --offline), a language model answers from\n" +
			"the same passages, streamed as it writes. Every citation it makes is checked: a ref\n" +
			"it was not given, or a quote not in the passage, is flagged, never shown as valid.",
		Flags: append(append([]cli.Flag{
			topKFlag(),
			jsonFlag("print the answer as JSON: question, answer, abstained, citations, sources, invalid_citations"),
			corpusFlag(),
			indexDirFlag(),
		}, llmFlags()...), embedderFlags()...),
		Action: runAsk,
	}
}

func runAsk(c *cli.Context) error {
	question, err := questionArg(c)
	if err != nil {
		return err
	}
	k, err := topK(c)
	if err != nil {
		return err
	}
	s, err := openSession(c, false)
	if err != nil {
		return err
	}
	// questionArg made sure the question has words, so retrieval cannot
	// refuse it as empty.
	res, err := s.retriever.Retrieve(c.Context, question, k)
	if err != nil {
		return err
	}
	if c.Bool("json") || s.llm == nil {
		ans, err := s.asker.AnswerFrom(c.Context, question, res, nil, nil)
		if err != nil {
			return err
		}
		if c.Bool("json") {
			return render.JSON(c.App.Writer, ans)
		}
		styleFor(c).Answer(c.App.Writer, ans, false)
		return nil
	}
	ans, err := s.streamAnswer(c.Context, c.App.Writer, question, res, nil)
	if err != nil {
		return err
	}
	styleFor(c).Answer(c.App.Writer, ans, true)
	return nil
}

// streamAnswer answers question from res, writing the answer to w as the
// model writes it: cleaned of escape sequences, with every ref it was not
// given flagged as it appears. The returned answer is checked in full;
// its flagged citations and sources are for the caller to print. If the
// stream fails midway, w gets a newline so that the error starts a line.
//
//   - history: earlier turns of a conversation, oldest first; may be nil.
func (s *session) streamAnswer(ctx context.Context, w io.Writer, question string, res *retrieve.Result, history []generate.Turn) (*answer.Answer, error) {
	out := &counter{w: render.NewCleanWriter(w)}
	f := citation.NewFlagger(out, s.corpus, res.Refs())
	ans, err := s.asker.AnswerFrom(ctx, question, res, history, f)
	if ferr := f.Flush(); err == nil {
		err = ferr
	}
	if err != nil && out.n > 0 {
		fmt.Fprintln(w)
	}
	return ans, err
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

// questionArg joins the command's arguments into one question, so that
// quotes around it are optional, and cleans it of control characters.
func questionArg(c *cli.Context) (string, error) {
	if c.NArg() == 0 {
		return "", usageError("ask needs a question, as in: studyguide ask \"Was Stalin an all-powerful dictator?\"")
	}
	return cleanQuestion(strings.Join(c.Args().Slice(), " "))
}

// cleanQuestion strips escape sequences and control characters and checks
// that something is left to search for.
func cleanQuestion(q string) (string, error) {
	if len(q) > maxQuestionBytes {
		return "", usageError("the question is %d bytes long; the limit is %d", len(q), maxQuestionBytes)
	}
	q = render.OneLine(q)
	if q == "" {
		return "", usageError("the question is empty")
	}
	if len(terms.Words(q)) == 0 {
		return "", usageError("the question has no words to search for")
	}
	return q, nil
}

func topK(c *cli.Context) (int, error) {
	k := c.Int("k")
	if k < 1 {
		return 0, usageError("-k must be at least 1, not %d", k)
	}
	return k, nil
}
