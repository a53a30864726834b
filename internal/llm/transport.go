package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Retry says how failed requests are tried again: 408, 429, 5xx and
// dropped connections, with exponential backoff and full jitter, honouring
// Retry-After. 400, 401, 403 and 404 are never retried: asking again
// cannot help.
type Retry struct {
	// Attempts is the most tries per request, the first included.
	Attempts int
	// Cap bounds the total time spent waiting between attempts; a
	// Retry-After beyond what is left ends the retries.
	Cap time.Duration
	// Base is the first backoff; each later one doubles, up to Max.
	Base, Max time.Duration
	// Sleep waits d or until ctx is done; tests replace it to run fast.
	Sleep func(ctx context.Context, d time.Duration) error
	// Jitter picks the actual wait for a backoff of d; nil means a random
	// duration between d/2 and d.
	Jitter func(d time.Duration) time.Duration
}

// DefaultRetry is four attempts, backing off from one second, waiting no
// more than a minute in all.
var DefaultRetry = Retry{Attempts: 4, Cap: time.Minute, Base: time.Second, Max: 20 * time.Second}

func (r Retry) withDefaults() Retry {
	d := DefaultRetry
	if r.Attempts > 0 {
		d.Attempts = r.Attempts
	}
	if r.Cap > 0 {
		d.Cap = r.Cap
	}
	if r.Base > 0 {
		d.Base = r.Base
	}
	if r.Max > 0 {
		d.Max = r.Max
	}
	d.Sleep, d.Jitter = r.Sleep, r.Jitter
	if d.Sleep == nil {
		d.Sleep = sleep
	}
	if d.Jitter == nil {
		d.Jitter = func(x time.Duration) time.Duration { return x/2 + rand.N(x/2+1) }
	}
	return d
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// backoff is the wait before attempt n+1, after n failed attempts.
func (r Retry) backoff(n int) time.Duration {
	d := r.Base << (n - 1)
	if d > r.Max || d <= 0 {
		d = r.Max
	}
	return r.Jitter(d)
}

// maxBody bounds a non-streamed response held in memory when the request
// sets no other bound (a large batch of embeddings is a few megabytes).
const maxBody = 256 << 20

// Bounds on a chat answer, from the tokens the request asks for at most.
// A token is about four bytes of English; bytesPerToken leaves room for
// long tokens and other scripts, so that only a server that ignores
// max_tokens reaches the bound.
const (
	bytesPerToken = 8
	answerSlack   = 1 << 10
	// Each piece of a stream comes in a chunk of JSON around it, and a
	// whole reply may escape every byte of its text in six.
	streamOverhead = 64
	plainOverhead  = 6
	bodySlack      = 1 << 20
	// unbounded is the answer's bound when the request sets none.
	unbounded = 4 << 20
)

// limitsFor returns the bounds on the answer to a request for at most
// maxTokens tokens (0: no bound asked for) and on its body, streamed or
// whole.
func limitsFor(maxTokens int, stream bool) Limits {
	answer := int64(unbounded)
	if maxTokens > 0 {
		answer = int64(maxTokens)*bytesPerToken + answerSlack
	}
	overhead := int64(plainOverhead)
	if stream {
		overhead = streamOverhead
	}
	return Limits{Answer: answer, Body: answer*overhead + bodySlack, Tokens: maxTokens}
}

type limitsKey struct{}

func withLimits(ctx context.Context, l Limits) context.Context {
	return context.WithValue(ctx, limitsKey{}, l)
}

// limitsOf returns the bounds a request's context carries, or maxBody for
// its body when it carries none.
func limitsOf(ctx context.Context) Limits {
	if l, ok := ctx.Value(limitsKey{}).(Limits); ok {
		return l
	}
	return Limits{Answer: unbounded, Body: maxBody}
}

// errHeaderTimeout: a stream's response headers did not come in time.
var errHeaderTimeout = errors.New("no response headers within the timeout")

// doer is the HTTP client go-openai sends through. It adds what go-openai
// lacks: timeouts, retries and a watch over streams. A plain request is
// bounded as a whole by http.Client's Timeout; a stream cannot be (a long
// answer would be cut off), so its wait for the first byte is bounded by
// the same timeout and each later silence by the stall timeout.
type doer struct {
	client  *http.Client // plain requests, with Timeout
	streams *http.Client // streams, without one
	timeout time.Duration
	stall   time.Duration
	retry   Retry
}

// Do sends req, retrying what can be retried. It returns the last
// response when retries are spent, for go-openai to turn into an error.
func (d *doer) Do(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	t := tallyOf(ctx)
	var waited time.Duration
	for n := 1; ; n++ {
		attempt, err := rewind(req, n)
		if err != nil {
			return nil, err
		}
		t.add()
		resp, err := d.once(attempt)
		if ctx.Err() != nil {
			closeBody(resp)
			return nil, ctx.Err()
		}
		wait, ok := d.retryAfter(resp, err, n)
		if ok && waited+wait > d.retry.Cap {
			t.refuse(wait)
			ok = false
		}
		if !ok {
			return resp, err
		}
		closeBody(resp)
		if err := d.retry.Sleep(ctx, wait); err != nil {
			return nil, err
		}
		waited += wait
	}
}

// rewind returns req for attempt n, with a fresh copy of its body.
func rewind(req *http.Request, n int) (*http.Request, error) {
	if n == 1 || req.Body == nil || req.Body == http.NoBody {
		return req, nil
	}
	if req.GetBody == nil {
		return nil, errors.New("request body cannot be sent twice")
	}
	body, err := req.GetBody()
	if err != nil {
		return nil, err
	}
	r := req.Clone(req.Context())
	r.Body = body
	return r, nil
}

// once sends one attempt. A plain response is read whole, so that a
// connection dropped mid-body is retried like one dropped before it.
func (d *doer) once(req *http.Request) (*http.Response, error) {
	var lookup atomic.Bool
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
		DNSStart: func(httptrace.DNSStartInfo) { lookup.Store(true) },
		DNSDone:  func(httptrace.DNSDoneInfo) { lookup.Store(false) },
	}))
	resp, err := d.send(req)
	if err != nil && lookup.Load() && (errors.Is(err, errHeaderTimeout) || isTimeout(err)) {
		// A timeout loses the lookup's own error; say what was awaited.
		err = fmt.Errorf("%w: %w", errLookupTimeout, err)
	}
	return resp, err
}

