package thesaurus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Header is the table's first line: what the table was written from, so
// that a change to any of it can be seen without WordNet installed.
//
// ⚠️ The table goes stale when the terms pipeline changes (stop words,
// stemmer) or the gen command does: the package's tests compare Terms and
// Gen with this build's, and say to run go generate ./internal/thesaurus.
type Header struct {
	// Terms is terms.Version() when the table was written.
	Terms string
	// Gen is SourceHash of the gen command that wrote it.
	Gen string
	// WordNet is a hash of the WordNet files read.
	WordNet string
	// Body is BodyHash of the lines after the header.
	Body string
}

const headerPrefix = "# studyguide thesaurus:"

// String writes the header line, without its newline.
func (h Header) String() string {
	return fmt.Sprintf("%s terms=%s gen=%s wordnet=%s body=%s", headerPrefix, h.Terms, h.Gen, h.WordNet, h.Body)
}

// ParseHeader reads a header line written by Header.String.
func ParseHeader(line string) (Header, error) {
	rest, ok := strings.CutPrefix(line, headerPrefix)
	if !ok {
		return Header{}, fmt.Errorf("the table has no header line (%q)", clip(line))
	}
	fields := map[string]string{}
	for _, f := range strings.Fields(rest) {
		k, v, _ := strings.Cut(f, "=")
		fields[k] = v
	}
	h := Header{Terms: fields["terms"], Gen: fields["gen"], WordNet: fields["wordnet"], Body: fields["body"]}
	if h.Terms == "" || h.Gen == "" || h.WordNet == "" || h.Body == "" {
		return Header{}, fmt.Errorf("the table's header lacks a field: %q", clip(line))
	}
	return h, nil
}

// Version identifies the table this build holds: its header, which
// records its inputs and the hash of its lines. The index key holds it.
func Version() string { return header }

// BodyHash hashes the table's lines.
func BodyHash(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:12])
}

// SourceHash hashes the gen command's source files (its .go files, not
// its tests) in dir.
func SourceHash(dir string) (string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return "", err
	}
	names = slices.DeleteFunc(names, func(n string) bool { return strings.HasSuffix(n, "_test.go") })
	if len(names) == 0 {
		return "", fmt.Errorf("no Go files in %s", dir)
	}
	h := sha256.New()
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.Base(name), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)[:12]), nil
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
