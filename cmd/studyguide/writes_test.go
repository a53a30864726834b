//go:build unix

package main

import (
	"bytes"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The writes suite checks that studyguide writes only what a user asked
// for and may write: `guide -o` and chat's /save refuse special files,
// files the user could not write with `>`, and the corpus being read,
// and a link planted in a shared index folder is never followed.

// nobody is the other user the tests run as, when they run as root, who
// may write what `>` refuses others.
const nobody = 65534

// rivers is a small corpus of one text.
const rivers = "1. The Nile flooded every summer, and the pharaohs claimed the credit for the harvest.\n\n" +
	"2. Did the floods make the pharaohs powerful? The scribes who recorded them thought so.\n"

func TestGuideRefusesSpecialFiles(t *testing.T) {
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
	// As root, the old writer turned /dev/null into a file; a device node
	// of the test's own shows the same without risking the real one.
	dev := "/dev/null"
	if os.Geteuid() == 0 {
		dev = filepath.Join(dir, "null")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		path, what string
		mode       fs.FileMode
	}{
		{fifo, "a named pipe (FIFO)", fs.ModeNamedPipe},
		{sock, "a socket", fs.ModeSocket},
		{dev, "a device", fs.ModeCharDevice},
		{dir, "", fs.ModeDir},
	} {
		code, stdout, stderr := runCLI(t, "guide", "-o", tc.path)
		if code != exitFailure || stdout != "" {
			t.Errorf("-o %s: exit %d, stdout %q; want 1 and nothing", tc.path, code, stdout)
		}
		oneLine(t, stderr, tc.path, tc.what)
		if info, err := os.Stat(tc.path); err != nil || info.Mode()&tc.mode == 0 {
			t.Errorf("%s is no longer %v: %v", tc.path, tc.mode, info.Mode())
		}
	}
}

func TestGuideToStandardOutput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, "guide", "-o", "-")
	if code != exitOK || !strings.HasPrefix(stdout, "# ") {
		t.Errorf("-o -: exit %d, stdout %.60q, stderr %q", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error("-o - wrote a file named -")
	}
}

func TestGuideHonoursUmask(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o077)
	code, _, stderr := runCLI(t, "guide", "-o", filepath.Join(dir, "guide.md"))
	syscall.Umask(old)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, _ := os.Stat(filepath.Join(dir, "guide.md")); info.Mode().Perm() != 0o600 {
		t.Errorf("with umask 077 the guide is %v, want -rw-------", info.Mode().Perm())
	}
	// An existing file keeps its mode.
	path := filepath.Join(dir, "shared.md")
	writeFile(t, path, "old")
	os.Chmod(path, 0o664)
	if code, _, stderr := runCLI(t, "guide", "-o", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o664 {
		t.Errorf("an existing 0664 file became %v", info.Mode().Perm())
	}
}

// TestOutputIsNotTheCorpus: `guide -o` and /save refuse the text being
// read, and its metadata, whatever name they give it, and warn of a new
// file in the corpus folder, which the next run would read as a text.
func TestOutputIsNotTheCorpus(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	writeFile(t, notes, rivers)
	writeFile(t, filepath.Join(dir, "notes.json"), `{"title": "Rivers"}`)
	if err := os.Symlink(notes, filepath.Join(dir, "alias.md")); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{notes, filepath.Join(dir, "notes.json"), filepath.Join(dir, "alias.md"), dir + "/./notes.txt"} {
		code, _, stderr := runCLI(t, "guide", "--corpus", notes, "-o", target)
		if code != exitUsage {
			t.Errorf("-o %s: exit %d, want 2", target, code)
		}
		oneLine(t, stderr, target, "which this command reads; write to another file")
	}
	code, _, errOut := chatIn(t, "Did the floods make the pharaohs powerful?\n/save "+notes+"\n", "--corpus", notes)
	if code != exitOK || !strings.Contains(errOut, "which this command reads") {
		t.Errorf("/save over the corpus: exit %d, output %q", code, errOut)
	}
	if got, _ := os.ReadFile(notes); string(got) != rivers {
		t.Fatalf("the corpus now holds %.80q", got)
	}

	// In the corpus folder: written, with a warning; HTML is no text.
	folder := t.TempDir()
	writeFile(t, filepath.Join(folder, "rivers.txt"), rivers)
	code, _, stderr := runCLI(t, "guide", "--corpus", folder, "-o", filepath.Join(folder, "guide.md"))
	if code != exitOK || !strings.Contains(stderr, "studyguide: warning: "+filepath.Join(folder, "guide.md")+" is in the corpus folder") {
		t.Errorf("-o in the corpus folder: exit %d, stderr %q", code, stderr)
	}
	os.Remove(filepath.Join(folder, "guide.md"))
	code, _, stderr = runCLI(t, "guide", "--corpus", folder, "-o", filepath.Join(folder, "guide.html"))
	if code != exitOK || strings.Contains(stderr, "warning") {
		t.Errorf("-o guide.html in the corpus folder: exit %d, stderr %q", code, stderr)
	}
	code, _, errOut = chatIn(t, "Did the floods make the pharaohs powerful?\n/save "+filepath.Join(folder, "talk.md")+"\n", "--corpus", folder)
	if code != exitOK || !strings.Contains(errOut, "talk.md is in the corpus folder") {
		t.Errorf("/save in the corpus folder: exit %d, stderr %q", code, errOut)
	}
}

