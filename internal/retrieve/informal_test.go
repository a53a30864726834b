package retrieve

import "testing"

// TestBluntWordsReadPlainly checks that short, blunt questions in
// everyday words are answered, not declined as asking of things the
// essay never names: a "fan" is a supporter (note 3's "support"), the
// "villain" is whom the blame is put on (note 11), and a plot "cooked
// up" is a frameup (note 11), and a leader "outvoted" by the others is
// defeated by them, which the essay says in other words (¶53's
// "stymied by the combined efforts of other Party leaders"), and a
// line "for the outro" is one for the conclusion, which ¶63's medieval
// mariners close.
func TestBluntWordsReadPlainly(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"is this guy a stalin fan?",
		"is khrushchev the villain here?",
		"did beria cook up the doctors plot?",
		"so basically furr is saying stalin got outvoted and blocked by the other party bosses?",
		"What's the medieval sailors metaphor at the end - good line for the outro?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
}
