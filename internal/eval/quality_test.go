package eval

import (
	"context"
	"io/fs"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/retrieve/retrievetest"
)

// floor is the least a built-in set may score with the offline hybrid:
// the figures in the README's table, as eval prints them, to three places.
// A change to retrieval that lowers any of them fails here; one that
// raises them should raise these too, so that the gain is kept.
type floor struct {
	at1, at3, at5, mrr, abstentionRecall float64
	wronglyAbstained, wronglyAnswered    int
}

var floors = map[string]floor{
	"eval.tsv":  {0.850, 0.950, 0.983, 0.904, 1, 1, 0},
	"eval2.tsv": {0.944, 1, 1, 0.972, 1, 0, 0},
	"eval3.tsv": {0.878, 0.986, 1, 0.929, 0.933, 3, 1},
	"eval4.tsv": {0.785, 0.938, 0.969, 0.858, 0.769, 5, 3},
	"eval5.tsv": {0.935, 0.974, 0.987, 0.957, 0.929, 2, 1},
	"eval6.tsv": {0.885, 0.987, 1, 0.937, 0.929, 2, 1},
	"eval7.tsv": {0.909, 0.970, 0.985, 0.946, 0.857, 2, 2},
}

func TestBuiltInSetsKeepTheirScores(t *testing.T) {
	names, err := fs.Glob(corpus.EvalSets, "*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if _, ok := floors[name]; !ok {
			t.Errorf("%s has no floor: run it and add its figures", name)
		}
	}
	c, r := retrievetest.Essay(t)
	for name, want := range floors {
		data, err := corpus.EvalSets.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		set, err := Parse(name, data, c)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Run(context.Background(), r, set, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []struct {
			what      string
			got, want float64
		}{
			{"recall@1", rep.RecallAt1, want.at1},
			{"recall@3", rep.RecallAt3, want.at3},
			{"recall@5", rep.RecallAt5, want.at5},
			{"MRR", rep.MRR, want.mrr},
			{"abstention recall", rep.AbstentionRecall, want.abstentionRecall},
		} {
			// The floors are rounded to three places; half a unit of the
			// last is the rounding, not a loss.
			if f.got < f.want-0.0005 {
				t.Errorf("%s: %s = %.4f, below %.3f", name, f.what, f.got, f.want)
			}
		}
		if rep.WronglyAbstained > want.wronglyAbstained || rep.WronglyAnswered > want.wronglyAnswered {
			t.Errorf("%s: %d answerable questions declined and %d unanswerable answered, want at most %d and %d",
				name, rep.WronglyAbstained, rep.WronglyAnswered, want.wronglyAbstained, want.wronglyAnswered)
		}
	}
}
