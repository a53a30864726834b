package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Error is a failed request told in one sentence, for people: what went
// wrong, with the status when the server sent one, and what to try.
type Error struct {
	// Status is the HTTP status code, or 0 when no response came.
	Status int
	// Settings are the client's settings its hint is about, named in
	// plain words in the message ("raise the timeout"); a front end adds
	// how its user changes them (a flag, a field of a form).
	Settings Setting
	msg      string
	// kind is a sentinel the error matches with errors.Is, or nil.
	kind error
}

// Setting names settings of a Client, and of the embedders built on it,
// that a user can change; several may be set at once.
type Setting uint8

// The settings an Error's hint may be about.
const (
	BaseURL Setting = 1 << iota
	APIKey
	Model
	Timeout
	EmbedModel
	// LocalEmbedder: the offline embedder would serve instead.
	LocalEmbedder
)

// Errorf returns an *Error whose hint is about settings, for packages that
// build on the client (embed).
func Errorf(settings Setting, format string, args ...any) *Error {
	return &Error{Settings: settings, msg: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string { return e.msg }

// Is reports whether target is the sentinel of e's kind (ErrTooLong).
func (e *Error) Is(target error) bool { return e.kind != nil && target == e.kind }

// ErrTooLong matches an *Error for an answer cut off at its bound: the
// server sent more than the request asked for.
var ErrTooLong = errors.New("the answer is longer than was asked for")

// Errors of a stream that did not end properly.
var (
	// errTruncated: the body ended before "data: [DONE]".
	errTruncated = errors.New("the stream ended before [DONE]")
	// errStalled: no piece of the answer came within the stall timeout.
	errStalled = errors.New("the stream stalled")
	// errNotStream: a stream's body ended without a single "data:" line;
	// the server answered, but not with a stream.
	errNotStream = errors.New("the body holds no stream")
	// errBadChunk: a piece of a stream is not the API's JSON.
	errBadChunk = errors.New("a stream chunk is not valid JSON")
	// errTooLong: the answer, or the response, passed its bound.
	errTooLong = ErrTooLong
	// errLineTooLong: a line of a stream passed maxLine.
	errLineTooLong = errors.New("a stream line is too long")
)

// keyLike matches what looks like an API key or a bearer token, whole or
// masked as servers echo them ("Incorrect API key provided:
// sk-abc1***wxyz"). A server's words are repeated without it, whoever's
// key it is: even the last four characters of a key are not for a
// screen that a class can see.
var keyLike = regexp.MustCompile(`\bsk-[A-Za-z0-9_*.\-]{4,}|(?i:\bbearer\s+\S+)`)

// maxServerMessage bounds how much of a server's own message an error
// repeats.
const maxServerMessage = 200

// describe turns err from a request to c's server into an *Error of one
// sentence. Context errors pass through unchanged, so that an interrupted
// command is reported as interrupted. The key is scrubbed from the result.
func (c *Client) describe(ctx context.Context, err error, t *tally) error {
	if err == nil {
		return nil
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
		return ctxErr
	}
	e := c.explain(err, t)
	e.msg = redact(e.msg, c.cfg.APIKey)
	return e
}

func (c *Client) explain(err error, t *tally) *Error {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	var page *notAPIError
	switch {
	case errors.As(err, &page):
		return &Error{Status: page.code, Settings: BaseURL, msg: c.notAPI(page.code, page.status, page.body)}
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode > 0:
		return c.byStatus(reqErr.HTTPStatusCode, reqErr.HTTPStatus, reqErr.Body, "", t)
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode > 0:
		return c.byStatus(apiErr.HTTPStatusCode, apiErr.HTTPStatus, nil, apiErr.Message, t)
	case errors.As(err, &apiErr):
		// An error event inside a stream: the server gave up mid-answer.
		return &Error{msg: fmt.Sprintf("the server at %s stopped mid-answer with an error: %s", c.host(), serverMessage(apiErr.Message))}
	case errors.Is(err, errBadChunk):
		return &Error{Settings: BaseURL, msg: fmt.Sprintf("the server at %s sent part of its stream as something other than the API's JSON, so the answer is incomplete; %s", c.host(), c.pageHint(0))}
	case errors.Is(err, errNotStream):
		return &Error{Settings: BaseURL, msg: fmt.Sprintf("the server at %s did not stream its answer (no \"data:\" lines came); %s", c.host(), c.pageHint(0))}
	case errors.Is(err, errTruncated):
		return &Error{msg: fmt.Sprintf("the server at %s closed the stream before it finished ([DONE] never came); the answer is incomplete", c.host())}
	case errors.Is(err, errStalled):
		return &Error{Settings: Timeout, msg: fmt.Sprintf("no part of the answer came from %s for %s (keep-alives, empty chunks and a trickle of bytes do not count); try again, or raise the timeout", c.host(), c.cfg.StallTimeout)}
	case errors.Is(err, errTooLong):
		return c.tooLong(t)
	case errors.Is(err, errLineTooLong):
		return &Error{Settings: BaseURL, msg: fmt.Sprintf("the server at %s sent a line of its stream longer than %d MB, so it was cut off; %s", c.host(), maxLine>>20, c.pageHint(0))}
	case isDNS(err) || errors.Is(err, errLookupTimeout):
		// Before timeouts and refusals: a lookup that timed out, or whose
		// DNS server refused the connection, is about the name, not the API.
		msg, settings := c.dnsMessage(err)
		return &Error{Settings: settings, msg: msg}
	case errors.Is(err, errHeaderTimeout) || isTimeout(err):
		return &Error{Settings: Timeout, msg: fmt.Sprintf("no answer from %s within %s; raise the timeout if the model is slow to load", c.host(), c.cfg.Timeout)}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{Settings: BaseURL, msg: fmt.Sprintf("could not connect to %s: connection refused; is the server running, and is the base URL right?", c.host())}
	case isDecode(err):
		// Before isDropped: a body cut short in the middle of its JSON
		// reads as io.ErrUnexpectedEOF too.
		return &Error{Settings: BaseURL, msg: fmt.Sprintf("the server at %s answered with something other than the API's JSON; %s", c.host(), c.pageHint(0))}
	case isDropped(err):
		return &Error{msg: fmt.Sprintf("the connection to %s dropped%s; try again", c.host(), t.after())}
	case errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		return &Error{Settings: BaseURL, msg: fmt.Sprintf("the server at %s sent a stream with no answer in it; is the base URL an OpenAI-compatible API?", c.host())}
	}
	return &Error{msg: fmt.Sprintf("request to %s failed: %s", c.host(), plain(err))}
}

// tooLong explains an answer cut off at its bound.
func (c *Client) tooLong(t *tally) *Error {
	l := t.limits()
	msg := fmt.Sprintf("the server at %s sent an answer of more than %s, so it was cut off there", c.host(), size(l.Answer))
	if l.Tokens > 0 {
		msg = fmt.Sprintf("the server at %s sent more than %s for an answer of at most %d tokens, so it was cut off there; it may be ignoring max_tokens", c.host(), size(l.Answer), l.Tokens)
	}
	return &Error{msg: msg, kind: ErrTooLong}
}

// size says "7.4 KB" or "2 MB".
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.3g MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.3g KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// byStatus explains an HTTP error status. body is the raw body when it was
// not the API's JSON; message is the API's own message otherwise.
func (c *Client) byStatus(code int, status string, body []byte, message string, t *tally) *Error {
	if status == "" {
		status = fmt.Sprintf("%d %s", code, http.StatusText(code))
	}
	e := &Error{Status: code}
	if body != nil {
		m, ok := jsonMessage(body)
		if !ok {
			e.msg, e.Settings = c.notAPI(code, status, body), BaseURL
			return e
		}
		message = m
	}
	detail := ""
	if m := serverMessage(message); m != "" && !strings.EqualFold(m, http.StatusText(code)) {
		detail = ": " + m
	}
	switch {
	case code == http.StatusUnauthorized:
		// The server's message is left out: OpenAI's repeats part of the key.
		e.msg, e.Settings = fmt.Sprintf("the server at %s refused the API key (%s); check the API key", c.host(), status), APIKey
	case code == http.StatusForbidden:
		e.msg = fmt.Sprintf("the API key may not use this model or endpoint (%s)%s", status, detail)
	case code == http.StatusNotFound:
		e.msg = fmt.Sprintf("model %q or the API at %s was not found (%s)%s; check the model's name, and that the base URL ends in /v1", t.modelName(), c.host(), status, detail)
		e.Settings = Model | BaseURL
	case code == http.StatusTooManyRequests:
		e.msg = fmt.Sprintf("the server at %s is limiting requests (%s)%s%s; wait and try again", c.host(), status, t.after(), detail)
	case code >= 500 || code == http.StatusRequestTimeout:
		e.msg = fmt.Sprintf("the server at %s failed with %s%s%s; try again later", c.host(), status, t.after(), detail)
	default:
		e.msg = fmt.Sprintf("the server at %s rejected the request (%s)%s", c.host(), status, detail)
	}
	return e
}

// notAPI explains an error whose body is not the API's JSON: an HTML page
// from a web server or proxy, most often because the base URL lacks /v1.
func (c *Client) notAPI(code int, status string, body []byte) string {
	text := strings.TrimSpace(string(body))
	lower := strings.ToLower(text)
	what := "text that is not the API's JSON"
	switch {
	case text == "":
		what = "an empty body, not the API's JSON"
	case strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html") || strings.Contains(lower, "<body"):
		what = "an HTML page, not the API's JSON"
	default:
		if r := []rune(keyLike.ReplaceAllString(strings.Join(strings.Fields(text), " "), "[redacted]")); len(r) <= 60 {
			what += fmt.Sprintf(" (%q)", string(r))
		}
	}
	return fmt.Sprintf("the server at %s answered %s with %s: %s", c.host(), status, what, c.pageHint(code))
}

// pageHint guesses why a web page came instead of the API.
func (c *Client) pageHint(code int) string {
	switch {
	case code >= 500:
		return "a proxy or web server answered for the API; try again later, or check the base URL"
	case !strings.HasSuffix(strings.TrimRight(c.cfg.BaseURL, "/"), "/v1"):
		return "is the base URL missing /v1?"
	}
	return "is the base URL the address of an OpenAI-compatible API?"
}

// jsonMessage reads the message of an error body that is JSON but not
// OpenAI's {"error": {...}}, such as vLLM's {"object": "error", "message":
// ...} or FastAPI's {"detail": ...}. ok is false if body is not JSON.
func jsonMessage(body []byte) (msg string, ok bool) {
	var v map[string]any
	if json.Unmarshal(body, &v) != nil {
		return "", false
	}
	if inner, isMap := v["error"].(map[string]any); isMap {
		v = inner
	}
	for _, key := range []string{"message", "detail", "error"} {
		if m, isString := v[key].(string); isString {
			return m, true
		}
	}
	return "", true
}

// serverMessage shortens a server's own message to one line, without
// anything that looks like a key.
func serverMessage(m string) string {
	m = keyLike.ReplaceAllString(strings.Join(strings.Fields(m), " "), "[redacted]")
	if r := []rune(m); len(r) > maxServerMessage {
		m = string(r[:maxServerMessage]) + "…"
	}
	return m
}

// host names the server in messages: the base URL without credentials.
func (c *Client) host() string {
	u, err := url.Parse(c.cfg.BaseURL)
	if err != nil || u.Host == "" {
		return "the server"
	}
	u.User = nil
	u.RawQuery, u.Fragment = "", ""
	return u.String()
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

func isDNS(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de)
}

// dnsMessage explains a failed lookup of the API's host: a name that does
// not exist is the base URL's fault; a DNS server that does not answer is
// the network's.
func (c *Client) dnsMessage(err error) (string, Setting) {
	var de *net.DNSError
	switch {
	case !errors.As(err, &de) || de.IsTimeout:
		return fmt.Sprintf("could not look up the host of %s: the DNS server did not answer in time; check the network connection", c.host()), 0
	case de.IsNotFound:
		return fmt.Sprintf("could not find the host of %s (no such host); check the base URL", c.host()), BaseURL
	}
	return fmt.Sprintf("could not look up the host of %s (%s); check the network connection and the base URL", c.host(), serverMessage(de.Err)), BaseURL
}

// isDecode reports whether err came from decoding the API's JSON rather
// than from the network. Plain responses are read whole before go-openai
// decodes them, so a body that ends in the middle of its JSON is the
// server's answer, not a dropped connection, even though the decoder calls
// it io.ErrUnexpectedEOF: failures of the network carry a *url.Error or a
// *readError.
func isDecode(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var ue *url.Error
	var re *readError
	return errors.As(err, &syn) || errors.As(err, &typ) ||
		(errors.Is(err, io.ErrUnexpectedEOF) && !errors.As(err, &ue) && !errors.As(err, &re))
}

// isDropped reports whether err means the connection broke: worth another
// attempt, unlike a refused connection or a timeout.
func isDropped(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, syscall.ECONNABORTED) ||
		strings.Contains(err.Error(), "server closed idle connection")
}

// plain drops the method and URL that url.Error puts first.
func plain(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return serverMessage(err.Error())
}

// keys holds every API key a Client was made with, so that Redact can
// scrub them from any text as a last line of defence.
var keys sync.Map

// Redact replaces every API key this process has used with "[redacted]".
// Callers that print errors run them through it, in case a key slipped
// into a message from somewhere unexpected.
func Redact(s string) string {
	keys.Range(func(k, _ any) bool {
		s = redact(s, k.(string))
		return true
	})
	return s
}

// tally counts a request's attempts, for messages such as "after 4
// attempts", and remembers a wait the server asked for but was not given.
type tally struct {
	model    string
	bounds   Limits
	mu       sync.Mutex
	attempts int
	refused  time.Duration
}

func (t *tally) limits() Limits {
	if t == nil {
		return Limits{Answer: unbounded}
	}
	return t.bounds
}

func (t *tally) modelName() string {
	if t == nil {
		return ""
	}
	return t.model
}

func (t *tally) add() {
	if t == nil {
		return
	}
	t.mu.Lock()
	t.attempts++
	t.mu.Unlock()
}

func (t *tally) refuse(d time.Duration) {
	if t == nil {
		return
	}
	t.mu.Lock()
	t.refused = d
	t.mu.Unlock()
}

// after says how hard the client tried: " after 4 attempts", or that the
// server asked for a longer wait than the retry cap allows.
func (t *tally) after() string {
	if t == nil {
		return ""
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case t.refused > 0:
		return fmt.Sprintf(" and asked to wait %s, longer than studyguide waits", t.refused.Round(time.Second))
	case t.attempts > 1:
		return fmt.Sprintf(" after %d attempts", t.attempts)
	}
	return ""
}

type tallyKey struct{}

// withTally starts counting the attempts of one request for model.
func withTally(ctx context.Context, model string) (context.Context, *tally) {
	t := &tally{model: model}
	return context.WithValue(ctx, tallyKey{}, t), t
}

func tallyOf(ctx context.Context) *tally {
	t, _ := ctx.Value(tallyKey{}).(*tally)
	return t
}
