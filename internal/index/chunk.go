package index

import (
	"hash/crc32"
	"io"
	"strconv"
	"strings"
	"unsafe"

	"studyguide/internal/essay"
)

// Chunk is one document of the vector collection: a window of consecutive
// sentences from one block of a passage. It keeps the passage's ref, so a
// hit on any window cites the whole passage.
type Chunk struct {
	Ref  essay.Ref
	Text string
}

// Window sizes, in sentences. A block no longer than window sentences is one
// chunk; longer blocks are cut into windows that start at every sentence, so that
// one strong sentence is not drowned by a long paragraph around it and
// every pair of neighbours shares a window.
const (
	window = 3
	stride = 1
)

// Chunks cuts every passage of the corpus into chunks, in reading order.
func Chunks(c *essay.Corpus) []Chunk {
	var out []Chunk
	eachChunk(c, func(ref essay.Ref, sents []string) {
		out = append(out, Chunk{Ref: ref, Text: strings.Join(sents, " ")})
	})
	return out
}

// writeChunks writes to h what Chunks would make of c, without making
// it: each chunk's ref, its sentences' count and a checksum of their
// text. CRC-32C, not SHA-256, over the text: it is a tenth of the cost
// at the size of a book, and it only has to notice that the parser or
// the chunker changed, not withstand an attack.
func writeChunks(h io.Writer, c *essay.Corpus) {
	table := crc32.MakeTable(crc32.Castagnoli)
	sep := []byte{0}
	var buf []byte
	eachChunk(c, func(ref essay.Ref, sents []string) {
		var crc uint32
		for _, s := range sents {
			// The sentence's own bytes, not a copy: Update only reads them.
			crc = crc32.Update(crc, table, unsafe.Slice(unsafe.StringData(s), len(s)))
			crc = crc32.Update(crc, table, sep)
		}
		buf = strconv.AppendQuote(buf[:0], ref.Source)
		buf = strconv.AppendQuote(buf, ref.Section)
		for _, n := range []int{int(ref.Kind), ref.N, len(sents), int(crc)} {
			buf = strconv.AppendInt(append(buf, ' '), int64(n), 10)
		}
		h.Write(append(buf, '\n'))
	})
}

// eachChunk calls fn with the ref and the sentences of each chunk of c,
// in reading order. sents is reused between calls.
func eachChunk(c *essay.Corpus, fn func(ref essay.Ref, sents []string)) {
	var sents []string
	for _, p := range c.Passages {
		sents = passageChunks(p, sents, fn)
	}
}

func passageChunks(p *essay.Passage, buf []string, fn func(essay.Ref, []string)) []string {
	for b := range p.Blocks {
		sents := buf[:0]
		for _, s := range p.Sentences {
			if s.Block == b {
				sents = append(sents, s.Text)
			}
		}
		if len(sents) == 0 {
			sents = append(sents, p.Blocks[b])
		}
		for start := 0; ; start += stride {
			end := min(start+window, len(sents))
			fn(p.Ref, sents[start:end])
			if end == len(sents) {
				break
			}
		}
		buf = sents
	}
	return buf
}
