package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndexSizeIsBounded: a corpus of very short paragraphs, whose index
// would be hundreds of times its size (12 MB of them made 2.5 GB), is
// refused before anything is built, in one line that names the bound and
// what raises it; raised, the same corpus is indexed.
func TestIndexSizeIsBounded(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 17000; i++ {
		fmt.Fprintf(&b, "%d. Wheat.\n\n", i)
	}
	file := filepath.Join(t.TempDir(), "ledger.txt")
	writeFile(t, file, b.String())
	code, out, stderr := runCLI(t, "index", "--corpus", file)
	if code != exitFailure || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	oneLine(t, stderr, "the search index of this corpus would take about 134 MB", "over the bound of 200",
		"its 17000 passages are so short", "raise the bound with --max-index-ratio or $STUDYGUIDE_MAX_INDEX_RATIO")
	if strings.Contains(stderr, "building the search index") {
		t.Errorf("the build began: %q", stderr)
	}
	t.Setenv("STUDYGUIDE_MAX_INDEX_RATIO", "2000")
	if code, _, stderr := runCLI(t, "index", "--corpus", file); code != exitOK {
		t.Errorf("with the bound raised: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "index", "--max-index-ratio", "0"); code != exitUsage || !strings.Contains(stderr, "--max-index-ratio must be at least 1") {
		t.Errorf("--max-index-ratio 0: exit %d: %s", code, stderr)
	}
}
