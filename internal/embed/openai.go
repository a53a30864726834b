package embed

import (
	"context"
	"errors"
	"fmt"

	"studyguide/internal/llm"
)

// OpenAI embeds text with a model behind an OpenAI-compatible
// /v1/embeddings endpoint. Its vectors are normalized here, because some
// servers (Ollama) do not send unit vectors.
type OpenAI struct {
	client *llm.Client
	model  string
	dim    int
}

var _ Embedder = (*OpenAI)(nil)

// DefaultOpenAIModel is OpenAI's small embedding model.
const DefaultOpenAIModel = "text-embedding-3-small"

// openAIBatch is how many texts go in one request: well under OpenAI's
// limit of 2048 inputs, and small enough for a local server.
const openAIBatch = 64

// NewOpenAI returns an embedder that asks model through client. It embeds
// one short text to learn the model's dimension, which goes into Name and
// so into the index key.
func NewOpenAI(ctx context.Context, client *llm.Client, model string) (*OpenAI, error) {
	if client == nil {
		return nil, errors.New("the OpenAI embedder needs a client")
	}
	if model == "" {
		model = DefaultOpenAIModel
	}
	o := &OpenAI{client: client, model: model}
	vs, err := client.Embed(ctx, model, []string{"dimension probe"})
	if err != nil {
		return nil, fmt.Errorf("embedding model %s: %w", model, err)
	}
	if len(vs) != 1 || len(vs[0]) == 0 {
		return nil, fmt.Errorf("embedding model %s returned no vector", model)
	}
	o.dim = len(vs[0])
	return o, nil
}

// Name says whose vectors these are: the model and its dimension.
func (o *OpenAI) Name() string { return fmt.Sprintf("openai-%s-d%d", o.model, o.dim) }

// Embed returns one unit vector per text, in order, asking the server in
// batches. A batch with the wrong number of vectors, or a vector of the
// wrong length or not finite, is an error.
func (o *OpenAI) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += openAIBatch {
		batch := texts[start:min(start+openAIBatch, len(texts))]
		vs, err := o.client.Embed(ctx, o.model, batch)
		if err != nil {
			return nil, err
		}
		if len(vs) != len(batch) {
			return nil, fmt.Errorf("embedding model %s returned %d vectors for %d texts", o.model, len(vs), len(batch))
		}
		for i, v := range vs {
			if len(v) != o.dim {
				return nil, llm.Errorf(llm.EmbedModel, "embedding model %s returned a vector of %d dimensions, not %d as before; the server changed its vectors mid-run: try again, and check that the embedding model names one model", o.model, len(v), o.dim)
			}
			if !Finite(v) {
				return nil, fmt.Errorf("embedding model %s returned a vector that is not finite (text %d)", o.model, start+i)
			}
			Normalize(v)
			out = append(out, v)
		}
	}
	return out, nil
}
