// Package index holds the corpus's passages for search: a chromem-go
// collection of their vectors and a BM25 index of their stems, built once
// and saved under a key of everything that shapes it (see Key).
//
// It imports essay, embed, bm25 and leaves; retrieve searches it, and it
// imports nothing of retrieval, generation or rendering.
package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"sync"

	chromem "github.com/philippgille/chromem-go"

	"studyguide/internal/bm25"
	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// formatVersion changes whenever the saved file's layout changes (see
// store.go), so that old files are rebuilt rather than misread. What the
// file holds needs no such care: Key computes it.
const formatVersion = 10

const collectionName = "passages"

// Index is a searchable corpus.
type Index struct {
	// Key identifies everything that shaped the index (see Key).
	Key    string
	Chunks []Chunk
	BM25   *bm25.Index
	// Vectors is the chromem-go collection; a document's ID is its chunk's
	// position in Chunks.
	Vectors  *chromem.Collection
	Embedder embed.Embedder
	Dim      int
	// vectors are the collection's vectors by chunk, sharing its memory;
	// Save writes them without asking chromem-go for each document.
	vectors [][]float32
	// terms are BM25's terms, sorted; concepts the concept table over
	// them (see ConceptStems).
	terms    []string
	concepts []ConceptStem
	// names are the corpus's names (see Names).
	names []string
	// known are the corpus's words with their stems, which Load gives
	// terms.Stem to read (see terms.Known).
	known terms.Known
}

// Match is one chunk found by a search, with its score.
type Match struct {
	Chunk int
	Score float64
}

