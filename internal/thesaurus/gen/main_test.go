package main

import (
	"os"
	"strings"
	"testing"
)

// TestTableIsCurrent writes the table again and compares it with the one
// committed, which goes stale when the stemmer or the stop words change
// ("want" made a stop word must leave every list of related stems). It
// needs WordNet, which .ci/run installs; on a machine without it, it says
// so and skips, except in CI ($CI set), where it fails. The thesaurus
// package's TestTableHeaderIsCurrent checks the header without WordNet.
func TestTableIsCurrent(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("WordNet is not installed in %s, and CI must run this test: install wordnet-base (.ci/run does)", dir)
		}
		t.Skipf("WordNet is not installed in %s (Debian: wordnet-base)", dir)
	}
	committed, err := os.ReadFile("../wordnet.txt")
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	if err := run(dir, ".", &buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(committed) {
		t.Error("wordnet.txt is stale: run go generate ./internal/thesaurus")
	}
}
