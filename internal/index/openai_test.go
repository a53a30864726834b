package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/llm"
	"studyguide/internal/llm/llmtest"
)

// TestOpenWithAnAPIEmbedder builds an index through /v1/embeddings,
// reporting progress with each request, then loads it without embedding
// the corpus again.
func TestOpenWithAnAPIEmbedder(t *testing.T) {
	ctx := context.Background()
	var text strings.Builder
	for i := 1; i <= 90; i++ {
		fmt.Fprintf(&text, "%d. Paragraph %d discusses reform. The Party debated candidate number %d. Elections were contested.\n\n", i, i, i)
	}
	path := filepath.Join(t.TempDir(), "reader.txt")
	if err := os.WriteFile(path, []byte(text.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	s := llmtest.New(t)
	client, err := llm.New(llm.Config{BaseURL: s.URL, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	e, err := embed.NewOpenAI(ctx, client, "embed-model")
	if err != nil {
		t.Fatal(err)
	}
	var ticks [][2]int
	opt := Options{Dir: t.TempDir(), Name: "reader", Progress: func(done, total int) { ticks = append(ticks, [2]int{done, total}) }}
	ix, rep, err := Open(ctx, c, e, opt)
	if err != nil {
		t.Fatal(err)
	}
	n := len(ix.Chunks)
	if !rep.Built || !rep.Saved || n <= embedBatch || ix.Dim != 64 || !strings.Contains(rep.Path, "openai-embed-model-d64") {
		t.Fatalf("report %+v, %d chunks of %d dimensions", rep, n, ix.Dim)
	}
	batches := (n + embedBatch - 1) / embedBatch
	if len(ticks) != 1+batches || ticks[0] != [2]int{0, n} || ticks[len(ticks)-1] != [2]int{n, n} {
		t.Errorf("progress %v, want 0, then %d ticks ending at %d", ticks, batches, n)
	}
	if got := len(s.Embeddings()); got != 1+batches {
		t.Errorf("%d embedding requests, want the probe and %d batches", got, batches)
	}
	matches, err := ix.Semantic(ctx, "candidate number 42", 3)
	if err != nil || len(matches) == 0 || ix.Chunks[matches[0].Chunk].Ref.N != 42 {
		t.Errorf("search for paragraph 42 found %+v, %v", matches, err)
	}

	ticks = nil
	_, rep, err = Open(ctx, c, e, opt)
	if err != nil || !rep.Loaded || len(ticks) != 0 {
		t.Errorf("second open: %+v, %v, progress %v", rep, err, ticks)
	}
}
