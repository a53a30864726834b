package retrieve

import (
	"sync"

	"studyguide/internal/thesaurus"
)

// kinStems keeps, for each stem kinIn was asked of, the corpus's stems
// kin to it (see corpusKin).
type kinStems struct {
	mu sync.Mutex
	of map[string]map[string]bool
}

// maxKinStems bounds a retriever's cache of kin stems, in stems asked
// of.
const maxKinStems = 1 << 12

// corpusKin returns the corpus's stems kin to stem s (see kin), whose
// concepts are cs. It reads them from the index's concept table, which
// lists every corpus stem under each concept it stands for at kinWeight
// or more, all that kin reads of it, rather than looking up the
// concepts of every stem a passage holds: a process's first question
// would read most of the thesaurus's pages for that.
func (r *Retriever) corpusKin(s string, cs []thesaurus.Concept) map[string]bool {
	r.kinStems.mu.Lock()
	out, ok := r.kinStems.of[s]
	r.kinStems.mu.Unlock()
	if ok {
		return out
	}
	out = map[string]bool{}
	for _, c := range cs {
		if c.Weight < kinWeight {
			continue
		}
		// Kin either way: s's commonest sense is one of t's, or t's
		// commonest sense is one of s's (see leads).
		r.Index.ConceptStems(c.ID, func(t string, weight float64) {
			if c.Weight >= 1 || weight >= 1 {
				out[t] = true
			}
		})
	}
	r.kinStems.mu.Lock()
	if r.kinStems.of == nil {
		r.kinStems.of = map[string]map[string]bool{}
	}
	if len(r.kinStems.of) < maxKinStems {
		r.kinStems.of[s] = out
	}
	r.kinStems.mu.Unlock()
	return out
}
