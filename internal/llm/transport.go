package llm

import (
	"bytes"
	"context"
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

// maxBody bounds a non-streamed response held in memory (a large batch of
// embeddings is a few megabytes).
const maxBody = 256 << 20

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
	if err := buffer(resp); err != nil {
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

// buffer replaces resp's body with its whole content.
func buffer(resp *http.Response) error {
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	resp.Body.Close()
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
		err := buffer(resp)
		cancel()
		if err == nil {
			err = webPage(resp)
		}
		if err != nil {
			return nil, err
		}
		return resp, nil
	}
	resp.Body = newWatchedBody(resp.Body, d.stall, cancel)
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

// watchedBody is a stream's body. A read that waits longer than the stall
// timeout cancels the request and fails with errStalled; an end that comes
// before the "data: [DONE]" line fails with errTruncated, because
// go-openai reads both ends alike as io.EOF, or with errNotStream when a
// body came without a single "data:" line.
type watchedBody struct {
	body    io.ReadCloser
	stall   time.Duration
	timer   *time.Timer
	cancel  context.CancelFunc
	stalled atomic.Bool
	line    []byte
	long    bool
	seen    bool // a byte came
	data    bool // a "data:" line came
	done    bool // the "data: [DONE]" line came
}

// doneLineMax is longer than any spelling of the [DONE] line.
const doneLineMax = 32

func newWatchedBody(body io.ReadCloser, stall time.Duration, cancel context.CancelFunc) *watchedBody {
	b := &watchedBody{body: body, stall: stall, cancel: cancel}
	b.timer = time.AfterFunc(stall, func() { b.stalled.Store(true); cancel() })
	b.timer.Stop()
	return b
}

func (b *watchedBody) Read(p []byte) (int, error) {
	b.timer.Reset(b.stall)
	n, err := b.body.Read(p)
	b.timer.Stop()
	if b.stalled.Load() {
		return n, errStalled
	}
	b.seen = b.seen || n > 0
	b.scan(p[:n])
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

// scan looks for "data:" lines and for the line "data: [DONE]".
func (b *watchedBody) scan(p []byte) {
	for _, c := range p {
		if c != '\n' {
			if len(b.line) < doneLineMax {
				b.line = append(b.line, c)
			} else {
				b.long = true
			}
			continue
		}
		line := strings.TrimSpace(string(b.line))
		b.data = b.data || strings.HasPrefix(line, "data:")
		if !b.long && strings.HasPrefix(line, "data:") && strings.TrimSpace(line[len("data:"):]) == "[DONE]" {
			b.done = true
		}
		b.line, b.long = b.line[:0], false
	}
}

func (b *watchedBody) Close() error {
	b.timer.Stop()
	err := b.body.Close()
	b.cancel()
	return err
}
