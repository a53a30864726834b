//go:build !unix

package index

import "os"

// readIndexFile returns the bytes of a saved index; where files cannot be
// mapped, it reads them, and release has nothing to do.
func readIndexFile(path string) (data []byte, release func(), err error) {
	data, err = os.ReadFile(path)
	return data, func() {}, err
}
