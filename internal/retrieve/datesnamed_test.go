package retrieve

import (
	"context"
	"testing"
)

// TestDateReadWhereEveryNameStands checks that a date asked of two
// people is read in the passage naming both (note 12 gives the day
// Khrushchev gave for Beria's death), though a shorter note naming one
// of them and a death ranks first by the words; and that a date the
// text never gives of the two is still declined.
func TestDateReadWhereEveryNameStands(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"What date did Khrushchev give for Beria's death?":   "note 12",
		"Khrushchev said which date for the death of Beria?": "note 12",
		"What date did Khrushchev give for Molotov's death?": "",
		"On what date did Stalin meet Molotov?":              "",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case want == "" && !res.Abstain:
			t.Errorf("%q: answered from %s, want declined", q, res.Hits[0].Passage.Ref)
		case want != "" && res.Abstain:
			t.Errorf("%q: declined (%s), want %s", q, res.DeclinedBy, want)
		case want != "" && res.Hits[0].Passage.Ref.String() != want:
			t.Errorf("%q: ranks %s first, want %s", q, res.Hits[0].Passage.Ref, want)
		}
	}
}
