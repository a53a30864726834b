package embed

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"studyguide/internal/llm"
	"studyguide/internal/llm/llmtest"
)

func openAI(t *testing.T) (*OpenAI, *llmtest.Server) {
	t.Helper()
	s := llmtest.New(t)
	client, err := llm.New(llm.Config{BaseURL: s.URL, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	o, err := NewOpenAI(context.Background(), client, "nomic-embed-text")
	if err != nil {
		t.Fatal(err)
	}
	return o, s
}

func TestOpenAIBatchesAndNormalizes(t *testing.T) {
	o, s := openAI(t)
	if o.Name() != "openai-nomic-embed-text-d64" {
		t.Errorf("Name = %q", o.Name())
	}
	var texts []string
	for i := range 150 {
		texts = append(texts, fmt.Sprintf("passage %d about Stalin and reform number%d", i, i))
	}
	vs, err := o.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	reqs := s.Embeddings()
	if len(reqs) != 4 { // the dimension probe, then 64 + 64 + 22
		t.Fatalf("%d requests, want 4", len(reqs))
	}
	for _, r := range reqs {
		if r.EncodingFormat != "float" || r.Model != "nomic-embed-text" || len(r.Input) > openAIBatch {
			t.Errorf("request = %+v", r)
		}
	}
	raw := llmtest.BagOfWords(64)
	for i, v := range vs {
		if n := math.Sqrt(dot(v, v)); math.Abs(n-1) > 1e-5 {
			t.Fatalf("vector %d has norm %f", i, n)
		}
		want := raw(texts[i])
		Normalize(want)
		if dot(v, want) < 0.9999 {
			t.Fatalf("vector %d is not the one for its text", i)
		}
	}
}

func TestOpenAIRejectsAnotherDimension(t *testing.T) {
	o, s := openAI(t)
	s.Embed = llmtest.BagOfWords(32)
	_, err := o.Embed(context.Background(), []string{"Stalin"})
	if err == nil || !strings.Contains(err.Error(), "32 dimensions, not 64") {
		t.Errorf("err = %v", err)
	}
}

func TestOpenAIReportsAMissingModel(t *testing.T) {
	s := llmtest.New(t)
	client, err := llm.New(llm.Config{BaseURL: strings.TrimSuffix(s.URL, "/v1"), Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewOpenAI(context.Background(), client, ""); err == nil || !strings.Contains(err.Error(), "embedding model text-embedding-3-small") || !strings.Contains(err.Error(), "/v1") {
		t.Errorf("err = %v", err)
	}
}
