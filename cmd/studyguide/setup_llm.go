package main

import (
	"net/http"
	"strings"

	"github.com/urfave/cli/v2"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/llm"
	"studyguide/prompts"
)

// llmCategory groups the flags of LLM mode in --help.
const llmCategory = "LLM mode (any OpenAI-compatible API)"

// apiFlags reach the API, for commands that answer or embed through it.
func apiFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name:        "base-url",
			Usage:       "use the OpenAI-compatible API at `URL`, such as http://localhost:11434/v1 for Ollama",
			DefaultText: llm.DefaultBaseURL,
			EnvVars:     []string{"OPENAI_BASE_URL"},
			Category:    llmCategory,
		},
		&cli.StringFlag{
			Name:  "api-key",
			Usage: "send `KEY` to the API; local servers need none (prefer the variable: flags show in process lists)",
			// DefaultText keeps the key out of --help: urfave/cli shows a
			// flag's value there, and a value from the environment counts.
			DefaultText: "none",
			EnvVars:     []string{"OPENAI_API_KEY"},
			Category:    llmCategory,
		},
		&cli.BoolFlag{
			Name:     "offline",
			Usage:    "answer from the essay's own sentences without the API, even when a key or URL is set",
			EnvVars:  []string{"STUDYGUIDE_OFFLINE"},
			Category: llmCategory,
		},
		&cli.DurationFlag{
			Name:     "timeout",
			Usage:    "give up on a request that has no answer after `DURATION`",
			Value:    llm.DefaultTimeout,
			EnvVars:  []string{"STUDYGUIDE_TIMEOUT"},
			Category: llmCategory,
		},
	}
}

// llmFlags are apiFlags and the model's settings, for commands that answer
// with a model.
func llmFlags() []cli.Flag {
	return append(apiFlags(),
		&cli.StringFlag{
			Name:     "model",
			Usage:    "answer with the chat model `NAME`",
			Value:    llm.DefaultModel,
			EnvVars:  []string{"STUDYGUIDE_MODEL"},
			Category: llmCategory,
		},
		&cli.StringFlag{
			Name:     "prompts",
			Usage:    "read prompt templates from `DIR`; its files replace the built-in ones of the same name (answer.tmpl, guide.tmpl, rewrite.tmpl, system.tmpl)",
			EnvVars:  []string{"STUDYGUIDE_PROMPTS"},
			Category: llmCategory,
		},
	)
}

// embedderFlags choose how passages are embedded for search.
func embedderFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name:     "embedder",
			Usage:    "embed passages with `NAME`: local (offline) or openai (the API's /v1/embeddings)",
			Value:    "local",
			EnvVars:  []string{"STUDYGUIDE_EMBEDDER"},
			Category: llmCategory,
		},
		&cli.StringFlag{
			Name:     "embed-model",
			Usage:    "with --embedder openai, embed with the model `NAME`",
			Value:    embed.DefaultOpenAIModel,
			EnvVars:  []string{"STUDYGUIDE_EMBED_MODEL"},
			Category: llmCategory,
		},
	}
}

// apiTransport carries the API's requests; nil means Go's default
// transport. Tests replace it to reach a fake resolver, so that a failed
// DNS lookup never leaves the machine.
var apiTransport http.RoundTripper

// apiConfigured reports whether an API key or base URL is set.
func apiConfigured(c *cli.Context) bool {
	return c.String("api-key") != "" || c.String("base-url") != ""
}

// llmMode reports whether a command answers with a language model: an
// API key or base URL is set and --offline is not.
func llmMode(c *cli.Context) bool {
	return !c.Bool("offline") && apiConfigured(c)
}

// newLLMClient builds the API client from the command's flags. It sends
// nothing.
func newLLMClient(c *cli.Context) (*llm.Client, error) {
	timeout := c.Duration("timeout")
	if timeout <= 0 {
		return nil, usageError("--timeout must be more than 0, not %s", timeout)
	}
	client, err := llm.New(llm.Config{
		BaseURL: strings.TrimSpace(c.String("base-url")), APIKey: strings.TrimSpace(c.String("api-key")),
		Model: strings.TrimSpace(c.String("model")), Timeout: timeout, Transport: apiTransport,
	})
	if err != nil {
		return nil, usageError("%v (--base-url, $OPENAI_BASE_URL)", err)
	}
	return client, nil
}

// newGenerator picks the generator: the language model in LLM mode, else
// the offline extractive one. The *generate.LLM is nil offline; in LLM
// mode it is the generator itself, for commands that also rewrite
// questions with it.
func newGenerator(c *cli.Context, corp *essay.Corpus) (generate.Generator, *generate.LLM, error) {
	if !llmMode(c) {
		return generate.Extractive{}, nil, nil
	}
	set, err := prompts.Load(c.String("prompts"))
	if err != nil {
		return nil, nil, usageError("%v", err)
	}
	client, err := newLLMClient(c)
	if err != nil {
		return nil, nil, err
	}
	g := &generate.LLM{Client: client, Prompts: set, Title: corp.Title(), Author: corp.Author()}
	return g, g, nil
}

// newEmbedder returns the embedder --embedder names. The API embedder
// asks the server once, to learn its vectors' dimension.
func newEmbedder(c *cli.Context) (embed.Embedder, error) {
	switch name := strings.ToLower(strings.TrimSpace(c.String("embedder"))); name {
	case "", "local":
		return embed.NewLocal(0), nil
	case "openai":
		if c.Bool("offline") {
			return nil, usageError("--embedder openai sends passages to the API, so it cannot be used with --offline")
		}
		if !apiConfigured(c) {
			return nil, usageError("--embedder openai needs --base-url or --api-key ($OPENAI_BASE_URL, $OPENAI_API_KEY)")
		}
		client, err := newLLMClient(c)
		if err != nil {
			return nil, err
		}
		return embed.NewOpenAI(c.Context, client, strings.TrimSpace(c.String("embed-model")))
	default:
		return nil, usageError("--embedder must be local or openai, not %q", name)
	}
}
