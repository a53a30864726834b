package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"studyguide/internal/answer"
	"studyguide/internal/llm/llmtest"
)

// testKey is the API key of every test against the fake server; no output
// may contain it.
const testKey = "sk-cli-7d1e40b2-never-print-me"

// runAPI runs the app in-process against the fake API s, with the key
// and base URL in the environment, and checks that neither output holds
// the key. stdout may be nil.
func runAPI(t *testing.T, s *llmtest.Server, stdout io.Writer, args ...string) (code int, out, errOut string) {
	t.Helper()
	t.Setenv("STUDYGUIDE_INDEX_DIR", t.TempDir())
	t.Setenv("OPENAI_API_KEY", testKey)
	t.Setenv("OPENAI_BASE_URL", s.URL)
	for _, v := range []string{"STUDYGUIDE_MODEL", "STUDYGUIDE_EMBEDDER", "STUDYGUIDE_EMBED_MODEL", "STUDYGUIDE_OFFLINE", "STUDYGUIDE_PROMPTS", "STUDYGUIDE_TIMEOUT"} {
		t.Setenv(v, "")
	}
	var outBuf, errBuf bytes.Buffer
	w := io.Writer(&outBuf)
	if stdout != nil {
		w = io.MultiWriter(stdout, &outBuf)
	}
	code = run(append([]string{"studyguide"}, args...), strings.NewReader(""), w, &errBuf)
	out, errOut = outBuf.String(), errBuf.String()
	for name, text := range map[string]string{"stdout": out, "stderr": errOut} {
		if strings.Contains(text, testKey) {
			t.Errorf("the API key appears on %s: %q", name, text)
		}
	}
	return code, out, errOut
}

// oneLine asserts that stderr, apart from the notice that the index was
// built, is one "studyguide: " line holding every one of want.
func oneLine(t *testing.T, stderr string, want ...string) {
	t.Helper()
	stderr = strings.TrimPrefix(stderr, "studyguide: building the search index: no saved index yet\n")
	if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "studyguide: ") {
		t.Errorf("stderr is not one line: %q", stderr)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr %q lacks %q", stderr, w)
		}
	}
}

const (
	question = "Was Stalin an all-powerful dictator?"
	// modelAnswer quotes ¶53 verbatim and cites a paragraph that does
	// not exist.
	modelAnswer = `Grover Furr argues that Stalin “was never "all-powerful."” [¶53] He also claims that the Politburo feared him [¶99].`
)

var labelRe = regexp.MustCompile(`<passage label="([^"]*)">`)

func TestAskJSONWithAModel(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: modelAnswer})
	code, out, stderr := runAPI(t, s, nil, "ask", "--json", question)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	chats := s.Chats()
	if len(chats) != 1 || len(s.Requests()) != 1 {
		t.Fatalf("%d chat requests of %d, want exactly one", len(chats), len(s.Requests()))
	}
	if auth := s.Requests()[0].Auth; auth != "Bearer "+testKey {
		t.Errorf("Authorization = %q", auth)
	}
	user := chats[0].Messages[len(chats[0].Messages)-1].Content
	labels := labelRe.FindAllStringSubmatch(user, -1)
	if len(labels) != 4 {
		t.Fatalf("%d labelled passages, want 4 (-k default): %q", len(labels), user)
	}
	for _, l := range labels {
		if !regexp.MustCompile(`^\[(¶\d+|note \d+)\]$`).MatchString(l[1]) {
			t.Errorf("passage label %q is not [¶N] or [note N]", l[1])
		}
	}
	if labels[0][1] != "[¶53]" || !strings.Contains(user, "In fact, Stalin was never \"all-powerful.\"") {
		t.Errorf("¶53 is not the first passage with its text: %q", user)
	}

	var ans answer.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if ans.Abstained || !strings.Contains(ans.Answer, "[¶53]") || !strings.Contains(ans.Answer, "[¶99: invalid citation]") || strings.Contains(ans.Answer, "[¶99]") {
		t.Errorf("answer = %q", ans.Answer)
	}
	if len(ans.Citations) != 1 || ans.Citations[0].Ref != "¶53" || ans.Citations[0].Quote != `was never "all-powerful."` || !ans.Citations[0].Supported {
		t.Errorf("citations = %+v", ans.Citations)
	}
	if len(ans.InvalidCitations) != 1 || ans.InvalidCitations[0].Ref != "¶99" || ans.InvalidCitations[0].Reason != "not in the corpus" {
		t.Errorf("invalid citations = %+v", ans.InvalidCitations)
	}
	if len(ans.Sources) != 4 || ans.Sources[0].Ref != "¶53" {
		t.Errorf("sources = %+v", ans.Sources)
	}
}

