package main

import (
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"studyguide/corpus"
	"studyguide/internal/essay"
	"studyguide/internal/eval"
	"studyguide/internal/render"
	"studyguide/internal/retrieve"
)

// evalOptions are eval's flags.
type evalOptions struct {
	k       int
	json    bool
	compare bool
	search  searchOptions
}

func evalCommand() command {
	o := &evalOptions{}
	return command{options: o, Command: &cli.Command{
		Name:      "eval",
		Usage:     "measure retrieval on questions whose answering passages are known",
		ArgsUsage: "[FILE]",
		Description: "Runs every question of FILE (default: the built-in sets about the essay) through\n" +
			"retrieval and prints recall@1, @3 and @5 and MRR over the answerable questions, and\n" +
			"how well the essay's silence is detected: abstention precision and recall over all.\n" +
			"FILE has one question a line, a tab, then the refs that answer it (\"¶53, note 15\"),\n" +
			"or \"-\" for a question the corpus does not answer; lines starting with # are skipped.",
		Flags: append([]cli.Flag{
			&cli.IntFlag{
				Name:        "k",
				Usage:       "retrieve the `N` best passages per question; MRR counts a passage below N as missed",
				Value:       10,
				EnvVars:     []string{"STUDYGUIDE_EVAL_K"},
				Destination: &o.k,
			},
			jsonFlag(&o.json, "print the figures as JSON, one object per set and method, with every question's outcome"),
			&cli.BoolFlag{Name: "compare", Usage: "one row each for plain BM25, BM25 expanded through the thesaurus, the vectors alone and the hybrid", Destination: &o.compare},
		}, o.search.flags()...),
		Action: func(c *cli.Context) error { return runEval(c, o) },
	}}
}

// evalMethods are the retrieval modes a comparison runs, in table order.
var evalMethods = []struct {
	name string
	mode retrieve.Mode
}{
	{"BM25 alone", retrieve.PlainLexical},
	{"BM25 expanded", retrieve.LexicalOnly},
	{"vectors alone", retrieve.SemanticOnly},
	{"hybrid", retrieve.Hybrid},
}

func runEval(c *cli.Context, o *evalOptions) error {
	if err := checkK(o.k); err != nil {
		return err
	}
	if c.NArg() > 1 {
		return usageError("eval takes at most one question file, not %d", c.NArg())
	}
	s, err := openSession(c, sessionOptions{search: o.search})
	if err != nil {
		return err
	}
	sets, err := evalSets(c, s.corpus, o.search.corpus)
	if err != nil {
		return err
	}
	methods := evalMethods[len(evalMethods)-1:]
	if o.compare {
		methods = evalMethods
	}
	var rows []evalRow
	for _, set := range sets {
		for _, m := range methods {
			r := &retrieve.Retriever{Corpus: s.retriever.Corpus, Index: s.retriever.Index, Mode: m.mode, Params: s.retriever.Params}
			rep, err := eval.Run(c.Context, r, set, o.k)
			if err != nil {
				return err
			}
			rows = append(rows, evalRow{method: m.name, report: rep})
		}
	}
	if o.json {
		return render.JSON(c.App.Writer, evalJSON(rows, s.index.Embedder.Name()))
	}
	writeEvalTable(c.App.Writer, rows, s.index.Embedder.Name())
	if !o.compare {
		writeMisses(c.App.Writer, rows)
	}
	return nil
}

// evalSets reads the question file named on the command line, or the
// built-in sets when there is none; those are about the essay, so they need
// the built-in corpus.
//
//   - corpusPath: the --corpus path; empty for the built-in essay.
func evalSets(c *cli.Context, corp *essay.Corpus, corpusPath string) ([]*eval.Set, error) {
	if c.NArg() == 1 {
		path := c.Args().First()
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read question file: %w", err)
		}
		set, err := eval.Parse(filepath.Base(path), data, corp)
		if err != nil {
			return nil, usageError("%v", err)
		}
		return []*eval.Set{set}, nil
	}
	if corpusPath != "" {
		return nil, usageError("the built-in questions are about the essay; with --corpus, name a question FILE")
	}
	names, err := fs.Glob(corpus.EvalSets, "*.tsv")
	if err != nil {
		return nil, err
	}
	var sets []*eval.Set
	for _, name := range names {
		data, err := corpus.EvalSets.ReadFile(name)
		if err != nil {
			return nil, err
		}
		set, err := eval.Parse(name, data, corp)
		if err != nil {
			return nil, fmt.Errorf("built-in questions: %w", err)
		}
		sets = append(sets, set)
	}
	return sets, nil
}

type evalRow struct {
	method string
	report *eval.Report
}

