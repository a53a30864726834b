package generate

import (
	"context"
	"errors"
	"io"
	"strings"

	"studyguide/internal/citation"
	"studyguide/internal/control"
	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/llm"
	"studyguide/prompts"
)

// LLM answers with a language model over an OpenAI-compatible API, from
// the retrieved passages only. Its draft is checked like any other: the
// model's citations are not trusted.
type LLM struct {
	Client  *llm.Client
	Prompts *prompts.Set
	// Title and Author name the corpus in the prompts; a Request's own
	// Author takes precedence.
	Title, Author string
	// MaxTokens bounds an answer; 0 means DefaultMaxTokens.
	MaxTokens int
}

var _ Generator = (*LLM)(nil)

// Limits of LLM requests. The history a request carries is bounded by
// its caller (package answer), not here: LLM sends what it is given.
const (
	DefaultMaxTokens = 800
	rewriteMaxTokens = 150
)

// Prompt template names.
const (
	systemPrompt  = "system.tmpl"
	answerPrompt  = "answer.tmpl"
	rewritePrompt = "rewrite.tmpl"
)

// Generate asks the model to answer req from its passages, writing the
// answer to stream as it arrives. When retrieval found that the corpus does
// not address the question, it abstains as the offline generator does,
// without asking the model.
func (g *LLM) Generate(ctx context.Context, req Request, stream io.Writer) (Draft, error) {
	if err := ctx.Err(); err != nil {
		return Draft{}, err
	}
	// The byline answers who wrote the text and when, as offline: the
	// model's passages do not hold it, and its sentence would cite none.
	if d, ok := bylineAnswer(req); ok {
		return d, write(stream, d.Text)
	}
	if !addressed(req.Retrieval) {
		return abstain(req.Retrieval, stream)
	}
	msgs, err := g.Messages(req)
	if err != nil {
		return Draft{}, err
	}
	c, err := g.Client.Stream(ctx, llm.Request{Messages: msgs, MaxTokens: or(g.MaxTokens, DefaultMaxTokens)}, stream)
	// The model's escape sequences and control characters go before the
	// text is checked or kept: `ask --json` prints it as it is.
	c.Text = control.Strip(c.Text)
	if err != nil {
		return Draft{Text: c.Text}, err
	}
	text := strings.TrimSpace(c.Text)
	if text == "" {
		return Draft{}, errors.New("the model sent an empty answer")
	}
	return Draft{Text: text, Truncated: c.Truncated, Abstained: declines(text)}, nil
}

// passageData is one passage as the answer prompt shows it.
type passageData struct {
	// Label is the ref as the model must cite it: "[¶53]".
	Label string
	Text  string
	// Voice names whose note it is when not the author's ("the editor,
	// signed —M."), so that the model does not credit it to the author.
	Voice string
	// Quotes names the writers whose words the passage quotes ("Stubbs,
	// Leibniz", "others" for words it credits to no one by name), so
	// that the model says the author quotes them (see quotesLabel).
	Quotes string
}

// voiceLabel names whose words passage p holds when they are not the
// author's: "the editor, signed —M.", or "".
func voiceLabel(p *essay.Passage) string {
	sp := p.Voice.Speaker()
	if sp == "" || p.Signature == "" {
		return sp
	}
	return sp + ", signed " + p.Signature
}

// Messages builds the chat request for req: the system's rules, the
// conversation so far (req.History, as given), then the passages and the
// question. req must hold at least one retrieved passage.
func (g *LLM) Messages(req Request) ([]llm.Message, error) {
	if req.Retrieval == nil || len(req.Retrieval.Hits) == 0 {
		return nil, errors.New("no passages to answer from")
	}
	author := req.Author
	if author == "" {
		author = g.Author
	}
	sys, err := g.Prompts.Render(systemPrompt, map[string]any{"Title": g.Title, "Author": author})
	if err != nil {
		return nil, err
	}
	var passages []passageData
	for _, h := range req.Retrieval.Hits {
		passages = append(passages, passageData{Label: h.Passage.Ref.Marker(), Text: Defuse(h.Passage.Text()), Voice: strings.ReplaceAll(Defuse(voiceLabel(h.Passage)), `"`, ""),
			Quotes: strings.ReplaceAll(Defuse(quotesLabel(h.Passage)), `"`, "")})
	}
	user, err := g.Prompts.Render(answerPrompt, map[string]any{"Question": req.Question, "Passages": passages})
	if err != nil {
		return nil, err
	}
	msgs := []llm.Message{{Role: llm.System, Content: sys}}
	for _, t := range req.History {
		msgs = append(msgs, llm.Message{Role: llm.User, Content: t.Question}, llm.Message{Role: llm.Assistant, Content: t.Answer})
	}
	return append(msgs, llm.Message{Role: llm.User, Content: user}), nil
}

