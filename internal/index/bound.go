package index

import (
	"fmt"
	"strconv"

	"studyguide/internal/embed"
	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// Bounds on an index's size, which grows with the number of chunks, not
// of bytes: each chunk, however short, gets a vector of its own. A
// corpus of very short paragraphs (12 MB of one-line ones) made an index
// of 2.5 GB, which Open refuses to build.
const (
	// DefaultMaxRatio is the most bytes of index Open builds for each
	// byte of the corpus's text. Prose takes about 34 to 44,
	// dialogue-heavy fiction 62 to 90: twice what they took when the local
	// embedder's vectors had 1024 dimensions rather than 2048.
	DefaultMaxRatio = 200
	// freeSize is an index size allowed whatever the corpus's: a short
	// text of short paragraphs is no burden.
	freeSize = 64 << 20
	// shortChunk is the average chunk length, in bytes, below which the
	// error blames the paragraphs' shortness.
	shortChunk = 200
)

// TooLargeError is a corpus whose index would pass its bound.
type TooLargeError struct {
	// Estimate is the index's size, Text the corpus's text, in bytes.
	Estimate, Text int64
	// Chunks is how many chunks it would hold.
	Chunks int
	// MaxRatio is the bound, in bytes of index a byte of text.
	MaxRatio int
}

func (e *TooLargeError) Error() string {
	why := ""
	if e.Chunks > 0 && e.Text/int64(e.Chunks) < shortChunk {
		why = fmt.Sprintf(": its %d passages are so short that their vectors outweigh their text", e.Chunks)
	}
	return fmt.Sprintf("the search index of this corpus would take about %s, %d bytes for each of its %s of text, over the bound of %d%s",
		size(e.Estimate), e.Estimate/max(e.Text, 1), size(e.Text), e.MaxRatio, why)
}

// Estimate returns about how many bytes the index of c embedded by e
// takes, saved or in memory, and how many chunks and bytes of text it
// holds, without building it: each chunk's vector, its text, and the
// text's postings.
func Estimate(c *essay.Corpus, e embed.Embedder) (bytes int64, chunks int, text int64) {
	eachChunk(c, func(_ essay.Ref, sents []string) {
		chunks++
		for _, s := range sents {
			text += int64(len(s)) + 1
		}
	})
	const perChunk = 24 // its ref, its length and its BM25 length
	const perByte = 3   // the text itself, and postings of its words
	return int64(chunks)*(4*int64(dimension(e))+perChunk) + perByte*text, chunks, text
}

// corpusText counts the bytes of c's text.
func corpusText(c *essay.Corpus) int64 {
	var n int64
	for _, p := range c.Passages {
		for _, b := range p.Blocks {
			n += int64(len(b))
		}
	}
	return n
}

// dimRe reads the dimension that embedders put at the end of their names
// ("local-tfidf-v2-d1024").
var dimRe = lazyregexp.New(`-d(\d+)$`)

// dimension is e's vectors' length, from its name, or a common one.
func dimension(e embed.Embedder) int {
	if m := dimRe.FindStringSubmatch(e.Name()); m != nil {
		if d, err := strconv.Atoi(m[1]); err == nil && d > 0 {
			return d
		}
	}
	return 1024
}

// checkSize refuses to build an index of c larger than maxRatio bytes a
// byte of its text, and larger than freeSize.
func checkSize(c *essay.Corpus, e embed.Embedder, maxRatio int) error {
	if maxRatio <= 0 {
		maxRatio = DefaultMaxRatio
	}
	est, chunks, _ := Estimate(c, e)
	text := corpusText(c)
	if est <= freeSize || est <= int64(maxRatio)*text {
		return nil
	}
	return &TooLargeError{Estimate: est, Text: text, Chunks: chunks, MaxRatio: maxRatio}
}

// size says "2.5 GB" or "12 MB".
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2g GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.3g MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.3g KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