// gatedWriter closes a gate on its first write: the fake server holds the
// rest of the stream until then.
type gatedWriter struct {
	once sync.Once
	gate chan struct{}
}

func (g *gatedWriter) Write(p []byte) (int, error) {
	g.once.Do(func() { close(g.gate) })
	return len(p), nil
}

func TestAskStreamsAndFlags(t *testing.T) {
	s := llmtest.New(t)
	gw := &gatedWriter{gate: make(chan struct{})}
	s.Queue(llmtest.Reply{Text: modelAnswer, Gate: gw.gate})
	code, out, stderr := runAPI(t, s, gw, "ask", question)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if s.GateTimeouts() != 0 {
		t.Error("ask did not print the first piece of the answer before the rest arrived")
	}
	streamed, _, _ := strings.Cut(out, "\n")
	if !strings.HasPrefix(streamed, "Grover Furr argues that Stalin “was never") || strings.Contains(streamed, "[¶99]") ||
		!strings.HasSuffix(streamed, "[¶99: invalid citation].") {
		t.Errorf("streamed answer = %q", streamed)
	}
	for _, want := range []string{"Citations that did not check out", "[¶99] not in the corpus", "\nSources\n", "not settled fact"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAskTruncatedStreamIsAnError(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "Grover Furr argues that Stalin", NoDone: true, Finish: "-"})
	code, out, stderr := runAPI(t, s, nil, "ask", question)
	if code != exitFailure {
		t.Fatalf("exit %d, want 1", code)
	}
	oneLine(t, stderr, "closed the stream before it finished")
	if out != "Grover Furr argues that Stalin\n" {
		t.Errorf("stdout = %q", out)
	}
}

func TestAskLengthLimitIsReported(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: "Grover Furr argues that Stalin was never all-powerful [¶53]", Finish: "length"})
	code, out, _ := runAPI(t, s, nil, "ask", question)
	if code != exitOK || !strings.Contains(out, "stopped at its length limit") {
		t.Errorf("exit %d: %s", code, out)
	}
}

func TestAskRetriesThenAnswers(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Status: 429, RetryAfter: "0"}, llmtest.Reply{Status: 503, RetryAfter: "0"}, llmtest.Reply{Text: modelAnswer})
	code, out, stderr := runAPI(t, s, nil, "ask", "--json", question)
	if code != exitOK || !strings.Contains(out, `"ref": "¶53"`) {
		t.Fatalf("exit %d: %s %s", code, out, stderr)
	}
	if n := len(s.Chats()); n != 3 {
		t.Errorf("%d chat requests, want 3", n)
	}
}

func TestAskAPIFailures(t *testing.T) {
	html := "<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>"
	echo := `{"error":{"message":"Incorrect API key provided: ` + testKey + `","type":"invalid_request_error"}}`
	tests := []struct {
		name     string
		replies  []llmtest.Reply
		noV1     bool
		requests int
		want     []string
	}{
		{"persistent 503", repeat(llmtest.Reply{Status: 503, RetryAfter: "0"}, 5), false, 4,
			[]string{"503 Service Unavailable", "after 4 attempts"}},
		{"401", []llmtest.Reply{{Status: 401, Body: echo}}, false, 1,
			[]string{"refused the API key", "401 Unauthorized"}},
		{"400 echoing the key", []llmtest.Reply{{Status: 400, Body: `{"error":{"message":"bad key ` + testKey + `"}}`}}, false, 1,
			[]string{"400 Bad Request", "[redacted]"}},
		{"proxy page", repeat(llmtest.Reply{Status: 502, Body: html, ContentType: "text/html", RetryAfter: "0"}, 4), false, 4,
			[]string{"502 Bad Gateway with an HTML page", "a proxy or web server answered"}},
		{"no /v1", nil, true, 1, []string{`404 Not Found with text that is not the API's JSON ("404 page not found")`, "is the base URL missing /v1?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := llmtest.New(t)
			s.Queue(tt.replies...)
			args := []string{"ask", question}
			if tt.noV1 {
				args = append(args, "--base-url", strings.TrimSuffix(s.URL, "/v1"))
			}
			code, out, stderr := runAPI(t, s, nil, args...)
			if code != exitFailure {
				t.Fatalf("exit %d, want 1 (stderr %q)", code, stderr)
			}
			oneLine(t, stderr, tt.want...)
			if out != "" {
				t.Errorf("stdout = %q", out)
			}
			if n := len(s.Requests()); n != tt.requests {
				t.Errorf("%d requests, want %d", n, tt.requests)
			}
		})
	}
}

func repeat(r llmtest.Reply, n int) []llmtest.Reply {
	out := make([]llmtest.Reply, n)
	for i := range out {
		out[i] = r
	}
	return out
}

