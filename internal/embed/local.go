package embed

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	"studyguide/internal/memo"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Local embeds text by its words' forms and, beside them, their meanings:
// each stem counts for itself, for its pairs with the stem before it, and
// for its character n-grams ("democratic" meets "democracy" where the
// stemmer keeps them apart); and for the WordNet concepts it stands for
// (the synsets of its commonest senses and, at less weight, what those
// are kinds of; see package thesaurus), so that "praise" meets "adulation"
// and "stop" meets "stymie", which BM25 cannot match. A pair of words that
// WordNet names one thing by ("Middle Ages") counts for that thing's
// concepts too. A word counts too, at less weight, as its other parts of
// speech ("decision" for "decide"). Features are weighted by TF-IDF, hashed into a fixed
// number of dimensions with a sign bit, and L2-normalized. It runs offline
// and is deterministic.
type Local struct {
	// Dim is the vector length.
	Dim int
	// Weights are the features' weights against a stem's own.
	Weights LocalWeights
	// DF counts, per dimension, the fitted texts with a feature there.
	DF []uint32
	// Docs is the number of fitted texts.
	Docs int
}

// LocalWeights weigh the local embedder's kinds of feature against a
// stem's own, which counts 1.
type LocalWeights struct {
	// Concept weighs a word's WordNet concepts.
	Concept float64 `json:"concept"`
	// Ngram weighs each character n-gram of a stem.
	Ngram float64 `json:"ngram"`
}

// DefaultLocalWeights are the weights chosen by cross-validation over the
// question sets (see internal/eval/README.md).
var DefaultLocalWeights = LocalWeights{Concept: 0.15, Ngram: 0.35}

var _ Fitter = (*Local)(nil)

const (
	// localVersion goes into Name, and so into the index key: it changes
	// whenever the same text would embed differently.
	localVersion = 4
	// defaultDimLoc is the vector length. Feature hashing folds a chunk's
	// thousand or so features into it; at 1024 the collisions cost the
	// vectors alone four points of held-out recall@1 against 4096, at 2048
	// one. A search reads only the dimensions the question uses, so its
	// time grows far less than the index's size.
	defaultDimLoc = 2048
)

// Fixed feature settings: the weights of a pair of stems and of a word's
// other parts of speech, and the lengths
// of the character n-grams taken from "<stem>", in runes.
const (
	bigramWeight = 0.5
	// formWeight weighs a word's other parts of speech (see forms): on the
	// essay's question sets, 0.2 to 0.5 gave the hybrid the same recall@1
	// within one question.
	formWeight = 0.3
	minNgram   = 3
	maxNgram   = 4
)

// NewLocal returns an unfitted local embedder with dim dimensions (1024 if
// dim is 0 or less) and the default weights.
func NewLocal(dim int) *Local {
	return NewLocalWeighted(dim, DefaultLocalWeights)
}

// NewLocalWeighted returns an unfitted local embedder with dim dimensions
// (1024 if dim is 0 or less) and the given weights.
func NewLocalWeighted(dim int, w LocalWeights) *Local {
	if dim <= 0 {
		dim = defaultDimLoc
	}
	return &Local{Dim: dim, Weights: w, DF: make([]uint32, dim)}
}

// Name says what the vectors mean: the method, its version, weights and
// dimension, last ("-d2048"), where the index's size bound reads it.
func (l *Local) Name() string {
	return fmt.Sprintf("local-v%d-c%g-n%g-d%d", localVersion, l.Weights.Concept, l.Weights.Ngram, l.Dim)
}

// Fit counts document frequencies over the corpus's texts, in parallel.
func (l *Local) Fit(texts []string) {
	l.Docs = len(texts)
	parts := make([][]uint32, workers(len(texts)))
	parallel(len(texts), len(parts), func(w, start, end int) {
		df := make([]uint32, l.Dim)
		f := l.newFeaturizer()
		for _, t := range texts[start:end] {
			f.count(t)
			for _, d := range f.touched {
				df[d]++
			}
		}
		parts[w] = df
	})
	l.DF = make([]uint32, l.Dim)
	for _, df := range parts {
		for d, n := range df {
			l.DF[d] += n
		}
	}
}

