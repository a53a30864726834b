package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"studyguide/internal/llm/llmtest"
)

// faultTimeout is the --timeout of fault tests: short, so that a server
// that never answers fails fast, yet long enough that a loaded machine
// (CI runs these under the race detector) still hears a quick server.
const faultTimeout = "1s"

// deadline bounds one run of the app in a fault test: far beyond
// faultTimeout, yet short enough that a hang fails the test instead of
// stalling the suite.
const deadline = 20 * time.Second

// runAt runs the app in-process against the API at baseURL, with the key
// in the environment and dir as the index folder. It fails the test if the
// app does not return within deadline, and checks that no output holds
// the key.
func runAt(t *testing.T, baseURL, dir string, args ...string) (code int, out, errOut string) {
	t.Helper()
	t.Setenv("STUDYGUIDE_INDEX_DIR", dir)
	t.Setenv("OPENAI_API_KEY", testKey)
	t.Setenv("OPENAI_BASE_URL", baseURL)
	for _, v := range []string{"STUDYGUIDE_MODEL", "STUDYGUIDE_EMBEDDER", "STUDYGUIDE_EMBED_MODEL", "STUDYGUIDE_OFFLINE",
		"STUDYGUIDE_PROMPTS", "STUDYGUIDE_TIMEOUT", "STUDYGUIDE_CORPUS", "STUDYGUIDE_K"} {
		t.Setenv(v, "")
	}
	var outBuf, errBuf bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(append([]string{"studyguide"}, args...), strings.NewReader(""), &outBuf, &errBuf)
	}()
	select {
	case code = <-done:
	case <-time.After(deadline):
		t.Fatalf("%v hung: no exit within %s", args, deadline)
	}
	out, errOut = outBuf.String(), errBuf.String()
	for name, text := range map[string]string{"stdout": out, "stderr": errOut} {
		if strings.Contains(text, testKey) {
			t.Errorf("the API key appears on %s: %q", name, text)
		}
	}
	return code, out, errOut
}

// closedPort returns the address of a loopback port that nothing listens
// on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// silentListener accepts connections and never reads or writes: a server
// that took the call and went quiet, below HTTP.
func silentListener(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	conns := make(chan net.Conn, 16)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			conns <- c
		}
	}()
	t.Cleanup(func() {
		l.Close()
		for {
			select {
			case c := <-conns:
				c.Close()
			default:
				return
			}
		}
	})
	return l.Addr().String()
}

// fakeResolver makes the app look the API's host up through an in-process
// DNS server, so that no lookup leaves the machine. answer gets each query
// and returns the response, or nil to end the exchange; a nil answer
// makes the DNS server unreachable (connection refused).
func fakeResolver(t *testing.T, answer func(query []byte) []byte) {
	t.Helper()
	r := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		if answer == nil {
			return nil, &net.OpError{Op: "dial", Net: network, Err: syscall.ECONNREFUSED}
		}
		client, server := net.Pipe()
		go serveDNS(server, answer)
		return client, nil
	}}
	tr := &http.Transport{DialContext: (&net.Dialer{Resolver: r}).DialContext}
	old := apiTransport
	apiTransport = tr
	t.Cleanup(func() { apiTransport = old; tr.CloseIdleConnections() })
}

// serveDNS answers DNS queries over a stream connection, each message
// after its two-byte length as over TCP: net.Pipe is not a packet
// connection, so Go's resolver frames its queries that way.
func serveDNS(conn net.Conn, answer func([]byte) []byte) {
	defer conn.Close()
	for {
		var n uint16
		if binary.Read(conn, binary.BigEndian, &n) != nil {
			return
		}
		q := make([]byte, n)
		if _, err := io.ReadFull(conn, q); err != nil {
			return
		}
		resp := answer(q)
		if resp == nil {
			return
		}
		binary.Write(conn, binary.BigEndian, uint16(len(resp)))
		conn.Write(resp)
	}
}

