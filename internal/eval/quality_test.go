package eval

import (
	"context"
	"io/fs"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/retrieve/retrievetest"
)

// floor is the least a built-in set may score with the offline hybrid:
// the figures in the README's table, rounded down. A change to retrieval
// that lowers any of them fails here; one that raises them should raise
// these too, so that the gain is kept.
type floor struct {
	at1, at3, at5, mrr, abstentionRecall float64
	wronglyAbstained, wronglyAnswered    int
}

var floors = map[string]floor{
	"eval.tsv":  {0.83, 0.95, 0.98, 0.89, 1, 1, 0},
	"eval2.tsv": {0.90, 0.98, 1, 0.94, 1, 0, 0},
	"eval3.tsv": {0.85, 0.97, 0.98, 0.91, 0.93, 3, 1},
	"eval4.tsv": {0.76, 0.92, 0.95, 0.84, 0.76, 7, 3},
	"eval5.tsv": {0.90, 0.98, 0.98, 0.94, 0.92, 2, 1},
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
			if f.got < f.want {
				t.Errorf("%s: %s = %.3f, below %.2f", name, f.what, f.got, f.want)
			}
		}
		if rep.WronglyAbstained > want.wronglyAbstained || rep.WronglyAnswered > want.wronglyAnswered {
			t.Errorf("%s: %d answerable questions declined and %d unanswerable answered, want at most %d and %d",
				name, rep.WronglyAbstained, rep.WronglyAnswered, want.wronglyAbstained, want.wronglyAnswered)
		}
	}
}