func TestAskAbstainsWithoutAskingTheModel(t *testing.T) {
	s := llmtest.New(t)
	code, out, _ := runAPI(t, s, nil, "ask", "--json", "How do I bake sourdough bread?")
	if code != exitOK || !strings.Contains(out, `"abstained": true`) || !strings.Contains(out, "does not address this question") {
		t.Errorf("exit %d: %s", code, out)
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("%d requests for a question the essay does not address", n)
	}
}

func TestOfflineSendsNothing(t *testing.T) {
	s := llmtest.New(t)
	code, out, stderr := runAPI(t, s, nil, "ask", "--offline", question)
	if code != exitOK || !strings.Contains(out, "Grover Furr argues: “") {
		t.Errorf("exit %d: %s %s", code, out, stderr)
	}
	t.Setenv("STUDYGUIDE_OFFLINE", "1")
	var outBuf, errBuf bytes.Buffer
	if code := run([]string{"studyguide", "ask", question}, strings.NewReader(""), &outBuf, &errBuf); code != exitOK {
		t.Errorf("$STUDYGUIDE_OFFLINE: exit %d: %s", code, errBuf.String())
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("offline mode sent %d requests", n)
	}
}

func TestEmbedderOpenAI(t *testing.T) {
	s := llmtest.New(t)
	dir := t.TempDir()
	code, out, stderr := runAPI(t, s, nil, "index", "--embedder", "openai", "--embed-model", "nomic-embed-text", "--index-dir", dir)
	if code != exitOK || !strings.Contains(out, "embedded with openai-nomic-embed-text-d64") {
		t.Fatalf("index: exit %d: %s %s", code, out, stderr)
	}
	embeds := s.Embeddings()
	chunks := 0
	if m := regexp.MustCompile(`in (\d+) chunks`).FindStringSubmatch(out); m != nil {
		chunks, _ = strconv.Atoi(m[1])
	}
	sent := 0
	for _, e := range embeds[1:] {
		sent += len(e.Input)
	}
	if len(embeds) < 2 || len(embeds[0].Input) != 1 || sent != chunks || chunks == 0 {
		t.Fatalf("index sent %d embedding requests with %d texts, want the probe and batches of all %d chunks", len(embeds), sent, chunks)
	}
	for _, e := range embeds {
		if e.EncodingFormat != "float" || e.Model != "nomic-embed-text" {
			t.Errorf("request = %+v", e)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*openai-nomic-embed-text-d64*")); len(files) != 1 {
		t.Errorf("saved index files: %v", files)
	}

	s.Queue(llmtest.Reply{Text: modelAnswer})
	code, out, stderr = runAPI(t, s, nil, "ask", "--json", "--embedder", "openai", "--embed-model", "nomic-embed-text", "--index-dir", dir, question)
	if code != exitOK || !strings.Contains(out, `"ref": "¶53"`) || stderr != "" {
		t.Fatalf("ask: exit %d: %s %s", code, out, stderr)
	}
	embeds = s.Embeddings()[len(embeds):]
	if len(embeds) != 2 || len(embeds[1].Input) != 1 || embeds[1].Input[0] != question {
		t.Errorf("ask should load the saved index and embed only the probe and the question: %+v", embeds)
	}
}

func TestLLMUsageErrors(t *testing.T) {
	s := llmtest.New(t)
	missing := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ask", "--embedder", "bogus", question}, "--embedder must be local or openai"},
		{[]string{"ask", "--embedder", "openai", "--offline", question}, "cannot be used with --offline"},
		{[]string{"ask", "--timeout", "0s", question}, "--timeout must be more than 0"},
		{[]string{"ask", "--base-url", "localhost:11434", question}, "not an http:// or https:// address"},
		{[]string{"ask", "--prompts", missing, question}, "no such file or directory"},
	}
	for _, tt := range tests {
		code, _, stderr := runAPI(t, s, nil, tt.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want 2 (%s)", tt.args, code, stderr)
		}
		oneLine(t, stderr, tt.want)
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("usage errors sent %d requests", n)
	}
}

func TestKeyStaysOutOfHelp(t *testing.T) {
	s := llmtest.New(t)
	for _, args := range [][]string{{"ask", "--help"}, {"index", "--help"}, {"--help"}} {
		code, out, _ := runAPI(t, s, nil, args...)
		if code != exitOK || !strings.Contains(out+" ", "studyguide") {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	// runAPI has checked every output for the key; check it would notice.
	if !strings.Contains(os.Getenv("OPENAI_API_KEY"), testKey) {
		t.Fatal("the key was not in the environment")
	}
}
