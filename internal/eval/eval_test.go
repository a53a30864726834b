package eval

import (
	"context"
	"io/fs"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/retrieve"
)

func TestParse(t *testing.T) {
	c := essaytest.Embedded(t)
	set, err := Parse("t.tsv", []byte("# comment\n\nWas Stalin all-powerful?\t¶53, note 15\r\nHow do I bake bread?\t-\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Questions) != 2 {
		t.Fatalf("%d questions, want 2", len(set.Questions))
	}
	q := set.Questions[0]
	if q.Line != 3 || q.Text != "Was Stalin all-powerful?" || len(q.Refs) != 2 || q.Refs[1].String() != "note 15" {
		t.Errorf("first question = %+v", q)
	}
	if set.Questions[1].Answerable() {
		t.Error(`a question marked "-" counts as answerable`)
	}
}

func TestParseRejectsBadLines(t *testing.T) {
	c := essaytest.Embedded(t)
	for text, want := range map[string]string{
		"Who?\t¶99\n":            "t.tsv:1: no passage ¶99",
		"no tab here\n":          "t.tsv:1: want a question, one tab",
		"ok\t¶53\n?!\t¶53\n":     "t.tsv:2: the question has no words",
		"a\tb\tc\n":              "want a question, one tab",
		"Stalin\tparagraph x\n":  "not a passage ref",
		"# only a comment\n\n":   "no questions",
		"Stalin\t¶53,\n":         "not a passage ref",
		"Stalin\t\n":             "not a passage ref",
		"Stalin?\t¶53, nope 3\n": "no passage nope ¶3",
	} {
		_, err := Parse("t.tsv", []byte(text), c)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v, want %q", text, err, want)
		}
	}
}

// ranked is a retriever with fixed answers, so that the arithmetic of the
// figures can be checked by hand.
type ranked struct {
	c       *essay.Corpus
	answers map[string][]string
	abstain map[string]bool
}

func (r ranked) Retrieve(_ context.Context, q string, k int) (*retrieve.Result, error) {
	res := &retrieve.Result{Query: &retrieve.Query{Asked: q, Text: q}, Abstain: r.abstain[q]}
	for _, ref := range r.answers[q] {
		p, err := r.c.Lookup(ref)
		if err != nil {
			return nil, err
		}
		res.Hits = append(res.Hits, retrieve.Hit{Passage: p})
	}
	if len(res.Hits) > k {
		res.Hits = res.Hits[:k]
	}
	return res, nil
}

