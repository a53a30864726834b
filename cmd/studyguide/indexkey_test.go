package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestStopWordChangeRebuildsTheIndex builds studyguide twice, the second
// time with one word added to the stop-word list and nothing else
// changed (go build -overlay), and shows that the second binary rebuilds
// the index the first one saved, and the first rebuilds it again: the
// index key follows the stop words without any version kept by hand.
func TestStopWordChangeRebuildsTheIndex(t *testing.T) {
	skipUnderRace(t)
	goBin := goCommand(t)
	dir := t.TempDir()
	stopwords, err := filepath.Abs("../../internal/terms/stopwords.go")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(stopwords)
	if err != nil {
		t.Fatal(err)
	}
	// "dictator" is a content word of the question below: as a stop word
	// it changes what BM25 indexes.
	changed := strings.Replace(string(src), `"maybe": true,`, `"maybe": true, "dictator": true,`, 1)
	if changed == string(src) {
		t.Fatal(`the stop-word list no longer holds "maybe": true, which this test edits`)
	}
	edited := filepath.Join(dir, "stopwords.go")
	writeFile(t, edited, changed)
	overlay, _ := json.Marshal(map[string]map[string]string{"Replace": {stopwords: edited}})
	writeFile(t, filepath.Join(dir, "overlay.json"), string(overlay))

	plain := filepath.Join(dir, "plain")
	other := filepath.Join(dir, "other")
	build(t, goBin, plain)
	build(t, goBin, other, "-overlay", filepath.Join(dir, "overlay.json"))

	index := filepath.Join(dir, "index")
	const notice = "studyguide: building the search index: "
	for i, step := range []struct {
		bin, want string
	}{
		{plain, notice + "no saved index yet"},
		{plain, ""},
		{other, notice + "the corpus, how studyguide reads it, or the embedder changed since it was saved"},
		{other, ""},
		{plain, notice + "the corpus, how studyguide reads it, or the embedder changed since it was saved"},
	} {
		cmd := exec.Command(step.bin, "ask", allPowerful)
		cmd.Env = append(os.Environ(), "STUDYGUIDE_INDEX_DIR="+index, "STUDYGUIDE_CORPUS=", "OPENAI_API_KEY=", "OPENAI_BASE_URL=")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("step %d: %v: %s", i+1, err, stderr.String())
		}
		if got := strings.TrimSpace(stderr.String()); got != step.want {
			t.Errorf("step %d (%s): stderr %q, want %q", i+1, filepath.Base(step.bin), got, step.want)
		}
		if !strings.Contains(stdout.String(), "[¶53]") {
			t.Errorf("step %d: no answer citing ¶53:\n%s", i+1, stdout.String())
		}
	}
}

// goCommand returns the go command that runs these tests.
func goCommand(t testing.TB) string {
	t.Helper()
	if p := filepath.Join(runtime.GOROOT(), "bin", "go"); runtime.GOROOT() != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	p, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command to build studyguide with")
	}
	return p
}

// build builds this package's command to out.
func build(t testing.TB, goBin, out string, flags ...string) {
	t.Helper()
	args := append([]string{"build", "-o", out}, flags...)
	cmd := exec.Command(goBin, append(args, ".")...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
}
