//go:build !unix

package atomicfile

import (
	"io/fs"
	"os"
)

// ownedByMe reports whether the current user owns the file; where owners
// cannot be read, every file counts as the user's.
func ownedByMe(fs.FileInfo) bool { return true }

// openForWrite opens a regular file for writing without truncating it.
func openForWrite(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_WRONLY, 0)
}

// keepOwnerAndMode gives the new file the old one's mode.
func keepOwnerAndMode(f *os.File, old fs.FileInfo) error {
	return f.Chmod(old.Mode().Perm())
}

// dirWritable reports why a new file could not be made in dir, if it
// could not: no such folder.
func dirWritable(dir string) error {
	_, err := os.Stat(dir)
	return err
}