func TestRunFigures(t *testing.T) {
	c := essaytest.Embedded(t)
	set, err := Parse("t.tsv", []byte("qa\t¶53\nqb\t¶54, ¶55\nqc\t¶56\nqd\t¶57\nqe\t-\nqf\t-\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	r := ranked{c: c, answers: map[string][]string{
		"qa": {"¶53", "¶49"},                             // rank 1
		"qb": {"¶49", "¶55", "¶54"},                      // rank 2: the first right one counts
		"qc": {"¶49", "¶50", "¶51", "¶52", "¶56", "¶60"}, // rank 5
		"qd": {"¶49"},                                    // not found
		"qe": {"¶49"},
		"qf": {"¶50"},
	}, abstain: map[string]bool{"qd": true, "qe": true}}
	rep, err := Run(context.Background(), r, nil, set, 10)
	if err != nil {
		t.Fatal(err)
	}
	near := func(name string, got, want float64) {
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	near("recall@1", rep.RecallAt1, 0.25)
	near("recall@3", rep.RecallAt3, 0.5)
	near("recall@5", rep.RecallAt5, 0.75)
	near("MRR", rep.MRR, (1+0.5+0.2)/4)
	near("abstention precision", rep.AbstentionPrecision, 0.5)
	near("abstention recall", rep.AbstentionRecall, 0.5)
	if rep.Answerable != 4 || rep.Unanswerable != 2 || rep.WronglyAbstained != 1 || rep.WronglyAnswered != 1 {
		t.Errorf("counts: %+v", rep)
	}
	if got := len(rep.Misses()); got != 4 {
		t.Errorf("%d misses, want 4 (all but qa and qe)", got)
	}
	// With k=3, the passage at rank 5 is not retrieved at all.
	rep, _ = Run(context.Background(), r, nil, set, 3)
	near("recall@5 at k=3", rep.RecallAt5, 0.5)
	near("MRR at k=3", rep.MRR, (1+0.5)/4)
}

func TestRunRefusesBadInput(t *testing.T) {
	c := essaytest.Embedded(t)
	set, _ := Parse("t.tsv", []byte("qa\t¶53\n"), c)
	if _, err := Run(context.Background(), ranked{c: c}, nil, set, 0); err == nil {
		t.Error("k=0 was accepted")
	}
	if _, err := Run(context.Background(), ranked{c: c}, nil, &Set{Name: "empty"}, 5); err == nil {
		t.Error("an empty set was accepted")
	}
}

// TestBuiltInSetsCoverTheEssay checks that the embedded sets parse, hold
// enough questions of both kinds, and ask about every paragraph and every
// footnote that states a fact rather than only citing a source.
func TestBuiltInSetsCoverTheEssay(t *testing.T) {
	c := essaytest.Embedded(t)
	names, err := fs.Glob(corpus.EvalSets, "*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no built-in sets: %v", err)
	}
	citationOnly := map[string]bool{"note 7": true}
	for _, name := range names {
		data, _ := corpus.EvalSets.ReadFile(name)
		set, err := Parse(name, data, c)
		if err != nil {
			t.Fatal(err)
		}
		asked := map[essay.Ref]bool{}
		answerable, seen := 0, map[string]bool{}
		for _, q := range set.Questions {
			if seen[q.Text] {
				t.Errorf("%s:%d: asked twice: %q", name, q.Line, q.Text)
			}
			seen[q.Text] = true
			for _, r := range q.Refs {
				asked[r] = true
			}
			if q.Answerable() {
				answerable++
			}
		}
		if answerable < 40 || len(set.Questions)-answerable < 8 {
			t.Errorf("%s: %d answerable and %d unanswerable questions, want at least 40 and 8",
				name, answerable, len(set.Questions)-answerable)
		}
		for _, p := range c.Passages {
			if !asked[p.Ref] && !citationOnly[p.Ref.String()] {
				t.Errorf("%s asks nothing about %s", name, p.Ref)
			}
		}
	}
}

// TestParseParts checks the format of multi-part questions: each part's
// refs in turn, separated by "|", with Refs their union.
func TestParseParts(t *testing.T) {
	c := essaytest.Embedded(t)
	set, err := Parse("t.tsv", []byte("What was the cult, and did he like it?\t¶53 | ¶55, note 15 | ¶53\nOne part\t¶53, ¶54\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	q := set.Questions[0]
	if !q.MultiPart() || len(q.Parts) != 3 || len(q.Parts[1]) != 2 || q.Parts[1][1].String() != "note 15" {
		t.Errorf("parts = %v", q.Parts)
	}
	if got := refStrings(q.Refs); strings.Join(got, ",") != "¶53,¶55,note 15" {
		t.Errorf("refs = %v, want the union of the parts", got)
	}
	if one := set.Questions[1]; one.MultiPart() || len(one.Parts) != 1 || len(one.Parts[0]) != 2 {
		t.Errorf("a question without | has parts %v, want one", one.Parts)
	}
	for _, bad := range []string{"q\t¶53 |\n", "q\t| ¶53\n", "q\t- | -\n"} {
		if _, err := Parse("t.tsv", []byte(bad), c); err == nil {
			t.Errorf("Parse(%q) accepted an empty part, or parts none of which is answered", bad)
		}
	}
	// A part the text does not answer keeps its place and counts for
	// neither the answer's precision nor its part recall.
	set, err = Parse("t.tsv", []byte("How old was he, and what did he think of the cult?\t- | ¶55\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	if q := set.Questions[0]; len(q.Parts) != 2 || q.Parts[0] != nil || !q.Answerable() {
		t.Errorf("parts = %v, refs = %v; want an unanswered part, then ¶55", q.Parts, q.Refs)
	}
}

func refStrings(refs []essay.Ref) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.String())
	}
	return out
}

