package index

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"studyguide/internal/atomicfile"
	"studyguide/internal/bm25"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// The saved file is one stream, written to a temporary file and renamed into
// place, so a killed run or a second process never sees half an index. All
// numbers are little-endian; a string is its length (uint32) then its
// bytes:
//
//	magic
//	header: format (uint32), key, embedder name, dimension, chunk count
//	refs: the distinct refs (source, kind, number), then each chunk's as
//	  an index into them
//	text: each chunk's length, then every chunk's text
//	BM25: k1, b, average length (float64s), document lengths (int32s),
//	  the terms in order, each with its number of postings, then every
//	  posting (two int32s)
//	concepts: the concept table (see ConceptStems)
//	names: the corpus's names (see Names), each a string
//	known stems: the corpus's words, sorted, then their stems (see
//	  terms.Known)
//	embedder state: the Fitter's MarshalBinary, or empty
//	vectors: float32s, chunk after chunk
//	CRC-32C of all that came before
//
// The document lengths, postings and vectors start at a multiple of 8
// bytes from the start of the file, so that Load uses them where they lie
// in the bytes it read instead of decoding them; no value is encoded one
// by one, which is what made gob slow to read back at scale.
const magic = "studyguide-index\n"

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// ErrCorrupt reports a saved index that cannot be read back.
var ErrCorrupt = errors.New("saved index is unreadable")

// Save writes the index to path atomically, through atomicfile, making
// its folder, readable by the user alone, if there is none. The folder may
// be shared (an $STUDYGUIDE_INDEX_DIR under /tmp): a link or a file of
// another user found there is left alone, and the index is not saved.
func (ix *Index) Save(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(path, atomicfile.Options{Perm: 0o600, Private: true}, ix.write)
}

func (ix *Index) write(f io.Writer) error {
	var state []byte
	if fitter, ok := ix.Embedder.(embed.Fitter); ok {
		var err error
		if state, err = fitter.MarshalBinary(); err != nil {
			return err
		}
	}
	crc := crc32.New(crcTable)
	w := &encoder{w: bufio.NewWriterSize(io.MultiWriter(f, crc), 1<<20)}
	w.raw([]byte(magic))
	w.u32(formatVersion)
	w.str(ix.Key)
	w.str(ix.Embedder.Name())
	w.u32(uint32(ix.Dim))
	w.u32(uint32(len(ix.Chunks)))
	ix.writeRefs(w)
	for _, ch := range ix.Chunks {
		w.u32(uint32(len(ch.Text)))
	}
	for _, ch := range ix.Chunks {
		w.raw([]byte(ch.Text))
	}
	writeBM25(w, ix.BM25, ix.terms)
	w.u32(uint32(len(ix.concepts)))
	w.align()
	w.raw(asBytes(ix.concepts))
	w.u32(uint32(len(ix.names)))
	for _, s := range ix.names {
		w.str(s)
	}
	w.u32(uint32(len(ix.known.Words)))
	for _, s := range slices.Concat(ix.known.Words, ix.known.Stems) {
		w.str(s)
	}
	w.u32(uint32(len(state)))
	w.raw(state)
	w.align()
	for _, v := range ix.vectors {
		w.raw(asBytes(v))
	}
	if err := w.flush(); err != nil {
		return err
	}
	return binary.Write(f, binary.LittleEndian, crc.Sum32())
}

func (ix *Index) writeRefs(w *encoder) {
	var refs []essay.Ref
	at := map[essay.Ref]uint32{}
	idx := make([]uint32, len(ix.Chunks))
	for i, ch := range ix.Chunks {
		n, ok := at[ch.Ref]
		if !ok {
			n = uint32(len(refs))
			at[ch.Ref] = n
			refs = append(refs, ch.Ref)
		}
		idx[i] = n
	}
	w.u32(uint32(len(refs)))
	for _, r := range refs {
		w.str(r.Source)
		w.str(r.Section)
		w.u32(uint32(r.Kind))
		w.u32(uint32(r.N))
	}
	for _, n := range idx {
		w.u32(n)
	}
}

// writeBM25 writes b, its postings by terms, which are b's terms, sorted.
func writeBM25(w *encoder, b *bm25.Index, terms []string) {
	w.f64(b.K1)
	w.f64(b.B)
	w.f64(b.AvgLen)
	w.u32(uint32(len(b.Lens)))
	w.align()
	w.raw(asBytes(b.Lens))
	w.u32(uint32(len(terms)))
	total := 0
	for _, t := range terms {
		w.str(t)
		w.u32(uint32(len(b.Postings[t])))
		total += len(b.Postings[t])
	}
	w.u64(uint64(total))
	w.align()
	for _, t := range terms {
		w.raw(asBytes(b.Postings[t]))
	}
}

