package main

import (
	"encoding/json"
	"fmt"
	stdhtml "html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
	"studyguide/internal/llm/llmtest"
)

var (
	guideQuestionRe = regexp.MustCompile(`(?s)<question>\n(.*?)\n</question>`)
	guideLabelRe    = regexp.MustCompile(`<passage label="\[([^\]]+)\]">`)
)

// guideModel answers the guide's requests as a model that follows the
// prompt: for each question, two passages of evidence and a prompt at
// every level quoting the first. It records that quote.
type guideModel struct {
	t      *testing.T
	c      *essay.Corpus
	quotes chan string
	// tweak, if not nil, changes the reply to one question.
	tweak func(question string, r map[string]any)
}

func newGuideModel(t *testing.T) *guideModel {
	c := essaytest.Embedded(t)
	return &guideModel{t: t, c: c, quotes: make(chan string, 100)}
}

func (m *guideModel) respond(req openai.ChatCompletionRequest) (llmtest.Reply, bool) {
	msg := req.Messages[len(req.Messages)-1].Content
	q := guideQuestionRe.FindStringSubmatch(msg)
	labels := guideLabelRe.FindAllStringSubmatch(msg, -1)
	if q == nil || len(labels) == 0 {
		m.t.Errorf("not a guide request: %q", msg)
		return llmtest.Reply{}, false
	}
	// Evidence from the last two passages given that open with a
	// statement of eight words, quoting those words.
	var evidence []any
	var ref, quote string
	for i := len(labels) - 1; i >= 0 && len(evidence) < 2; i-- {
		p, _ := m.c.Lookup(labels[i][1])
		for _, s := range p.Sentences {
			if f := strings.Fields(s.Text); !s.Question && len(f) >= 8 {
				if quote == "" {
					ref, quote = p.Ref.String(), strings.Join(f[:8], " ")
				}
				evidence = append(evidence, map[string]any{"ref": p.Ref.String(), "quote": strings.Join(f[:8], " ")})
				break
			}
		}
	}
	m.quotes <- quote
	prompt := func(level string) map[string]any {
		return map[string]any{"level": level, "refs": []string{ref},
			"prompt": fmt.Sprintf("In [%s] the author writes “%s”. What does he argue there (%s)?", ref, quote, level)}
	}
	r := map[string]any{
		"evidence":   evidence,
		"discussion": []any{prompt("understand"), prompt("analyze"), prompt("evaluate"), prompt("create")},
		"historian":  []any{prompt("sourcing"), prompt("corroboration"), prompt("counterpoint")},
	}
	if m.tweak != nil {
		m.tweak(q[1], r)
	}
	data, _ := json.Marshal(r)
	return llmtest.Reply{Text: string(data)}, true
}

func (m *guideModel) sent() []string {
	var out []string
	for len(m.quotes) > 0 {
		out = append(out, <-m.quotes)
	}
	return out
}

// stripIndexNotice drops the notice that the index was built.
func stripIndexNotice(stderr string) string {
	return strings.TrimPrefix(stderr, "studyguide: building the search index: no saved index yet\n")
}

