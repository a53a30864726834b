package index

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	chromem "github.com/philippgille/chromem-go"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// benchSizes are the corpora every benchmark runs on: the essay, and
// synthetic corpora of 10,000 and 50,000 paragraphs made of its sentences.
var benchSizes = []string{"essay", "10000", "50000"}

var (
	benchMu      sync.Mutex
	benchCorpora = map[string]*essay.Corpus{}
)

// benchCorpus parses a corpus once per size and keeps it for every
// benchmark.
func benchCorpus(b testing.TB, size string) *essay.Corpus {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if c, ok := benchCorpora[size]; ok {
		return c
	}
	var c *essay.Corpus
	var err error
	if size == "essay" {
		c, err = essay.Embedded()
	} else {
		var n int
		fmt.Sscan(size, &n)
		var data []byte
		if data, err = essaytest.Synthetic(n); err == nil {
			c, err = loadText(b, data)
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	benchCorpora[size] = c
	return c
}

func loadText(b testing.TB, data []byte) (*essay.Corpus, error) {
	path := filepath.Join(b.TempDir(), "synthetic.txt")
	if err := writeBytes(path, data); err != nil {
		return nil, err
	}
	return essay.Load(path)
}

// payload is the size of what an index must hold: its vectors and the
// text of its chunks, in bytes.
func payload(ix *Index) float64 {
	n := len(ix.Chunks) * ix.Dim * 4
	for _, ch := range ix.Chunks {
		n += len(ch.Text)
	}
	return float64(n)
}

// peakHeap runs f while sampling the live heap every millisecond and
// returns the highest value seen, in bytes, above the heap before f. The
// collection that settles the heap first is not timed: it costs in
// proportion to whatever else the benchmark process holds, such as the
// corpora cached for other sizes.
func peakHeap(b *testing.B, f func()) float64 {
	b.StopTimer()
	runtime.GC()
	b.StartTimer()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	peak := base
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				peak = max(peak, read())
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	peak = max(peak, read())
	return float64(peak - base)
}

func BenchmarkBuild(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size, func(b *testing.B) {
			c := benchCorpus(b, size)
			var ix *Index
			var peak float64
			for b.Loop() {
				peak = peakHeap(b, func() {
					var err error
					if ix, err = Build(context.Background(), c, embed.NewLocal(0), nil); err != nil {
						b.Fatal(err)
					}
				})
			}
			b.ReportMetric(float64(len(ix.Chunks)), "chunks")
			b.ReportMetric(payload(ix)/1e6, "payload-MB")
			b.ReportMetric(peak/payload(ix), "peak/payload")
		})
	}
}

// savedIndex builds the index of a corpus and saves it in a temporary
// folder.
func savedIndex(b testing.TB, size string) (*Index, string) {
	b.Helper()
	ix, err := Build(context.Background(), benchCorpus(b, size), embed.NewLocal(0), nil)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "index.sgi")
	if err := ix.Save(path); err != nil {
		b.Fatal(err)
	}
	return ix, path
}

func BenchmarkSave(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size, func(b *testing.B) {
			ix, path := savedIndex(b, size)
			for b.Loop() {
				if err := ix.Save(path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad reads a saved index into a fresh Index, as a new process
// does; the file is in the page cache.
func BenchmarkLoad(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size, func(b *testing.B) {
			ix, path := savedIndex(b, size)
			var peak float64
			for b.Loop() {
				peak = peakHeap(b, func() {
					if _, err := Load(context.Background(), path, ix.Key, embed.NewLocal(0)); err != nil {
						b.Fatal(err)
					}
				})
			}
			b.ReportMetric(payload(ix)/1e6, "payload-MB")
			b.ReportMetric(peak/payload(ix), "peak/payload")
		})
	}
}

// BenchmarkChromemImport is the alternative to Load's raw vectors:
// chromem-go's own single-file export, read back with ImportFromReader.
// It is here to show why the index is not saved that way.
func BenchmarkChromemImport(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size, func(b *testing.B) {
			ix, _ := savedIndex(b, size)
			db := chromem.NewDB()
			col, err := db.CreateCollection(collectionName, nil, refuseEmbedding)
			if err != nil {
				b.Fatal(err)
			}
			var docs []chromem.Document
			for i := range ix.Chunks {
				d, _ := ix.Vectors.GetByID(context.Background(), fmt.Sprint(i))
				docs = append(docs, d)
			}
			if err := col.AddDocuments(context.Background(), docs, runtime.NumCPU()); err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			if err := db.ExportToWriter(&buf, false, ""); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(buf.Len())/1e6, "file-MB")
			for b.Loop() {
				fresh := chromem.NewDB()
				if err := fresh.ImportFromReader(bytes.NewReader(buf.Bytes()), ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func writeBytes(path string, data []byte) error {
	return os.WriteFile(path, data, 0o644)
}
