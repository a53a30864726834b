// Package llmtest is a fake OpenAI-compatible server for tests: it answers
// chat requests from a queue of scripted replies or by what they ask,
// streamed or not, and counts those in flight; it answers embedding
// requests with a vector function, and records every request. It makes no
// network calls beyond the loopback listener it serves on.
//
// Only tests import it.
package llmtest

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Reply is one scripted answer to a chat request.
type Reply struct {
	// Status, when not 0 or 200, makes the reply an error with Body (the
	// API's JSON error by default) and RetryAfter. A Body with status 0 or
	// 200 is sent as it is, with ContentType.
	Status      int
	Body        string
	ContentType string
	RetryAfter  string
	// Text is the answer, streamed in word-sized pieces when the request
	// asks for a stream.
	Text string
	// Finish is the finish reason; "" means "stop", "-" sends none.
	Finish string
	// NoDone ends the stream without "data: [DONE]".
	NoDone bool
	// Stall stops the stream after its first piece until the client
	// leaves.
	Stall bool
	// Drop closes the connection without answering.
	Drop bool
	// Hang reads the request and never answers, until the client leaves:
	// a server that accepted the connection and went silent.
	Hang bool
	// Vectors, in a reply to an embeddings request, sends this many
	// vectors whatever the number of inputs (a negative number: none); 0
	// sends one per input.
	Vectors int
	// Dim, in a reply to an embeddings request, cuts or pads each vector
	// to this length; 0 leaves them as Embed makes them.
	Dim int
	// Gate, if not nil, holds the rest of a stream after its first piece
	// until it is closed (or five seconds pass), so that a test can see
	// the first piece arrive before the answer is complete.
	Gate <-chan struct{}
	// Filler follows a stream's first piece with chunks that carry no
	// answer, one every Every, for FillFor, then sends the rest; a
	// FillFor of 0 fills until the client leaves (or a minute passes).
	Filler  Filler
	Every   time.Duration
	FillFor time.Duration
	// Trickle sends the whole stream a byte at a time, one every Every,
	// until it ends or the client leaves.
	Trickle bool
	// Endless repeats Text's pieces after the first until the client
	// leaves (or a minute passes): a stream that never ends.
	Endless bool
}

// Filler is what a stream sends between pieces of its answer.
type Filler int

// Fillers.
const (
	NoFiller Filler = iota
	// Pings are SSE comments (": ping"), as servers send to keep a
	// connection open.
	Pings
	// EmptyChunks are chunks with an empty delta.
	EmptyChunks
	// Reasoning is a reasoning model's thinking (delta.reasoning_content):
	// progress, though no answer text.
	Reasoning
)

// maxFill bounds how long a stream fills or trickles when the client
// stays: far longer than any test's timeout.
const maxFill = time.Minute

// Request is one request the server received.
type Request struct {
	Method, Path string
	// Auth is the Authorization header.
	Auth string
	Body []byte
}

// Server is the fake API. Its URL ends in /v1, like a real base URL.
type Server struct {
	URL string
	// Embed gives the vector for one text of an embeddings request; nil
	// means BagOfWords(64). Set it before the first request.
	Embed func(text string) []float32
	// Respond, if not nil, answers each chat request whose reply it gives
	// (ok true) before the queue is consulted: a reply that depends on
	// what was asked, for requests sent in no fixed order. It may block,
	// to hold requests in flight. Set it before the first request.
	Respond func(req openai.ChatCompletionRequest) (reply Reply, ok bool)
	// RejectSchema answers a chat request that asks for a JSON schema
	// (response_format json_schema) with 400, as a server without
	// structured output does. Set it before the first request.
	RejectSchema bool

	srv     *httptest.Server
	closing chan struct{}
	mu      sync.Mutex
	replies []Reply
	embeds  []Reply
	reqs    []Request
	// fallback answers a chat request when the queue is empty.
	fallback Reply
	// gateTimeouts counts gates that never opened.
	gateTimeouts int
	// inFlight and maxInFlight count chat requests being answered.
	inFlight, maxInFlight int
	// abandoned counts streams the client left while they were still
	// being sent.
	abandoned int
}