// Load reads an index saved by Save. It returns ErrCorrupt, wrapped, when
// the file is truncated, damaged or of another format, and errStale when it
// holds another key.
//
//   - path: the saved file.
//   - key: the key the caller expects (see Key).
//   - e: the embedder for queries; a Fitter gets its saved state back.
func Load(ctx context.Context, path, key string, e embed.Embedder) (*Index, error) {
	data, release, err := readIndexFile(path)
	if err != nil {
		return nil, err
	}
	ix, err := decode(ctx, data, key, e)
	if err != nil {
		release()
	}
	return ix, err
}

// decode reads an index from the bytes of a saved file. The index keeps
// data: its vectors, postings and chunk text are data's memory, which must
// not change afterwards.
func decode(ctx context.Context, data []byte, key string, e embed.Embedder) (*Index, error) {
	body, err := checkCRC(data)
	if err != nil {
		return nil, err
	}
	d := &decoder{data: body, off: len(magic)}
	format := d.u32()
	if d.err == nil && format != formatVersion {
		return nil, errStale
	}
	gotKey, name, dim, count := d.str(), d.str(), int(d.u32()), int(d.u32())
	if d.err != nil {
		return nil, d.err
	}
	if gotKey != key || name != e.Name() {
		return nil, errStale
	}
	if dim <= 0 || count <= 0 {
		return nil, fmt.Errorf("%w: no vectors", ErrCorrupt)
	}
	ix := &Index{Key: gotKey, Embedder: e, Dim: dim}
	ix.Chunks = readChunks(d, count)
	ix.BM25, ix.terms = readBM25(d, count)
	ix.concepts = readConcepts(d, len(ix.terms))
	ix.names = readNames(d)
	ix.known = readKnown(d)
	state := d.bytes(int(d.u32()))
	d.align()
	vectors := readVectors(d, count, dim)
	if d.err == nil && d.off != len(body) {
		d.fail("%d bytes after the vectors", len(body)-d.off)
	}
	if d.err != nil {
		return nil, d.err
	}
	if fitter, ok := e.(embed.Fitter); ok {
		if err := fitter.UnmarshalBinary(state); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
	}
	// The checksum vouches for the vectors: Save wrote them checked and
	// normalized, so they go into the collection as they are.
	if err := ix.fill(ctx, vectors); err != nil {
		return nil, err
	}
	// Only now: the words lie in data, which Load unmaps when decoding
	// fails.
	terms.SetKnown(ix.known)
	return ix, nil
}

var errStale = errors.New("saved index was built from another corpus, reading or embedder")

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

func readChunks(d *decoder, count int) []Chunk {
	refs := make([]essay.Ref, d.count(16))
	for i := range refs {
		refs[i] = essay.Ref{Source: d.str(), Section: d.str(), Kind: essay.Kind(d.u32()), N: int(d.u32())}
	}
	chunks := make([]Chunk, d.fits(count, 4))
	for i := range chunks {
		if n := int(d.u32()); n < len(refs) {
			chunks[i].Ref = refs[n]
		} else {
			d.fail("chunk %d has ref %d of %d", i, n, len(refs))
		}
	}
	lens := make([]int, d.fits(len(chunks), 4))
	total := 0
	for i := range lens {
		lens[i] = int(d.u32())
		total += lens[i]
	}
	// The chunks' text is the file's own bytes, like the vectors, which
	// decode's data must outlive. Copying it would cost little more memory,
	// but a copy of tens of megabytes into fresh memory is slow, and the
	// garbage collector cannot stop the goroutine while it runs.
	text := bytesString(d.bytes(total))
	for i := range chunks {
		if d.err != nil {
			break
		}
		chunks[i].Text, text = text[:lens[i]], text[lens[i]:]
	}
	return chunks
}

// readNames reads the corpus's names (see Names).
func readNames(d *decoder) []string {
	names := make([]string, d.count(4))
	for i := range names {
		names[i] = d.str()
	}
	return names
}

// readKnown reads the corpus's words and their stems (see
// terms.Known), which stay in the file's bytes.
func readKnown(d *decoder) terms.Known {
	n := d.count(8)
	all := make([]string, 2*n)
	for i := range all {
		all[i] = bytesString(d.bytes(int(d.u32())))
	}
	return terms.Known{Words: all[:n], Stems: all[n:]}
}

// readConcepts reads the concept table over terms terms (see
// ConceptStems), checking that each entry names one of them.
func readConcepts(d *decoder, terms int) []ConceptStem {
	n := int(d.u32())
	d.align()
	cs := array[ConceptStem](d, n)
	for i, c := range cs {
		if int(c.Term) >= terms || i > 0 && cs[i-1].Concept > c.Concept {
			d.fail("concept table entry %d out of place", i)
			return nil
		}
	}
	return cs
}

