package retrieve

import "testing"

// TestGivesYearReadsOnce checks that givesYear, which reads each passage
// once, says of every passage of the essay and of a development text
// what matching its text says, on first reading and after.
func TestGivesYearReadsOnce(t *testing.T) {
	for name, r := range map[string]*Retriever{
		"essay":             retriever(t, Hybrid),
		"goldman-kronstadt": textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md"),
	} {
		years := 0
		for round := range 2 {
			for i, p := range r.Corpus.Passages {
				want := yearRe.MatchString(p.Text())
				if got := r.givesYear(i); got != want {
					t.Errorf("%s: givesYear(%s) = %v on reading %d; its text says %v", name, p.Ref, got, round+1, want)
				}
				if want {
					years++
				}
			}
		}
		if years == 0 || years == 2*len(r.Corpus.Passages) {
			t.Errorf("%s: %d of %d passages give a year; want some, not all", name, years/2, len(r.Corpus.Passages))
		}
	}
}
