package essay_test

import (
	"testing"

	"studyguide/corpus"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

func BenchmarkParse(b *testing.B) {
	for _, size := range []int{0, 10000, 50000} {
		name, data := "essay", corpus.Essay
		if size > 0 {
			var err error
			if data, err = essaytest.Synthetic(size); err != nil {
				b.Fatal(err)
			}
			name = map[int]string{10000: "10000", 50000: "50000"}[size]
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := essay.Parse("bench", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEmbedded reads the built-in essay as every process that uses
// it does once, at start-up.
func BenchmarkEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := essay.Embedded(); err != nil {
			b.Fatal(err)
		}
	}
}
