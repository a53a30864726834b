package generate

import (
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// TestCandidateGrantsUnknownReadsTheText checks that a candidate's
// grantsUnknown, read from the voice readPassage keeps, is grantsUnknown
// of its text for every sentence of the essay and of a development text,
// and for a sentence cut short, which is read afresh; and that some
// sentence of each grants what cannot be known, so that the check weighs
// something.
func TestCandidateGrantsUnknownReadsTheText(t *testing.T) {
	for name, c := range map[string]*essay.Corpus{"essay": essaytest.Embedded(t), "on-liberty": realText(t, "on-liberty.txt")} {
		grants := 0
		for _, p := range c.Passages {
			for i, s := range p.Sentences {
				want := grantsUnknown(s.Text)
				if got := (candidate{passage: p, index: i, text: s.Text}).grantsUnknown(); got != want {
					t.Errorf("%s %s sentence %d %q: grantsUnknown %v, want %v", name, p.Ref, i, s.Text, got, want)
				}
				if !want {
					continue
				}
				grants++
				// Its first quarter, cut short: read afresh.
				cut := s.Text[:len(s.Text)/4]
				if got := (candidate{passage: p, index: i, text: cut}).grantsUnknown(); got != grantsUnknown(cut) {
					t.Errorf("%s %s sentence %d cut to %q: grantsUnknown %v, want %v", name, p.Ref, i, cut, got, !got)
				}
			}
		}
		if grants == 0 {
			t.Errorf("%s: no sentence grants what cannot be known", name)
		}
	}
}
