package thesaurus

import (
	"strings"
	"testing"
)

// benchKeys are 300 keys spread over the table, about as many as one
// question makes retrieval and the embedder look up.
func benchKeys() []string {
	var keys []string
	step := strings.Count(table, "\n") / 300
	n := 0
	for line := range strings.Lines(table) {
		if n%step == 7 {
			key, _, _ := strings.Cut(line, "\t")
			keys = append(keys, key)
		}
		n++
	}
	return keys
}

// BenchmarkConcepts looks up and reads the concepts of 300 keys, warm.
func BenchmarkConcepts(b *testing.B) {
	keys := benchKeys()
	for b.Loop() {
		for _, k := range keys {
			Concepts(k)
		}
	}
}