// nxdomain answers a query with "no such name": the header and question
// of the query, flagged as a response with rcode 3.
func nxdomain(q []byte) []byte {
	if len(q) < 12 {
		return nil
	}
	end := 12
	for end < len(q) && q[end] != 0 {
		end += int(q[end]) + 1
	}
	end += 5 // the root label, then type and class
	if end > len(q) {
		return nil
	}
	resp := append([]byte(nil), q[:end]...)
	resp[2], resp[3] = 0x81, 0x83 // response, recursion desired and available, NXDOMAIN
	binary.BigEndian.PutUint16(resp[4:], 1)
	clear(resp[6:12])
	return resp
}

// unanswered returns a DNS answer function that never answers until the
// test ends.
func unanswered(t *testing.T) func([]byte) []byte {
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	return func([]byte) []byte { <-stop; return nil }
}

// faultCase is one way the API can fail, driven through the CLI.
type faultCase struct {
	name string
	// api returns the base URL to use, after setting up its fault; s is a
	// fresh fake server, which a case may leave unused.
	api func(t *testing.T, s *llmtest.Server) string
	// args come after "ask --timeout 300ms" and before the question.
	args []string
	// want are parts of the one error line: what went wrong and the hint.
	want []string
	// stdout is what the run prints before the error: the answer so far.
	stdout string
	// chats is how many chat requests the fake server should see (-1:
	// the case does not use it).
	chats int
}

func fakeAPI(replies ...llmtest.Reply) func(*testing.T, *llmtest.Server) string {
	return func(_ *testing.T, s *llmtest.Server) string { s.Queue(replies...); return s.URL }
}

func fakeEmbeddings(replies ...llmtest.Reply) func(*testing.T, *llmtest.Server) string {
	return func(_ *testing.T, s *llmtest.Server) string { s.QueueEmbed(replies...); return s.URL }
}

// invalidHost is under the reserved .invalid top-level domain (RFC 6761):
// it names no real host, and tests look it up only through fakeResolver.
const invalidHost = "http://api.studyguide.invalid/v1"

var openaiEmbedder = []string{"--embedder", "openai"}

// streamOf is an event stream that sends data, then [DONE].
func streamOf(data ...string) llmtest.Reply {
	body := ""
	for _, d := range data {
		body += "data: " + d + "\n\n"
	}
	return llmtest.Reply{Body: body + "data: [DONE]\n\n", ContentType: "text/event-stream"}
}

const firstChunk = `{"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":"Grover Furr argues"},"finish_reason":null}]}`

