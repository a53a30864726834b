// Package atomicfile writes files so that readers see either the old
// content or the new, never a mix: the data goes to a temporary file in
// the same folder, is synced to disk and then renamed over the target. If
// anything fails on the way, the temporary file is removed and the old
// file is left as it was.
//
// It writes only regular files, and only where the shell's `>` could: a
// device, a named pipe, a socket or a folder is refused, and so is a file
// the user may not write, before anything is changed. A rename would
// otherwise turn /dev/null into a file, replace a pipe, or replace a
// read-only file that `>` leaves alone.
//
// It imports nothing of studyguide's, so that any package may write through
// it.
package atomicfile

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Options says how a file is written.
type Options struct {
	// Perm is the mode of a new file, before the umask takes its bits
	// away; an existing file keeps its own mode.
	Perm fs.FileMode
	// Private marks a folder that the program keeps for itself and that
	// another user may have planted files in, such as a shared index
	// folder: a symbolic link there is never followed or replaced, and a
	// file that the current user does not own is never replaced.
	// Otherwise a symbolic link at the path is followed, as `>` follows
	// it, and the file it names is replaced.
	Private bool
}

// ErrNotRegular reports a target that is not a regular file.
var ErrNotRegular = errors.New("not a regular file")

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte, opt Options) error {
	return Write(path, opt, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
}

// Write calls write with a temporary file in path's folder and, if it and
// every later step succeed, renames that file to path.
//
//   - opt: the mode of a new file, and whether path's folder is private.
//   - write: writes the content; an error from it leaves path untouched.
func Write(path string, opt Options, write func(io.Writer) error) (err error) {
	if path == "" {
		return errors.New("no file name")
	}
	target, old, err := check(path, opt.Private)
	if err != nil {
		return err
	}
	dir := filepath.Dir(target)
	perm := opt.Perm
	if old != nil {
		// Made private first, and given the old mode once it is whole.
		perm = 0o600
	}
	tmp, err := createTemp(dir, filepath.Base(target), perm)
	if err != nil {
		return failed(path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return failed(path, err)
	}
	// Sync before rename: otherwise a crash can leave the new name pointing
	// at a file whose data never reached the disk.
	if err := tmp.Sync(); err != nil {
		return failed(path, err)
	}
	if old != nil {
		if err := keepOwnerAndMode(tmp, old); err != nil {
			return failed(path, err)
		}
	}
	if err := tmp.Close(); err != nil {
		return failed(path, err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return failed(path, err)
	}
	syncDir(dir)
	return nil
}

// Check reports, without writing anything, why Write could not replace
// path, as Write would: for a command to refuse a bad target before it
// does the work whose result it would write. Nil does not promise that
// a later Write succeeds (the disk may fill up).
func Check(path string, opt Options) error {
	if path == "" {
		return errors.New("no file name")
	}
	target, old, err := check(path, opt.Private)
	if err != nil || old != nil {
		return err
	}
	if err := dirWritable(filepath.Dir(target)); err != nil {
		return failed(path, err)
	}
	return nil
}

// check finds the file that writing path replaces and makes sure it may
// be replaced. It returns the target and, when a file is there, its
// information.
func check(path string, private bool) (string, fs.FileInfo, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil, nil
	}
	if err != nil {
		return "", nil, failed(path, err)
	}
	target := path
	if info.Mode()&fs.ModeSymlink != 0 {
		if private {
			return "", nil, fmt.Errorf("write %s: it is a symbolic link, which is never followed in this folder; remove it", path)
		}
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return "", nil, fmt.Errorf("write %s: the link points nowhere: %w", path, plain(err))
		}
		if info, err = os.Stat(target); err != nil {
			return "", nil, failed(path, err)
		}
	}
	if err := regular(path, info); err != nil {
		return "", nil, err
	}
	if private && !ownedByMe(info) {
		return "", nil, fmt.Errorf("write %s: it belongs to another user, so it is left alone", path)
	}
	if err := writable(target); err != nil {
		return "", nil, failed(path, err)
	}
	return target, info, nil
}

// regular refuses a target that is not a regular file, naming what it is.
func regular(path string, info fs.FileInfo) error {
	m := info.Mode()
	if m.IsRegular() {
		return nil
	}
	what := ""
	switch {
	case m.IsDir():
		return fmt.Errorf("write %s: it is a folder", path)
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	default:
		what = "a special file"
	}
	return fmt.Errorf("write %s: it is %s, not a regular file", path, what)
}

// writable opens target for writing without truncating it, the test the
// shell's `>` makes, so that a file the user may not write (read-only,
// on a read-only file system, immutable) is refused as `>` would refuse
// it, rather than replaced by a rename that the folder allows.
func writable(target string) error {
	f, err := openForWrite(target)
	if err != nil {
		return err
	}
	return f.Close()
}

// createTemp creates a new file beside the target, with perm less the
// umask. O_EXCL makes the open fail rather than follow a link someone
// planted under the chosen name.
func createTemp(dir, base string, perm fs.FileMode) (*os.File, error) {
	var b [6]byte
	for range 100 {
		rand.Read(b[:])
		name := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("no free name for a temporary file")
}

// syncDir makes the rename itself durable. Some systems cannot sync a
// folder; the file is in place either way, so a failure is ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// failed reports a failure to write path as os.WriteFile does, as a
// *fs.PathError ("write guide.md: no space left on device"), so that a
// caller can tell the path from the problem; the temporary file's own
// name, which the user never asked for, is left out.
func failed(path string, err error) error {
	return &fs.PathError{Op: "write", Path: path, Err: plain(err)}
}

// plain drops the operation and paths from a *fs.PathError or, for the
// rename, an *os.LinkError: they name the temporary file, and the
// caller's message already names the target.
func plain(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
