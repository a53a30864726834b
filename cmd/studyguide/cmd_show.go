package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/render"
)

// showOptions are show's flags.
type showOptions struct {
	json   bool
	corpus string
}

func showCommand() command {
	o := &showOptions{}
	return command{options: o, Command: &cli.Command{
		Name:      "show",
		Usage:     "print one passage in full",
		ArgsUsage: "REF",
		Description: "REF names a paragraph or a note: ¶56, 56, note 15 or n15. With a corpus of\n" +
			"several files, put the file's name first: \"reader ¶3\".",
		Flags: []cli.Flag{
			jsonFlag(&o.json, "print the passage as JSON: ref, section, text, sentences, notes, cited_by"),
			corpusFlag(&o.corpus),
		},
		Action: func(c *cli.Context) error { return runShow(c, o) },
	}}
}

func runShow(c *cli.Context, o *showOptions) error {
	if c.NArg() == 0 {
		return usageError("show needs a ref, as in: studyguide show ¶56")
	}
	corp, _, err := loadCorpus(o.corpus)
	if err != nil {
		return err
	}
	p, err := corp.Lookup(render.OneLine(strings.Join(c.Args().Slice(), " ")))
	if err != nil {
		return usageError("%v", err)
	}
	if o.json {
		return render.JSON(c.App.Writer, render.NewPassageJSON(p))
	}
	styleFor(c).Passage(c.App.Writer, corp, p)
	return nil
}
