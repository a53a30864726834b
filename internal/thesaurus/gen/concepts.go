package main

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"studyguide/internal/terms"
)

// Concept table settings. A word stands for the synsets of its commonest
// senses in each part of speech, and for what those are kinds of, so that
// "adulation" (a kind of flattery, a kind of compliment, a kind of praise)
// meets "praise", and "stymie" meets "stop" in "prevent".
const (
	// conceptSenses is how many senses of a word, in each part of speech,
	// count; the n-th weighs 1/n.
	conceptSenses = 3
	// hypernymLevels is how many steps up the hierarchy count; each takes
	// levelWeight of the weight of the step below. Roots ("entity", a verb
	// with no hypernym) are left out: they join everything.
	hypernymLevels = 3
	levelWeight    = 0.6
	// derivedWeight is the weight of a synset derivationally related to a
	// sense ("criticize" to "criticism"), or that an adjective pertains to
	// ("Middle Ages" to "medieval"), against the sense itself.
	derivedWeight = 0.5
	// maxConcepts bounds the concepts listed for one stem, the heaviest
	// first.
	maxConcepts = 12
)

// conceptTable computes, for each stem and each pair of stems that name
// one thing together ("middl age" for "Middle Ages"), the weighted
// concepts its words stand for, by synset, each synset numbered densely
// in the order of its key; and which of those collocations are names
// only (see names).
func conceptTable(synsets map[string]*synset, senses map[string][]string) (table map[string]map[int]float64, proper map[string]bool) {
	ids := map[string]int{}
	keys := slices.Sorted(maps.Keys(synsets))
	for i, k := range keys {
		ids[k] = i
	}
	table, proper = map[string]map[int]float64{}, map[string]bool{}
	common := map[string]bool{}
	for lemma, ks := range senses {
		name := names(lemma, ks, synsets)
		key, ok := conceptKey(lemma, name)
		if !ok {
			continue
		}
		if strings.Contains(key, " ") {
			common[key] = common[key] || !name
			proper[key] = !common[key]
		}
		if table[key] == nil {
			table[key] = map[int]float64{}
		}
		rank := map[byte]int{}
		for _, k := range ks {
			pos := k[len(k)-1]
			if rank[pos] < conceptSenses {
				rank[pos]++
				addConcepts(table[key], k, 1/float64(rank[pos]), synsets, ids)
			}
		}
	}
	for key, cs := range table {
		if len(cs) == 0 {
			delete(table, key)
		}
	}
	return table, proper
}

// conceptKey returns the key a lemma's concepts are listed under: its stem,
// or for a collocation of two content words ("middle_ages", "cult_of_
// personality") their stems joined by a space, as they
// stand next to each other in text once stop words are dropped. A name of
// three content words ("New_Economic_Policy") is listed too, so that a
// question typing it in lower case can be read as naming it; common
// phrases of three words are left out, which keeps the table small.
//
//   - name: whether WordNet writes the lemma capitalized (see names).
func conceptKey(lemma string, name bool) (string, bool) {
	if plainWord(lemma) || decade(lemma) {
		return terms.Stem(lemma), true
	}
	var stems []string
	for _, w := range strings.Split(lemma, "_") {
		if !plainWord(w) && !(len(w) == 2 && plainWord(w+"x")) {
			return "", false
		}
		if !terms.IsStopword(w) {
			stems = append(stems, terms.Stem(w))
		}
	}
	if len(stems) != 2 && !(len(stems) == 3 && name) {
		return "", false
	}
	return strings.Join(stems, " "), true
}

// decade reports whether a lemma is a decade in digits ("1920s"), which
// a text names as often as in words ("the twenties").
func decade(lemma string) bool {
	if len(lemma) != 5 || lemma[3] != '0' || lemma[4] != 's' {
		return false
	}
	for _, r := range lemma[:3] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// names reports whether WordNet writes a lemma capitalized in the
// commonest sense of each of its parts of speech: it names one thing
// ("New_Economic_Policy", "World_Cup"), not a kind ("red_tape").
//
//   - keys: the lemma's synsets, commonest first in each part of speech.
func names(lemma string, keys []string, synsets map[string]*synset) bool {
	first := firstSenses(keys)
	for _, k := range first {
		if !writtenCapital(lemma, synsets[k]) {
			return false
		}
	}
	return len(first) > 0
}

// addConcepts adds synset k at weight w, the synsets derivationally
// related to it at derivedWeight of that, and k's hypernyms up to
// hypernymLevels steps, each at levelWeight of the one below, to cs,
// keeping the highest weight each synset gets.
func addConcepts(cs map[int]float64, k string, w float64, synsets map[string]*synset, ids map[string]int) {
	s := synsets[k]
	if s == nil {
		return
	}
	put := func(k string, w float64) {
		if id, ok := ids[k]; ok && w > cs[id] {
			cs[id] = w
		}
	}
	put(k, w)
	for _, p := range s.ptrs {
		// A derived form ("criticize" for "criticism") or what an
		// adjective pertains to ("Middle Ages" for "medieval").
		if p.symbol == "+" || p.symbol == "\\" {
			put(p.key, w*derivedWeight)
		}
	}
	level := []string{k}
	for step := 1; step <= hypernymLevels; step++ {
		w *= levelWeight
		var next []string
		for _, k := range level {
			for _, p := range synsets[k].ptrs {
				if (p.symbol == "@" || p.symbol == "@i") && synsets[p.key] != nil && !isRoot(synsets[p.key]) {
					put(p.key, w)
					next = append(next, p.key)
				}
			}
		}
		level = next
	}
}

// isRoot reports whether a synset has no hypernym: "entity", or a verb at
// the top of its short hierarchy ("change", "act").
func isRoot(s *synset) bool {
	return !slices.ContainsFunc(s.ptrs, func(p pointer) bool { return p.symbol == "@" || p.symbol == "@i" })
}

// conceptList writes a key's concepts, heaviest first, each as its synset
// number in base 36, a colon and its weight in ninths (1 to 9), at most
// maxConcepts of them.
func conceptList(cs map[int]float64) string {
	ids := slices.Collect(maps.Keys(cs))
	sort.Slice(ids, func(i, j int) bool {
		if cs[ids[i]] != cs[ids[j]] {
			return cs[ids[i]] > cs[ids[j]]
		}
		return ids[i] < ids[j]
	})
	var parts []string
	for _, id := range ids[:min(len(ids), maxConcepts)] {
		ninths := max(1, int(math.Round(cs[id]*9)))
		parts = append(parts, strconv.FormatInt(int64(id), 36)+":"+strconv.Itoa(ninths))
	}
	return strings.Join(parts, " ")
}
