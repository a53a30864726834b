// Package essaytest holds test fixtures made of the built-in essay: the
// essay itself, parsed, and large corpora made of its sentences for
// benchmarks. Only tests import it; it imports essay alone.
package essaytest

import (
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
