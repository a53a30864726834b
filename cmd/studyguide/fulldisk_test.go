package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGuideOnAFullDiskKeepsTheOldFile writes a guide with -o onto a file
// system too small to hold it: the command fails with one line, and the
// handout that was there before is left whole, with no temporary file
// beside it. It needs a tmpfs of its own, so it runs only where mounting
// one is allowed (as root).
func TestGuideOnAFullDiskKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small file system needs root")
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small file system here: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })

	old := []byte("<html><body>last week's handout</body></html>\n")
	path := filepath.Join(dir, "handout.html")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "guide", "--format", "html", "-o", path)
	if code != exitFailure {
		t.Fatalf("exit %d, want 1 (stderr %q)", code, stderr)
	}
	stderr = strings.TrimPrefix(stderr, "studyguide: building the search index: no saved index yet\n")
	if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "studyguide: write ") || !strings.Contains(stderr, "no space left on device") {
		t.Errorf("stderr = %q, want one line naming the file and the full disk", stderr)
	}
	if stdout != "" {
		t.Errorf("stdout = %q", stdout)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Errorf("the old handout was changed: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left on the full disk: %v", entries)
	}
}
