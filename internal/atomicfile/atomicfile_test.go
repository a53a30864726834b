package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fullDisk accepts limit bytes, then fails as a full disk does.
type fullDisk struct {
	w     io.Writer
	limit int
}

func (f *fullDisk) Write(p []byte) (int, error) {
	if len(p) > f.limit {
		n, _ := f.w.Write(p[:f.limit])
		f.limit = 0
		return n, syscall.ENOSPC
	}
	f.limit -= len(p)
	return f.w.Write(p)
}

func TestWriteFileReplacesContent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "guide.md")
	for _, content := range []string{"first", "second, longer"} {
		if err := WriteFile(path, []byte(content), Options{Perm: 0o644}); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("read %q, %v; want %q", got, err, content)
		}
	}
	assertNoTemp(t, filepath.Dir(path))
}

func TestFailedWriteKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "guide.html")
	old := []byte("<p>the old guide</p>")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	newContent := bytes.Repeat([]byte("new guide "), 1000)
	err := Write(path, Options{Perm: 0o644}, func(w io.Writer) error {
		_, err := io.Copy(&fullDisk{w: w, limit: 4096}, bytes.NewReader(newContent))
		return err
	})
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("error = %v, want the full-disk error", err)
	}
	if !strings.Contains(err.Error(), "guide.html") {
		t.Errorf("error %q does not name the file", err)
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, old) {
		t.Fatalf("old file is now %q (%v), want it intact", got, err)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode changed to %v", info.Mode().Perm())
	}
	assertNoTemp(t, dir)
}

func TestWriteKeepsModeOfExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.json")
	if err := os.WriteFile(path, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("[]"), Options{Perm: 0o644}); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600 kept", info.Mode().Perm())
	}
}

func TestWriteFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.md")
	link := filepath.Join(dir, "link.md")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := WriteFile(link, []byte("new"), Options{Perm: 0o644}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("target holds %q", got)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
}

func TestWriteRefusesFolderAndMissingFolder(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFile(dir, []byte("x"), Options{Perm: 0o644}); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("writing over a folder: %v", err)
	}
	err := WriteFile(filepath.Join(dir, "missing", "g.md"), []byte("x"), Options{Perm: 0o644})
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("writing into a missing folder: %v", err)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}