// Rewrite turns a follow-up question into one that stands alone, given the
// conversation so far, so that retrieval can find its passages: "And his
// successor?" after a question about one leader becomes a question about
// the successor. With no history it returns question without asking the
// model. An empty or rambling reply gives back question itself.
//
//   - history: the conversation so far, oldest first, already bounded.
func (g *LLM) Rewrite(ctx context.Context, history []Turn, question string) (string, error) {
	if len(history) == 0 {
		return question, nil
	}
	prompt, err := g.Prompts.Render(rewritePrompt, map[string]any{
		"Title": g.Title, "Author": g.Author, "History": history, "Question": question,
	})
	if err != nil {
		return "", err
	}
	c, err := g.Client.Complete(ctx, llm.Request{
		Messages: []llm.Message{{Role: llm.User, Content: prompt}}, MaxTokens: rewriteMaxTokens,
	})
	if err != nil {
		return "", err
	}
	return standalone(c.Text, question), nil
}

// standalone cleans a rewritten question: its first line, without a label
// or quotes around it, or the original question if nothing sensible is
// left.
func standalone(reply, question string) string {
	line := ""
	for _, l := range strings.Split(reply, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			line = l
			break
		}
	}
	if i := strings.Index(line, ":"); i >= 0 && i < 30 && strings.Contains(strings.ToLower(line[:i]), "question") {
		line = strings.TrimSpace(line[i+1:])
	}
	line = strings.Trim(line, "\"“”'` ")
	if line == "" || len(line) > 3*len(question)+300 {
		return question
	}
	return line
}

// Recent returns the newest turns of history whose estimated tokens fit
// within budget, oldest first: the oldest turns are dropped first, and a
// turn that does not fit whole is dropped whole with every turn before it.
//
//   - history: the conversation, oldest first.
//   - budget: tokens allowed; 0 or less keeps no turn.
func Recent(history []Turn, budget int) []Turn {
	used := 0
	start := len(history)
	for i := len(history) - 1; i >= 0; i-- {
		used += TurnTokens(history[i])
		if used > budget {
			break
		}
		start = i
	}
	return history[start:]
}

// turnOverhead is a turn's cost beyond its text: the role markers a chat
// API wraps each message in.
const turnOverhead = 8

// TurnTokens is the estimated cost of one turn in a request.
func TurnTokens(t Turn) int {
	return EstimateTokens(t.Question) + EstimateTokens(t.Answer) + turnOverhead
}

// EstimateTokens estimates how many tokens a model counts in s. English
// averages about four bytes a token; the estimate rounds up, so that a
// budget is not exceeded by text it underrates. It is a budget, not a
// count.
func EstimateTokens(s string) int {
	return (len(s) + 3) / 4
}

// passageTagRe finds the prompts' own delimiters inside a passage or a
// question: <passage>, <passages> and the guide prompt's <question>.
var passageTagRe = lazyregexp.New(`(?i)<(/?\s*(?:passages?|question))`)

// Defuse keeps a passage's text from closing its delimiters in a prompt:
// a corpus that contains "</passage>" cannot smuggle text out of the data.
func Defuse(text string) string {
	return passageTagRe.ReplaceAllString(text, "‹$1")
}

// declines reports whether the model said the passages do not answer the
// question, citing nothing.
func declines(text string) bool {
	return len(citation.Parse(text)) == 0 && strings.Contains(strings.ToLower(text), "does not address")
}

func or(n, def int) int {
	if n > 0 {
		return n
	}
	return def
}
