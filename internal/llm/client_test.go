package llm

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"studyguide/internal/llm/llmtest"
)

// secret is the API key of every test; no error may contain it.
const secret = "sk-test-5f3c9a1e-do-not-print"

// waits records the backoff waits a client asked for, instead of sleeping.
type waits struct {
	mu sync.Mutex
	d  []time.Duration
}

func (w *waits) sleep(ctx context.Context, d time.Duration) error {
	w.mu.Lock()
	w.d = append(w.d, d)
	w.mu.Unlock()
	return ctx.Err()
}

func (w *waits) all() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]time.Duration(nil), w.d...)
}

func newClient(t *testing.T, baseURL string) (*Client, *waits) {
	t.Helper()
	return newClientStalling(t, baseURL, 200*time.Millisecond)
}

// newClientStalling returns a client that gives up on a stream sending no
// content for stall.
func newClientStalling(t *testing.T, baseURL string, stall time.Duration) (*Client, *waits) {
	t.Helper()
	w := &waits{}
	c, err := New(Config{
		BaseURL: baseURL, APIKey: secret, Model: "test-model",
		Timeout: 5 * time.Second, StallTimeout: stall,
		Retry: Retry{Sleep: w.sleep, Jitter: func(d time.Duration) time.Duration { return d }},
	})
	if err != nil {
		t.Fatal(err)
	}
	return c, w
}

func ask(t *testing.T, c *Client) (Completion, error) {
	t.Helper()
	comp, err := c.Stream(context.Background(), Request{Messages: []Message{{Role: User, Content: "Was Stalin all-powerful?"}}}, nil)
	if err != nil {
		noKey(t, err.Error())
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("error is not one line: %q", err)
		}
	}
	return comp, err
}

func noKey(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(s, secret) {
		t.Errorf("the API key appears in %q", s)
	}
}

// recorder notes each write and closes a gate on the first one.
type recorder struct {
	mu     sync.Mutex
	pieces []string
	gate   chan struct{}
}

func (r *recorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.pieces) == 0 && r.gate != nil {
		close(r.gate)
	}
	r.pieces = append(r.pieces, string(p))
	return len(p), nil
}

func TestStreamWritesPiecesAsTheyArrive(t *testing.T) {
	s := llmtest.New(t)
	gate := make(chan struct{})
	s.Queue(llmtest.Reply{Text: "Furr argues that Stalin was never all-powerful [¶53].", Gate: gate})
	c, _ := newClient(t, s.URL)
	rec := &recorder{gate: gate}
	comp, err := c.Stream(context.Background(), Request{Messages: []Message{{Role: User, Content: "q"}}}, rec)
	if err != nil {
		t.Fatal(err)
	}
	if comp.Text != "Furr argues that Stalin was never all-powerful [¶53]." || comp.FinishReason != "stop" || comp.Truncated {
		t.Errorf("completion = %+v", comp)
	}
	if s.GateTimeouts() != 0 {
		t.Error("the first piece was not written before the rest of the stream came")
	}
	if len(rec.pieces) < 5 || strings.Join(rec.pieces, "") != comp.Text {
		t.Errorf("pieces = %q", rec.pieces)
	}
	chats := s.Chats()
	if len(chats) != 1 || !chats[0].Stream || chats[0].Model != "test-model" {
		t.Fatalf("requests = %+v", chats)
	}
	if auth := s.Requests()[0].Auth; auth != "Bearer "+secret {
		t.Errorf("Authorization = %q", auth)
	}
}

func TestStreamThatEndsBadlyIsAnError(t *testing.T) {
	tests := []struct {
		name  string
		reply llmtest.Reply
		want  string
	}{
		{"no [DONE]", llmtest.Reply{Text: "Furr argues that", NoDone: true, Finish: "-"}, "[DONE] never came"},
		{"no [DONE] after a finish reason", llmtest.Reply{Text: "Furr argues.", NoDone: true}, "[DONE] never came"},
		{"no finish reason", llmtest.Reply{Text: "Furr argues that", Finish: "-"}, "no finish reason"},
		{"stall", llmtest.Reply{Text: "Furr argues that", Stall: true}, "no part of the answer came from"},
		{"content filter", llmtest.Reply{Text: "Furr", Finish: "content_filter"}, "content filter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := llmtest.New(t)
			s.Queue(tt.reply)
			c, _ := newClient(t, s.URL)
			comp, err := ask(t, c)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if !strings.HasPrefix(comp.Text, "Furr") {
				t.Errorf("the partial text is lost: %q", comp.Text)
			}
			if n := s.Count("/v1/chat/completions"); n != 1 {
				t.Errorf("%d requests: a stream that began is not retried", n)
			}
		})
	}
}

