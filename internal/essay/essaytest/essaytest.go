// Package essaytest holds test fixtures made of the built-in essay: the
// essay itself, parsed, and large corpora made of its sentences for
// benchmarks; and a small text of a test's own, read as a corpus. Only
// tests import it; it imports essay alone.
package essaytest

import (
	"os"
	"path/filepath"
	"testing"

	"studyguide/internal/essay"
)

// Embedded returns the essay built into the binary, parsed; a failure to
// parse it fails the test.
func Embedded(t testing.TB) *essay.Corpus {
	t.Helper()
	c, err := essay.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Text writes text to a file of that name in a temporary folder and reads
// it as a corpus; a failure fails the test. The name's extension says how
// it is read (".md" as Markdown).
func Text(t testing.TB, name, text string) *essay.Corpus {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
