package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/atomicfile"
	"studyguide/internal/chat"
	"studyguide/internal/guide"
	"studyguide/internal/modelguide"
	"studyguide/internal/render"
)

// Guide formats.
const (
	formatMarkdown = "markdown"
	formatJSON     = "json"
	formatHTML     = "html"
)

// guideOptions are guide's flags.
type guideOptions struct {
	from        string
	questions   string
	student     bool
	format      string
	output      string
	concurrency int
	answerOptions
}

func guideCommand() command {
	o := &guideOptions{}
	return command{options: o, Command: &cli.Command{
		Name:  "guide",
		Usage: "write a study guide from the essay's open questions",
		Description: "For each open question: the passages that speak to it, each with a verbatim quote,\n" +
			"discussion questions at four levels of Bloom's taxonomy, and sourcing and corroboration\n" +
			"prompts; then key terms and people, and a plan for one class period. Offline it is\n" +
			"deterministic: the same essay gives the same guide. In LLM mode the model writes each\n" +
			"question's evidence and prompts, one request per question, and every ref and quote is\n" +
			"checked: what fails is replaced from the offline guide or dropped, with a notice.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{
				Name:        "from",
				Usage:       "build from the questions of passage `REF`, \"all\" for every open question, or \"claims\" for the text's central claims",
				EnvVars:     []string{"STUDYGUIDE_FROM"},
				DefaultText: "¶56 for the built-in essay; for --corpus, its questions, or its claims if it asks none or too many",
				Destination: &o.from,
			},
			&cli.StringFlag{
				Name:        "questions",
				Usage:       "build from your own questions in `FILE`, one a line (# starts a comment)",
				EnvVars:     []string{"STUDYGUIDE_QUESTIONS"},
				Destination: &o.questions,
			},
			&cli.BoolFlag{
				Name:        "student",
				Usage:       "write the students' edition: no answer key, no discussion plan",
				EnvVars:     []string{"STUDYGUIDE_STUDENT"},
				Destination: &o.student,
			},
			&cli.StringFlag{
				Name:        "format",
				Usage:       "write `FORMAT`: markdown, json or html (default: from -o's extension, else markdown)",
				EnvVars:     []string{"STUDYGUIDE_FORMAT"},
				DefaultText: formatMarkdown,
				Destination: &o.format,
			},
			&cli.StringFlag{
				Name:        "output",
				Aliases:     []string{"o"},
				Usage:       "write the guide to `FILE`, atomically, instead of standard output (\"-\")",
				Destination: &o.output,
			},
			concurrencyFlag(&o.concurrency),
		}, o.answerOptions.flags()...),
		Action: func(c *cli.Context) error { return runGuide(c, o) },
	}}
}

func runGuide(c *cli.Context, o *guideOptions) error {
	if c.NArg() > 0 {
		return usageError("guide takes no arguments; to choose the questions, use --from %s", c.Args().First())
	}
	format, err := guideFormat(o.format, o.output)
	if err != nil {
		return err
	}
	if err := checkConcurrency(o.concurrency); err != nil {
		return err
	}
	path := o.path()
	if path != "" {
		// Before any work: a target that cannot be written costs nothing.
		if err := atomicfile.Check(path, atomicfile.Options{}); err != nil {
			return err
		}
	}
	s, err := openSession(c, sessionOptions{search: o.search, model: &o.model})
	if err != nil {
		return err
	}
	if err := checkOutput(c, s, path); err != nil {
		return err
	}
	opts, err := o.guideOptions()
	if err != nil {
		return err
	}
	g, err := buildGuide(c.Context, s, opts)
	if err != nil {
		return err
	}
	if err := reviseGuide(c.Context, s, g, o.concurrency, c.App.ErrWriter); err != nil {
		return err
	}
	if o.student {
		g = g.ForStudents()
	}
	var out bytes.Buffer
	layout := path == "" && isTerminal(c.App.Writer)
	if err := renderGuide(&out, g, format, layout, styleFor(c)); err != nil {
		return err
	}
	if path == "" {
		_, err := c.App.Writer.Write(out.Bytes())
		return err
	}
	if err := atomicfile.WriteFile(path, out.Bytes(), atomicfile.Options{Perm: 0o666}); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "Wrote %s (%s, %s, %s).\n", render.OneLine(path), format,
		render.Count(questionCount(g), "question"), render.Count(len(g.Terms), "key term"))
	return nil
}

// path is the file -o names, or "" for standard output (no -o, or
// "-o -").
func (o *guideOptions) path() string {
	if o.output != "-" {
		return o.output
	}
	return ""
}

// checkOutput refuses, before the guide is built, an -o that is the
// corpus itself, and warns of one in the corpus folder.
//
//   - path: the file to write; empty for standard output.
func checkOutput(c *cli.Context, s *session, path string) error {
	if path == "" {
		return nil
	}
	warning, err := s.corpus.CheckOutput(path)
	if err != nil {
		return usageError("-o: %v", err)
	}
	if warning != "" {
		fmt.Fprintf(c.App.ErrWriter, "studyguide: warning: %s\n", render.OneLine(warning))
	}
	return nil
}