// readBM25 reads the index writeBM25 wrote, and its terms, sorted.
func readBM25(d *decoder, count int) (*bm25.Index, []string) {
	k1, b, avg := d.f64(), d.f64(), d.f64()
	n := int(d.u32())
	if n != count {
		d.fail("BM25 holds %d documents, want %d", n, count)
	}
	d.align()
	lens := array[int32](d, n)
	terms := make([]string, d.count(8))
	sizes := make([]int, len(terms))
	for i := range terms {
		terms[i], sizes[i] = d.str(), int(d.u32())
	}
	total := int(d.u64())
	d.align()
	flat := array[bm25.Posting](d, total)
	postings := make(map[string][]bm25.Posting, len(terms))
	for i, t := range terms {
		if d.err != nil || sizes[i] > len(flat) {
			d.fail("postings overrun")
			return nil, nil
		}
		postings[t], flat = flat[:sizes[i]:sizes[i]], flat[sizes[i]:]
	}
	if len(flat) != 0 {
		d.fail("%d postings left over", len(flat))
	}
	// Search indexes by these numbers: a bad one must be an unreadable
	// file, never a panic.
	for _, ps := range postings {
		for _, p := range ps {
			if p.Doc < 0 || int(p.Doc) >= n {
				d.fail("posting for document %d of %d", p.Doc, n)
				return nil, nil
			}
		}
	}
	return bm25.Restore(k1, b, avg, lens, postings), terms
}

// readVectors returns the vectors, one slice per chunk of one array that
// is, where the machine allows, the file's own memory.
func readVectors(d *decoder, count, dim int) [][]float32 {
	if dim > (len(d.data)-d.off)/4 {
		d.fail("dimension %d is too large", dim)
		return nil
	}
	all := array[float32](d, d.fits(count, 4*dim)*dim)
	out := make([][]float32, len(all)/dim)
	for i := range out {
		out[i] = all[i*dim : (i+1)*dim : (i+1)*dim]
	}
	return out
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
	// Notice receives one-line notices, unprefixed (the caller says whose
	// they are): why an index is (re)built, or why it could not be saved.
	// May be nil.
	Notice io.Writer
	// Progress is called as chunks are embedded; may be nil.
	Progress func(done, total int)
	// MaxRatio bounds the index Open builds, in bytes for each byte of
	// the corpus's text (see TooLargeError); 0 means DefaultMaxRatio.
	MaxRatio int
}

// Report says what Open did.
type Report struct {
	Built  bool
	Reason string
	Path   string
	Saved  bool
	Chunks int
	Took   time.Duration
	Loaded bool
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
	if err := checkSize(c, e, opt.MaxRatio); err != nil {
		return nil, rep, err
	}
	if rep.Path == "" {
		rep.Reason = ""
	} else {
		// Before the build, so that the notice comes before any progress
		// bar and says why the wait.
		notice(opt.Notice, "building the search index: %s", rep.Reason)
	}
	ix, err := Build(ctx, c, e, opt.Progress)
	if err != nil {
		return nil, rep, err
	}
	rep.Built, rep.Chunks = true, len(ix.Chunks)
	if rep.Path != "" {
		if err := ix.Save(rep.Path); err != nil {
			notice(opt.Notice, "could not save the index (%s); it will be rebuilt next time", plainErr(err))
		} else {
			rep.Saved = true
			removeLeftovers(rep.Path, time.Now())
		}
	}
	rep.Took = time.Since(start)
	return ix, rep, nil
}

// leftoverAge is how long a temporary index file must have lain untouched
// before it counts as left by a killed build: far longer than any build
// takes, so that one still being written by another process is spared.
const leftoverAge = time.Hour

// removeLeftovers deletes the temporary files of path that builds killed
// before their rename left behind. Failing to is harmless, so errors are
// ignored.
func removeLeftovers(path string, now time.Time) {
	tmps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*"))
	for _, tmp := range tmps {
		if info, err := os.Lstat(tmp); err == nil && info.Mode().IsRegular() && now.Sub(info.ModTime()) > leftoverAge {
			os.Remove(tmp)
		}
	}
}

func reason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no saved index yet"
	case errors.Is(err, errStale):
		return "the corpus, how studyguide reads it, or the embedder changed since it was saved"
	case errors.Is(err, ErrCorrupt):
		return "the saved index was unreadable (" + strings.TrimPrefix(err.Error(), ErrCorrupt.Error()+": ") + ")"
	default:
		return "the saved index could not be read (" + plainErr(err) + ")"
	}
}

// plainErr drops the path that os errors start with: notices name the
// problem, and the path can be long. Save's errors are *fs.PathError too,
// atomicfile's rename included.
func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

func notice(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format+"\n", args...)
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