// chatIn runs chat offline in-process on input.
func chatIn(t *testing.T, input string, args ...string) (code int, out, errOut string) {
	t.Helper()
	t.Setenv("STUDYGUIDE_INDEX_DIR", filepath.Join(t.TempDir(), "index"))
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	var o, e bytes.Buffer
	code = run(append([]string{"studyguide", "chat"}, args...), strings.NewReader(input), &o, &e)
	return code, o.String(), e.String()
}

// TestGuideRefusesWhatRedirectionWould: a read-only handout is refused as
// `echo x > handout.md` refuses it. Root may write it, with `>` too, so
// the run is made as another user.
func TestGuideRefusesWhatRedirectionWould(t *testing.T) {
	dir := sharedDir(t, 0o777)
	path := filepath.Join(dir, "handout.md")
	writeFile(t, path, "last week's handout")
	os.Chmod(path, 0o444)
	var code int
	var stderr string
	if os.Geteuid() == 0 {
		os.Chown(path, nobody, nobody)
		code, _, stderr = runAs(t, nobody, dir, "guide", "-o", path)
	} else {
		code, _, stderr = runCLI(t, "guide", "-o", path)
	}
	if code != exitFailure {
		t.Errorf("exit %d, want 1", code)
	}
	oneLine(t, stderr, "write "+path+": permission denied")
	if got, _ := os.ReadFile(path); string(got) != "last week's handout" {
		t.Errorf("the read-only handout now holds %.60q", got)
	}

	// A new file in a folder the user may not write is refused too, and
	// before the guide is built.
	locked := sharedDir(t, 0o555)
	target := filepath.Join(locked, "guide.md")
	if os.Geteuid() == 0 {
		code, _, stderr = runAs(t, nobody, dir, "guide", "-o", target)
	} else {
		code, _, stderr = runCLI(t, "guide", "-o", target)
	}
	if code != exitFailure || strings.Contains(stderr, "building") {
		t.Errorf("a read-only folder: exit %d, stderr %q", code, stderr)
	}
	oneLine(t, stderr, "write "+target+": permission denied")
}

// TestPlantedLinkInTheIndexFolder: a link that one user plants in an
// index folder others share, named as an index file and aimed at a
// file of the user who runs studyguide next, is neither followed nor
// replaced. The answer still comes, from an index built in memory.
func TestPlantedLinkInTheIndexFolder(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("planting a link as another user needs root")
	}
	// The index file's name, from a first run.
	scratch := &caseEnv{dir: t.TempDir(), indexDir: t.TempDir()}
	scratch.cli(t, "index")
	names, _ := filepath.Glob(filepath.Join(scratch.indexDir, "*.sgi"))
	if len(names) != 1 {
		t.Fatalf("index files %v", names)
	}
	name := filepath.Base(names[0])

	// Root runs studyguide; nobody planted the link.
	shared := sharedDir(t, 0o777|fs.ModeSticky)
	victim := filepath.Join(t.TempDir(), "important.txt")
	writeFile(t, victim, "precious")
	link := filepath.Join(shared, name)
	if err := os.Symlink(victim, link); err != nil {
		t.Fatal(err)
	}
	os.Lchown(link, nobody, nobody)
	e := &caseEnv{dir: t.TempDir(), indexDir: shared}
	code, stdout, stderr := e.cli(t, "ask", allPowerful)
	checkPlanted(t, "root", code, stdout, stderr, victim, link)

	// Nobody runs studyguide; root planted the link.
	os.Remove(link)
	home := sharedDir(t, 0o755)
	os.Chown(home, nobody, nobody)
	victim = filepath.Join(home, "important.txt")
	writeFile(t, victim, "precious")
	os.Chown(victim, nobody, nobody)
	if err := os.Symlink(victim, link); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runAs(t, nobody, home, "ask", "--index-dir", shared, allPowerful)
	checkPlanted(t, "another user", code, stdout, stderr, victim, link)

	// A pipe planted there makes no run wait on it.
	os.Remove(link)
	if err := syscall.Mkfifo(link, 0o666); err != nil {
		t.Fatal(err)
	}
	os.Lchown(link, nobody, nobody)
	code, _, stderr = e.cli(t, "ask", allPowerful)
	if code != exitOK || !strings.Contains(stderr, "could not save the index") {
		t.Errorf("pipe in the index folder: exit %d, stderr %q", code, stderr)
	}
}

func checkPlanted(t *testing.T, who string, code int, stdout, stderr, victim, link string) {
	t.Helper()
	if code != exitOK || !strings.Contains(stdout, "[¶") {
		t.Errorf("as %s: exit %d, stdout %.80q, stderr %q", who, code, stdout, stderr)
	}
	if !strings.Contains(stderr, "symbolic link") || !strings.Contains(stderr, "could not save the index") {
		t.Errorf("as %s: stderr %q, want notices that the link was left alone", who, stderr)
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Errorf("as %s: the file the link names now holds %.60q", who, got)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("as %s: the planted link was replaced", who)
	}
}

// sharedDir returns a folder with mode perm that other users can reach:
// t.TempDir's folders are private to the user who runs the tests.
func sharedDir(t *testing.T, perm fs.FileMode) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "studyguide-shared-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, perm); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runAs runs studyguide as user uid from folder dir, offline, with its
// index in a folder of that user's, in a copy of the test binary that
// the user may run.
func runAs(t *testing.T, uid int, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	home := sharedDir(t, 0o755)
	bin := filepath.Join(home, "studyguide")
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(home, "index")
	if err := os.Mkdir(index, 0o700); err != nil {
		t.Fatal(err)
	}
	os.Chown(index, uid, uid)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = []string{"HOME=" + home, "STUDYGUIDE_INDEX_DIR=" + index, "PATH=/usr/bin:/bin"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}
