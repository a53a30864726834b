package eval

import (
	"context"
	"testing"

	"studyguide/corpus"
	"studyguide/internal/essay/essaytest"
)

// BenchmarkCrossValidate cross-validates the hybrid, answers included,
// over three of the built-in sets: what `make cv` and TestCrossValidation
// do over every set, in small. Each loop indexes the variants and
// analyses the questions afresh, as a run does, so that what a Search
// caches is paid for in every loop.
func BenchmarkCrossValidate(b *testing.B) {
	c := essaytest.Embedded(b)
	var sets []*Set
	for _, name := range []string{"eval.tsv", "eval5.tsv", "eval9.tsv"} {
		data, err := corpus.EvalSets.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		set, err := Parse(name, data, c)
		if err != nil {
			b.Fatal(err)
		}
		sets = append(sets, set)
	}
	hybrid := Methods()[len(Methods())-1]
	ctx := context.Background()
	for b.Loop() {
		prep, err := PrepareTexts(ctx, LocalVariants, sets)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := prep.CrossValidate(ctx, hybrid, Extractive{Corpus: c}, 10); err != nil {
			b.Fatal(err)
		}
	}
}