// Key returns the key an index of corpus c embedded by e is saved under:
// a hash of everything that shapes the index, each part computed from
// what it is rather than numbered by hand, so that no change can leave a
// saved index stale:
//
//   - the corpus's text and metadata (c.Hash);
//   - the chunks, as the parser, the sentence splitter and the chunker cut
//     them from it (checksums of their text and their refs);
//   - the terms pipeline that stems them for BM25 (terms.Version);
//   - the thesaurus table (thesaurus.Version), which retrieval reads with
//     the index;
//   - the embedder, its settings (Name) and, for one that says, the
//     version of what it computes (embed.Versioned).
func Key(c *essay.Corpus, e embed.Embedder) string {
	h := sha256.New()
	fmt.Fprintf(h, "studyguide-index/%d\x00%s\x00%s\x00%s\x00%s\x00%s\x00", formatVersion, c.Hash, terms.Version(), thesaurus.Version(), SpellingVersion(), e.Name())
	if v, ok := e.(embed.Versioned); ok {
		fmt.Fprintf(h, "%s\x00", v.Version())
	}
	writeChunks(h, c)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Build indexes a corpus: it cuts passages into chunks, fits the embedder
// if it learns from the corpus, embeds every chunk and adds it to a new
// in-memory collection.
//
//   - c: the parsed corpus; it must hold at least one passage.
//   - e: the embedder; its Name goes into the key.
//   - progress: called with the number of chunks embedded so far; may be nil.
func Build(ctx context.Context, c *essay.Corpus, e embed.Embedder, progress func(done, total int)) (*Index, error) {
	if c == nil || len(c.Passages) == 0 {
		return nil, errors.New("corpus has no passages")
	}
	chunks := Chunks(c)
	texts := make([]string, len(chunks))
	// BM25 first, one chunk at a time: the chunks' stems are garbage as
	// soon as they are counted, and are collected before the vectors,
	// the bulk of the index, are allocated.
	lexical := bm25.NewBuilder()
	for i, ch := range chunks {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		texts[i] = ch.Text
		lexical.Add(terms.Stems(ch.Text))
	}
	ix := &Index{Key: Key(c, e), Chunks: chunks, BM25: lexical.Index(), Embedder: e}
	ix.terms = ix.BM25.Terms()
	ix.concepts = conceptTable(ix.terms)
	ix.names = corpusNames(c)
	ix.known = terms.KnownOf(texts)
	embedded := modernTexts(texts, ix.known.Words)
	if f, ok := e.(embed.Fitter); ok {
		f.Fit(embedded)
	}
	vectors, err := embedAll(ctx, e, embedded, progress)
	if err != nil {
		return nil, err
	}
	if err := ix.check(vectors); err != nil {
		return nil, err
	}
	if err := ix.fill(ctx, vectors); err != nil {
		return nil, err
	}
	return ix, nil
}

// embedBatch is how many texts go to the embedder at once: one request of
// an API embedder, so that progress moves with each request.
const embedBatch = 64

func embedAll(ctx context.Context, e embed.Embedder, texts []string, progress func(done, total int)) ([][]float32, error) {
	if progress != nil {
		// Zero first, so that a progress bar's clock starts with the work
		// and its first rate is not a few chunks over no time at all.
		progress(0, len(texts))
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += embedBatch {
		end := min(start+embedBatch, len(texts))
		vs, err := e.Embed(ctx, texts[start:end])
		if err != nil {
			return nil, fmt.Errorf("embed passages: %w", err)
		}
		if len(vs) != end-start {
			return nil, fmt.Errorf("embed passages: got %d vectors for %d texts", len(vs), end-start)
		}
		out = append(out, vs...)
		if progress != nil {
			progress(end, len(texts))
		}
	}
	return out, nil
}

// check makes the vectors fit for the collection. Every vector must have
// the same dimension and be finite; a zero vector (a chunk with no words) is
// replaced by a constant one, because chromem-go would normalize it into
// NaN. Vectors are normalized in place.
func (ix *Index) check(vectors [][]float32) error {
	if len(vectors) != len(ix.Chunks) || len(vectors) == 0 {
		return fmt.Errorf("%d vectors for %d chunks", len(vectors), len(ix.Chunks))
	}
	ix.Dim = len(vectors[0])
	return inParts(len(vectors), func(start, end int) error {
		for i := start; i < end; i++ {
			v := vectors[i]
			if len(v) != ix.Dim || ix.Dim == 0 {
				return fmt.Errorf("vector %d has %d dimensions, want %d", i, len(v), ix.Dim)
			}
			if !embed.Finite(v) {
				return fmt.Errorf("vector %d is not finite", i)
			}
			if embed.IsZero(v) {
				vectors[i] = constant(ix.Dim)
			}
			embed.Normalize(vectors[i])
			// chromem-go copies a vector it finds not of unit length;
			// nearest reads the vectors as given, so they must be the
			// ones it keeps.
			if !unitLength(vectors[i]) {
				return fmt.Errorf("vector %d is not of unit length", i)
			}
		}
		return nil
	})
}

// fill puts checked vectors into a new chromem-go collection without
// copying them.
func (ix *Index) fill(ctx context.Context, vectors [][]float32) error {
	db := chromem.NewDB()
	// An explicit embedding function: chromem-go's default would call
	// OpenAI. Queries always pass their own vector, so it is never used.
	col, err := db.CreateCollection(collectionName, nil, refuseEmbedding)
	if err != nil {
		return err
	}
	// A few goroutines adding documents one at a time: AddDocuments starts
	// a goroutine per document, which costs more than adding it.
	err = inParts(len(vectors), func(start, end int) error {
		for i := start; i < end; i++ {
			if i%1024 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			doc := chromem.Document{ID: strconv.Itoa(i), Embedding: vectors[i], Content: ix.Chunks[i].Text}
			if err := col.AddDocument(ctx, doc); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	ix.Vectors, ix.vectors = col, vectors
	return nil
}

// inParts splits [0, n) into one contiguous part per CPU, no smaller than
// minPart, runs fn on each in its own goroutine and returns the first
// error.
func inParts(n int, fn func(start, end int) error) error {
	parts := max(1, min(runtime.GOMAXPROCS(0), n/minPart))
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { errs[p] = fn(p*n/parts, (p+1)*n/parts) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// minPart is the fewest vectors worth a goroutine of their own.
const minPart = 4096

func refuseEmbedding(context.Context, string) ([]float32, error) {
	return nil, errors.New("the index embeds queries itself")
}

// unitLength is chromem-go's test (isNormalized) for a vector it keeps as
// it is given.
func unitLength(v []float32) bool {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	return math.Abs(math.Sqrt(sum)-1) < 1e-6
}

func constant(dim int) []float32 {
	v := make([]float32, dim)
	for i := range v {
		v[i] = 1
	}
	return v
}

// Lexical returns up to n chunks that share a stem with the query, by BM25
// score, best first.
func (ix *Index) Lexical(query []string, weights []float64, n int) []Match {
	hits := ix.BM25.SearchWeighted(query, weights, n)
	out := make([]Match, len(hits))
	for i, h := range hits {
		out[i] = Match{Chunk: h.Doc, Score: h.Score}
	}
	return out
}

// Semantic returns up to n chunks nearest the query's vector, best first;
// ties go to the earlier chunk. A query the embedder gives no features
// finds nothing.
func (ix *Index) Semantic(ctx context.Context, query string, n int) ([]Match, error) {
	vs, err := ix.Embedder.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("embed question: %w", err)
	}
	if len(vs) != 1 || len(vs[0]) != ix.Dim {
		return nil, fmt.Errorf("embed question: the embedder returned a vector of the wrong size")
	}
	q := vs[0]
	if embed.IsZero(q) || !embed.Finite(q) {
		return nil, nil
	}
	embed.Normalize(q)
	n = min(n, len(ix.vectors))
	if n <= 0 {
		return nil, nil
	}
	return ix.nearest(q, n), nil
}

// Prepare does ahead what opening an index and searching it will need
// and no corpus: it computes what Key hashes that takes computing, the
// terms pipeline's Version and, for an embedder that says, the version of
// what it computes (the local embedder's is a probe, a few milliseconds).
// Both are kept for the process, so a start-up that calls it on a
// goroutine of its own, beside loading the corpus, finds them done.
//
// It does not read the thesaurus table's pages in ahead: touching all
// fifteen hundred cost an ask process 7 to 10 ms of CPU (a sixth of it)
// on a virtual machine, where a page fault is dear, to spare the few
// dozen faults its lookups make; on a machine its users share, the CPU
// is what they wait for.
func Prepare(e embed.Embedder) {
	terms.Version()
	if v, ok := e.(embed.Versioned); ok {
		v.Version()
	}
}