// New starts a server that is closed when the test ends. With nothing
// queued, a chat request is answered with the abstention sentence, or
// what Default sets.
func New(t testing.TB) *Server {
	s := &Server{closing: make(chan struct{}), fallback: Reply{Text: "The essay does not address this question."}}
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/chat/completions", s.chat)
	mux.HandleFunc("/v1/embeddings", s.embeddings)
	mux.HandleFunc("/", s.notFound)
	s.srv = httptest.NewServer(s.record(mux))
	s.URL = s.srv.URL + "/v1"
	t.Cleanup(func() {
		close(s.closing)
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
	return s
}

// Queue adds replies to be given, in order, to the next chat requests.
func (s *Server) Queue(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replies = append(s.replies, r...)
}

// QueueEmbed adds replies to be given, in order, to the next embeddings
// requests. Status, Body, ContentType, RetryAfter, Drop and Hang work as
// for chat; Vectors and Dim bend a successful reply. With none queued, an
// embeddings request gets one vector per input from Embed.
func (s *Server) QueueEmbed(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embeds = append(s.embeds, r...)
}

// Default sets the reply given when the queue is empty.
func (s *Server) Default(r Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fallback = r
}

// Requests returns every request received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Count returns how many requests went to path ("/v1/chat/completions").
func (s *Server) Count(path string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Path == path {
			n++
		}
	}
	return n
}

// Chats returns the chat requests received so far, decoded.
func (s *Server) Chats() []openai.ChatCompletionRequest {
	var out []openai.ChatCompletionRequest
	for _, r := range s.Requests() {
		if r.Path != "/v1/chat/completions" {
			continue
		}
		var c openai.ChatCompletionRequest
		if err := json.Unmarshal(r.Body, &c); err == nil {
			out = append(out, c)
		}
	}
	return out
}

// EmbeddingRequest is an embeddings request as the server read it.
type EmbeddingRequest struct {
	Input          []string `json:"input"`
	Model          string   `json:"model"`
	EncodingFormat string   `json:"encoding_format"`
}

// Embeddings returns the embeddings requests received so far, decoded.
func (s *Server) Embeddings() []EmbeddingRequest {
	var out []EmbeddingRequest
	for _, r := range s.Requests() {
		var e EmbeddingRequest
		if r.Path == "/v1/embeddings" && json.Unmarshal(r.Body, &e) == nil {
			out = append(out, e)
		}
	}
	return out
}

func (s *Server) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.reqs = append(s.reqs, Request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: body})
		s.mu.Unlock()
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		next.ServeHTTP(w, r)
	})
}

func (s *Server) next() Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.replies) == 0 {
		return s.fallback
	}
	r := s.replies[0]
	s.replies = s.replies[1:]
	return r
}

func (s *Server) nextEmbed() Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.embeds) == 0 {
		return Reply{}
	}
	r := s.embeds[0]
	s.embeds = s.embeds[1:]
	return r
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	var req openai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		apiError(w, http.StatusBadRequest, "could not parse the request: "+err.Error())
		return
	}
	reply := s.choose(req)
	switch {
	case reply.Drop:
		drop(w)
	case reply.Hang:
		s.hang(r)
	case reply.Body != "" || (reply.Status != 0 && reply.Status != http.StatusOK):
		s.fail(w, reply)
	case req.Stream:
		s.stream(w, r, req, reply)
	default:
		whole(w, req, reply)
	}
}

// choose picks the reply to a chat request. The request counts as in
// flight from its arrival until then: the count never runs behind a
// client that sends its next request as soon as it has the reply.
func (s *Server) choose(req openai.ChatCompletionRequest) Reply {
	s.enter()
	defer s.leave()
	if s.RejectSchema && req.ResponseFormat != nil && req.ResponseFormat.Type == openai.ChatCompletionResponseFormatTypeJSONSchema {
		return Reply{Status: http.StatusBadRequest, Body: `{"error":{"message":"response_format type json_schema is not supported","type":"invalid_request_error","code":null}}`}
	}
	if s.Respond != nil {
		if reply, ok := s.Respond(req); ok {
			return reply
		}
	}
	return s.next()
}

