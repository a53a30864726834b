package llm

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"studyguide/internal/llm/llmtest"
)

// embedOnce asks c for the vector of one text.
func embedOnce(t *testing.T, c *Client) error {
	t.Helper()
	_, err := c.Embed(context.Background(), "embed-model", []string{"Stalin"})
	if err != nil {
		noKey(t, err.Error())
	}
	return err
}

// TestBodyCutShortIsDroppedNotMalformed tells a connection that broke in
// the middle of a body (retried) from a whole body whose JSON is broken
// (the server's answer: not retried). Both read as io.ErrUnexpectedEOF
// inside go-openai.
func TestBodyCutShortIsDroppedNotMalformed(t *testing.T) {
	var hits atomic.Int32
	cut := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", "1000")
		io.WriteString(w, `{"object": "list", "data": [`)
	}))
	defer cut.Close()
	c, waits := newClient(t, cut.URL+"/v1")
	err := embedOnce(t, c)
	if err == nil || !strings.Contains(err.Error(), "dropped after 4 attempts; try again") {
		t.Errorf("cut body: err = %v", err)
	}
	if hits.Load() != 4 || len(waits.all()) != 3 {
		t.Errorf("cut body: %d requests, waits %v; want 4 and 3", hits.Load(), waits.all())
	}

	s := llmtest.New(t)
	s.QueueEmbed(llmtest.Reply{Body: `{"object": "list", "data": [`})
	c, waits = newClient(t, s.URL)
	err = embedOnce(t, c)
	if err == nil || !strings.Contains(err.Error(), "answered with something other than the API's JSON; is the base URL the address of an OpenAI-compatible API?") {
		t.Errorf("malformed body: err = %v", err)
	}
	if n := s.Count("/v1/embeddings"); n != 1 || len(waits.all()) != 0 {
		t.Errorf("malformed body: %d requests, waits %v: a whole answer is not retried", n, waits.all())
	}
}

// TestChunksWithoutChoicesAreSkipped: servers may send chunks with an
// empty choices list around the answer (content filter results first,
// usage last); only a stream of nothing else lacks an answer.
func TestChunksWithoutChoicesAreSkipped(t *testing.T) {
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{ContentType: "text/event-stream", Body: "" +
		`data: {"id":"c","choices":[],"prompt_filter_results":[{"prompt_index":0}]}` + "\n\n" +
		`data: {"id":"c","choices":[{"index":0,"delta":{"content":"Furr argues [¶53]."},"finish_reason":"stop"}]}` + "\n\n" +
		`data: {"id":"c","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13}}` + "\n\n" +
		"data: [DONE]\n\n"})
	c, _ := newClient(t, s.URL)
	comp, err := ask(t, c)
	if err != nil || comp.Text != "Furr argues [¶53]." || comp.FinishReason != "stop" {
		t.Errorf("completion = %+v, err = %v", comp, err)
	}

	s.Queue(llmtest.Reply{ContentType: "text/event-stream", Body: `data: {"id":"c","choices":[]}` + "\n\ndata: [DONE]\n\n"})
	if _, err := ask(t, c); err == nil || !strings.Contains(err.Error(), "sent no answer (an empty choices list)") {
		t.Errorf("no choices: err = %v", err)
	}
	s.Queue(llmtest.Reply{Body: `{"id":"c","object":"chat.completion","choices":[]}`})
	if _, err := c.Complete(context.Background(), Request{Messages: []Message{{Role: User, Content: "q"}}}); err == nil ||
		!strings.Contains(err.Error(), "sent no answer (an empty choices list)") {
		t.Errorf("Complete, no choices: err = %v", err)
	}
}

// TestServerMessagesLoseKeyLikeWords: a server that echoes a key, even
// masked or someone else's, or a bearer token, does not get it repeated.
func TestServerMessagesLoseKeyLikeWords(t *testing.T) {
	tests := []llmtest.Reply{
		{Status: 403, Body: `{"error":{"message":"Project key sk-proj-ab12********************wxyz may not use gpt-4o"}}`},
		{Status: 400, Body: `{"detail":"header was: Authorization: Bearer sk-other-0123456789"}`},
		{Status: 400, Body: `bad token sk-abcd1234efgh`, ContentType: "text/plain"},
	}
	for _, reply := range tests {
		s := llmtest.New(t)
		s.Queue(reply)
		c, _ := newClient(t, s.URL)
		_, err := ask(t, c)
		if err == nil {
			t.Fatal("no error")
		}
		for _, leak := range []string{"sk-", "wxyz", "0123456789", "efgh", "Bearer "} {
			if strings.Contains(err.Error(), leak) {
				t.Errorf("%q repeats %q", err, leak)
			}
		}
		if !strings.Contains(err.Error(), "[redacted]") {
			t.Errorf("%q: no sign of what was left out", err)
		}
	}
}

// TestStreamDroppedMidAnswer: a connection that breaks inside a stream is
// a dropped connection, not broken JSON, and the text so far is kept. A
// stream that began is not sent again.
func TestStreamDroppedMidAnswer(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, `data: {"choices":[{"index":0,"delta":{"content":"Furr argues"}}]}`+"\n\n")
		w.(http.Flusher).Flush()
		// Close the connection without the chunked body's last chunk.
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
	}))
	defer srv.Close()
	c, _ := newClient(t, srv.URL+"/v1")
	comp, err := ask(t, c)
	if err == nil || !strings.Contains(err.Error(), "the connection to "+srv.URL+"/v1 dropped; try again") {
		t.Errorf("err = %v", err)
	}
	if comp.Text != "Furr argues" || hits.Load() != 1 {
		t.Errorf("text %q after %d requests, want the first piece after 1", comp.Text, hits.Load())
	}
}
