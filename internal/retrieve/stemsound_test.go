package retrieve

import (
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestStemsSoundingLooksUp checks that soundsAlike and twins, which find
// their candidates in a table of the corpus's stems by consonant key,
// read every name as a pass over every stem of the corpus does (kept
// here), on the essay and on a development text: each stem the corpus
// writes as a name, and each with its first vowel changed, as a name
// typed by ear or carried over from another alphabet would be.
func TestStemsSoundingLooksUp(t *testing.T) {
	for name, r := range map[string]*Retriever{
		"essay":             retriever(t, Hybrid),
		"goldman-kronstadt": textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md"),
	} {
		var names []string
		for s := range r.Index.BM25.Postings {
			if r.named(s) {
				names = append(names, s)
			}
		}
		slices.Sort(names)
		alike, twins := 0, 0
		for _, n := range names {
			if got, want := r.twins(n), twinsByScan(r, n); !slices.Equal(got, want) {
				t.Errorf("%s: twins(%q) = %v; a pass over the stems gives %v", name, n, got, want)
			}
			twins += len(r.twins(n))
			typed := firstVowelChanged(n)
			s := terms.Stem(typed)
			q := &Query{Names: []string{typed}, Stems: []string{s}}
			got, want := r.soundsAlike(q, nil)[s], soundsAlikeByScan(r, s)
			if got != want {
				t.Errorf("%s: soundsAlike read %q as %q; a pass over the stems gives %q", name, typed, got, want)
			}
			if got != "" {
				alike++
			}
		}
		if alike == 0 || name == "goldman-kronstadt" && twins == 0 {
			t.Errorf("%s: of %d names, %d sound alike, %d have twins", name, len(names), alike, twins)
		}
	}
}

// soundsAlikeByScan is the name soundsAlike reads stem s, which the
// corpus lacks, as, found by a pass over every stem of the corpus.
func soundsAlikeByScan(r *Retriever, s string) string {
	best := ""
	if r.Index.BM25.Has(s) || len(consonantKey(s)) < minConsonantKey {
		return best
	}
	for t := range r.Index.BM25.Postings {
		if (best == "" || t < best) && soundsAs(s, t) && r.named(t) {
			best = t
		}
	}
	return best
}

// twinsByScan is twins found by a pass over every stem of the corpus.
func twinsByScan(r *Retriever, n string) []string {
	var out []string
	if key := consonantKey(n); len(key) > minConsonantKey && r.named(n) {
		for t := range r.Index.BM25.Postings {
			if t != n && consonantKey(t) == key && r.named(t) {
				out = append(out, t)
			}
		}
		slices.Sort(out)
	}
	return out
}