// guideOptions reads what the guide is built from: --questions, which
// wins over --from, or --from.
func (o *guideOptions) guideOptions() (guide.Options, error) {
	if strings.TrimSpace(o.questions) == "" {
		return guide.Options{From: guideFrom(o.from, o.search.corpus)}, nil
	}
	if strings.TrimSpace(o.from) != "" {
		return guide.Options{}, usageError("give --from or --questions, not both")
	}
	f, err := os.Open(o.questions)
	if err != nil {
		return guide.Options{}, usageError("--questions: cannot read %s: %v", o.questions, errors.Unwrap(err))
	}
	defer f.Close()
	qs, err := guide.ReadQuestions(f)
	if err != nil {
		return guide.Options{}, usageError("--questions %s: %v", o.questions, err)
	}
	if len(qs) == 0 {
		return guide.Options{}, usageError("--questions %s holds no questions (one a line; # starts a comment)", o.questions)
	}
	return guide.Options{Questions: qs}, nil
}

// buildGuide builds the guide opts ask for, turning a bad --from into a
// usage error that lists the passages that ask questions.
func buildGuide(ctx context.Context, s *session, opts guide.Options) (*guide.Guide, error) {
	g, err := guide.New(ctx, s.corpus, s.retriever, opts)
	switch {
	case errors.Is(err, guide.ErrNoQuestions), errors.Is(err, guide.ErrTooMany):
		return nil, usageError("%v", err)
	case errors.Is(err, guide.ErrBadFrom):
		return nil, usageError("--from: %v", err)
	}
	return g, err
}

// reviseGuide has the model rewrite each question's part of g in LLM
// mode, at most concurrency at once, keeping only what checks out and
// writing a notice for what it drops; offline it leaves g as it is.
func reviseGuide(ctx context.Context, s *session, g *guide.Guide, concurrency int, notice io.Writer) error {
	if s.llm == nil {
		return nil
	}
	w := &modelguide.Writer{Client: s.llm.Client, Prompts: s.llm.Prompts, Concurrency: concurrency, Notice: notices(notice)}
	return w.Revise(ctx, g, s.corpus, s.retriever)
}

// concurrencyFlag bounds the requests a guide sends at once in LLM mode.
func concurrencyFlag(dest *int) cli.Flag {
	return &cli.IntFlag{
		Name:        "concurrency",
		Usage:       "in LLM mode, ask about at most `N` of a guide's questions at once",
		Value:       modelguide.DefaultConcurrency,
		EnvVars:     []string{"STUDYGUIDE_CONCURRENCY"},
		Category:    llmCategory,
		Destination: dest,
	}
}

func checkConcurrency(n int) error {
	if n < 1 || n > modelguide.MaxConcurrency {
		return usageError("--concurrency must be from 1 to %d, not %d", modelguide.MaxConcurrency, n)
	}
	return nil
}

// chatGuide is chat's /guide: the guide for from (see chat.GuideFunc), as
// Markdown laid out for where it goes. Its errors are chat's to show, so
// they carry no flag hints.
func chatGuide(c *cli.Context, s *session, o *chatOptions) chat.GuideFunc {
	return func(ctx context.Context, w io.Writer, from string) error {
		if from == "" {
			from = guideFrom("", o.search.corpus)
		}
		g, err := guide.Build(ctx, s.corpus, s.retriever, from)
		if err != nil {
			return err
		}
		if err := reviseGuide(ctx, s, g, o.concurrency, c.App.ErrWriter); err != nil {
			return err
		}
		var out bytes.Buffer
		if err := renderGuide(&out, g, formatMarkdown, isTerminal(c.App.Writer), styleFor(c)); err != nil {
			return err
		}
		_, err = w.Write(out.Bytes())
		return err
	}
}

// defaultFrom is the passage the built-in essay's guide is built from: its
// list of open research questions.
const defaultFrom = "¶56"

// guideFrom returns what to build from: from as given, or ¶56 for the
// built-in essay, or for another corpus "" (its questions, or its central
// claims when it asks none or too many), whose ¶56 may not exist or ask
// anything.
//
//   - corpus: the --corpus path; empty for the built-in essay.
func guideFrom(from, corpus string) string {
	if from = strings.TrimSpace(from); from != "" {
		return from
	}
	if corpus == "" {
		return defaultFrom
	}
	return ""
}

// guideFormat returns the format asked for, or the one the output file's
// extension implies, or Markdown. An extension studyguide cannot write
// (.pdf) is refused with a hint, rather than written in another format
// under its name.
func guideFormat(format, output string) (string, error) {
	f := strings.ToLower(strings.TrimSpace(format))
	if f == "" {
		switch ext := strings.ToLower(filepath.Ext(output)); ext {
		case ".html", ".htm":
			return formatHTML, nil
		case ".json":
			return formatJSON, nil
		case ".pdf":
			return "", usageError("cannot write %s: studyguide writes markdown, json or html; for a printable handout, write HTML (-o %s.html) and print it from a browser, or save it as PDF there",
				output, strings.TrimSuffix(output, filepath.Ext(output)))
		}
		return formatMarkdown, nil
	}
	switch f {
	case formatMarkdown, "md":
		return formatMarkdown, nil
	case formatJSON, formatHTML:
		return f, nil
	}
	return "", usageError("unknown format %q: use markdown, json or html (for a printable handout: --format html -o guide.html)", format)
}

// renderGuide writes the guide in format. Markdown laid out for a
// terminal (layout) uses st's width and colors; everywhere else it stays
// plain Markdown.
func renderGuide(w *bytes.Buffer, g *guide.Guide, format string, layout bool, st render.Style) error {
	switch format {
	case formatJSON:
		return render.JSON(w, render.NewGuideJSON(g))
	case formatHTML:
		return render.GuideHTML(w, g)
	}
	if layout {
		return render.GuideTerminal(w, g, st.Width, st.Color)
	}
	return render.GuideMarkdown(w, g)
}

func questionCount(g *guide.Guide) int {
	n := 0
	for _, th := range g.Themes {
		n += len(th.Questions)
	}
	return n
}
