package index

import (
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"studyguide/internal/embed"
)

func TestLoadReadsBackWhatSaveWrote(t *testing.T) {
	ctx := context.Background()
	built, path := savedIndex(t, "essay")
	loaded, err := Load(ctx, path, built.Key, embed.NewLocal(0))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(loaded.Chunks, built.Chunks) {
		t.Error("chunks differ")
	}
	b, l := built.BM25, loaded.BM25
	if b.K1 != l.K1 || b.B != l.B || b.AvgLen != l.AvgLen || !reflect.DeepEqual(b.Lens, l.Lens) || !reflect.DeepEqual(b.Postings, l.Postings) {
		t.Error("BM25 differs")
	}
	if len(built.concepts) == 0 || !reflect.DeepEqual(loaded.concepts, built.concepts) || !reflect.DeepEqual(loaded.terms, built.terms) {
		t.Error("concept table differs")
	}
	if len(built.names) == 0 || !reflect.DeepEqual(loaded.names, built.names) {
		t.Error("names differ")
	}
	if len(built.known.Words) == 0 || !reflect.DeepEqual(loaded.known, built.known) {
		t.Error("known stems differ")
	}
	if !reflect.DeepEqual(loaded.vectors, built.vectors) || loaded.Vectors.Count() != len(built.Chunks) {
		t.Error("vectors differ")
	}
	if !reflect.DeepEqual(loaded.Embedder, built.Embedder) {
		t.Error("embedder state differs")
	}
	// The same index saves to the same bytes.
	again := filepath.Join(t.TempDir(), "again.sgi")
	if err := loaded.Save(again); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(path)
	c, _ := os.ReadFile(again)
	if !reflect.DeepEqual(a, c) {
		t.Error("saving a loaded index changed the file")
	}
}

// TestDecodeRefusesBadFieldsWithAGoodChecksum damages each field before
// the vectors and fixes the checksum, as a bug or a hand-made file might:
// decoding must fail with ErrCorrupt or succeed, never panic or allocate
// more than the file holds.
func TestDecodeRefusesBadFieldsWithAGoodChecksum(t *testing.T) {
	ctx := context.Background()
	ix, path := savedIndex(t, "essay")
	good, _ := os.ReadFile(path)
	vectorBytes := len(ix.Chunks) * ix.Dim * 4
	end := len(good) - 4 - vectorBytes
	// Every byte of the header and refs, then a sample of the rest.
	next := func(off int) int {
		if off < 600 {
			return off + 1
		}
		return off + max(1, end/400)
	}
	for off := len(magic); off < end; off = next(off) {
		for _, b := range []byte{0xff, 0x00, 0x7f} {
			data := append([]byte(nil), good...)
			if data[off] == b {
				continue
			}
			data[off] = b
			binary.LittleEndian.PutUint32(data[len(data)-4:], crc32.Checksum(data[:len(data)-4], crcTable))
			if _, err := decode(ctx, data, ix.Key, embed.NewLocal(0)); err != nil && !errors.Is(err, ErrCorrupt) && !errors.Is(err, errStale) {
				t.Fatalf("byte %d set to %#x: %v", off, b, err)
			}
		}
	}
}
