package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/llm/llmtest"
)

// sentinel is the API key every secrets test plants; nothing a run
// produces may hold it, nor its last twelve characters (what a server
// that masks keys shows).
const sentinel = "sk-sentinel-4be1c0de9a7f2d36e8b5"

// keyArg in a row's args stands for the sentinel, for --api-key.
const keyArg = "{key}"

// secretRun is one command run with the sentinel key planted.
type secretRun struct {
	name string
	args []string
	// api sets up the fake server and returns the base URL; nil serves
	// answers and vectors from a fresh fake.
	api func(t *testing.T, s *llmtest.Server) string
	// code is the exit code the run must end with.
	code int
	// sends: the run must reach the fake server, with the key.
	sends bool
}

// echo is a server's error body that repeats the key, as some do.
func echo(status int, contentType, body string) llmtest.Reply {
	return llmtest.Reply{Status: status, ContentType: contentType, RetryAfter: "0", Body: strings.ReplaceAll(body, "KEY", sentinel)}
}

func echoing(replies ...llmtest.Reply) func(*testing.T, *llmtest.Server) string {
	return func(_ *testing.T, s *llmtest.Server) string {
		s.Queue(replies...)
		s.QueueEmbed(replies...)
		return s.URL
	}
}

func repeatEcho(r llmtest.Reply) func(*testing.T, *llmtest.Server) string {
	return echoing(repeat(r, 4)...)
}

var (
	jsonEcho = `{"error":{"message":"Incorrect API key provided: KEY. You can find your API key at https://platform.openai.com.","type":"invalid_request_error","code":"invalid_api_key"}}`
	masked   = `{"error":{"message":"Project key sk-sent**********` + sentinel[len(sentinel)-12:] + ` does not have access to model gpt-4o-mini"}}`
)

// evalSet is one built-in set, by absolute path since runPlanted moves to
// its work folder. eval runs one set, not all: the key takes the same
// path through one as through thirty, and all of them, each question
// embedded through the fake API, outgrow the hang deadline as sets are
// added.
var evalSet, _ = filepath.Abs(filepath.Join("..", "..", "corpus", "eval2.tsv"))