// errLookupTimeout: the timeout came while the host's name was being
// looked up.
var errLookupTimeout = errors.New("the DNS lookup timed out")

// send sends one attempt, as a stream or as a plain request.
func (d *doer) send(req *http.Request) (*http.Response, error) {
	if req.Header.Get("Accept") == "text/event-stream" {
		return d.stream(req)
	}
	resp, err := d.client.Do(req)
	if err != nil {
		return nil, err
	}
	if err := buffer(resp, limitsOf(req.Context()).Body); errors.Is(err, errTooLong) {
		return nil, err
	} else if err != nil {
		return nil, &readError{err}
	}
	return resp, webPage(resp)
}

// readError is a failure to read a response off the network, which
// go-openai would otherwise report as the decoder's io.ErrUnexpectedEOF,
// as it does a body that came whole but ends in the middle of its JSON
// (see isDecode).
type readError struct{ err error }

func (e *readError) Error() string { return e.err.Error() }
func (e *readError) Unwrap() error { return e.err }

// notAPIError is a successful response that holds a web page rather than
// the API's JSON: the base URL names a web site or a proxy's front page.
type notAPIError struct {
	code   int
	status string
	body   []byte
}

func (e *notAPIError) Error() string { return "not an API response: " + e.status }

// webPage returns a *notAPIError for a 2xx response whose body is HTML.
func webPage(resp *http.Response) error {
	if resp.StatusCode < 200 || resp.StatusCode > 299 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		return nil
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return &notAPIError{code: resp.StatusCode, status: resp.Status, body: body}
}

