package main

import (
	"errors"
	"strings"

	"github.com/urfave/cli/v2"

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
			"question, studyguide says so instead of stretching.",
		Flags: []cli.Flag{
			topKFlag(),
			jsonFlag("print the answer as JSON: question, answer, abstained, citations, sources, invalid_citations"),
			corpusFlag(),
			indexDirFlag(),
		},
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
	ans, err := s.asker.Ask(c.Context, question, k, nil, nil)
	if isEmptyQuestion(err) {
		return usageError("the question has no words to search for")
	}
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return render.JSON(c.App.Writer, ans)
	}
	styleFor(c).Answer(c.App.Writer, ans, false)
	return nil
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

// isEmptyQuestion reports whether retrieval refused a question with
// nothing to search for.
func isEmptyQuestion(err error) bool { return errors.Is(err, retrieve.ErrEmptyQuestion) }
