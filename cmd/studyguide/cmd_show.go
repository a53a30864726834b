package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/essay"
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
		Usage:     "print passages in full",
		ArgsUsage: "REF...",
		Description: "REF names a paragraph or a note: ¶56, 56, note 15 or n15. With a corpus of\n" +
			"several files, put the file's name first: \"reader ¶3\". Several refs print each\n" +
			"passage in turn (with --json, an array).",
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
	ps, err := corp.LookupAll(render.OneLine(strings.Join(c.Args().Slice(), " ")))
	if err != nil {
		return usageError("%v", err)
	}
	if o.json {
		return showJSON(c.App.Writer, ps)
	}
	for i, p := range ps {
		if i > 0 {
			fmt.Fprintln(c.App.Writer)
		}
		styleFor(c).Passage(c.App.Writer, corp, p)
	}
	return nil
}

// showJSON prints one passage as an object, as show always has, and
// several as an array of them.
func showJSON(w io.Writer, ps []*essay.Passage) error {
	if len(ps) == 1 {
		return render.JSON(w, render.NewPassageJSON(ps[0]))
	}
	out := make([]render.PassageJSON, len(ps))
	for i, p := range ps {
		out[i] = render.NewPassageJSON(p)
	}
	return render.JSON(w, out)
}
