package main

import (
	"context"
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
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/eval"
	"studyguide/internal/generate"
	"studyguide/internal/index"
	"studyguide/internal/render"
	"studyguide/internal/retrieve"
)

// evalOptions are eval's flags.
type evalOptions struct {
	k       int
	json    bool
	compare bool
	cv      bool
	// texts are the --text TEXT=SET pairs: sets about texts other than
	// the corpus searched.
	texts  cli.StringSlice
	search searchOptions
}

func evalCommand() command {
	o := &evalOptions{}
	return command{options: o, Command: &cli.Command{
		Name:      "eval",
		Usage:     "measure retrieval and answers on questions whose answering passages are known",
		ArgsUsage: "[FILE...]",
		Description: "Runs every question of each FILE (default: the built-in sets about the essay)\n" +
			"through retrieval and the offline answer, and prints recall@1, @3 and @5 and MRR\n" +
			"over the answerable questions; how well the text's silence is detected (abstention\n" +
			"precision and recall, questions wrongly declined and wrongly answered); and how well\n" +
			"the answers quote: answer precision (the share of quoted sentences from a passage\n" +
			"that answers the question) and part recall (the share of the parts of multi-part\n" +
			"questions whose passage is quoted).\n\n" +
			"FILE has one question a line, a tab, then the refs that answer it (\"¶53, note 15\"),\n" +
			"or \"-\" for a question the corpus does not answer; a question of several parts gives\n" +
			"each part's refs in turn, separated by \"|\" (\"¶53 | ¶55, note 15\"). Lines starting\n" +
			"with # are skipped.\n\n" +
			"--cv chooses retrieval's weights by leave-one-set-out cross-validation over the sets\n" +
			"(at least two) and prints each set's figures with the weights chosen on the others.\n\n" +
			"--text TEXT=SET adds a question file SET about another text, TEXT, searched with the\n" +
			"local embedder's index of it built in memory; with --cv, the weights are chosen across\n" +
			"every text's sets, so that they hold beyond one text.",
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
			&cli.BoolFlag{Name: "cv", Usage: "choose the weights by leave-one-set-out cross-validation and report held-out figures", Destination: &o.cv},
			&cli.StringSliceFlag{Name: "text", Usage: "also run question file `TEXT=SET`, about the text file TEXT (repeatable)", Destination: &o.texts},
		}, o.search.flags()...),
		Action: func(c *cli.Context) error { return runEval(c, o) },
	}}
}

func runEval(c *cli.Context, o *evalOptions) error {
	if err := checkK(o.k); err != nil {
		return err
	}
	s, err := openSession(c, sessionOptions{search: o.search})
	if err != nil {
		return err
	}
	sets, err := evalSets(c, s.corpus, o.search.corpus)
	if err != nil {
		return err
	}
	more, err := textSets(o.texts.Value())
	if err != nil {
		return err
	}
	if len(more) > 0 {
		if _, local := s.index.Embedder.(*embed.Local); !local {
			return usageError("--text searches other texts with the local embedder; leave out --embedder")
		}
	}
	sets = append(sets, more...)
	methods := eval.Methods()
	if !o.compare {
		methods = methods[len(methods)-1:]
	}
	answers := eval.Extractive{Corpus: s.corpus}
	if o.cv {
		return runCV(c, o, s, sets, methods, answers)
	}
	var rows []evalRow
	for _, set := range sets {
		ix, err := indexOf(c.Context, s, set.Corpus)
		if err != nil {
			return err
		}
		for _, m := range methods {
			r := &retrieve.Retriever{Corpus: set.Corpus, Index: ix, Mode: m.Mode, Params: s.retriever.Params}
			rep, err := eval.Run(c.Context, r, answers.ForCorpus(set.Corpus), set, o.k)
			if err != nil {
				return err
			}
			rows = append(rows, evalRow{method: m.Name, report: rep})
		}
	}
	if o.json {
		return render.JSON(c.App.Writer, evalJSON(rows, s.index.Embedder.Name()))
	}
	writeEvalTable(c.App.Writer, rows, s.index.Embedder.Name(), "")
	if !o.compare {
		writeMisses(c.App.Writer, rows)
	}
	return nil
}

