package sentence

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// realSentences returns the sentences of the essay and of the real texts
// the other packages test on.
func realSentences(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "essay", "testdata", "texts", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, filepath.Join("..", "..", "corpus", "essay.txt"))
	var out []string
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Texts(string(data))...)
	}
	if len(out) < 1000 {
		t.Fatalf("%d sentences, want the texts'", len(out))
	}
	return out
}

// TestQuickTestsChangeNothing checks, on every sentence of the real texts,
// that the quick tests BareDemonstrative and LeadingPronoun make before
// their expressions answer as the expressions alone do.
func TestQuickTestsChangeNothing(t *testing.T) {
	found := 0
	for _, s := range realSentences(t) {
		if got, want := BareDemonstrative(s), bareDemonstrative(s); got != want {
			t.Errorf("BareDemonstrative(%q) = %d, the expression alone %d", s, got, want)
		}
		if BareDemonstrative(s) >= 0 {
			found++
		}
		all := strings.Fields(s)
		if got, want := leadingFields(s, PronounReach+3), all[:min(len(all), PronounReach+3)]; !slices.Equal(got, want) {
			t.Errorf("leadingFields(%q) = %q, want %q", s, got, want)
		}
	}
	if found == 0 {
		t.Error("no sentence of the texts leans on a bare demonstrative")
	}
}
