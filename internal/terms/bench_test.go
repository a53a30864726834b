package terms

import (
	"testing"

	"studyguide/corpus"
)

// BenchmarkStems stems the whole essay, as indexing does for every chunk.
func BenchmarkStems(b *testing.B) {
	text := string(corpus.Essay)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Stems(text)
	}
}