// quoting answers every question by quoting the refs it is given.
type quoting map[string][]string

func (a quoting) Quoted(_ context.Context, q string, _ *retrieve.Result) ([]essay.Ref, error) {
	var out []essay.Ref
	for _, s := range a[q] {
		out = append(out, essay.Ref{Kind: essay.Paragraph, N: must(strconv.Atoi(strings.TrimPrefix(s, "¶")))})
	}
	return out, nil
}

func must(n int, err error) int {
	if err != nil {
		panic(err)
	}
	return n
}

// TestAnswerFigures checks answer precision and part recall by hand.
func TestAnswerFigures(t *testing.T) {
	c := essaytest.Embedded(t)
	set, err := Parse("t.tsv", []byte("qa\t¶53\nqb\t¶54 | ¶55\nqc\t¶56 | ¶57 | ¶58\nqd\t-\nqe\t¶49\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	r := ranked{c: c, answers: map[string][]string{"qa": {"¶53"}, "qb": {"¶54"}, "qc": {"¶56"}, "qd": {"¶49"}, "qe": {"¶49"}},
		abstain: map[string]bool{"qe": true}}
	a := quoting{
		"qa": {"¶53", "¶53", "¶50"}, // 2 of 3 from gold
		"qb": {"¶55", "¶54"},        // both parts
		"qc": {"¶58", "¶49"},        // one part of three
		"qd": {"¶49"},               // unanswerable: not counted
		"qe": {"¶49"},               // declined: quotes nothing
	}
	rep, err := Run(context.Background(), r, a, set, 5)
	if err != nil {
		t.Fatal(err)
	}
	f := rep.Answers
	if f.Quoted != 7 || f.FromGold != 5 || f.Parts != 5 || f.PartsQuoted != 3 {
		t.Errorf("figures = %+v, want 5 of 7 quoted from gold and 3 of 5 parts", f)
	}
	if math.Abs(f.Precision-5.0/7) > 1e-9 || math.Abs(f.PartRecall-0.6) > 1e-9 {
		t.Errorf("precision %v, part recall %v", f.Precision, f.PartRecall)
	}
	if rep, _ := Run(context.Background(), r, nil, set, 5); rep.Answers != nil {
		t.Error("answer figures without an answerer")
	}
}

// Sets about two texts are each searched in their own text's indexes, and
// texts indexed with different weights cannot be cross-validated together.
func TestPrepareTexts(t *testing.T) {
	ctx := context.Background()
	essayCorpus := essaytest.Embedded(t)
	reading, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "civil-disobedience.md"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("a.tsv", []byte("Was Stalin an all-powerful dictator?\t¶53\n"), essayCorpus)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("b.tsv", []byte("What does Thoreau say of the Mexican war?\t¶1\n"), reading)
	if err != nil {
		t.Fatal(err)
	}
	p, err := PrepareTexts(ctx, LocalVariants, []*Set{a, b})
	if err != nil {
		t.Fatal(err)
	}
	for i, set := range p.Sets {
		rank, err := p.searches[0][i][0].Rank(ctx, retrieve.DefaultParams, retrieve.Hybrid, set.Questions[0].Refs, 10)
		if err != nil || rank != 1 {
			t.Errorf("%s: rank %d, %v; want 1", set.Name, rank, err)
		}
	}
	odd := func(ctx context.Context, c *essay.Corpus) ([]Variant, error) {
		vs, err := LocalVariants(ctx, c)
		if c == reading {
			vs = vs[1:]
		}
		return vs, err
	}
	if _, err := PrepareTexts(ctx, odd, []*Set{a, b}); err == nil {
		t.Error("texts indexed with different weights were prepared together")
	}
}
