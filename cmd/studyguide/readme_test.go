package main

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// readmeBlock returns the fenced block of README.md that follows intro,
// which ends with the block's opening fence.
func readmeBlock(t *testing.T, intro string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i := strings.Index(readme, intro)
	if i < 0 {
		t.Fatalf("README has no block after %q", intro)
	}
	block, _, ok := strings.Cut(readme[i+len(intro):], "```")
	if !ok {
		t.Fatalf("README's block after %q is not closed", intro)
	}
	return block
}

// TestReadmeAskExample runs the ask example the README prints and checks
// that the README shows its output as it is: a change to retrieval or to
// the answer's wording shows up here, not in a reader's surprise.
func TestReadmeAskExample(t *testing.T) {
	shown := readmeBlock(t, "`bin/studyguide ask \"Was Stalin an all-powerful dictator?\"` prints, in a pipe:\n\n```text\n")
	code, out, stderr := runCLI(t, "ask", "Was Stalin an all-powerful dictator?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if out != shown {
		t.Errorf("README shows\n%s\nask prints\n%s", shown, out)
	}
}

// TestReadmeGuideExcerpt checks that every line of the README's excerpt
// of the default guide stands in the guide as it is built, but for the
// question the excerpt shortens with "...".
func TestReadmeGuideExcerpt(t *testing.T) {
	excerpt := readmeBlock(t, "An excerpt of the default guide (`studyguide guide`, offline):\n\n```markdown\n")
	code, guide, stderr := runCLI(t, "guide")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(guide, "\n")
	for _, line := range strings.Split(excerpt, "\n") {
		if line == "" || strings.Contains(line, " ... ") {
			continue
		}
		if !slices.Contains(lines, line) {
			t.Errorf("the README's guide excerpt holds a line the guide does not:\n%s", line)
		}
	}
}