func (s *Server) fail(w http.ResponseWriter, reply Reply) {
	if reply.RetryAfter != "" {
		w.Header().Set("Retry-After", reply.RetryAfter)
	}
	if reply.Body == "" {
		apiError(w, reply.Status, http.StatusText(reply.Status))
		return
	}
	ct := reply.ContentType
	if ct == "" {
		ct = "application/json"
	}
	w.Header().Set("Content-Type", ct)
	w.WriteHeader(max(reply.Status, http.StatusOK))
	io.WriteString(w, reply.Body)
}

func apiError(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": message, "type": "fake_error", "code": nil}})
}

func drop(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("llmtest: cannot hijack the connection")
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		conn.Close()
	}
}

func finish(reply Reply) *string {
	switch reply.Finish {
	case "":
		f := "stop"
		return &f
	case "-":
		return nil
	}
	f := reply.Finish
	return &f
}

func (s *Server) stream(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest, reply Reply) {
	w.Header().Set("Content-Type", "text/event-stream")
	flusher, _ := w.(http.Flusher)
	out := io.Writer(w)
	if reply.Trickle {
		out = &trickler{w: w, flusher: flusher, every: every(reply), ctx: r, left: s.leftEarly}
	}
	write := func(text string) bool {
		if _, err := io.WriteString(out, text); err != nil {
			return false
		}
		flusher.Flush()
		return r.Context().Err() == nil
	}
	send := func(v any) bool {
		data, _ := json.Marshal(v)
		return write(fmt.Sprintf("data: %s\n\n", data))
	}
	chunk := func(delta map[string]any, finish *string) map[string]any {
		return map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		}
	}
	pieces := strings.SplitAfter(reply.Text, " ")
	for i, piece := range pieces {
		delta := map[string]any{"content": piece}
		if i == 0 {
			delta["role"] = "assistant"
		}
		if !send(chunk(delta, nil)) {
			return
		}
		if i == 0 && (!s.wait(r, reply) || !s.fill(r, reply, write, send, chunk)) {
			return
		}
	}
	for reply.Endless {
		for _, piece := range pieces {
			if !send(chunk(map[string]any{"content": piece}, nil)) {
				s.leftEarly()
				return
			}
		}
	}
	if !send(chunk(map[string]any{}, finish(reply))) {
		return
	}
	if !reply.NoDone {
		write("data: [DONE]\n\n")
	}
}

// fill sends a stream's filler; it reports whether to go on.
func (s *Server) fill(r *http.Request, reply Reply, write func(string) bool, send func(any) bool, chunk func(map[string]any, *string) map[string]any) bool {
	if reply.Filler == NoFiller {
		return true
	}
	until := time.Now().Add(maxFill)
	if reply.FillFor > 0 {
		until = time.Now().Add(reply.FillFor)
	}
	tick := time.NewTicker(every(reply))
	defer tick.Stop()
	for time.Now().Before(until) {
		ok := true
		switch reply.Filler {
		case Pings:
			ok = write(": ping\n\n")
		case EmptyChunks:
			ok = send(chunk(map[string]any{"content": ""}, nil))
		case Reasoning:
			ok = send(chunk(map[string]any{"reasoning_content": "Let me think. "}, nil))
		}
		if !ok {
			s.leftEarly()
			return false
		}
		select {
		case <-tick.C:
		case <-r.Context().Done():
			s.leftEarly()
			return false
		case <-s.closing:
			return false
		}
	}
	return true
}

func every(reply Reply) time.Duration {
	if reply.Every > 0 {
		return reply.Every
	}
	return 50 * time.Millisecond
}

func (s *Server) leftEarly() {
	s.mu.Lock()
	s.abandoned++
	s.mu.Unlock()
}

// Abandoned counts the streams whose client left while filler, a trickle
// or an endless answer was still being sent: a client that gave up, not
// a server that stopped.
func (s *Server) Abandoned() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.abandoned
}

// trickler writes a byte at a time, one every every, until the client
// leaves or maxFill passes.
type trickler struct {
	w       io.Writer
	flusher http.Flusher
	every   time.Duration
	ctx     *http.Request
	left    func()
	start   time.Time
	gone    bool
}

