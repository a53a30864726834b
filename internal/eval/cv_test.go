package eval

import (
	"context"
	"testing"

	"studyguide/internal/embed"
	"studyguide/internal/essay/essaytest"
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