// secretRuns holds every command on the branch, its --help, and every
// fault, each a line. A new command adds its lines here.
var secretRuns = []secretRun{
	{"ask", []string{"ask", question}, nil, exitOK, true},
	{"ask --json", []string{"ask", "--json", question}, nil, exitOK, true},
	{"ask --api-key", []string{"ask", "--api-key", keyArg, question}, nil, exitOK, true},
	{"ask, abstaining", []string{"ask", "How do I bake sourdough bread?"}, nil, exitOK, false},
	{"ask --offline", []string{"ask", "--offline", question}, nil, exitOK, false},
	{"ask --embedder openai", []string{"ask", "--embedder", "openai", question}, nil, exitOK, true},
	{"ask --json --embedder openai", []string{"ask", "--json", "--embedder", "openai", question}, nil, exitOK, true},
	{"show", []string{"show", "¶56"}, nil, exitOK, false},
	{"show --json", []string{"show", "--json", "note 15"}, nil, exitOK, false},
	{"questions", []string{"questions"}, nil, exitOK, false},
	{"questions --json", []string{"questions", "--json", "¶56"}, nil, exitOK, false},
	{"index", []string{"index"}, nil, exitOK, false},
	{"index --force", []string{"index", "--force"}, nil, exitOK, false},
	{"index --embedder openai", []string{"index", "--embedder", "openai"}, nil, exitOK, true},
	{"index --embedder openai --api-key", []string{"index", "--embedder", "openai", "--api-key", keyArg}, nil, exitOK, true},
	{"guide", []string{"guide"}, nil, exitOK, true},
	{"guide --offline", []string{"guide", "--offline"}, nil, exitOK, false},
	{"guide --format json", []string{"guide", "--format", "json", "--from", "all"}, nil, exitOK, false},
	{"guide -o", []string{"guide", "-o", "handout.html"}, nil, exitOK, false},
	{"chat", []string{"chat"}, nil, exitOK, true},
	{"chat --offline", []string{"chat", "--offline"}, nil, exitOK, false},
	{"eval", []string{"eval", evalSet}, nil, exitOK, false},
	{"eval --embedder openai", []string{"eval", "--embedder", "openai", evalSet}, nil, exitOK, true},
	{"--help", []string{"--help"}, nil, exitOK, false},
	{"--version", []string{"--version"}, nil, exitOK, false},
	{"ask --help", []string{"ask", "--help"}, nil, exitOK, false},
	{"show --help", []string{"show", "--help"}, nil, exitOK, false},
	{"questions --help", []string{"questions", "--help"}, nil, exitOK, false},
	{"index --help", []string{"index", "--help"}, nil, exitOK, false},
	{"guide --help", []string{"guide", "--help"}, nil, exitOK, false},
	{"chat --help", []string{"chat", "--help"}, nil, exitOK, false},
	{"eval --help", []string{"eval", "--help"}, nil, exitOK, false},
	{"usage: no question", []string{"ask"}, nil, exitUsage, false},
	{"usage: unknown flag", []string{"ask", "--nope", question}, nil, exitUsage, false},
	{"usage: bad base URL", []string{"ask", "--base-url", "localhost:11434", question}, nil, exitUsage, false},
	{"usage: unknown command", []string{"bogus"}, nil, exitUsage, false},
	{"401 echoing the key", []string{"ask", question}, echoing(echo(401, "", jsonEcho)), exitFailure, true},
	{"400 echoing the key", []string{"ask", "--json", question}, echoing(echo(400, "", jsonEcho)), exitFailure, true},
	{"403 echoing the key masked", []string{"ask", question}, echoing(echo(403, "", masked)), exitFailure, true},
	{"404 echoing the key", []string{"ask", question}, echoing(echo(404, "", `{"object":"error","message":"no model for key KEY"}`)), exitFailure, true},
	{"429 echoing the key", []string{"ask", question}, repeatEcho(echo(429, "", jsonEcho)), exitFailure, true},
	{"500 echoing the key", []string{"ask", question}, repeatEcho(echo(500, "", `{"detail":"upstream rejected KEY"}`)), exitFailure, true},
	{"502 page echoing the key", []string{"ask", question}, repeatEcho(echo(502, "text/html", `<html><body>Bearer KEY refused</body></html>`)), exitFailure, true},
	{"400 text echoing the key", []string{"ask", question}, echoing(echo(400, "text/plain", `bad key KEY`)), exitFailure, true},
	{"200 page echoing the key", []string{"ask", question}, echoing(echo(0, "text/html", `<html>Authorization: Bearer KEY</html>`)), exitFailure, true},
	{"stream error echoing the key", []string{"ask", question}, echoing(echo(0, "text/event-stream", `data: {"error":{"message":"key KEY was revoked mid-answer"}}`+"\n\n")), exitFailure, true},
	{"embeddings 401 echoing the key", []string{"index", "--embedder", "openai"}, echoing(echo(401, "", jsonEcho)), exitFailure, true},
	{"embeddings 400 echoing the key", []string{"ask", "--embedder", "openai", question}, echoing(echo(400, "", jsonEcho)), exitFailure, true},
	{"embeddings 503 echoing the key", []string{"index", "--embedder", "openai"}, repeatEcho(echo(503, "", `{"error":{"message":"overloaded, KEY"}}`)), exitFailure, true},
}

