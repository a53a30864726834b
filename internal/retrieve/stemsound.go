package retrieve

import (
	"slices"
	"strings"
	"sync"

	"studyguide/internal/bm25"
)

// stemSounds holds the corpus's stems by their consonant key (see
// consonantKey), built the first time a question gives a name the
// corpus may spell another way: soundsAlike and twins passed over every
// stem of the corpus, keying each, for each such name.
//
// The table is two sorted slices, not a map of slices: the map's buckets
// and a slice for every key cost the first such question of each process
// about twice the memory.
type stemSounds struct {
	once sync.Once
	// keys[i] is stems[i]'s key, sorted by key and then by stem.
	keys, stems []string
}

// stemsSounding returns the corpus's stems (BM25's terms) whose
// consonant key is key, in order; none for a key too short to name
// anyone (see soundsAs). The slice is the table's: not to be changed.
func (r *Retriever) stemsSounding(key string) []string {
	if len(key) < minConsonantKey {
		return nil
	}
	t := &r.stemSounds
	t.once.Do(func() { t.keys, t.stems = stemsByKey(r.Index.BM25.Postings) })
	lo, found := slices.BinarySearch(t.keys, key)
	if !found {
		return nil
	}
	hi := lo + 1
	for hi < len(t.keys) && t.keys[hi] == key {
		hi++
	}
	return t.stems[lo:hi:hi]
}

// stemsByKey returns the stems of postings whose consonant key is long
// enough to name anyone, each with its key, sorted by key and then stem.
func stemsByKey(postings map[string][]bm25.Posting) (keys, stems []string) {
	type keyed struct{ key, stem string }
	ks := make([]keyed, 0, len(postings))
	for s := range postings {
		if k := consonantKey(s); len(k) >= minConsonantKey {
			ks = append(ks, keyed{k, s})
		}
		// A name with "shch" is also found by the key of its "sh" (see
		// soundsAs).
		if strings.Contains(s, "shch") {
			if k := consonantKey(oneSh(s)); len(k) >= minConsonantKey {
				ks = append(ks, keyed{k, s})
			}
		}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.stem, b.stem)
	})
	keys, stems = make([]string, len(ks)), make([]string, len(ks))
	for i, k := range ks {
		keys[i], stems[i] = k.key, k.stem
	}
	return keys, stems
}
