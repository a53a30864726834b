package eval

import (
	"context"
	"slices"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/generate"
	"studyguide/internal/retrieve"
	"studyguide/internal/retrieve/retrievetest"
)

// TestMinSupportIsMonotone checks the premise of abstentionErrors'
// bisection on every built-in question, under each setting of the other
// thresholds: once a minimum support declines a question, every higher
// one declines it too.
func TestMinSupportIsMonotone(t *testing.T) {
	if raceEnabled {
		t.Skip("every question under every threshold, in one goroutine; the run without -race checks it")
	}
	r := retrievetest.New(t, essaytest.Embedded(t))
	for _, set := range builtInSets(t) {
		for _, q := range set.Questions {
			s, err := r.Prepare(context.Background(), q.Text)
			if err != nil {
				t.Fatal(err)
			}
			for _, th := range thresholds() {
				if th.minSupport != minSupports[0] {
					continue
				}
				declined := false
				for _, ms := range minSupports {
					abstains := s.Abstains(withMinSupport(th, ms).apply(retrieve.DefaultParams))
					if declined && !abstains {
						t.Fatalf("%s:%d %q: declined below min support %g and answered at it (%+v)", set.Name, q.Line, q.Text, ms, th)
					}
					declined = abstains
				}
			}
		}
	}
}

// TestInUseIsTheDefault checks that the setting near ties are kept to is
// the one in use: in the fusion stage's grid, the defaults' k, vectors'
// weight and embedder's weights.
func TestInUseIsTheDefault(t *testing.T) {
	w := embed.DefaultLocalWeights
	other := embed.LocalWeights{Concept: w.Concept * 2, Ngram: w.Ngram}
	tb := &table{p: &Prepared{Variants: []Variant{{Weights: &other}, {Weights: &w}}}}
	grid := fusionStage(Setting{Params: retrieve.DefaultParams}, 2)
	u := tb.inUse(grid)
	if u < 0 || grid[u].Params != retrieve.DefaultParams || grid[u].Variant != 1 {
		t.Errorf("inUse = %d (%+v), want the defaults with the default embedder's weights", u, grid[max(u, 0)])
	}
	if n := differing(retrieve.DefaultParams, retrieve.DefaultParams); n != 0 {
		t.Errorf("differing(defaults, defaults) = %d", n)
	}
}

// counting is a Tunable answerer that counts the answers it writes.
type counting struct {
	Extractive
	n *int
}

func (c counting) With(sel generate.Selection) Answerer {
	return counting{c.Extractive.With(sel).(Extractive), c.n}
}

func (c counting) ForCorpus(corpus *essay.Corpus) Answerer {
	return counting{c.Extractive.ForCorpus(corpus).(Extractive), c.n}
}

func (c counting) Quoted(ctx context.Context, question string, res *retrieve.Result) ([]essay.Ref, error) {
	*c.n++
	return c.Extractive.Quoted(ctx, question, res)
}

