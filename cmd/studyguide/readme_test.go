package main

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeAskExample runs the ask example the README prints and checks
// that the README shows its output as it is: a change to retrieval or to
// the answer's wording shows up here, not in a reader's surprise.
func TestReadmeAskExample(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const intro = "`bin/studyguide ask \"Was Stalin an all-powerful dictator?\"` prints, in a pipe:\n\n```text\n"
	readme := string(data)
	i := strings.Index(readme, intro)
	if i < 0 {
		t.Fatal("README has no ask example")
	}
	shown, _, ok := strings.Cut(readme[i+len(intro):], "```")
	if !ok {
		t.Fatal("README's ask example is not closed")
	}
	code, out, stderr := runCLI(t, "ask", "Was Stalin an all-powerful dictator?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if out != shown {
		t.Errorf("README shows\n%s\nask prints\n%s", shown, out)
	}
}
