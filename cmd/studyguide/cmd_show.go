package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/render"
)

func showCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "print one passage in full",
		ArgsUsage: "REF",
		Description: "REF names a paragraph or a note: ¶56, 56, note 15 or n15. With a corpus of\n" +
			"several files, put the file's name first: \"reader ¶3\".",
		Flags: []cli.Flag{
			jsonFlag("print the passage as JSON: ref, section, text, sentences, notes, cited_by"),
			corpusFlag(),
		},
		Action: runShow,
	}
}

func runShow(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError("show needs a ref, as in: studyguide show ¶56")
	}
	corp, _, err := loadCorpus(c)
	if err != nil {
		return err
	}
	p, err := corp.Lookup(render.OneLine(strings.Join(c.Args().Slice(), " ")))
	if err != nil {
		return usageError("%v", err)
	}
	if c.Bool("json") {
		return render.JSON(c.App.Writer, render.NewPassageJSON(p))
	}
	styleFor(c).Passage(c.App.Writer, corp, p)
	return nil
}
