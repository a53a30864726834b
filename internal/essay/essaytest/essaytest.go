// Package essaytest loads the built-in essay for other packages' tests.
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