// Embed returns the TF-IDF vector of each text, computed in parallel. Text
// with no features, such as punctuation alone, gives a zero vector.
func (l *Local) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if len(l.DF) != l.Dim {
		return nil, errors.New("local embedder is not fitted")
	}
	// A question's vector touches a few dozen dimensions: its weights are
	// computed as met rather than all of them first.
	var idf []float64
	if len(texts) > 1 {
		idf = make([]float64, l.Dim)
		for d := range idf {
			idf[d] = l.idf(d)
		}
	}
	// One block for all vectors: fewer allocations, and neighbours in memory.
	flat := make([]float32, len(texts)*l.Dim)
	out := make([][]float32, len(texts))
	parallel(len(texts), workers(len(texts)), func(_, start, end int) {
		f := l.newFeaturizer()
		for i := start; i < end; i++ {
			if (i-start)%256 == 0 && ctx.Err() != nil {
				return
			}
			v := flat[i*l.Dim : (i+1)*l.Dim : (i+1)*l.Dim]
			f.vector(texts[i], l, idf, v)
			out[i] = v
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func (l *Local) idf(d int) float64 {
	return math.Log(float64(l.Docs+1)/float64(l.DF[d]+1)) + 1
}

// featurizer turns one text at a time into hashed feature weights. It keeps
// its buffers between texts, so that embedding allocates almost nothing.
type featurizer struct {
	dim     int
	weights LocalWeights
	tf      []float64
	touched []int
	runes   []int
}

func (l *Local) newFeaturizer() *featurizer {
	return &featurizer{dim: l.Dim, weights: l.Weights, tf: make([]float64, l.Dim)}
}

// conceptCache keeps the concepts of the stems and pairs of stems met, so
// that each is looked up in the table once: a corpus repeats a small
// vocabulary many times, and the index embeds it in batches. formsCache
// keeps their forms the same way, and pairCache the stems WordNet pairs
// after a stem (see pairsAfter). The bound keeps hostile input from
// growing them without limit.
var (
	conceptCache = memo.Memo[string, []thesaurus.Concept]{Max: maxCachedConcepts}
	formsCache   = memo.Memo[string, []string]{Max: maxCachedConcepts}
	pairCache    = memo.Memo[string, map[string]bool]{Max: maxCachedConcepts}
)

// maxCachedConcepts bounds conceptCache, formsCache and pairCache, in keys.
const maxCachedConcepts = 1 << 18

// conceptsOf returns the concepts of a stem or a pair of stems, cached.
func (f *featurizer) conceptsOf(key string) []thesaurus.Concept {
	return conceptCache.Get(key, thesaurus.Concepts)
}

// pairsAfter returns the stems WordNet pairs after s into a key of its
// own ("age" after "middl"; see thesaurus.Seconds), cached. Asking it
// first spares joining every pair of neighbouring stems of a text into
// a key, an allocation each, to find that almost none has concepts.
func (f *featurizer) pairsAfter(s string) map[string]bool { return pairCache.Get(s, secondsOf) }

// secondsOf returns thesaurus.Seconds of a stem as a set, nil for none.
func secondsOf(s string) map[string]bool {
	var out map[string]bool
	for _, second := range thesaurus.Seconds(s) {
		if out == nil {
			out = map[string]bool{}
		}
		out[second] = true
	}
	return out
}

// formsOf returns thesaurus.Forms of a stem, cached.
func (f *featurizer) formsOf(s string) []string { return formsCache.Get(s, thesaurus.Forms) }

// count fills tf with the signed, weighted feature counts of text and
// touched with the dimensions it set, after clearing the previous text's.
func (f *featurizer) count(text string) {
	for _, d := range f.touched {
		f.tf[d] = 0
	}
	f.touched = f.touched[:0]
	stems := terms.Stems(text)
	for i, s := range stems {
		f.add(fnvString(fnvString(fnvOffset, "w:"), s), 1)
		f.ngrams(s)
		f.addConcepts(f.conceptsOf(s))
		f.forms(s)
		if i > 0 {
			h := fnvString(fnvString(fnvString(fnvOffset, "b:"), stems[i-1]), " ")
			f.add(fnvString(h, s), bigramWeight)
			if f.pairsAfter(stems[i-1])[s] {
				f.addConcepts(f.conceptsOf(stems[i-1] + " " + s))
			}
		}
	}
}

// forms adds, at formWeight, the stems of the same word as another part
// of speech ("decide" for "decision", "death" for "die"), so that a
// question and a passage that say one thing as a verb and as a noun
// meet as the same word said twice. The concepts alone link them only
// where WordNet's synsets for the verb and the noun overlap, and at the
// concepts' small weight, below chance matches of stems ("personality"
// and "personal" share one).
func (f *featurizer) forms(s string) {
	for _, r := range f.formsOf(s) {
		f.add(fnvString(fnvString(fnvOffset, "w:"), r), formWeight)
	}
}

// ngrams adds the character n-grams of "<stem>".
func (f *featurizer) ngrams(s string) {
	if f.weights.Ngram == 0 {
		return
	}
	w := "<" + s + ">"
	f.runes = f.runes[:0]
	for i := range w {
		f.runes = append(f.runes, i)
	}
	f.runes = append(f.runes, len(w))
	nr := len(f.runes) - 1
	prefix := fnvString(fnvOffset, "n:")
	for n := minNgram; n <= maxNgram; n++ {
		for j := 0; j+n <= nr; j++ {
			f.add(fnvString(prefix, w[f.runes[j]:f.runes[j+n]]), f.weights.Ngram)
		}
	}
}

// addConcepts adds one feature per concept, at its weight times the
// concepts' weight.
func (f *featurizer) addConcepts(cs []thesaurus.Concept) {
	if f.weights.Concept == 0 {
		return
	}
	for _, c := range cs {
		f.add(fnvUint(fnvString(fnvOffset, "c:"), uint64(c.ID)), f.weights.Concept*c.Weight)
	}
}

func (f *featurizer) add(h uint64, weight float64) {
	d := int(h % uint64(f.dim))
	if h>>63 == 1 {
		weight = -weight
	}
	if f.tf[d] == 0 {
		f.touched = append(f.touched, d)
	}
	f.tf[d] += weight
	if f.tf[d] == 0 {
		// A sign collision cancelled the weight; keep the dimension marked.
		f.tf[d] = math.SmallestNonzeroFloat64
	}
}

// vector writes the normalized TF-IDF vector of text into v, which must be
// zeroed and of the embedder's dimension.
//
//   - idf: the weight of each dimension, or nil to compute those needed
//     from l.
func (f *featurizer) vector(text string, l *Local, idf []float64, v []float32) {
	f.count(text)
	for _, d := range f.touched {
		w := f.tf[d]
		// log1p damps repeats and keeps fractional weights positive.
		weight := 0.0
		if idf != nil {
			weight = idf[d]
		} else {
			weight = l.idf(d)
		}
		v[d] = float32(math.Copysign(math.Log1p(math.Abs(w)), w) * weight)
	}
	Normalize(v)
}

// FNV-1a, 64 bits, written out so that hashing a feature allocates nothing;
// hashing a prefix and then a string equals hashing their concatenation.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvUint hashes the eight bytes of x after h.
func fnvUint(h, x uint64) uint64 {
	for range 8 {
		h ^= x & 0xff
		h *= fnvPrime
		x >>= 8
	}
	return h
}

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// workers is how many goroutines share n texts: one per CPU, but no more
// than one per 16 texts, fewer than which cost more to hand out than to
// embed. The index embeds 64 texts at a time, so that needs two.
func workers(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/16))
}

// parallel splits [0, n) into w contiguous parts and runs fn on each in its
// own goroutine.
func parallel(n, w int, fn func(worker, start, end int)) {
	var wg sync.WaitGroup
	for i := range w {
		start, end := i*n/w, (i+1)*n/w
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(i, start, end)
		}()
	}
	wg.Wait()
}