// runCV cross-validates each method over the sets and prints the held-out
// figures, and the weights chosen on all the sets beside those in use.
func runCV(c *cli.Context, o *evalOptions, s *session, sets []*eval.Set, methods []eval.Method, a eval.Answerer) error {
	if len(sets) < 2 {
		return usageError("--cv needs at least two question sets, not %d", len(sets))
	}
	variants := []eval.Variant{{Retriever: &retrieve.Retriever{Corpus: s.retriever.Corpus, Index: s.retriever.Index}}}
	_, local := s.index.Embedder.(*embed.Local)
	prep, err := eval.PrepareTexts(c.Context, func(ctx context.Context, corp *essay.Corpus) ([]eval.Variant, error) {
		if !local {
			return variants, nil
		}
		return eval.LocalVariants(ctx, corp)
	}, sets)
	if err != nil {
		return err
	}
	variants = prep.Variants
	var rows []evalRow
	var chosen []evalChoice
	for _, m := range methods {
		// The answers' selection is chosen for the hybrid, whose answers
		// ask gives; the other methods' answers are written as offline
		// answers are.
		ma := a
		if m.Mode != retrieve.Hybrid {
			ma = eval.Untuned(a)
		}
		cv, err := prep.CrossValidate(c.Context, m, ma, o.k)
		if err != nil {
			return err
		}
		for _, f := range cv.Folds {
			rows = append(rows, evalRow{method: m.Name, report: f.Report, setting: settingJSON(m, variants, f.Setting, f.Selection)})
		}
		rows = append(rows, evalRow{method: m.Name, report: cv.Pooled})
		chosen = append(chosen, evalChoice{method: m.Name, setting: settingJSON(m, variants, cv.All, cv.AllSelection)})
	}
	if o.json {
		return render.JSON(c.App.Writer, evalJSON(rows, s.index.Embedder.Name()))
	}
	note := fmt.Sprintf("each set with the weights chosen on the other %d", len(sets)-1)
	writeEvalTable(c.App.Writer, rows, s.index.Embedder.Name(), note)
	fmt.Fprintf(c.App.Writer, "\nWeights chosen on all %d sets:\n", len(sets))
	for _, ch := range chosen {
		fmt.Fprintf(c.App.Writer, "  %-14s %s\n", ch.method, ch.setting)
	}
	inUse := &evalSetting{Params: retrieve.DefaultParams, Selection: &generate.DefaultSelection}
	if len(variants) > 1 {
		inUse.Embedder = &embed.DefaultLocalWeights
	}
	if hybrid := chosen[len(chosen)-1].setting; methods[len(methods)-1].Mode == retrieve.Hybrid && hybrid.String() != inUse.String() {
		fmt.Fprintf(c.App.Writer, "\n! The weights in use differ from those chosen for the hybrid:\n  %-14s %s\n", "in use", inUse)
		// The weights in use are chosen over more sets than a bare --cv
		// runs, so the difference alone is no fault; say where they come from.
		fmt.Fprintln(c.App.Writer, "  (the weights in use were chosen over the built-in sets and the development texts: `make cv` in the source tree)")
	}
	return nil
}

type evalChoice struct {
	method  string
	setting *evalSetting
}

// evalSetting is what cross-validation chose: retrieval's weights, and the
// local embedder's when it chose among them.
type evalSetting struct {
	Params    retrieve.Params     `json:"params"`
	Embedder  *embed.LocalWeights `json:"embedder,omitempty"`
	Selection *generate.Selection `json:"selection,omitempty"`
}

// settingJSON is what a fold of method m chose; the embedder's weights
// only for a method that reads the vectors.
func settingJSON(m eval.Method, variants []eval.Variant, s eval.Setting, sel *generate.Selection) *evalSetting {
	out := &evalSetting{Params: s.Params, Selection: sel}
	if m.Mode == retrieve.Hybrid || m.Mode == retrieve.SemanticOnly {
		out.Embedder = variants[s.Variant].Weights
	}
	return out
}

// String writes the weights on one line.
func (s *evalSetting) String() string {
	p := s.Params
	out := fmt.Sprintf("rrf k %g, vectors %g, stand-ins %g, related %g, pairs %g, notes %g (unmarked %g), sources %g (source voice %g), intent %g, min support %g, stand-ins known %g, common known %g, name coverage %g, similarity %g, relation %g",
		p.RRFK, p.SemanticWeight, p.StandInWeight, p.RelatedWeight, p.PhraseWeight, p.NoteShare, p.OrphanShare, p.SourceShare, p.SourceVoice, p.IntentWeight, p.MinSupport, p.StandInKnown, p.CommonKnown, p.NameCoverage, p.SimilarityWeight, p.RelationCoverage)
	if s.Embedder != nil {
		out += fmt.Sprintf("; embedder concepts %g, n-grams %g", s.Embedder.Concept, s.Embedder.Ngram)
	}
	if s.Selection != nil {
		out += fmt.Sprintf("; answers keep %g (%g in the best passage), passage power %g, related %g, part words %g", s.Selection.KeepFraction, s.Selection.KeepSame, s.Selection.PassagePower, s.Selection.RelatedShare, s.Selection.PartWords)
	}
	return out
}

