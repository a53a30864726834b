//go:build unix

package atomicfile

import (
	"io/fs"
	"os"
	"syscall"
)

// ownedByMe reports whether the current user owns the file.
func ownedByMe(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Geteuid()
}

// openForWrite opens a regular file for writing without truncating it.
// O_NONBLOCK keeps the open from waiting on a pipe that took the file's
// place since it was checked.
func openForWrite(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_WRONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

// keepOwnerAndMode gives the new file the old one's mode and, where the
// user may (root may), its owner and group, as writing in place would
// have kept them.
func keepOwnerAndMode(f *os.File, old fs.FileInfo) error {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		// Failing to is no error: the user may not give a file away,
		// and the file is then theirs, as any file they create is.
		f.Chown(int(st.Uid), int(st.Gid))
	}
	return f.Chmod(old.Mode().Perm())
}

// dirWritable reports why a new file could not be made in dir, if it
// could not: no such folder, or no permission.
func dirWritable(dir string) error {
	if _, err := os.Stat(dir); err != nil {
		return err
	}
	if err := syscall.Access(dir, 2 /* W_OK */); err != nil {
		return err
	}
	return nil
}
