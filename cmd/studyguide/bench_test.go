package main

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkAsk runs `studyguide ask` in-process with the index already
// saved: everything a cached run does except starting the process.
func BenchmarkAsk(b *testing.B) {
	b.Setenv("STUDYGUIDE_INDEX_DIR", b.TempDir())
	args := []string{"studyguide", "ask", "Was Stalin an all-powerful dictator?"}
	if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
		b.Fatalf("exit %d", code)
	}
	b.ResetTimer()
	for b.Loop() {
		if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
