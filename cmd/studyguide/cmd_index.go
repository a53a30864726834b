package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"

	"studyguide/internal/essay"
	"studyguide/internal/render"
)

// indexOptions are index's flags.
type indexOptions struct {
	force  bool
	search searchOptions
}

func indexCommand() command {
	o := &indexOptions{}
	return command{options: o, Command: &cli.Command{
		Name:  "index",
		Usage: "build the search index, or check that the saved one is current",
		Description: "Other commands build the index when they need it; this command does it ahead\n" +
			"of time and reports what it holds. The index is saved under --index-dir, keyed\n" +
			"by the corpus's content and the embedder, and rebuilt when either changes.",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "force", Usage: "rebuild even if the saved index is current", Destination: &o.force},
		}, o.search.flags()...),
		Action: func(c *cli.Context) error { return runIndex(c, o) },
	}}
}

func runIndex(c *cli.Context, o *indexOptions) error {
	s, err := openSession(c, sessionOptions{search: o.search, force: o.force})
	if err != nil {
		return err
	}
	// Names, titles and warnings come from the corpus's files: cleaned
	// like its text.
	w := render.NewCleanWriter(c.App.Writer)
	rep := s.report
	verb := "Loaded the saved index"
	if rep.Built {
		verb = "Built the index"
	}
	fmt.Fprintf(w, "%s in %s: %s (%s) in %s, embedded with %s.\n",
		verb, rep.Took.Round(time.Millisecond), render.Count(len(s.corpus.Passages), "passage"), s.corpus.RangeSummary(),
		render.Count(rep.Chunks, "chunk"), s.index.Embedder.Name())
	fmt.Fprintf(w, "Open questions: %d. Sections: %d.\n", len(s.corpus.Questions()), sections(s))
	if rep.Saved || rep.Loaded {
		fmt.Fprintf(w, "Index file: %s\n", rep.Path)
	}
	for _, src := range s.corpus.Sources {
		reportSource(w, src, len(s.corpus.Sources) > 1)
	}
	return nil
}

// reportSource says how a source was read: what it states of itself, what
// was left out and why, and each warning with what to try.
func reportSource(w io.Writer, src *essay.Source, named bool) {
	name := ""
	if named {
		name = src.Name + ": "
	}
	if m := src.Meta; m.Title != "" || m.Author != "" {
		what := strconv.Quote(m.Title)
		if m.Title == "" {
			what = "untitled"
		}
		if m.Author != "" {
			what += " by " + m.Author
		}
		from := "as the text states it; a name.json beside the file overrides it"
		if src.MetaFile != "" {
			from = "from " + filepath.Base(src.MetaFile)
		}
		fmt.Fprintf(w, "%sRead %s (%s).\n", name, what, from)
	}
	for _, o := range src.Omitted {
		fmt.Fprintf(w, "%sLeft out %s.\n", name, o)
	}
	if n := len(src.Skipped); n > 0 {
		fmt.Fprintf(w, "Skipped %s of %s outside any passage (title page, signatures, front or back matter).\n", render.Count(n, "block"), src.Name)
	}
	for _, warn := range src.Warnings {
		fmt.Fprintf(w, "Warning: %s: %s\n", src.Name, warn)
	}
}

func sections(s *session) int {
	n := 0
	for _, src := range s.corpus.Sources {
		n += len(src.Sections)
	}
	return n
}
