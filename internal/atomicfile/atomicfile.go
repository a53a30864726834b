// Package atomicfile writes files so that readers see either the old
// content or the new, never a mix: the data goes to a temporary file in
// the same folder, is synced to disk and then renamed over the target. If
// anything fails on the way, the temporary file is removed and the old
// file is left as it was.
package atomicfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes data to path atomically.
//
//   - perm: the mode of a new file; an existing file keeps its own.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
}

// Write calls write with a temporary file in path's folder and, if it and
// every later step succeed, renames that file to path. A symbolic link at
// path is followed, so that the file it points to is replaced rather than
// the link.
//
//   - perm: the mode of a new file; an existing file keeps its own.
//   - write: writes the content; an error from it leaves path untouched.
func Write(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	if path == "" {
		return errors.New("no file name")
	}
	target, err := resolve(path)
	if err != nil {
		return err
	}
	if info, err := os.Stat(target); err == nil {
		if info.IsDir() {
			return fmt.Errorf("%s is a folder", path)
		}
		perm = info.Mode().Perm()
	}
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".tmp-*")
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
	if err := tmp.Chmod(perm); err != nil {
		return failed(path, err)
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

// resolve follows a symbolic link at path to the file it names.
func resolve(path string) (string, error) {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("write %s: the link points nowhere: %w", path, plain(err))
	}
	return target, nil
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