// buffer replaces resp's body with its whole content, refusing one larger
// than limit bytes.
func buffer(resp *http.Response, limit int64) error {
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	resp.Body.Close()
	if err == nil && int64(len(data)) > limit {
		data, err = data[:limit], errTooLong
	}
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return err
}

// stream sends a streaming request: the response headers must come
// within the timeout, then the body is watched for stalls and for an end
// without [DONE].
func (d *doer) stream(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithCancel(req.Context())
	var late atomic.Bool
	timer := time.AfterFunc(d.timeout, func() { late.Store(true); cancel() })
	resp, err := d.streams.Do(req.WithContext(ctx))
	timer.Stop()
	if err != nil {
		cancel()
		if late.Load() {
			return nil, errHeaderTimeout
		}
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 || strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		err := buffer(resp, maxBody)
		cancel()
		if err == nil {
			err = webPage(resp)
		}
		if err != nil {
			return nil, err
		}
		return resp, nil
	}
	resp.Body = newWatchedBody(resp.Body, d.stall, limitsOf(req.Context()), cancel)
	return resp, nil
}

// retryAfter decides whether a failed attempt n is worth another, and how
// long to wait first.
func (d *doer) retryAfter(resp *http.Response, err error, n int) (time.Duration, bool) {
	if n >= d.retry.Attempts {
		return 0, false
	}
	if err != nil {
		return d.retry.backoff(n), isDropped(err)
	}
	switch code := resp.StatusCode; {
	case code == http.StatusTooManyRequests && outOfQuota(resp):
		return 0, false
	case code == http.StatusRequestTimeout, code == http.StatusTooManyRequests, code >= 500:
		if wait, ok := parseRetryAfter(resp.Header.Get("Retry-After")); ok {
			return wait, true
		}
		return d.retry.backoff(n), true
	}
	return 0, false
}

// outOfQuota reports a 429 that waiting will not cure: OpenAI's
// "insufficient_quota".
func outOfQuota(resp *http.Response) bool {
	data, err := io.ReadAll(resp.Body)
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return err == nil && strings.Contains(string(data), "insufficient_quota")
}

// parseRetryAfter reads Retry-After as seconds or as an HTTP date.
func parseRetryAfter(v string) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(0, time.Until(t)), true
	}
	return 0, false
}

func closeBody(resp *http.Response) {
	if resp != nil && resp.Body != nil {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		resp.Body.Close()
	}
}

// watchedBody is a stream's body. It reads the stream's events as they
// pass, so that the stall timeout bounds the wait for the next piece of
// the answer, not the next byte: keep-alive comments (": ping"), chunks
// with no delta and bytes trickled one at a time do not count, while
// reasoning does, for models that think before they answer. A wait in
// Read longer than the stall timeout since the last piece cancels the
// request and fails with errStalled. The answer's pieces are counted
// against a bound, and the body's bytes against another, so that an
// endless stream cannot fill memory (errTooLong). An end that comes
// before the "data: [DONE]" line fails with errTruncated, because
// go-openai reads both ends alike as io.EOF, or with errNotStream when a
// body came without a single "data:" line.
type watchedBody struct {
	body   io.ReadCloser
	stall  time.Duration
	timer  *time.Timer
	cancel context.CancelFunc
	// left is what remains of the stall timeout since the last piece;
	// only time spent waiting in Read counts.
	left    time.Duration
	stalled atomic.Bool
	limits  Limits
	// answer and raw count the answer's bytes and the body's.
	answer, raw int64
	line        []byte
	seen        bool // a byte came
	data        bool // a "data:" line came
	done        bool // the "data: [DONE]" line came
	err         error
}

