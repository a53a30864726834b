package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"studyguide/internal/thesaurus"
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
	committed, err = os.ReadFile("../people.txt")
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := people(dir, &buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(committed) {
		t.Error("people.txt is stale: run go generate ./internal/thesaurus")
	}
}

// TestLexnameBounds numbers every synset as the table does and checks
// that thesaurus.Lexname files each as WordNet does, for the files it
// knows. It needs WordNet, as TestTableIsCurrent does.
func TestLexnameBounds(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("WordNet is not installed in %s, and CI must run this test", dir)
		}
		t.Skipf("WordNet is not installed in %s (Debian: wordnet-base)", dir)
	}
	lex := map[string]string{}
	for _, pos := range posFiles {
		err := eachLine(filepath.Join(dir, "data."+pos), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 3 {
				return nil
			}
			name := ""
			switch f[1] {
			case "15":
				name = "noun.location"
			case "17":
				name = "noun.object"
			case "18":
				name = "noun.person"
			}
			if pos == "noun" {
				lex[f[0]+posOf(f[2])] = name
			} else {
				lex[f[0]+posOf(f[2])] = ""
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	keys := slices.Sorted(maps.Keys(lex))
	for id, k := range keys {
		if got := thesaurus.Lexname(id); got != lex[k] {
			t.Fatalf("Lexname(%d) (synset %s) = %q, WordNet files it in %q", id, k, got, lex[k])
		}
	}
}