var faultCases = []faultCase{
	{name: "connection refused",
		api:  func(t *testing.T, _ *llmtest.Server) string { return "http://" + closedPort(t) + "/v1" },
		want: []string{"could not connect to http://127.0.0.1:", "connection refused; is the server running, and is the base URL right? (--base-url, $OPENAI_BASE_URL)"}, chats: -1},
	{name: "connection refused while embedding",
		api: func(t *testing.T, _ *llmtest.Server) string { return "http://" + closedPort(t) + "/v1" }, args: openaiEmbedder,
		want: []string{"embedding model text-embedding-3-small: could not connect", "is the server running"}, chats: -1},
	{name: "no such host",
		api:  func(t *testing.T, _ *llmtest.Server) string { fakeResolver(t, nxdomain); return invalidHost },
		want: []string{"could not find the host of " + invalidHost + " (no such host); check the base URL (--base-url, $OPENAI_BASE_URL)"}, chats: -1},
	{name: "DNS server unreachable",
		api:  func(t *testing.T, _ *llmtest.Server) string { fakeResolver(t, nil); return invalidHost },
		want: []string{"could not look up the host of " + invalidHost, "connection refused", "check the network connection and the base URL (--base-url"}, chats: -1},
	{name: "DNS server silent",
		api:  func(t *testing.T, _ *llmtest.Server) string { fakeResolver(t, unanswered(t)); return invalidHost },
		want: []string{"could not look up the host of " + invalidHost + ": the DNS server did not answer in time; check the network connection"}, chats: -1},
	{name: "DNS server silent while embedding",
		api: func(t *testing.T, _ *llmtest.Server) string { fakeResolver(t, unanswered(t)); return invalidHost }, args: openaiEmbedder,
		want: []string{"embedding model text-embedding-3-small: could not look up the host", "did not answer in time"}, chats: -1},
	{name: "accepts and never answers",
		api:  func(t *testing.T, _ *llmtest.Server) string { return "http://" + silentListener(t) + "/v1" },
		want: []string{"no answer from http://127.0.0.1:", "within 1s; raise the timeout if the model is slow to load (--timeout, $STUDYGUIDE_TIMEOUT)"}, chats: -1},
	{name: "accepts and never answers while embedding",
		api: func(t *testing.T, _ *llmtest.Server) string { return "http://" + silentListener(t) + "/v1" }, args: openaiEmbedder,
		want: []string{"embedding model text-embedding-3-small: no answer from", "within 1s; raise the timeout"}, chats: -1},
	{name: "reads the request and never answers",
		api:  fakeAPI(llmtest.Reply{Hang: true}),
		want: []string{"no answer from http://127.0.0.1:", "within 1s; raise the timeout"}, chats: 1},
	{name: "stream stalls mid-answer",
		api:  fakeAPI(llmtest.Reply{Text: "Grover Furr argues that Stalin", Stall: true}),
		want: []string{"for 1s (keep-alives, empty chunks and a trickle of bytes do not count); try again, or raise the timeout"}, stdout: "Grover \n", chats: 1},
	{name: "stream ends before [DONE]",
		api:  fakeAPI(llmtest.Reply{Text: "Grover Furr argues that Stalin", NoDone: true, Finish: "-"}),
		want: []string{"closed the stream before it finished ([DONE] never came); the answer is incomplete"}, stdout: "Grover Furr argues that Stalin\n", chats: 1},
	{name: "malformed JSON in the stream",
		api:  fakeAPI(streamOf(`{"choices": [`)),
		want: []string{"sent part of its stream as something other than the API's JSON", "is the base URL the address of an OpenAI-compatible API?"}, chats: 1},
	{name: "malformed JSON mid-stream",
		api:  fakeAPI(streamOf(firstChunk, `{"choices": [{"index": 0, "delta": {"content": "Stal`)),
		want: []string{"sent part of its stream as something other than the API's JSON, so the answer is incomplete"}, stdout: "Grover Furr argues\n", chats: 1},
	{name: "JSON of the wrong shape in the stream",
		api:  fakeAPI(streamOf(`{"choices": "none"}`)),
		want: []string{"sent part of its stream as something other than the API's JSON"}, chats: 1},
	{name: "malformed JSON instead of a stream",
		api:  fakeAPI(llmtest.Reply{Body: `{"choices": [`}),
		want: []string{`did not stream its answer (no "data:" lines came)`, "is the base URL the address of an OpenAI-compatible API?"}, chats: 1},
	{name: "malformed JSON from a base URL without /v1",
		api: func(t *testing.T, _ *llmtest.Server) string {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, `{"choices": [`)
			}))
			t.Cleanup(srv.Close)
			return srv.URL
		},
		want: []string{`did not stream its answer`, "is the base URL missing /v1?"}, chats: -1},
	{name: "empty choices in the stream",
		api:  fakeAPI(streamOf(`{"id":"c","object":"chat.completion.chunk","choices":[]}`)),
		want: []string{"sent no answer (an empty choices list); try again, or check the model (--model, $STUDYGUIDE_MODEL)"}, chats: 1},
	{name: "empty choices instead of a stream",
		api:  fakeAPI(llmtest.Reply{Body: `{"id":"c","object":"chat.completion","choices":[]}`}),
		want: []string{`did not stream its answer`}, chats: 1},
	{name: "malformed JSON of embeddings",
		api: fakeEmbeddings(llmtest.Reply{Body: `{"object": "list", "data": [`}), args: openaiEmbedder,
		want: []string{"embedding model text-embedding-3-small: the server at", "answered with something other than the API's JSON; is the base URL the address of an OpenAI-compatible API?"}, chats: 0},
	{name: "embedding request never answered",
		api: fakeEmbeddings(llmtest.Reply{Hang: true}), args: openaiEmbedder,
		want: []string{"embedding model text-embedding-3-small: no answer from", "within 1s"}, chats: 0},
	{name: "too many vectors",
		api: fakeEmbeddings(llmtest.Reply{Vectors: 2}), args: openaiEmbedder,
		want: []string{"returned 2 vectors for 1 text; it may not take several texts in one request: try another server, or the local embedder (--embedder local)"}, chats: 0},
	{name: "no vectors",
		api: fakeEmbeddings(llmtest.Reply{Vectors: -1}), args: openaiEmbedder,
		want: []string{"returned 0 vectors for 1 text", "--embedder local"}, chats: 0},
	{name: "too few vectors in a batch",
		api: fakeEmbeddings(llmtest.Reply{}, llmtest.Reply{Vectors: 3}), args: openaiEmbedder,
		want: []string{"embed passages: the server at", "returned 3 vectors for", "--embedder local"}, chats: 0},
	{name: "vectors of another dimension in a batch",
		api: fakeEmbeddings(llmtest.Reply{}, llmtest.Reply{Dim: 32}), args: openaiEmbedder,
		want: []string{"embed passages: embedding model text-embedding-3-small returned a vector of 32 dimensions, not 64", "check that the embedding model names one model (--embed-model, $STUDYGUIDE_EMBED_MODEL)"}, chats: 0},
}

