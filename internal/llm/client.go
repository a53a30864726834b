// Package llm talks to any OpenAI-compatible server (OpenAI, Ollama, vLLM,
// llama.cpp's server) through go-openai, adding what go-openai leaves to
// its callers: timeouts, retries with backoff, streams that must end
// properly, and errors told in one sentence that never hold the API key.
//
// It imports nothing of studyguide's: embed, generate and modelguide build
// on it. Its errors name the settings their hints are about
// (Error.Settings); only the command names the flags that change them.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Defaults for a Config's zero fields.
const (
	DefaultBaseURL = "https://api.openai.com/v1"
	DefaultModel   = "gpt-4o-mini"
	DefaultTimeout = 2 * time.Minute
	// DefaultStall bounds the silence inside a stream.
	DefaultStall = time.Minute
)

// Config says how to reach a server.
type Config struct {
	// BaseURL is the API's root, usually ending in /v1; empty means
	// OpenAI's.
	BaseURL string
	// APIKey is sent as a bearer token; local servers need none.
	APIKey string
	// Model answers chat requests; empty means DefaultModel.
	Model string
	// Timeout bounds one attempt of a request: all of a plain one, and the
	// wait for a stream's first byte. 0 means DefaultTimeout.
	Timeout time.Duration
	// StallTimeout bounds the wait for the next piece of a stream's
	// answer, however many bytes come meanwhile; 0 means the smaller of
	// Timeout and DefaultStall.
	StallTimeout time.Duration
	// Retry says how failed requests are retried; zero fields take
	// DefaultRetry's values.
	Retry Retry
	// Transport carries the requests; nil means a copy of Go's default
	// transport, which honours $HTTPS_PROXY.
	Transport http.RoundTripper
}

// Client sends chat and embedding requests to one server.
type Client struct {
	api *openai.Client
	cfg Config
}

// New returns a client for cfg. It checks the base URL but sends nothing.
func New(cfg Config) (*Client, error) {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	u, err := url.Parse(cfg.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, Errorf(BaseURL, "the base URL %q is not an http:// or https:// address, as in http://localhost:11434/v1", redact(cfg.BaseURL, cfg.APIKey))
	}
	if cfg.Model == "" {
		cfg.Model = DefaultModel
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.StallTimeout <= 0 {
		cfg.StallTimeout = min(cfg.Timeout, DefaultStall)
	}
	cfg.Retry = cfg.Retry.withDefaults()
	tr := cfg.Transport
	if tr == nil {
		tr = http.DefaultTransport.(*http.Transport).Clone()
	}
	if cfg.APIKey != "" {
		keys.Store(cfg.APIKey, true)
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	oc.HTTPClient = &doer{
		client:  &http.Client{Transport: tr, Timeout: cfg.Timeout},
		streams: &http.Client{Transport: tr},
		timeout: cfg.Timeout, stall: cfg.StallTimeout, retry: cfg.Retry,
	}
	return &Client{api: openai.NewClientWithConfig(oc), cfg: cfg}, nil
}

// Model is the chat model the client asks.
func (c *Client) Model() string { return c.cfg.Model }

// Roles of chat messages.
const (
	System    = openai.ChatMessageRoleSystem
	User      = openai.ChatMessageRoleUser
	Assistant = openai.ChatMessageRoleAssistant
)

// Message is one chat message.
type Message struct {
	Role    string
	Content string
}

// Request is one chat request.
type Request struct {
	Messages []Message
	// MaxTokens bounds the answer's length; 0 leaves it to the server.
	MaxTokens int
	// Schema asks for JSON that matches a JSON Schema (structured output).
	// A server that does not support it answers 400: an *Error with
	// Status 400, after which a caller may ask again with JSON instead.
	Schema *Schema
	// JSON asks for a JSON object, without a schema.
	JSON bool
}

// Schema names a JSON Schema for structured output.
type Schema struct {
	Name   string
	Schema json.RawMessage
	Strict bool
}

// Completion is a model's whole answer.
type Completion struct {
	Text string
	// FinishReason is why the model stopped: "stop", "length", ...
	FinishReason string
	// Truncated is true when the model stopped at its length limit.
	Truncated bool
}

// Stream sends req and writes the answer to w as it arrives; w may be
// nil. A stream that ends before [DONE] or without a finish reason, that
// sends no piece of the answer for the stall timeout (keep-alives and
// empty chunks do not count), or that runs past its bound (a little
// above req.MaxTokens), is an error, not a short answer.
func (c *Client) Stream(ctx context.Context, req Request, w io.Writer) (Completion, error) {
	ctx, t := withTally(ctx, c.cfg.Model)
	t.bounds = limitsFor(req.MaxTokens, true)
	ctx = withLimits(ctx, t.bounds)
	stream, err := c.api.CreateChatCompletionStream(ctx, c.chatRequest(req))
	if err != nil {
		return Completion{}, c.describe(ctx, err, t)
	}
	defer stream.Close()
	var text strings.Builder
	var finish openai.FinishReason
	choices := false
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if isDecode(err) {
			err = fmt.Errorf("%w: %w", errBadChunk, err)
		}
		if err != nil {
			return Completion{Text: text.String()}, c.describe(ctx, err, t)
		}
		// Some servers send chunks without choices (usage, content filter
		// results); a stream of nothing else has no answer in it.
		choices = choices || len(chunk.Choices) > 0
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
			if ch.Delta.Content == "" {
				continue
			}
			if int64(text.Len()+len(ch.Delta.Content)) > t.bounds.Answer {
				// The body's reader counts too, but may have let
				// through the rest of a read it found too long.
				return Completion{Text: text.String()}, c.tooLong(t)
			}
			text.WriteString(ch.Delta.Content)
			if w != nil {
				if _, err := io.WriteString(w, ch.Delta.Content); err != nil {
					return Completion{Text: text.String()}, fmt.Errorf("write the answer: %w", err)
				}
			}
		}
	}
	if !choices {
		return Completion{}, c.noChoices()
	}
	return c.finished(text.String(), finish)
}