// TestAnswersAreWrittenOnce checks that cross-validation writes a
// question's answer under each selection once for each retrieval of it:
// a setting that differs only in a threshold retrieves the same
// passages, and its counts are the first one's, with no answer written
// again; the unanswerable question, which the counts leave out, is not
// answered.
func TestAnswersAreWrittenOnce(t *testing.T) {
	ctx := context.Background()
	c := essaytest.Embedded(t)
	set, err := Parse("a.tsv", []byte("Was Stalin an all-powerful dictator?\t¶53\nWhat is the nomenklatura?\t¶58\nWho won the World Cup?\t-\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Prepare(ctx, []Variant{{Retriever: retrievetest.New(t, c)}}, []*Set{set})
	if err != nil {
		t.Fatal(err)
	}
	tb := &table{p: p, m: Methods()[len(Methods())-1], k: 10, answers: map[answersKey][]answerCounts{}, quoted: map[questionKey]map[string][]answerCounts{}}
	n := 0
	a := counting{Extractive{Corpus: c}, &n}
	s := Setting{Params: retrieve.DefaultParams}
	first, err := tb.answersOf(ctx, s, a, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 * len(selections()); n != want {
		t.Errorf("%d answers written, want %d: each answerable question under each selection", n, want)
	}
	written := n
	s.Params.MinSupport -= 0.05
	again, err := tb.answersOf(ctx, s, a, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n != written || !slices.Equal(again, first) {
		t.Errorf("a lower minimum support wrote %d more answers, counts %v; want none more, counts %v", n-written, again, first)
	}
	if first[0].quoted == 0 {
		t.Error("no sentence quoted")
	}
}

// TestSelectionNearTie checks that a selection scoring better than the one
// in use by less than one part of part recall does not replace it: the
// counts are the keep fractions 0.6 and 0.75 over thirty-seven sets, where
// 0.6 quoted three parts more and 24 sentences more from no gold passage.
func TestSelectionNearTie(t *testing.T) {
	inUse := answerCounts{quoted: 6720, fromGold: 5992, parts: 924, partsQuoted: 830}
	other := answerCounts{quoted: 6745, fromGold: 5993, parts: 924, partsQuoted: 833}
	if d := other.score() - inUse.score(); d <= 0 || d > inUse.selectionNearTie() {
		t.Errorf("score gain %.5f: want a near tie, above 0 and at most %.5f", d, inUse.selectionNearTie())
	}
	clear := answerCounts{quoted: 6720, fromGold: 5992, parts: 924, partsQuoted: 833}
	if d := clear.score() - inUse.score(); d <= inUse.selectionNearTie() {
		t.Errorf("three parts more at the same precision gain %.5f: want more than a near tie", d)
	}
}

// TestRanksRankEachSetting checks that ranking a question under a whole
// grid at once, where settings giving it the same scores share a ranking
// (see retrieve.Search.Ranks), gives each setting the rank it gets alone:
// on the essay's first set and a development text, in every mode, under
// the settings each stage tries from the defaults.
func TestRanksRankEachSetting(t *testing.T) {
	if raceEnabled {
		t.Skip("every question under thousands of settings, in one goroutine; the run without -race checks it")
	}
	ctx := context.Background()
	c := essaytest.Embedded(t)
	sets := append([]*Set{parseSet(t, corpus.EvalSets, "eval.tsv", c)}, testdataSets(t, []string{"goldman-kronstadt.tsv"})...)
	from := Setting{Params: retrieve.DefaultParams}
	lexical := slices.Concat(lexicalStage(from, 1), phraseStage(from, 1), orphanStage(from, 1))
	vectors := slices.Concat(vectorStage(from, 1), fusionStage(from, 1), orphanStage(from, 1))
	for _, set := range sets {
		r := retrievetest.New(t, set.Corpus)
		for _, q := range set.Questions {
			if !q.Answerable() {
				continue
			}
			s, err := r.Prepare(ctx, q.Text)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range []struct {
				mode retrieve.Mode
				grid []Setting
			}{
				{retrieve.LexicalOnly, lexical},
				{retrieve.Hybrid, slices.Concat(lexical, vectors)},
				{retrieve.SemanticOnly, vectors},
				{retrieve.PlainLexical, vectors},
			} {
				ps := make([]retrieve.Params, len(m.grid))
				for g, st := range m.grid {
					ps[g] = st.Params
				}
				ranks, err := s.Ranks(ctx, ps, m.mode, q.Refs, 10)
				if err != nil {
					t.Fatal(err)
				}
				for g, p := range ps {
					want, err := s.Rank(ctx, p, m.mode, q.Refs, 10)
					if err != nil {
						t.Fatal(err)
					}
					if ranks[g] != want {
						t.Fatalf("%s:%d %q in mode %v: Ranks gives rank %d, Rank %d, under %+v", set.Name, q.Line, q.Text, m.mode, ranks[g], want, p)
					}
				}
			}
		}
	}
}
