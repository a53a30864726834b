package retrieve

import (
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// TestKinInReadsTheIndex checks, on the essay and the four development
// texts, that kinIn finds a passage's stems kin to a word through the
// index's concept table just as looking up each stem's concepts does,
// for words of each text and words none of them uses ("salary",
// "mariner"), among a passage's stems and a stem no text holds; and
// that it looks up the concepts of none of the passage's stems.
func TestKinInReadsTheIndex(t *testing.T) {
	texts := []string{"", "civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md"}
	outside := []string{"salari", "marin", "paycheck", "specialist", "perquisit", "sailor", "benefit"}
	for _, name := range texts {
		path := filepath.Join("..", "essay", "testdata", "texts", name)
		if name == "" {
			path = filepath.Join("..", "..", "corpus", "essay.txt")
		}
		r := textRetriever(t, path)
		terms := r.Index.BM25.Terms()
		probes := outside
		for i := 0; i < len(terms); i += max(1, len(terms)/60) {
			probes = append(probes, terms[i])
		}
		found := 0
		for _, p := range r.Corpus.Passages {
			stems := stemSet(p.Text())
			stems["zzqx"] = true // no text holds it: its concepts are looked up
			for _, s := range probes {
				want := kinByLookup(s, stems)
				if got := r.kinIn(s, stems); got != want {
					t.Errorf("%s %s: kinIn(%q) = %v, looking up each stem says %v", name, p.Ref, s, got, want)
				}
				if want {
					found++
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: no probe is kin to any passage's stems: the test checks nothing", name)
		}
		for s := range r.conceptCache.of {
			if r.Index.BM25.Has(s) && !slices.Contains(probes, s) {
				t.Errorf("%s: kinIn looked up the concepts of %q, a stem of a passage", name, s)
				break
			}
		}
	}
}

// stemSet returns the stems of text as a set.
func stemSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, s := range terms.Stems(text) {
		out[s] = true
	}
	return out
}

// kinByLookup is kinIn as it was written first: the concepts of every
// stem looked up.
func kinByLookup(s string, stems map[string]bool) bool {
	cs := thesaurus.Concepts(s)
	if len(cs) == 0 {
		return false
	}
	for t := range maps.Keys(stems) {
		if kin(cs, thesaurus.Concepts(t)) {
			return true
		}
	}
	return false
}
