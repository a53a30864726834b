package embed

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/fnv"
	"math"

	"studyguide/internal/terms"
)

// Local embeds text with TF-IDF over Snowball stems, stem bigrams and
// character n-grams, hashed into a fixed number of dimensions with a sign
// bit, and L2-normalized. Character n-grams let "democratic" meet
// "democracy" where the stemmer keeps them apart. It runs offline and is
// deterministic.
type Local struct {
	// Dim is the vector length.
	Dim int
	// DF counts, per dimension, the fitted texts with a feature there.
	DF []uint32
	// Docs is the number of fitted texts.
	Docs int
}

var _ Fitter = (*Local)(nil)

// Feature weights, relative to a stem.
const (
	localVersion  = 1
	bigramWeight  = 0.5
	ngramWeight   = 0.35
	minNgram      = 3
	maxNgram      = 5
	defaultDimLoc = 1024
)

// NewLocal returns an unfitted local embedder with dim dimensions (1024 if
// dim is 0 or less).
func NewLocal(dim int) *Local {
	if dim <= 0 {
		dim = defaultDimLoc
	}
	return &Local{Dim: dim, DF: make([]uint32, dim)}
}

// Name says what the vectors mean: the method, its version and dimension.
func (l *Local) Name() string { return fmt.Sprintf("local-tfidf-v%d-d%d", localVersion, l.Dim) }

// Fit counts document frequencies over the corpus's texts.
func (l *Local) Fit(texts []string) {
	l.DF = make([]uint32, l.Dim)
	l.Docs = len(texts)
	for _, t := range texts {
		seen := map[int]bool{}
		l.eachFeature(t, func(dim int, _ float64) { seen[dim] = true })
		for d := range seen {
			l.DF[d]++
		}
	}
}

// Embed returns the TF-IDF vector of each text. Text with no features, such
// as punctuation alone, gives a zero vector.
func (l *Local) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if len(l.DF) != l.Dim {
		return nil, errors.New("local embedder is not fitted")
	}
	out := make([][]float32, len(texts))
	for i, t := range texts {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		out[i] = l.vector(t)
	}
	return out, nil
}

func (l *Local) vector(text string) []float32 {
	tf := map[int]float64{}
	l.eachFeature(text, func(dim int, w float64) { tf[dim] += w })
	v := make([]float32, l.Dim)
	for d, w := range tf {
		// log1p damps repeats and keeps fractional weights positive.
		v[d] = float32(math.Copysign(math.Log1p(math.Abs(w)), w) * l.idf(d))
	}
	Normalize(v)
	return v
}

func (l *Local) idf(d int) float64 {
	return math.Log(float64(l.Docs+1)/float64(l.DF[d]+1)) + 1
}

// eachFeature calls fn with the dimension and signed weight of each hashed
// feature of text, in order. It streams rather than listing them: a long
// text has some fifteen features a word, and a list of them all would cost
// far more memory than the text.
func (l *Local) eachFeature(text string, fn func(dim int, w float64)) {
	stems := terms.Stems(text)
	h := fnv.New64a()
	add := func(s string, w float64) {
		h.Reset()
		h.Write([]byte(s))
		x := h.Sum64()
		if x>>63 == 1 {
			w = -w
		}
		fn(int(x%uint64(l.Dim)), w)
	}
	for i, s := range stems {
		add("w:"+s, 1)
		if i > 0 {
			add("b:"+stems[i-1]+" "+s, bigramWeight)
		}
		r := []rune("<" + s + ">")
		for n := minNgram; n <= maxNgram; n++ {
			for j := 0; j+n <= len(r); j++ {
				add("c:"+string(r[j:j+n]), ngramWeight)
			}
		}
	}
}

// localState is Local's saved form. It is a separate type because gob
// would call Local's own MarshalBinary on it, recursing forever.
type localState struct {
	Dim  int
	DF   []uint32
	Docs int
}

// MarshalBinary saves the fitted state.
func (l *Local) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(localState{Dim: l.Dim, DF: l.DF, Docs: l.Docs})
	return buf.Bytes(), err
}

// UnmarshalBinary restores a fitted state saved by MarshalBinary.
func (l *Local) UnmarshalBinary(data []byte) error {
	var s localState
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil {
		return err
	}
	if s.Dim != l.Dim || len(s.DF) != s.Dim {
		return fmt.Errorf("saved embedder has %d dimensions, want %d", s.Dim, l.Dim)
	}
	l.DF, l.Docs = s.DF, s.Docs
	return nil
}