func TestStreamAtLengthLimitIsTruncated(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "Furr argues that Stalin", Finish: "length"})
	c, _ := newClient(t, s.URL)
	comp, err := ask(t, c)
	if err != nil || !comp.Truncated || comp.FinishReason != "length" {
		t.Errorf("completion = %+v, err = %v", comp, err)
	}
}

func TestRetriedThenSucceeds(t *testing.T) {
	tests := []struct {
		name  string
		fail  llmtest.Reply
		waits []time.Duration
	}{
		{"429 Retry-After 0", llmtest.Reply{Status: 429, RetryAfter: "0"}, []time.Duration{0}},
		{"503 Retry-After 0", llmtest.Reply{Status: 503, RetryAfter: "0"}, []time.Duration{0}},
		{"503 Retry-After 2", llmtest.Reply{Status: 503, RetryAfter: "2"}, []time.Duration{2 * time.Second}},
		{"500 backs off", llmtest.Reply{Status: 500}, []time.Duration{time.Second}},
		{"408", llmtest.Reply{Status: 408}, []time.Duration{time.Second}},
		{"dropped connection", llmtest.Reply{Drop: true}, []time.Duration{time.Second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := llmtest.New(t)
			s.Queue(tt.fail, llmtest.Reply{Text: "Furr argues [¶53]."})
			c, w := newClient(t, s.URL)
			comp, err := ask(t, c)
			if err != nil || comp.Text != "Furr argues [¶53]." {
				t.Fatalf("completion = %+v, err = %v", comp, err)
			}
			if n := s.Count("/v1/chat/completions"); n != 2 {
				t.Errorf("%d requests, want 2", n)
			}
			if got := w.all(); len(got) != 1 || got[0] != tt.waits[0] {
				t.Errorf("waits = %v, want %v", got, tt.waits)
			}
		})
	}
}

func TestPersistentFailureStopsAfterFourAttempts(t *testing.T) {
	s := llmtest.New(t)
	for range 5 {
		s.Queue(llmtest.Reply{Status: 503})
	}
	c, w := newClient(t, s.URL)
	_, err := ask(t, c)
	var e *Error
	if !errors.As(err, &e) || e.Status != 503 {
		t.Fatalf("err = %#v", err)
	}
	for _, want := range []string{"503 Service Unavailable", "after 4 attempts", "try again later"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q lacks %q", err, want)
		}
	}
	if n := s.Count("/v1/chat/completions"); n != 4 {
		t.Errorf("%d requests, want 4", n)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}
	if got := w.all(); len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("backoff waits = %v, want %v", got, want)
	}
}

func TestRetryAfterBeyondTheCapIsNotAwaited(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Status: 429, RetryAfter: "3600"}, llmtest.Reply{Text: "never"})
	c, w := newClient(t, s.URL)
	_, err := ask(t, c)
	if err == nil || !strings.Contains(err.Error(), "429") || !strings.Contains(err.Error(), "asked to wait 1h0m0s") {
		t.Fatalf("err = %v", err)
	}
	if n := s.Count("/v1/chat/completions"); n != 1 || len(w.all()) != 0 {
		t.Errorf("%d requests and waits %v, want 1 and none", n, w.all())
	}
}

func TestOutOfQuotaIsNotRetried(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Status: 429, Body: `{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}`})
	c, _ := newClient(t, s.URL)
	if _, err := ask(t, c); err == nil || !strings.Contains(err.Error(), "exceeded your current quota") {
		t.Fatalf("err = %v", err)
	}
	if n := s.Count("/v1/chat/completions"); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}