// evalSets reads the question files named on the command line, or the
// built-in sets when there are none; those are about the essay, so they need
// the built-in corpus.
//
//   - corpusPath: the --corpus path; empty for the built-in essay.
func evalSets(c *cli.Context, corp *essay.Corpus, corpusPath string) ([]*eval.Set, error) {
	if c.NArg() > 0 {
		var sets []*eval.Set
		for _, path := range c.Args().Slice() {
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("read question file: %w", err)
			}
			set, err := eval.Parse(filepath.Base(path), data, corp)
			if err != nil {
				return nil, usageError("%v", err)
			}
			sets = append(sets, set)
		}
		return sets, nil
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

// textSets reads the --text TEXT=SET pairs: each question file with the
// text it is about.
func textSets(pairs []string) ([]*eval.Set, error) {
	var out []*eval.Set
	for _, pair := range pairs {
		i := strings.LastIndex(pair, "=")
		if i <= 0 || i == len(pair)-1 {
			return nil, usageError("--text wants TEXT=SET, a text file and a question file about it, not %q", pair)
		}
		corp, _, err := loadCorpus(pair[:i])
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(pair[i+1:])
		if err != nil {
			return nil, fmt.Errorf("read question file: %w", err)
		}
		set, err := eval.Parse(filepath.Base(pair[i+1:]), data, corp)
		if err != nil {
			return nil, usageError("%v", err)
		}
		out = append(out, set)
	}
	return out, nil
}

// indexOf returns the index to search corp with: the session's for its
// own corpus, else one built in memory with the local embedder.
func indexOf(ctx context.Context, s *session, corp *essay.Corpus) (*index.Index, error) {
	if corp == s.corpus {
		return s.index, nil
	}
	return index.Build(ctx, corp, embed.NewLocal(0), nil)
}

type evalRow struct {
	method string
	report *eval.Report
	// setting is what a cross-validation fold chose for this set.
	setting *evalSetting
}

// writeEvalTable writes one line of figures per row.
//
//   - note: what the figures are, when they are not the weights in use
//     on the sets themselves.
func writeEvalTable(w io.Writer, rows []evalRow, embedder, note string) {
	head := fmt.Sprintf("Retrieval, %d passages per question, vectors from %s", rows[0].report.K, embedder)
	if note != "" {
		head += "; " + note
	}
	fmt.Fprintf(w, "%s:\n\n", head)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tmethod\tquestions\trecall@1\trecall@3\trecall@5\tMRR\tabstention P\tabstention R\tdeclined\tanswered\tanswer P\tpart R")
	for _, row := range rows {
		r := row.report
		// Three places, not two: an MRR of 0.897 must not print as 0.90,
		// the figure a target may ask for.
		fmt.Fprintf(tw, "%s\t%s\t%d + %d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%s\t%s\n",
			r.Set, row.method, r.Answerable, r.Unanswerable,
			r.RecallAt1, r.RecallAt3, r.RecallAt5, r.MRR,
			r.AbstentionPrecision, r.AbstentionRecall, r.WronglyAbstained, r.WronglyAnswered,
			answerPrecision(r.Answers), partRecall(r.Answers))
	}
	tw.Flush()
	fmt.Fprintln(w, "\nquestions: answerable + unanswerable. Recall and MRR are over the answerable ones;")
	fmt.Fprintln(w, "abstention precision and recall over all of them; declined: answerable questions")
	fmt.Fprintln(w, "declined; answered: unanswerable questions answered. answer P: the share of quoted")
	fmt.Fprintln(w, "sentences from a passage that answers the question (offline answers, 4 passages);")
	fmt.Fprintln(w, "part R: the share of the parts of multi-part questions whose passage is quoted.")
}

func answerPrecision(f *eval.AnswerFigures) string {
	if f == nil || f.Quoted == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", f.Precision)
}

func partRecall(f *eval.AnswerFigures) string {
	if f == nil || f.Parts == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", f.PartRecall)
}

// writeMisses lists the questions retrieval got wrong, then those whose
// offline answer quotes the wrong passage or misses a part, so that a user
// can see where it falls short rather than only how often.
func writeMisses(w io.Writer, rows []evalRow) {
	for _, row := range rows {
		misses := row.report.Misses()
		if len(misses) > 0 {
			fmt.Fprintf(w, "\n%s (%s): %d of %d questions not answered from the right passage first:\n",
				row.report.Set, row.method, len(misses), len(row.report.Outcomes))
			for _, o := range misses {
				fmt.Fprintf(w, "  line %d: %s\n    %s\n", o.Question.Line, render.OneLine(o.Question.Text), missNote(o))
			}
		}
		writeAnswerMisses(w, row)
	}
}

// writeAnswerMisses lists the answered questions whose offline answer
// quotes a passage that does not answer them or leaves a part unanswered.
func writeAnswerMisses(w io.Writer, row evalRow) {
	misses := row.report.AnswerMisses()
	if len(misses) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s (%s): %d answers quote a wrong passage or miss a part:\n",
		row.report.Set, row.method, len(misses))
	for _, o := range misses {
		fmt.Fprintf(w, "  line %d: %s\n    %s\n", o.Question.Line, render.OneLine(o.Question.Text), answerNote(o))
	}
}

