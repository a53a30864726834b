package guide

import (
	"slices"
	"strings"
)

// followedPerson returns the person a story's scenes follow, or "": the
// one named in the most of them, at least half and two. A story's scenes
// that share none of its ideas are about whom they happen to, and "what
// the author writes" told a student nothing of them.
func (b *builder) followedPerson(qs []*Question) string {
	need := max(2, (len(qs)+1)/2)
	count := map[string]int{}
	var order []string
	for _, q := range qs {
		for _, who := range b.peopleIn(q.Text) {
			if count[who] == 0 {
				order = append(order, who)
			}
			count[who]++
		}
	}
	best := ""
	for _, who := range order {
		if count[who] >= need && count[who] > count[best] {
			best = who
		}
	}
	return best
}

// namedTogether keeps of names, in order, each that one sentence of the
// text names with all those kept before it: a prompt that says the
// story "tells of" several people stages them together, and the
// Narrative's named a farm and the colonel no sentence names together.
func (b *builder) namedTogether(names []string) []string {
	var kept []string
	for _, n := range names {
		if len(kept) == 0 || slices.ContainsFunc(b.sents, func(s *sentence) bool {
			return strings.Contains(s.text, n) && !slices.ContainsFunc(kept, func(k string) bool { return !strings.Contains(s.text, k) })
		}) {
			kept = append(kept, n)
		}
	}
	return kept
}
