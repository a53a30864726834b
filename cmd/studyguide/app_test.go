package main

import (
	"bytes"
	"strings"
	"testing"
)

// runCLI runs the app in-process with its own index folder.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("STUDYGUIDE_INDEX_DIR", t.TempDir())
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	var out, errOut bytes.Buffer
	code = run(append([]string{"studyguide"}, args...), strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"ask", "Was Stalin all-powerful?"}, exitOK, ""},
		{[]string{"ask"}, exitUsage, "ask needs a question"},
		{[]string{"ask", "--nope", "x"}, exitUsage, `unknown flag "--nope" (see 'studyguide ask --help')`},
		{[]string{"ask", "--copus", "x", "y"}, exitUsage, `unknown flag "--copus": did you mean "--corpus"?`},
		{[]string{"guide", "-formt", "json"}, exitUsage, `unknown flag "--formt": did you mean "--format"?`},
		{[]string{"ask", "-j", "x"}, exitUsage, `unknown flag "-j" (see 'studyguide ask --help')`},
		{[]string{"ask", "-k", "x", "Stalin"}, exitUsage, "invalid value"},
		{[]string{"bogus"}, exitUsage, "unknown command"},
		{[]string{"show", "¶1000"}, exitUsage, "no passage ¶1000"},
		{[]string{"ask", "--corpus", "/nonexistent/file.txt", "Stalin"}, exitFailure, "no such file"},
		{[]string{"questions"}, exitOK, ""},
		{[]string{"guide", "--format", "json"}, exitOK, ""},
		{[]string{"guide", "--from", "¶53"}, exitUsage, "passages with questions: ¶49, ¶51, ¶56, ¶57, ¶58"},
		{[]string{"guide", "--format", "pdf"}, exitUsage, "unknown format"},
		{[]string{"guide", "-o", "/nonexistent/dir/guide.md"}, exitFailure, "no such file or directory"},
		{[]string{}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if tt.err == "" {
				return
			}
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "studyguide: ") || !strings.Contains(last, tt.err) {
				t.Errorf("stderr %q, want one line with %q", stderr, tt.err)
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Errorf("stderr shows a stack trace: %q", stderr)
			}
		})
	}
}

func TestPermuteArgs(t *testing.T) {
	app := newApp(nil, nil, nil)
	got := permuteArgs(app, []string{"studyguide", "ask", "why", "--json", "-k", "3", "now"})
	want := "studyguide ask --json -k 3 -- why now"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	got = permuteArgs(app, []string{"studyguide", "ask", "--", "-k", "x"})
	if strings.Join(got, " ") != "studyguide ask -- -k x" {
		t.Errorf("-- must end flags: %q", got)
	}
}
