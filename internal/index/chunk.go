package index

import (
	"strings"

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
	for _, p := range c.Passages {
		out = append(out, passageChunks(p)...)
	}
	return out
}

func passageChunks(p *essay.Passage) []Chunk {
	var out []Chunk
	for b := range p.Blocks {
		var sents []string
		for _, s := range p.Sentences {
			if s.Block == b {
				sents = append(sents, s.Text)
			}
		}
		if len(sents) == 0 {
			sents = []string{p.Blocks[b]}
		}
		for start := 0; ; start += stride {
			end := min(start+window, len(sents))
			out = append(out, Chunk{Ref: p.Ref, Text: strings.Join(sents[start:end], " ")})
			if end == len(sents) {
				break
			}
		}
	}
	return out
}
