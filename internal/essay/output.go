package essay

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// CheckOutput says whether a command that reads c may write a file at
// path. Writing over one of c's texts or their metadata files would
// destroy what is being read, so it is an error, whatever name path gives
// the file (a link, another spelling). A new text in the folder c was read
// from is allowed with a warning: the next run reads it as one of the
// texts.
//
//   - path: the file to be written, as the user named it.
func (c *Corpus) CheckOutput(path string) (warning string, err error) {
	if c == nil || c.from == "" || path == "" {
		return "", nil
	}
	if out, statErr := os.Stat(path); statErr == nil {
		for _, src := range c.Sources {
			for _, f := range []string{src.File, metaFile(src.File)} {
				if in, err := os.Stat(f); err == nil && os.SameFile(in, out) {
					return "", fmt.Errorf("%s is %s, which this command reads; write to another file", path, describeInput(f, src.File))
				}
			}
		}
	}
	folder, err := os.Stat(c.from)
	if err != nil || !folder.IsDir() || !isText(path) {
		return "", nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", nil
	}
	if dir, err := os.Stat(filepath.Dir(abs)); err == nil && os.SameFile(dir, folder) {
		return fmt.Sprintf("%s is in the corpus folder %s, so the next run will read it as one of the texts", path, c.from), nil
	}
	return "", nil
}

// metaFile is the metadata file of a text: "x.json" beside "x.txt".
func metaFile(file string) string {
	return strings.TrimSuffix(file, filepath.Ext(file)) + ".json"
}

func describeInput(f, text string) string {
	if f == text {
		return "the corpus text " + text
	}
	return "the metadata of the corpus text " + text
}
