//go:build unix

package index

import (
	"errors"
	"os"
	"syscall"
)

// readIndexFile returns the bytes of a saved index by mapping the file into
// memory rather than reading it: the vectors, nearly all of a large index,
// are then the page cache's own pages, used where they lie, instead of a
// copy written into freshly allocated memory, which at 50,000 passages
// costs more than everything else loading does.
//
// The mapping is private, so a write to it never reaches the file. It is
// never unmapped while the index may be in use: release, which unmaps it,
// is for bytes that turned out not to be an index. The pitfall: a file
// truncated in place while mapped would fault on access. Save never does
// that: it renames a new file over the old one, and whoever has the old
// one mapped keeps it.
//
// A link at path is not followed, and a pipe planted there cannot make
// the open wait: the index folder may be shared with other users.
func readIndexFile(path string) (data []byte, release func(), err error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if errors.Is(err, syscall.ELOOP) {
		return nil, nil, errors.New("it is a symbolic link, which is never followed in the index folder")
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	size := st.Size()
	if size != int64(int(size)) || !st.Mode().IsRegular() {
		return nil, nil, errors.New("not a regular file that fits in memory")
	}
	if size == 0 {
		return nil, func() {}, nil
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		// A file system that cannot map files.
		data, err = os.ReadFile(path)
		return data, func() {}, err
	}
	return data, func() { syscall.Munmap(data) }, nil
}
