package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/render"
)

// questionsOptions are questions' flags.
type questionsOptions struct {
	json   bool
	corpus string
}

func questionsCommand() command {
	o := &questionsOptions{}
	return command{options: o, Command: &cli.Command{
		Name:      "questions",
		Usage:     "list the open questions the essay asks, with their refs",
		ArgsUsage: "[REF]",
		Description: "Every question sentence of the essay, in order. Give a REF (¶56) to list only\n" +
			"that passage's questions.",
		Flags: []cli.Flag{
			jsonFlag(&o.json, "print the questions as JSON: a list of {ref, text}"),
			corpusFlag(&o.corpus),
		},
		Action: func(c *cli.Context) error { return runQuestions(c, o) },
	}}
}

func runQuestions(c *cli.Context, o *questionsOptions) error {
	corp, _, err := loadCorpus(o.corpus)
	if err != nil {
		return err
	}
	of, qs := "The text", corp.Questions()
	if c.NArg() > 0 {
		p, err := corp.Lookup(render.OneLine(strings.Join(c.Args().Slice(), " ")))
		if err != nil {
			return usageError("%v", err)
		}
		of, qs = p.Ref.String(), corp.QuestionsOf(p.Ref)
	}
	if o.json {
		return render.JSON(c.App.Writer, render.NewQuestionsJSON(qs))
	}
	styleFor(c).Questions(c.App.Writer, of, qs)
	return nil
}