func (t *trickler) Write(p []byte) (int, error) {
	if t.start.IsZero() {
		t.start = time.Now()
	}
	for i := range p {
		if t.gone {
			return i, io.ErrClosedPipe
		}
		if _, err := t.w.Write(p[i : i+1]); err != nil {
			return i, err
		}
		t.flusher.Flush()
		select {
		case <-time.After(t.every):
		case <-t.ctx.Context().Done():
			t.gone = true
			t.left()
			return i + 1, io.ErrClosedPipe
		}
		if time.Since(t.start) > maxFill {
			return i + 1, io.ErrClosedPipe
		}
	}
	return len(p), nil
}

// hang waits until the client leaves or the server closes.
func (s *Server) hang(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-s.closing:
	}
}

// wait holds a stream after its first piece, for Stall and Gate; it
// reports whether to go on.
func (s *Server) wait(r *http.Request, reply Reply) bool {
	switch {
	case reply.Stall:
		select {
		case <-r.Context().Done():
		case <-s.closing:
		}
		return false
	case reply.Gate != nil:
		select {
		case <-reply.Gate:
		case <-time.After(5 * time.Second):
			s.mu.Lock()
			s.gateTimeouts++
			s.mu.Unlock()
		case <-r.Context().Done():
			return false
		}
	}
	return true
}

func whole(w http.ResponseWriter, req openai.ChatCompletionRequest, reply Reply) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": 1, "model": req.Model,
		"choices": []any{map[string]any{
			"index": 0, "message": map[string]any{"role": "assistant", "content": reply.Text}, "finish_reason": finish(reply),
		}},
	})
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request) {
	var req EmbeddingRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		apiError(w, http.StatusBadRequest, "could not parse the request: "+err.Error())
		return
	}
	reply := s.nextEmbed()
	switch {
	case reply.Drop:
		drop(w)
		return
	case reply.Hang:
		s.hang(r)
		return
	case reply.Body != "" || (reply.Status != 0 && reply.Status != http.StatusOK):
		s.fail(w, reply)
		return
	}
	embed := s.Embed
	if embed == nil {
		embed = BagOfWords(64)
	}
	n := len(req.Input)
	switch {
	case reply.Vectors < 0:
		n = 0
	case reply.Vectors > 0:
		n = reply.Vectors
	}
	data := make([]any, n)
	// Answer in reverse order: clients must place vectors by index.
	for i := range n {
		text := ""
		if len(req.Input) > 0 {
			text = req.Input[min(i, len(req.Input)-1)]
		}
		v := embed(text)
		if reply.Dim > 0 {
			v = append(v, make([]float32, max(0, reply.Dim-len(v)))...)[:reply.Dim]
		}
		data[n-1-i] = map[string]any{"object": "embedding", "index": i, "embedding": v}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": req.Model})
}

// notFound answers other paths as Go's and Ollama's servers do: a plain
// text 404, not the API's JSON.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	http.NotFound(w, r)
}

func (s *Server) enter() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inFlight++
	s.maxInFlight = max(s.maxInFlight, s.inFlight)
}

func (s *Server) leave() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inFlight--
}

// InFlight returns how many chat requests have arrived and are waiting
// for their reply to be chosen (by Respond, which may hold them).
func (s *Server) InFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inFlight
}

// MaxInFlight returns the most chat requests that were in flight at once.
func (s *Server) MaxInFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxInFlight
}

// GateTimeouts counts the streams whose Gate was not closed within five
// seconds: their client did not show the first piece before the rest.
func (s *Server) GateTimeouts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gateTimeouts
}

// BagOfWords returns an embedding function that counts lower-cased words
// hashed into dim dimensions. Its vectors are not unit length, like those
// of some real servers.
func BagOfWords(dim int) func(string) []float32 {
	return func(text string) []float32 {
		v := make([]float32, dim)
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			h := fnv.New32a()
			h.Write([]byte(w))
			v[h.Sum32()%uint32(dim)] += 1
		}
		return v
	}
}