func writeEvalTable(w io.Writer, rows []evalRow, embedder string) {
	fmt.Fprintf(w, "Retrieval, %d passages per question, vectors from %s:\n\n", rows[0].report.K, embedder)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tmethod\tquestions\trecall@1\trecall@3\trecall@5\tMRR\tabstention P\tabstention R\twrongly abstained")
	for _, row := range rows {
		r := row.report
		// Three places, not two: an MRR of 0.897 must not print as 0.90,
		// the figure a target may ask for.
		fmt.Fprintf(tw, "%s\t%s\t%d + %d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\n",
			r.Set, row.method, r.Answerable, r.Unanswerable,
			r.RecallAt1, r.RecallAt3, r.RecallAt5, r.MRR,
			r.AbstentionPrecision, r.AbstentionRecall, r.WronglyAbstained)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nquestions: answerable + unanswerable. Recall and MRR are over the answerable ones;")
	fmt.Fprintln(w, "abstention precision and recall are over all of them.")
}

// writeMisses lists the questions retrieval got wrong, so that a user can
// see where it falls short rather than only how often.
func writeMisses(w io.Writer, rows []evalRow) {
	for _, row := range rows {
		misses := row.report.Misses()
		if len(misses) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s): %d of %d questions not answered from the right passage first:\n",
			row.report.Set, row.method, len(misses), len(row.report.Outcomes))
		for _, o := range misses {
			fmt.Fprintf(w, "  line %d: %s\n    %s\n", o.Question.Line, render.OneLine(o.Question.Text), missNote(o))
		}
	}
}

func missNote(o eval.Outcome) string {
	if !o.Question.Answerable() {
		return "answered from " + refList(o.Ranked, 3) + "; the corpus does not answer it"
	}
	want := refList(o.Question.Refs, 0)
	switch {
	case o.Abstained && o.Rank == 1:
		return "declined, though " + want + " ranked first"
	case o.Abstained:
		return fmt.Sprintf("declined; want %s, ranked %s", want, refList(o.Ranked, 3))
	case o.Rank == 0:
		return fmt.Sprintf("want %s, not retrieved; ranked %s", want, refList(o.Ranked, 3))
	}
	return fmt.Sprintf("want %s, ranked %d; ranked %s", want, o.Rank, refList(o.Ranked, 3))
}

// refList joins up to n refs (all when n is 0).
func refList(refs []essay.Ref, n int) string {
	if n > 0 && len(refs) > n {
		refs = refs[:n]
	}
	if len(refs) == 0 {
		return "nothing"
	}
	return strings.Join(render.RefStrings(refs), ", ")
}

// evalReportJSON is one row of `eval --json`.
type evalReportJSON struct {
	Set                 string            `json:"set"`
	Method              string            `json:"method"`
	Embedder            string            `json:"embedder"`
	K                   int               `json:"k"`
	Answerable          int               `json:"answerable"`
	Unanswerable        int               `json:"unanswerable"`
	RecallAt1           float64           `json:"recall_at_1"`
	RecallAt3           float64           `json:"recall_at_3"`
	RecallAt5           float64           `json:"recall_at_5"`
	MRR                 float64           `json:"mrr"`
	AbstentionPrecision float64           `json:"abstention_precision"`
	AbstentionRecall    float64           `json:"abstention_recall"`
	WronglyAbstained    int               `json:"wrongly_abstained"`
	WronglyAnswered     int               `json:"wrongly_answered"`
	Questions           []evalOutcomeJSON `json:"questions"`
}

type evalOutcomeJSON struct {
	Line      int      `json:"line"`
	Question  string   `json:"question"`
	Want      []string `json:"want"`
	Ranked    []string `json:"ranked"`
	Rank      int      `json:"rank"`
	Abstained bool     `json:"abstained"`
}

func evalJSON(rows []evalRow, embedder string) []evalReportJSON {
	out := []evalReportJSON{}
	for _, row := range rows {
		r := row.report
		j := evalReportJSON{
			Set: r.Set, Method: row.method, Embedder: embedder, K: r.K,
			Answerable: r.Answerable, Unanswerable: r.Unanswerable,
			RecallAt1: round3(r.RecallAt1), RecallAt3: round3(r.RecallAt3), RecallAt5: round3(r.RecallAt5), MRR: round3(r.MRR),
			AbstentionPrecision: round3(r.AbstentionPrecision), AbstentionRecall: round3(r.AbstentionRecall),
			WronglyAbstained: r.WronglyAbstained, WronglyAnswered: r.WronglyAnswered,
			Questions: []evalOutcomeJSON{},
		}
		for _, o := range r.Outcomes {
			j.Questions = append(j.Questions, evalOutcomeJSON{
				Line: o.Question.Line, Question: o.Question.Text,
				Want: render.RefStrings(o.Question.Refs), Ranked: render.RefStrings(o.Ranked),
				Rank: o.Rank, Abstained: o.Abstained,
			})
		}
		out = append(out, j)
	}
	return out
}

// round3 rounds a figure to the three places eval prints.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