func TestClientErrorsAreNotRetried(t *testing.T) {
	// The server echoes the key, as OpenAI's 401 does in part.
	echo := `{"error":{"message":"Incorrect API key provided: ` + secret + `","type":"invalid_request_error"}}`
	tests := []struct {
		reply llmtest.Reply
		want  []string
	}{
		{llmtest.Reply{Status: 400, Body: `{"error":{"message":"max_tokens is too large: ` + secret + `"}}`}, []string{"rejected the request (400 Bad Request)", "max_tokens is too large"}},
		{llmtest.Reply{Status: 401, Body: echo}, []string{"refused the API key (401 Unauthorized)", "check the API key"}},
		{llmtest.Reply{Status: 403}, []string{"may not use this model", "403 Forbidden"}},
		{llmtest.Reply{Status: 404, Body: `{"error":{"message":"model 'test-model' not found"}}`}, []string{`model "test-model"`, "404 Not Found", "/v1"}},
		// vLLM's own error shape.
		{llmtest.Reply{Status: 404, Body: `{"object":"error","message":"The model test-model does not exist.","type":"NotFoundError","code":404}`},
			[]string{`model "test-model" or the API`, "404 Not Found): The model test-model does not exist."}},
	}
	for _, tt := range tests {
		t.Run(tt.want[0], func(t *testing.T) {
			s := llmtest.New(t)
			s.Queue(tt.reply, llmtest.Reply{Text: "never"})
			c, w := newClient(t, s.URL)
			_, err := ask(t, c)
			if err == nil {
				t.Fatal("no error")
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%q lacks %q", err, want)
				}
			}
			if n := s.Count("/v1/chat/completions"); n != 1 || len(w.all()) != 0 {
				t.Errorf("%d requests, waits %v: a %d must not be retried", n, w.all(), tt.reply.Status)
			}
		})
	}
}

func TestPagesThatAreNotTheAPI(t *testing.T) {
	s := llmtest.New(t)
	html := "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
	// Without /v1 the fake, like Ollama, answers a plain-text 404.
	c, _ := newClient(t, strings.TrimSuffix(s.URL, "/v1"))
	_, err := ask(t, c)
	if err == nil || !strings.Contains(err.Error(), "404 Not Found") || !strings.Contains(err.Error(), "is the base URL missing /v1?") {
		t.Errorf("no /v1: err = %v", err)
	}

	for range 4 {
		s.Queue(llmtest.Reply{Status: 502, Body: html, ContentType: "text/html", RetryAfter: "0"})
	}
	c, _ = newClient(t, s.URL)
	_, err = ask(t, c)
	if err == nil || !strings.Contains(err.Error(), "502 Bad Gateway with an HTML page") || strings.Contains(err.Error(), "<") {
		t.Errorf("proxy page: err = %v", err)
	}

	s.Queue(llmtest.Reply{Status: 200, Body: html, ContentType: "text/html; charset=utf-8"})
	_, err = ask(t, c)
	if err == nil || !strings.Contains(err.Error(), "200 OK with an HTML page") {
		t.Errorf("web page: err = %v", err)
	}
}

func TestInterruptStopsAtOnce(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "Furr argues that", Stall: true})
	c, err := New(Config{BaseURL: s.URL, Model: "m", StallTimeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	rec := &recorder{gate: make(chan struct{})}
	go func() { <-rec.gate; cancel() }()
	if _, err := c.Stream(ctx, Request{Messages: []Message{{Role: User, Content: "q"}}}, rec); !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted stream: err = %v, want context.Canceled", err)
	}

	// An interrupt during a backoff wait ends the wait.
	s.Queue(llmtest.Reply{Status: 503, RetryAfter: "30"})
	ctx, cancel = context.WithCancel(context.Background())
	go func() {
		for s.Count("/v1/chat/completions") < 2 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	if _, err := c.Stream(ctx, Request{Messages: []Message{{Role: User, Content: "q"}}}, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted wait: err = %v, want context.Canceled", err)
	}
}

func TestConnectionRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	c, w := newClient(t, "http://"+addr+"/v1")
	_, err = ask(t, c)
	if err == nil || !strings.Contains(err.Error(), "connection refused") || !strings.Contains(err.Error(), "is the server running") {
		t.Errorf("err = %v", err)
	}
	if len(w.all()) != 0 {
		t.Errorf("a refused connection was retried: waits %v", w.all())
	}
}

