package embed

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"sync"
)

var _ Versioned = (*Local)(nil)

// Version is what the local embedder computes, as a hash of the vectors a
// fresh one of this dimension gives a fixed probe after fitting on it: any
// change to its features, weights, hashing or the stems it reads changes
// it, with no version number to remember.
func (l *Local) Version() string {
	versionMu.Lock()
	defer versionMu.Unlock()
	if v, ok := versions[l.Dim]; ok {
		return v
	}
	v := probeVersion(l.Dim)
	versions[l.Dim] = v
	return v
}

var (
	versionMu sync.Mutex
	versions  = map[int]string{}
)

// probeTexts are general sentences with repeats, so that document
// frequencies, bigrams and character n-grams all count.
var probeTexts = []string{
	"The river rose in spring, and the farmers moved their animals to higher ground.",
	"Farmers kept records of every flood; the records were taxed by scribes.",
	"Later writers doubted the old records and argued that irrigation mattered more.",
	"Nothing here?!",
}

func probeVersion(dim int) string {
	e := NewLocal(dim)
	e.Fit(probeTexts)
	vs, err := e.Embed(context.Background(), probeTexts)
	h := sha256.New()
	if err != nil {
		h.Write([]byte(err.Error()))
	}
	var buf [4]byte
	for _, v := range vs {
		for _, x := range v {
			binary.LittleEndian.PutUint32(buf[:], math.Float32bits(x))
			h.Write(buf[:])
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