// MarshalBinary saves the fitted state: the dimension and the number of
// fitted texts (uint32s), then the document frequencies (uint32s), all
// little-endian. A fixed layout rather than gob, which is slower to start
// and to read.
func (l *Local) MarshalBinary() ([]byte, error) {
	if l.Docs < 0 || l.Docs > math.MaxUint32 || len(l.DF) != l.Dim {
		return nil, fmt.Errorf("local embedder state is inconsistent: %d texts, %d frequencies for %d dimensions", l.Docs, len(l.DF), l.Dim)
	}
	out := make([]byte, 0, 8+4*len(l.DF))
	out = binary.LittleEndian.AppendUint32(out, uint32(l.Dim))
	out = binary.LittleEndian.AppendUint32(out, uint32(l.Docs))
	for _, n := range l.DF {
		out = binary.LittleEndian.AppendUint32(out, n)
	}
	return out, nil
}

// UnmarshalBinary restores a fitted state saved by MarshalBinary.
func (l *Local) UnmarshalBinary(data []byte) error {
	if len(data) < 8 {
		return errors.New("saved embedder state is truncated")
	}
	dim := int(binary.LittleEndian.Uint32(data))
	if dim != l.Dim || len(data) != 8+4*dim {
		return fmt.Errorf("saved embedder has %d dimensions, want %d", dim, l.Dim)
	}
	df := make([]uint32, dim)
	for i := range df {
		df[i] = binary.LittleEndian.Uint32(data[8+4*i:])
	}
	l.DF, l.Docs = df, int(binary.LittleEndian.Uint32(data[4:]))
	return nil
}
