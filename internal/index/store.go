package index

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
)

// The saved file is one stream, written to a temporary file and renamed into
// place, so a killed run or a second process never sees half an index:
//
//	magic, then a gob header, chunks, BM25 index and embedder state,
//	then the vectors as little-endian float32s, then a CRC-32C of all
//	that came before.
//
// Vectors are stored raw rather than through chromem-go's gob export, which
// encodes every float on its own and is slow to read back at scale.
const magic = "studyguide-index\n"

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// ErrCorrupt reports a saved index that cannot be read back.
var ErrCorrupt = errors.New("saved index is unreadable")

type header struct {
	Format   int
	Key      string
	Embedder string
	Dim      int
	Count    int
}

// Save writes the index to path atomically.
func (ix *Index) Save(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := ix.write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func (ix *Index) write(f io.Writer) error {
	crc := crc32.New(crcTable)
	cw := &countingWriter{w: io.MultiWriter(f, crc)}
	w := bufio.NewWriterSize(cw, 1<<20)
	w.WriteString(magic)
	enc := gob.NewEncoder(w)
	var state []byte
	if fitter, ok := ix.Embedder.(embed.Fitter); ok {
		var err error
		if state, err = fitter.MarshalBinary(); err != nil {
			return err
		}
	}
	h := header{Format: formatVersion, Key: ix.Key, Embedder: ix.Embedder.Name(), Dim: ix.Dim, Count: len(ix.Chunks)}
	for _, v := range []any{h, ix.Chunks, ix.BM25, state} {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	// The vectors start at a multiple of 4 bytes from the start of the file,
	// so that Load can use them where they lie in the bytes it read.
	pad := (4 - (cw.n+1)%4) % 4
	w.WriteByte(byte(pad))
	w.Write(make([]byte, pad))
	for _, v := range ix.vectors {
		w.Write(float32Bytes(v))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return binary.Write(f, binary.LittleEndian, crc.Sum32())
}

// Load reads an index saved by Save. It returns ErrCorrupt, wrapped, when
// the file is truncated, damaged or of another format, and errStale when it
// holds another key.
//
//   - path: the saved file.
//   - key: the key the caller expects (see Key).
//   - e: the embedder for queries; a Fitter gets its saved state back.
func Load(ctx context.Context, path, key string, e embed.Embedder) (*Index, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	body, err := checkCRC(data)
	if err != nil {
		return nil, err
	}
	// body keeps data's offsets: gob and vectors are read from it in place.
	r := bytes.NewReader(body)
	r.Seek(int64(len(magic)), io.SeekStart)
	dec := gob.NewDecoder(r)
	var h header
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if h.Format != formatVersion || h.Key != key || h.Embedder != e.Name() {
		return nil, errStale
	}
	ix := &Index{Key: h.Key, Embedder: e, Dim: h.Dim}
	var state []byte
	if err := decodeAll(dec, &ix.Chunks, &ix.BM25, &state); err != nil {
		return nil, err
	}
	if fitter, ok := e.(embed.Fitter); ok {
		if err := fitter.UnmarshalBinary(state); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
	}
	vectors, err := readVectors(r, body, h)
	if err != nil {
		return nil, err
	}
	if len(ix.Chunks) != h.Count || ix.BM25 == nil || ix.BM25.Len() != h.Count {
		return nil, fmt.Errorf("%w: counts disagree", ErrCorrupt)
	}
	// The checksum vouches for the vectors: Save wrote them checked and
	// normalized, so they go into the collection as they are.
	ix.Dim = h.Dim
	if err := ix.fill(ctx, vectors); err != nil {
		return nil, err
	}
	return ix, nil
}

var errStale = errors.New("saved index is for another corpus or embedder")

func checkCRC(data []byte) ([]byte, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not an index file", ErrCorrupt)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.Checksum(body, crcTable) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch (truncated or damaged)", ErrCorrupt)
	}
	return body, nil
}

func decodeAll(dec *gob.Decoder, vs ...any) error {
	for _, v := range vs {
		if err := dec.Decode(v); err != nil {
			return fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
	}
	return nil
}

// readVectors returns the raw vectors that follow the gob values, as
// slices of data itself where the machine's byte order allows. The pitfall:
// a gob.Decoder may buffer ahead, but over a bytes.Reader it reads exactly
// what each value needs, so the reader is positioned at the vectors.
func readVectors(r *bytes.Reader, data []byte, h header) ([][]float32, error) {
	pad, err := r.ReadByte()
	if err != nil || pad > 3 {
		return nil, fmt.Errorf("%w: no vector section", ErrCorrupt)
	}
	off := len(data) - r.Len() + int(pad)
	size := int64(h.Count) * int64(h.Dim) * 4
	if h.Dim <= 0 || h.Count <= 0 || int64(r.Len()-int(pad)) != size || off%4 != 0 {
		return nil, fmt.Errorf("%w: vector section has the wrong size", ErrCorrupt)
	}
	flat := bytesFloat32(data[off : off+int(size)])
	out := make([][]float32, h.Count)
	for i := range out {
		out[i] = flat[i*h.Dim : (i+1)*h.Dim : (i+1)*h.Dim]
	}
	return out, nil
}

type countingWriter struct {
	w io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

// Options says where and how Open finds or builds an index.
type Options struct {
	// Dir is the folder for saved indexes; empty means build in memory only.
	Dir string
	// Name distinguishes corpora that share Dir; files are named after it
	// and the embedder, and a changed corpus replaces its own file.
	Name string
	// Force rebuilds even when a saved index is current.
	Force bool
	// Notice receives one-line notices: why an index was (re)built, or why
	// it could not be saved. May be nil.
	Notice io.Writer
	// Progress is called as chunks are embedded; may be nil.
	Progress func(done, total int)
}

// Report says what Open did.
type Report struct {
	Built   bool
	Reason  string
	Path    string
	Saved   bool
	Chunks  int
	Took    time.Duration
	Loaded  bool
	Dropped error
}

// Open loads the saved index for corpus c and embedder e, or builds and
// saves it when it is missing, stale or unreadable. Problems with the saved
// file are notices, not errors: the index is rebuilt.
func Open(ctx context.Context, c *essay.Corpus, e embed.Embedder, opt Options) (*Index, Report, error) {
	start := time.Now()
	key := Key(c, e)
	rep := Report{}
	if opt.Dir != "" {
		rep.Path = filepath.Join(opt.Dir, fileName(opt.Name, e.Name()))
	}
	if rep.Path != "" && !opt.Force {
		ix, err := Load(ctx, rep.Path, key, e)
		if err == nil {
			rep.Loaded, rep.Chunks, rep.Took = true, len(ix.Chunks), time.Since(start)
			return ix, rep, nil
		}
		if ctx.Err() != nil {
			return nil, rep, ctx.Err()
		}
		rep.Reason = reason(err)
	}
	if opt.Force {
		rep.Reason = "rebuild requested"
	}
	if rep.Path == "" {
		rep.Reason = ""
	}
	ix, err := Build(ctx, c, e, opt.Progress)
	if err != nil {
		return nil, rep, err
	}
	rep.Built, rep.Chunks = true, len(ix.Chunks)
	if rep.Path != "" {
		notice(opt.Notice, "building the search index: %s", rep.Reason)
		if err := ix.Save(rep.Path); err != nil {
			rep.Dropped = err
			notice(opt.Notice, "could not save the index (%s); it will be rebuilt next time", plainErr(err))
		} else {
			rep.Saved = true
		}
	}
	rep.Took = time.Since(start)
	return ix, rep, nil
}

func reason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no saved index yet"
	case errors.Is(err, errStale):
		return "the corpus or embedder changed since it was saved"
	case errors.Is(err, ErrCorrupt):
		return "the saved index was unreadable (" + strings.TrimPrefix(err.Error(), ErrCorrupt.Error()+": ") + ")"
	default:
		return "the saved index could not be read (" + plainErr(err) + ")"
	}
}

// plainErr drops the path that os errors start with: notices name the
// problem, and the path can be long.
func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Op + ": " + le.Err.Error()
	}
	return err.Error()
}

func notice(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, "studyguide: "+format+"\n", args...)
	}
}

func fileName(name, embedder string) string {
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
				return r
			}
			return '_'
		}, s)
	}
	if name == "" {
		name = "corpus"
	}
	return clean(name) + "." + clean(embedder) + ".sgi"
}