// TestKeyNeverLeaks plants the sentinel key, runs every command and fault
// with an index folder and a work folder of its own, and searches all the
// runs produced: stdout, stderr, the returned error and every file written.
func TestKeyNeverLeaks(t *testing.T) {
	runs := append([]secretRun(nil), secretRuns...)
	for _, fc := range faultCases {
		args := append(append([]string{"ask", "--timeout", faultTimeout}, fc.args...), question)
		runs = append(runs, secretRun{"fault: " + fc.name, args, fc.api, exitFailure, fc.chats > 0})
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			work := t.TempDir()
			s := llmtest.New(t)
			s.Default(llmtest.Reply{Text: modelAnswer})
			url := s.URL
			if r.api != nil {
				url = r.api(t, s)
			}
			code, stdout, stderr, err := runPlanted(t, work, url, r.args)
			if code != r.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, r.code, stderr)
			}
			if r.sends {
				reqs := s.Requests()
				if len(reqs) == 0 || reqs[0].Auth != "Bearer "+sentinel {
					t.Errorf("the run did not reach the API with the key: %d requests", len(reqs))
				}
			}
			produced := map[string][]byte{"stdout": []byte(stdout), "stderr": []byte(stderr)}
			for i, e := range errorChain(err) {
				produced[fmt.Sprintf("error %d", i)] = []byte(e)
			}
			files := 0
			filepath.WalkDir(work, func(path string, d fs.DirEntry, err error) error {
				if err == nil && d.Type().IsRegular() {
					files++
					produced[path], _ = os.ReadFile(path)
				}
				return nil
			})
			if r.args[0] == "index" && r.code == exitOK && !slices.Contains(r.args, "--help") && files == 0 {
				t.Error("index wrote no file to search")
			}
			for where, data := range produced {
				for _, secret := range []string{sentinel, sentinel[len(sentinel)-12:]} {
					if i := bytes.Index(data, []byte(secret)); i >= 0 {
						t.Errorf("%s holds the key (%q) at byte %d: %q", where, secret, i, excerpt(data, i))
					}
				}
			}
		})
	}
}

// runPlanted runs the app as run does, with the sentinel key in the
// environment and every folder a run may write to (index, cache, home,
// temporary files, the current folder) inside work. It returns the app's
// error as well, to check it before exitCode's last-resort redaction.
func runPlanted(t *testing.T, work, baseURL string, args []string) (code int, stdout, stderr string, err error) {
	t.Helper()
	for _, dir := range []string{"index", "home", "cache", "tmp"} {
		if err := os.Mkdir(filepath.Join(work, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(work)
	env := map[string]string{
		"OPENAI_API_KEY": sentinel, "OPENAI_BASE_URL": baseURL,
		"STUDYGUIDE_INDEX_DIR": filepath.Join(work, "index"), "HOME": filepath.Join(work, "home"),
		"XDG_CACHE_HOME": filepath.Join(work, "cache"), "TMPDIR": filepath.Join(work, "tmp"),
	}
	for _, v := range []string{"STUDYGUIDE_MODEL", "STUDYGUIDE_EMBEDDER", "STUDYGUIDE_EMBED_MODEL", "STUDYGUIDE_OFFLINE",
		"STUDYGUIDE_PROMPTS", "STUDYGUIDE_TIMEOUT", "STUDYGUIDE_CORPUS", "STUDYGUIDE_K"} {
		env[v] = ""
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	full := []string{"studyguide"}
	for _, a := range args {
		full = append(full, strings.ReplaceAll(a, keyArg, sentinel))
	}
	var out, errOut bytes.Buffer
	// The limit only catches a hang. Under the race detector, eval's run
	// of a set, each question embedded through the fake API, takes longer
	// than 20 seconds on a busy machine.
	limit := deadline
	if raceEnabled {
		limit *= 4
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	app := newApp(strings.NewReader(stdinFor(args)), &out, &errOut)
	err = app.RunContext(ctx, permuteArgs(app, full))
	if ctx.Err() != nil {
		t.Fatalf("%v did not finish within %s", args, limit)
	}
	code = exitCode(err, ctx, &errOut)
	return code, out.String(), errOut.String(), err
}

// stdinFor is what a run reads: a conversation with a follow-up and a
// saved transcript for chat, nothing for the rest.
func stdinFor(args []string) string {
	if len(args) > 0 && args[0] == "chat" {
		return "Was Stalin all-powerful?\nWho stopped him?\n/sources\n/save transcript.md\n/quit\n"
	}
	return ""
}

// errorChain returns the text of err and of every error it wraps, in
// both plain and %+v form.
func errorChain(err error) []string {
	var out []string
	queue := []error{err}
	for len(queue) > 0 {
		e := queue[0]
		queue = queue[1:]
		if e == nil {
			continue
		}
		out = append(out, e.Error(), fmt.Sprintf("%+v", e))
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			queue = append(queue, u.Unwrap()...)
		default:
			queue = append(queue, errors.Unwrap(e))
		}
	}
	return out
}

func excerpt(data []byte, i int) string {
	return string(data[max(0, i-60):min(len(data), i+60)])
}
