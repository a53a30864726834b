package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/llm"
	"studyguide/prompts"
)

// llmCategory groups the flags of LLM mode in --help.
const llmCategory = "LLM mode (any OpenAI-compatible API)"

// apiOptions reach the API, for commands that answer or embed through it.
type apiOptions struct {
	baseURL string
	apiKey  string
	offline bool
	timeout time.Duration
}

func (o *apiOptions) flags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name:        "base-url",
			Usage:       "use the OpenAI-compatible API at `URL`, such as http://localhost:11434/v1 for Ollama",
			DefaultText: llm.DefaultBaseURL,
			EnvVars:     []string{"OPENAI_BASE_URL"},
			Category:    llmCategory,
			Destination: &o.baseURL,
		},
		&cli.StringFlag{
			Name:  "api-key",
			Usage: "send `KEY` to the API; local servers need none (prefer the variable: flags show in process lists)",
			// DefaultText keeps the key out of --help: urfave/cli shows a
			// flag's value there, and a value from the environment counts.
			DefaultText: "none",
			EnvVars:     []string{"OPENAI_API_KEY"},
			Category:    llmCategory,
			Destination: &o.apiKey,
		},
		&cli.BoolFlag{
			Name:        "offline",
			Usage:       "answer from the essay's own sentences without the API, even when a key or URL is set",
			EnvVars:     []string{"STUDYGUIDE_OFFLINE"},
			Category:    llmCategory,
			Destination: &o.offline,
		},
		&cli.DurationFlag{
			Name:        "timeout",
			Usage:       "give up on a request, or a stream, when no part of its answer has come for `DURATION`",
			Value:       llm.DefaultTimeout,
			EnvVars:     []string{"STUDYGUIDE_TIMEOUT"},
			Category:    llmCategory,
			Destination: &o.timeout,
		},
	}
}

// modelOptions are the chat model's settings, for commands that answer
// with one.
type modelOptions struct {
	name    string
	prompts string
}

func (o *modelOptions) flags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name:        "model",
			Usage:       "answer with the chat model `NAME`",
			Value:       llm.DefaultModel,
			EnvVars:     []string{"STUDYGUIDE_MODEL"},
			Category:    llmCategory,
			Destination: &o.name,
		},
		&cli.StringFlag{
			Name:        "prompts",
			Usage:       "read prompt templates from `DIR`; its files replace the built-in ones of the same name (answer.tmpl, guide.tmpl, rewrite.tmpl, system.tmpl)",
			EnvVars:     []string{"STUDYGUIDE_PROMPTS"},
			Category:    llmCategory,
			Destination: &o.prompts,
		},
	}
}

// embedOptions choose how passages are embedded for search.
type embedOptions struct {
	name  string
	model string
}

func (o *embedOptions) flags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name:        "embedder",
			Usage:       "embed passages with `NAME`: local (offline) or openai (the API's /v1/embeddings)",
			Value:       "local",
			EnvVars:     []string{"STUDYGUIDE_EMBEDDER"},
			Category:    llmCategory,
			Destination: &o.name,
		},
		&cli.StringFlag{
			Name:        "embed-model",
			Usage:       "with --embedder openai, embed with the model `NAME`",
			Value:       embed.DefaultOpenAIModel,
			EnvVars:     []string{"STUDYGUIDE_EMBED_MODEL"},
			Category:    llmCategory,
			Destination: &o.model,
		},
	}
}

// apiTransport carries the API's requests; nil means Go's default
// transport. Tests replace it to reach a fake resolver, so that a failed
// DNS lookup never leaves the machine.
var apiTransport http.RoundTripper

// configured reports whether an API key or base URL is set.
func (o apiOptions) configured() bool {
	return o.apiKey != "" || o.baseURL != ""
}

// llmMode reports whether a command answers with a language model: an
// API key or base URL is set and --offline is not.
func (o apiOptions) llmMode() bool {
	return !o.offline && o.configured()
}

// newLLMClient builds the API client for the chat model named model (empty
// for a client that only embeds). It sends nothing.
func newLLMClient(o apiOptions, model string) (*llm.Client, error) {
	if o.timeout <= 0 {
		return nil, usageError("--timeout must be more than 0, not %s", o.timeout)
	}
	client, err := llm.New(llm.Config{
		BaseURL: strings.TrimSpace(o.baseURL), APIKey: strings.TrimSpace(o.apiKey),
		Model: strings.TrimSpace(model), Timeout: o.timeout, Transport: apiTransport,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errUsage, err)
	}
	return client, nil
}

// settingFlags say how a user of the CLI changes each setting that an API
// error's hint is about (llm.Error's Settings).
var settingFlags = []struct {
	setting llm.Setting
	flags   string
}{
	{llm.Model, "--model, $STUDYGUIDE_MODEL"},
	{llm.BaseURL, "--base-url, $OPENAI_BASE_URL"},
	{llm.APIKey, "--api-key, $OPENAI_API_KEY"},
	{llm.Timeout, "--timeout, $STUDYGUIDE_TIMEOUT"},
	{llm.EmbedModel, "--embed-model, $STUDYGUIDE_EMBED_MODEL"},
	{llm.LocalEmbedder, "--embedder local"},
}

// flagHint names the flags that change the settings err's hint is about,
// as " (--timeout, $STUDYGUIDE_TIMEOUT)", or "" when it names none.
func flagHint(err error) string {
	var e *llm.Error
	if !errors.As(err, &e) || e.Settings == 0 {
		return ""
	}
	var parts []string
	for _, sf := range settingFlags {
		if e.Settings&sf.setting != 0 {
			parts = append(parts, sf.flags)
		}
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// newModel returns the language model that answers in LLM mode, or nil
// offline.
func newModel(api apiOptions, o modelOptions, corp *essay.Corpus) (*generate.LLM, error) {
	if !api.llmMode() {
		return nil, nil
	}
	set, err := prompts.Load(o.prompts)
	if err != nil {
		return nil, usageError("%v", err)
	}
	client, err := newLLMClient(api, o.name)
	if err != nil {
		return nil, err
	}
	return &generate.LLM{Client: client, Prompts: set, Title: corp.Title(), Author: corp.Author()}, nil
}

// newEmbedder returns the embedder --embedder names. The API embedder
// asks the server once, to learn its vectors' dimension.
func newEmbedder(ctx context.Context, api apiOptions, o embedOptions) (embed.Embedder, error) {
	if isLocal(o) {
		return embed.NewLocal(0), nil
	}
	switch name := strings.ToLower(strings.TrimSpace(o.name)); name {
	case "openai":
		if api.offline {
			return nil, usageError("--embedder openai sends passages to the API, so it cannot be used with --offline")
		}
		if !api.configured() {
			return nil, usageError("--embedder openai needs --base-url or --api-key ($OPENAI_BASE_URL, $OPENAI_API_KEY)")
		}
		client, err := newLLMClient(api, "")
		if err != nil {
			return nil, err
		}
		return embed.NewOpenAI(ctx, client, strings.TrimSpace(o.model))
	default:
		return nil, usageError("--embedder must be local or openai, not %q", name)
	}
}

// isLocal reports whether o names the local embedder.
func isLocal(o embedOptions) bool {
	name := strings.ToLower(strings.TrimSpace(o.name))
	return name == "" || name == "local"
}
