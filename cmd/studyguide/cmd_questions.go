package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/render"
)

func questionsCommand() *cli.Command {
	return &cli.Command{
		Name:      "questions",
		Usage:     "list the open questions the essay asks, with their refs",
		ArgsUsage: "[REF]",
		Description: "Every question sentence of the essay, in order. Give a REF (¶56) to list only\n" +
			"that passage's questions.",
		Flags: []cli.Flag{
			jsonFlag("print the questions as JSON: a list of {ref, text}"),
			corpusFlag(),
		},
		Action: runQuestions,
	}
}

func runQuestions(c *cli.Context) error {
	corp, _, err := loadCorpus(c)
	if err != nil {
		return err
	}
	qs := corp.Questions()
	if c.NArg() > 0 {
		p, err := corp.Lookup(render.OneLine(strings.Join(c.Args().Slice(), " ")))
		if err != nil {
			return usageError("%v", err)
		}
		qs = corp.QuestionsOf(p.Ref)
	}
	if c.Bool("json") {
		return render.JSON(c.App.Writer, render.NewQuestionsJSON(qs))
	}
	styleFor(c).Questions(c.App.Writer, qs)
	return nil
}