func TestNewChecksTheBaseURL(t *testing.T) {
	for _, u := range []string{"localhost:11434", "ftp://x/v1", "http://", "::"} {
		if _, err := New(Config{BaseURL: u}); err == nil {
			t.Errorf("New accepted base URL %q", u)
		}
	}
	c, err := New(Config{})
	if err != nil || c.Model() != DefaultModel || c.cfg.BaseURL != DefaultBaseURL {
		t.Errorf("defaults: %+v, %v", c, err)
	}
}

func TestCompleteAndJSONFormat(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: `{"questions": []}`})
	c, _ := newClient(t, s.URL)
	comp, err := c.Complete(context.Background(), Request{
		Messages: []Message{{Role: User, Content: "q"}}, MaxTokens: 300,
		Schema: &Schema{Name: "guide", Schema: []byte(`{"type":"object"}`), Strict: true},
	})
	if err != nil || comp.Text != `{"questions": []}` {
		t.Fatalf("completion = %+v, err = %v", comp, err)
	}
	req := s.Chats()[0]
	if req.Stream || req.MaxTokens != 300 || req.ResponseFormat == nil || req.ResponseFormat.JSONSchema == nil || req.ResponseFormat.JSONSchema.Name != "guide" {
		t.Errorf("request = %+v", req)
	}
}

func TestEmbed(t *testing.T) {
	s := llmtest.New(t)
	c, _ := newClient(t, s.URL)
	vs, err := c.Embed(context.Background(), "embed-model", []string{"Stalin Stalin", "Beria"})
	if err != nil {
		t.Fatal(err)
	}
	want := llmtest.BagOfWords(64)
	for i, text := range []string{"Stalin Stalin", "Beria"} {
		if len(vs[i]) != 64 || !equal(vs[i], want(text)) {
			t.Errorf("vector %d is not the one for %q", i, text)
		}
	}
	reqs := s.Embeddings()
	if len(reqs) != 1 || reqs[0].EncodingFormat != "float" || reqs[0].Model != "embed-model" || len(reqs[0].Input) != 2 {
		t.Errorf("requests = %+v", reqs)
	}
	s.Embed = func(string) []float32 { return nil }
	if _, err := c.Embed(context.Background(), "missing", []string{"x"}); err == nil {
		t.Error("an empty embedding was accepted")
	}
}

func equal(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestRedact(t *testing.T) {
	if _, err := New(Config{APIKey: secret}); err != nil {
		t.Fatal(err)
	}
	if got := Redact("key " + secret + " here"); got != "key [redacted] here" {
		t.Errorf("Redact = %q", got)
	}
	if _, err := New(Config{BaseURL: "http://u:" + secret + "@:x", APIKey: secret}); err == nil || strings.Contains(err.Error(), secret) {
		t.Errorf("bad base URL error = %v", err)
	}
}

func TestParseRetryAfter(t *testing.T) {
	for v, want := range map[string]time.Duration{"0": 0, "2": 2 * time.Second, "1.5": 1500 * time.Millisecond} {
		if got, ok := parseRetryAfter(v); !ok || got != want {
			t.Errorf("parseRetryAfter(%q) = %v, %v", v, got, ok)
		}
	}
	if d, ok := parseRetryAfter(time.Now().Add(time.Minute).UTC().Format(http.TimeFormat)); !ok || d <= 0 || d > time.Minute {
		t.Errorf("date: %v %v", d, ok)
	}
	if _, ok := parseRetryAfter("soon"); ok {
		t.Error("parsed nonsense")
	}
}

func TestReasoningModelsGetMaxCompletionTokens(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "ok"})
	c, err := New(Config{BaseURL: s.URL, Model: "gpt-5-mini"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Stream(context.Background(), Request{Messages: []Message{{Role: User, Content: "q"}}, MaxTokens: 800}, nil); err != nil {
		t.Fatal(err)
	}
	if req := s.Chats()[0]; req.MaxTokens != 0 || req.MaxCompletionTokens != 800 {
		t.Errorf("max_tokens %d, max_completion_tokens %d", req.MaxTokens, req.MaxCompletionTokens)
	}
}