// TestAPIFaults drives each fault through the CLI: exit 1, one line that
// says what went wrong and what to try, no stack trace, no hang, the
// answer so far kept on stdout, and no half-written index.
func TestAPIFaults(t *testing.T) {
	for _, tc := range faultCases {
		t.Run(tc.name, func(t *testing.T) {
			s := llmtest.New(t)
			url := tc.api(t, s)
			dir := t.TempDir()
			args := append(append([]string{"ask", "--timeout", faultTimeout}, tc.args...), question)
			code, out, stderr := runAt(t, url, dir, args...)
			if code != exitFailure {
				t.Fatalf("exit %d, want 1 (stderr %q)", code, stderr)
			}
			oneLine(t, stderr, tc.want...)
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
				t.Errorf("stderr shows a stack trace: %q", stderr)
			}
			if out != tc.stdout {
				t.Errorf("stdout = %q, want %q", out, tc.stdout)
			}
			if tc.chats >= 0 {
				if n := s.Count("/v1/chat/completions"); n != tc.chats {
					t.Errorf("%d chat requests, want %d: only dropped connections and 408, 429 and 5xx are retried", n, tc.chats)
				}
			}
			checkFailedIndexDir(t, dir, len(tc.args) > 0)
		})
	}
}

// checkFailedIndexDir asserts that a failed run left no temporary file in the
// index folder, and no index of API vectors when embedding failed.
func checkFailedIndexDir(t *testing.T, dir string, embedFailed bool) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") || (embedFailed && strings.Contains(e.Name(), "openai")) {
			t.Errorf("the failed run left %s in the index folder", filepath.Join(dir, e.Name()))
		}
	}
}

// TestFaultsAfterAnIndexKeepIt checks that an API failure during ask
// leaves a saved index of API vectors as it was: the next run loads it.
func TestFaultsAfterAnIndexKeepIt(t *testing.T) {
	s := llmtest.New(t)
	dir := t.TempDir()
	if code, out, stderr := runAt(t, s.URL, dir, "index", "--embedder", "openai"); code != exitOK {
		t.Fatalf("index: exit %d: %s %s", code, out, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	before := map[string][]byte{}
	for _, f := range files {
		before[f], _ = os.ReadFile(f)
	}
	// The probe succeeds, the question's vector has the wrong size.
	s.QueueEmbed(llmtest.Reply{}, llmtest.Reply{Dim: 32})
	code, _, stderr := runAt(t, s.URL, dir, "ask", "--embedder", "openai", "--timeout", faultTimeout, question)
	if code != exitFailure {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	oneLine(t, stderr, "embed question", "32 dimensions, not 64")
	after, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(after) != len(files) {
		t.Fatalf("index folder changed: %v, was %v", after, files)
	}
	for _, f := range after {
		if data, _ := os.ReadFile(f); !bytes.Equal(data, before[f]) {
			t.Errorf("%s changed", f)
		}
	}
	code, out, stderr := runAt(t, s.URL, dir, "index", "--embedder", "openai")
	if code != exitOK || !strings.HasPrefix(out, "Loaded the saved index") {
		t.Errorf("the saved index did not survive: exit %d: %s %s", code, out, stderr)
	}
}
