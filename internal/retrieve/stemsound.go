package retrieve

import (
	"slices"
	"sync"
)

// stemSounds holds the corpus's stems by their consonant key (see
// consonantKey), built the first time a question gives a name the
// corpus may spell another way: soundsAlike and twins passed over every
// stem of the corpus, keying each, for each such name.
type stemSounds struct {
	once  sync.Once
	byKey map[string][]string
}

// stemsSounding returns the corpus's stems (BM25's terms) whose
// consonant key is key, in order; none for a key too short to name
// anyone (see soundsAs).
func (r *Retriever) stemsSounding(key string) []string {
	if len(key) < minConsonantKey {
		return nil
	}
	t := &r.stemSounds
	t.once.Do(func() {
		t.byKey = map[string][]string{}
		for s := range r.Index.BM25.Postings {
			if k := consonantKey(s); len(k) >= minConsonantKey {
				t.byKey[k] = append(t.byKey[k], s)
			}
		}
		for _, stems := range t.byKey {
			slices.Sort(stems)
		}
	})
	return t.byKey[key]
}