func TestGuideWithAModelInEveryFormat(t *testing.T) {
	t.Setenv("STUDYGUIDE_CONCURRENCY", "")
	m := newGuideModel(t)
	s := llmtest.New(t)
	s.Respond = m.respond
	html := filepath.Join(t.TempDir(), "guide.html")
	for _, args := range [][]string{{"guide", "--format", "json"}, {"guide"}, {"guide", "-o", html}} {
		before := len(s.Chats())
		code, out, stderr := runAPI(t, s, nil, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if n := len(s.Chats()) - before; n != 6 {
			t.Errorf("%v: %d requests, want one for each of the 6 questions", args, n)
		}
		if rest := stripIndexNotice(stderr); rest != "" && !strings.HasPrefix(rest, "Wrote ") {
			t.Errorf("%v: notices for a model whose every item checks out: %q", args, rest)
		}
		if len(args) == 3 && args[1] == "-o" {
			data, err := os.ReadFile(html)
			if err != nil {
				t.Fatal(err)
			}
			out = string(data)
			if !strings.HasPrefix(out, "<!DOCTYPE html>") {
				t.Errorf("not the HTML handout: %.80q", out)
			}
		}
		quotes := m.sent()
		if len(quotes) != 6 {
			t.Fatalf("%v: the model sent %d quotes", args, len(quotes))
		}
		// The quote's own quotation marks stand escaped in JSON and HTML.
		shown := stdhtml.UnescapeString(strings.ReplaceAll(out, `\"`, `"`))
		for _, q := range quotes {
			if !strings.Contains(shown, q) {
				t.Errorf("%v: the model's quote %q is not in the guide", args, q)
			}
		}
	}
}

func TestGuideWithAModelDropsWhatFails(t *testing.T) {
	t.Setenv("STUDYGUIDE_CONCURRENCY", "1")
	m := newGuideModel(t)
	m.tweak = func(question string, r map[string]any) {
		if !strings.HasPrefix(question, "What form can") {
			return
		}
		r["evidence"] = append(r["evidence"].([]any), map[string]any{"ref": "¶99", "quote": "Stalin was feared by every member of the Politburo"})
		d := r["discussion"].([]any)
		d[1] = map[string]any{"level": "analyze", "refs": []string{"¶57"}, "prompt": "The author writes “Stalin ruled alone and answered to nobody” [¶57]. Agree?"}
	}
	s := llmtest.New(t)
	s.Respond = m.respond
	code, out, stderr := runAPI(t, s, nil, "guide", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(out, "¶99") || strings.Contains(out, "Politburo") || strings.Contains(out, "ruled alone") {
		t.Errorf("a made-up ref or a misquote got into the guide:\n%s", out)
	}
	notices := stripIndexNotice(stderr)
	for _, want := range []string{
		"studyguide: guide question 1.1 [¶56]: dropped the evidence from ¶99: not in the corpus\n",
		"studyguide: guide question 1.1 [¶56]: repaired the analyze prompt: it quotes words that are not verbatim in ¶57; it is the offline guide's instead\n",
	} {
		if !strings.Contains(notices, want) {
			t.Errorf("stderr lacks %q:\n%s", want, notices)
		}
	}
	if strings.Count(notices, "\n") != 2 {
		t.Errorf("want two notices:\n%s", notices)
	}
	if got := s.MaxInFlight(); got != 1 {
		t.Errorf("$STUDYGUIDE_CONCURRENCY=1 let %d requests fly at once", got)
	}
}

func TestGuideWithAModelFailures(t *testing.T) {
	t.Setenv("STUDYGUIDE_CONCURRENCY", "")
	s := llmtest.New(t)
	s.Default(llmtest.Reply{Status: 401, Body: `{"error":{"message":"Incorrect API key provided: ` + testKey + `"}}`})
	code, out, stderr := runAPI(t, s, nil, "guide")
	if code != exitFailure || out != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing", code, out)
	}
	oneLine(t, stderr, "question 1.", "refused the API key")

	for _, n := range []string{"0", "17"} {
		code, _, stderr = runAPI(t, s, nil, "guide", "--concurrency", n)
		if code != exitUsage {
			t.Errorf("--concurrency %s: exit %d", n, code)
		}
		oneLine(t, stderr, "--concurrency must be from 1 to 16")
	}
}

func TestGuideOfflineWithAKeySendsNothing(t *testing.T) {
	t.Setenv("STUDYGUIDE_CONCURRENCY", "")
	s := llmtest.New(t)
	code, withKey, stderr := runAPI(t, s, nil, "guide", "--offline", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, plain, _ := runCLI(t, "guide", "--format", "json")
	if withKey != plain || len(s.Requests()) != 0 {
		t.Errorf("--offline: %d requests, and the guide differs from the one without a key", len(s.Requests()))
	}
}

func TestChatGuideUsesTheModel(t *testing.T) {
	t.Setenv("STUDYGUIDE_CONCURRENCY", "")
	m := newGuideModel(t)
	s := llmtest.New(t)
	s.Respond = m.respond
	code, out, stderr := runChatAPI(t, s, "/guide\n/quit\n")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	quotes := m.sent()
	if len(quotes) != 6 || len(s.Chats()) != 6 {
		t.Fatalf("/guide sent %d requests", len(s.Chats()))
	}
	for _, q := range quotes {
		if !strings.Contains(out, q) {
			t.Errorf("/guide lacks the model's quote %q", q)
		}
	}
}
