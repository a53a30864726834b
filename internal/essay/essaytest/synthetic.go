package essaytest

import (
	"bytes"
	"math/rand/v2"
	"strconv"

	"studyguide/internal/essay"
)

// SentencesPerPassage is how many sentences each made-up paragraph holds,
// about the essay's own average.
const SentencesPerPassage = 4

// Synthetic returns the text of a corpus of n numbered paragraphs, each of
// SentencesPerPassage sentences drawn from the essay, so that benchmarks
// can measure parsing, indexing and search at the size of a course reader
// rather than one essay. The same n always gives the same text.
//
//   - n: the number of paragraphs; at least 1.
func Synthetic(n int) ([]byte, error) {
	c, err := essay.Embedded()
	if err != nil {
		return nil, err
	}
	var sents []string
	for _, p := range c.Passages {
		for _, s := range p.Sentences {
			sents = append(sents, s.Text)
		}
	}
	rng := rand.New(rand.NewPCG(uint64(n), 2005))
	var buf bytes.Buffer
	buf.Grow(n * SentencesPerPassage * 160)
	for i := 1; i <= max(n, 1); i++ {
		buf.WriteString(strconv.Itoa(i))
		buf.WriteString(".")
		for range SentencesPerPassage {
			buf.WriteByte(' ')
			buf.WriteString(sents[rng.IntN(len(sents))])
		}
		buf.WriteString("\n\n")
	}
	return buf.Bytes(), nil
}