// Limits bound what a server may send for one request.
type Limits struct {
	// Answer bounds the bytes of the answer (text and reasoning).
	Answer int64
	// Body bounds the bytes of the whole response.
	Body int64
	// Tokens is the most tokens the request asked for, for messages; 0
	// for no bound.
	Tokens int
}

// maxLine bounds one line of a stream: go-openai holds a line whole
// before it decodes it.
const maxLine = 1 << 20

func newWatchedBody(body io.ReadCloser, stall time.Duration, limits Limits, cancel context.CancelFunc) *watchedBody {
	b := &watchedBody{body: body, stall: stall, left: stall, limits: limits, cancel: cancel}
	b.timer = time.AfterFunc(stall, func() { b.stalled.Store(true); cancel() })
	b.timer.Stop()
	return b
}

func (b *watchedBody) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if b.left <= 0 {
		b.stalled.Store(true)
		b.cancel()
		return 0, errStalled
	}
	start := time.Now()
	b.timer.Reset(b.left)
	n, err := b.body.Read(p)
	b.timer.Stop()
	b.left -= time.Since(start)
	if b.stalled.Load() {
		return n, errStalled
	}
	b.seen = b.seen || n > 0
	b.raw += int64(n)
	if b.err = b.scan(p[:n]); b.err == nil && b.raw > b.limits.Body {
		b.err = errTooLong
	}
	if b.err != nil {
		b.cancel()
		return n, b.err
	}
	switch {
	case err == io.EOF && !b.done && b.seen && !b.data:
		return n, errNotStream
	case err == io.EOF && !b.done:
		return n, errTruncated
	case err != nil && err != io.EOF:
		return n, &readError{err}
	}
	return n, err
}

// scan reads the stream's lines as they complete.
func (b *watchedBody) scan(p []byte) error {
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			b.line = append(b.line, p...)
			if len(b.line) > maxLine {
				return errLineTooLong
			}
			return nil
		}
		b.line = append(b.line, p[:i]...)
		p = p[i+1:]
		err := b.event(bytes.TrimSpace(b.line))
		b.line = b.line[:0]
		if err != nil {
			return err
		}
	}
	return nil
}

// event reads one line: a "data:" line that carries a piece of the answer
// (text, reasoning, a finish reason, an error or [DONE]) restarts the
// stall timeout; its text counts against the answer's bound.
func (b *watchedBody) event(line []byte) error {
	data, ok := bytes.CutPrefix(line, []byte("data:"))
	if !ok {
		return nil
	}
	b.data = true
	data = bytes.TrimSpace(data)
	if string(data) == "[DONE]" {
		b.done = true
		b.left = b.stall
		return nil
	}
	var ev streamEvent
	if json.Unmarshal(data, &ev) != nil {
		// go-openai reports it.
		return nil
	}
	size, progress := ev.size()
	if progress {
		b.left = b.stall
	}
	b.answer += size
	if b.answer > b.limits.Answer {
		return errTooLong
	}
	return nil
}

// streamEvent is what watchedBody reads of a stream's chunk.
type streamEvent struct {
	Choices []struct {
		Delta struct {
			Content          string          `json:"content"`
			ReasoningContent string          `json:"reasoning_content"`
			Reasoning        string          `json:"reasoning"`
			ToolCalls        json.RawMessage `json:"tool_calls"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Error json.RawMessage `json:"error"`
}

// size returns the bytes of answer a chunk carries, and whether it moves
// the answer on at all.
func (ev streamEvent) size() (int64, bool) {
	var n int64
	progress := len(ev.Error) > 0 && string(ev.Error) != "null"
	for _, ch := range ev.Choices {
		d := ch.Delta
		n += int64(len(d.Content) + len(d.ReasoningContent) + len(d.Reasoning) + len(d.ToolCalls))
		if ch.FinishReason != nil && *ch.FinishReason != "" {
			progress = true
		}
	}
	return n, progress || n > 0
}

func (b *watchedBody) Close() error {
	b.timer.Stop()
	err := b.body.Close()
	b.cancel()
	return err
}
