//go:build unix

package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// nobody is the user the tests that need another user run as, when they
// run as root: root may write what `>` refuses others.
const nobody = 65534

// TestMain lets the test binary write a file as another user: run with
// $ATOMICFILE_WRITE set, it writes there and reports the error, if any,
// on stdout.
func TestMain(m *testing.M) {
	if path := os.Getenv("ATOMICFILE_WRITE"); path != "" {
		err := WriteFile(path, []byte("new"), Options{Perm: 0o644, Private: os.Getenv("ATOMICFILE_PRIVATE") != ""})
		if err != nil {
			fmt.Print(err)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// refused checks that err is one line naming path and why, and that
// nothing was left beside path.
func refused(t *testing.T, err error, path, why string) {
	t.Helper()
	if err == nil {
		t.Fatalf("writing %s succeeded; want it refused", path)
	}
	if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, why) || strings.Contains(msg, "\n") {
		t.Errorf("error %q: want one line naming %s and %q", msg, path, why)
	}
	assertNoTemp(t, filepath.Dir(path))
}

func TestWriteRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	// Root would turn /dev/null itself into a file; a node of our own is
	// the same device, and a mistake costs nothing.
	dev := "/dev/null"
	if os.Geteuid() == 0 {
		dev = filepath.Join(dir, "null")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Fatal(err)
		}
	}
	linkToFIFO := filepath.Join(dir, "to-fifo")
	if err := os.Symlink(fifo, linkToFIFO); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, why string
		mode      fs.FileMode
	}{
		{fifo, "named pipe", fs.ModeNamedPipe},
		{linkToFIFO, "named pipe", fs.ModeNamedPipe},
		{sock, "socket", fs.ModeSocket},
		{dev, "device", fs.ModeCharDevice},
	} {
		err := WriteFile(tc.path, []byte("guide"), Options{Perm: 0o644})
		refused(t, err, tc.path, tc.why)
		if info, err := os.Stat(tc.path); err != nil || info.Mode()&tc.mode == 0 {
			t.Errorf("%s is no longer a %v: %v", tc.path, tc.mode, info.Mode())
		}
	}
}

// TestWriteRefusesWhatRedirectionWould: a read-only file is refused as
// `echo x > file` refuses it, which for root (who may write it) means
// running as another user.
func TestWriteRefusesWhatRedirectionWould(t *testing.T) {
	dir := sharedDir(t, 0o777)
	path := filepath.Join(dir, "handout.md")
	if err := os.WriteFile(path, []byte("old"), 0o444); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		refused(t, WriteFile(path, []byte("new"), Options{Perm: 0o644}), path, "permission denied")
	} else {
		if err := os.Chown(path, nobody, nobody); err != nil {
			t.Fatal(err)
		}
		if msg := writeAs(t, nobody, path, false); !strings.Contains(msg, path) || !strings.Contains(msg, "permission denied") {
			t.Errorf("as another user: %q, want permission denied", msg)
		}
		// Root may write it with `>`, and so here, keeping its owner.
		if err := WriteFile(path, []byte("root's"), Options{Perm: 0o644}); err != nil {
			t.Errorf("as root: %v", err)
		}
		if info, _ := os.Stat(path); info.Sys().(*syscall.Stat_t).Uid != nobody || info.Mode().Perm() != 0o444 {
			t.Errorf("as root: owner %d, mode %v; want the old file's", info.Sys().(*syscall.Stat_t).Uid, info.Mode().Perm())
		}
		os.WriteFile(path, []byte("old"), 0o444)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the read-only file now holds %q", got)
	}
}

func TestWriteHonoursUmask(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		umask int
		want  fs.FileMode
	}{{0o022, 0o644}, {0o077, 0o600}, {0o002, 0o664}} {
		old := syscall.Umask(tc.umask)
		path := filepath.Join(dir, fmt.Sprintf("guide-%o.md", tc.umask))
		err := WriteFile(path, []byte("x"), Options{Perm: 0o666})
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		if info, _ := os.Stat(path); info.Mode().Perm() != tc.want {
			t.Errorf("umask %03o: mode %v, want %v", tc.umask, info.Mode().Perm(), tc.want)
		}
	}
}

// TestPrivateFolderRefusesPlantedLinks: a link planted in a private folder
// is neither followed nor replaced, whoever planted it and wherever it
// points.
func TestPrivateFolderRefusesPlantedLinks(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(t.TempDir(), "important.txt")
	if err := os.WriteFile(victim, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "essay.sgi")
	if err := os.Symlink(victim, link); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		// Planted by another user.
		if err := os.Lchown(link, nobody, nobody); err != nil {
			t.Fatal(err)
		}
	}
	refused(t, WriteFile(link, []byte("index"), Options{Perm: 0o600, Private: true}), link, "symbolic link")
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Errorf("the file the link names now holds %q", got)
	}
	if info, _ := os.Lstat(link); info.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

// TestPrivateFolderAsAnotherUser plants a link in a folder several users
// share, as one user, aimed at a file of another, who then writes there.
func TestPrivateFolderAsAnotherUser(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("planting a file as another user needs root")
	}
	shared := sharedDir(t, 0o777|fs.ModeSticky)
	home := sharedDir(t, 0o755)
	if err := os.Chown(home, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	victim := filepath.Join(home, "important.txt")
	if err := os.WriteFile(victim, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chown(victim, nobody, nobody)
	link := filepath.Join(shared, "essay.sgi")
	if err := os.Symlink(victim, link); err != nil {
		t.Fatal(err)
	}
	if msg := writeAs(t, nobody, link, true); !strings.Contains(msg, "symbolic link") {
		t.Errorf("as the victim: %q, want the link refused", msg)
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Errorf("the victim's file now holds %q", got)
	}
	// A regular file another user left is not replaced either.
	os.Remove(link)
	theirs := filepath.Join(shared, "theirs.sgi")
	if err := os.WriteFile(theirs, []byte("theirs"), 0o666); err != nil {
		t.Fatal(err)
	}
	os.Chown(theirs, nobody, nobody)
	refused(t, WriteFile(theirs, []byte("mine"), Options{Perm: 0o600, Private: true}), theirs, "another user")
	if got, _ := os.ReadFile(theirs); string(got) != "theirs" {
		t.Errorf("another user's file now holds %q", got)
	}
}

// sharedDir returns a folder with mode perm that other users can reach:
// t.TempDir's own folders are private to the user who runs the tests.
func sharedDir(t *testing.T, perm fs.FileMode) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "atomicfile-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, perm); err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeAs writes path as user uid, in a copy of the test binary that the
// user may run, and returns the error message ("" for none).
func writeAs(t *testing.T, uid int, path string, private bool) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(sharedDir(t, 0o755), "atomicfile.test")
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Env = []string{"ATOMICFILE_WRITE=" + path}
	if private {
		cmd.Env = append(cmd.Env, "ATOMICFILE_PRIVATE=1")
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
	out, err := cmd.Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		t.Fatalf("as user %d: %v: %s", uid, err, exit.Stderr)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