// answerNote says what an answer should have quoted and what it did.
func answerNote(o eval.Outcome) string {
	note := fmt.Sprintf("want %s; quoted %s", partList(o.Question), refList(o.Quoted, 0))
	if wrong := eval.WrongQuotes(o); len(wrong) > 0 {
		note += fmt.Sprintf(" (%d of %d from a wrong passage)", len(wrong), len(o.Quoted))
	}
	if parts := eval.MissedParts(o); len(parts) > 0 {
		note += fmt.Sprintf("; part %s missed", strings.Trim(fmt.Sprint(parts), "[]"))
	}
	return note
}

// partList writes a question's refs part by part ("¶53 | ¶55, note 15"),
// "-" for a part the text does not answer.
func partList(q eval.Question) string {
	var parts []string
	for _, p := range q.Parts {
		if len(p) == 0 {
			parts = append(parts, "-")
			continue
		}
		parts = append(parts, refList(p, 0))
	}
	return strings.Join(parts, " | ")
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
	Set                 string   `json:"set"`
	Method              string   `json:"method"`
	Embedder            string   `json:"embedder"`
	K                   int      `json:"k"`
	Answerable          int      `json:"answerable"`
	Unanswerable        int      `json:"unanswerable"`
	RecallAt1           float64  `json:"recall_at_1"`
	RecallAt3           float64  `json:"recall_at_3"`
	RecallAt5           float64  `json:"recall_at_5"`
	MRR                 float64  `json:"mrr"`
	AbstentionPrecision float64  `json:"abstention_precision"`
	AbstentionRecall    float64  `json:"abstention_recall"`
	WronglyAbstained    int      `json:"wrongly_abstained"`
	WronglyAnswered     int      `json:"wrongly_answered"`
	AnswerPrecision     *float64 `json:"answer_precision,omitempty"`
	PartRecall          *float64 `json:"part_recall,omitempty"`
	// Chosen is what a cross-validation fold chose for the set.
	Chosen    *evalSetting      `json:"chosen,omitempty"`
	Questions []evalOutcomeJSON `json:"questions"`
}

type evalOutcomeJSON struct {
	Line      int      `json:"line"`
	Question  string   `json:"question"`
	Want      []string `json:"want"`
	Ranked    []string `json:"ranked"`
	Rank      int      `json:"rank"`
	Abstained bool     `json:"abstained"`
	Quoted    []string `json:"quoted"`
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
			Chosen: row.setting, Questions: []evalOutcomeJSON{},
		}
		if f := r.Answers; f != nil {
			if f.Quoted > 0 {
				j.AnswerPrecision = ptr(round3(f.Precision))
			}
			if f.Parts > 0 {
				j.PartRecall = ptr(round3(f.PartRecall))
			}
		}
		for _, o := range r.Outcomes {
			j.Questions = append(j.Questions, evalOutcomeJSON{
				Line: o.Question.Line, Question: o.Question.Text,
				Want: render.RefStrings(o.Question.Refs), Ranked: render.RefStrings(o.Ranked),
				Rank: o.Rank, Abstained: o.Abstained, Quoted: render.RefStrings(o.Quoted),
			})
		}
		out = append(out, j)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// round3 rounds a figure to the three places eval prints.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