// noChoices is the error for a response whose choices list is empty.
func (c *Client) noChoices() error {
	return &Error{Settings: Model, msg: fmt.Sprintf("the server at %s sent no answer (an empty choices list); try again, or check the model", c.host())}
}

// Complete sends req and returns the whole answer at once. A reply
// larger than its bound (a little above req.MaxTokens) is refused before
// it is decoded.
func (c *Client) Complete(ctx context.Context, req Request) (Completion, error) {
	ctx, t := withTally(ctx, c.cfg.Model)
	t.bounds = limitsFor(req.MaxTokens, false)
	ctx = withLimits(ctx, t.bounds)
	resp, err := c.api.CreateChatCompletion(ctx, c.chatRequest(req))
	if err != nil {
		return Completion{}, c.describe(ctx, err, t)
	}
	if len(resp.Choices) == 0 {
		return Completion{}, c.noChoices()
	}
	ch := resp.Choices[0]
	if int64(len(ch.Message.Content)+len(ch.Message.ReasoningContent)) > t.bounds.Answer {
		return Completion{}, c.tooLong(t)
	}
	return c.finished(ch.Message.Content, ch.FinishReason)
}

// finished checks why the model stopped.
func (c *Client) finished(text string, finish openai.FinishReason) (Completion, error) {
	out := Completion{Text: text, FinishReason: string(finish)}
	switch finish {
	case "":
		return out, &Error{msg: fmt.Sprintf("the server at %s ended the answer without saying why (no finish reason); it may be incomplete", c.host())}
	case openai.FinishReasonContentFilter:
		return out, &Error{msg: fmt.Sprintf("the server at %s stopped the answer with its content filter", c.host())}
	case openai.FinishReasonLength:
		out.Truncated = true
	}
	return out, nil
}

func (c *Client) chatRequest(req Request) openai.ChatCompletionRequest {
	r := openai.ChatCompletionRequest{Model: c.cfg.Model}
	for _, m := range req.Messages {
		r.Messages = append(r.Messages, openai.ChatCompletionMessage{Role: m.Role, Content: m.Content})
	}
	if req.MaxTokens > 0 {
		// Reasoning models refuse max_tokens; other servers may not know
		// max_completion_tokens yet.
		if reasoning(c.cfg.Model) {
			r.MaxCompletionTokens = req.MaxTokens
		} else {
			r.MaxTokens = req.MaxTokens
		}
	}
	switch {
	case req.Schema != nil:
		r.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name: req.Schema.Name, Schema: req.Schema.Schema, Strict: req.Schema.Strict,
			},
		}
	case req.JSON:
		r.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return r
}

func reasoning(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// Embed returns the embedding of each text from model, in order, exactly
// as the server sent them (not normalized).
func (c *Client) Embed(ctx context.Context, model string, texts []string) ([][]float32, error) {
	if len(texts) == 0 {
		return nil, nil
	}
	ctx, t := withTally(ctx, model)
	resp, err := c.api.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
		Input: texts, Model: openai.EmbeddingModel(model), EncodingFormat: openai.EmbeddingEncodingFormatFloat,
	})
	if err != nil {
		return nil, c.describe(ctx, err, t)
	}
	if len(resp.Data) != len(texts) {
		return nil, &Error{Settings: LocalEmbedder, msg: fmt.Sprintf("the server at %s returned %s for %s; it may not take several texts in one request: try another server, or the local embedder", c.host(), count(len(resp.Data), "vector"), count(len(texts), "text"))}
	}
	out := make([][]float32, len(texts))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(out) || out[d.Index] != nil || len(d.Embedding) == 0 {
			return nil, &Error{Settings: EmbedModel, msg: fmt.Sprintf("the server at %s returned an empty vector, or one with a bad or repeated index (%d); is %q an embedding model?", c.host(), d.Index, model)}
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}

// count says "1 text" or "3 texts".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
