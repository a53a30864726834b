package retrieve

import "testing"

// TestBluntWordsReadPlainly checks that short, blunt questions in
// everyday words are answered, not declined as asking of things the
// essay never names: a "fan" is a supporter (note 3's "support"), the
// "villain" is whom the blame is put on (note 11), a plot "cooked up"
// is a frameup (note 11), and "goodies" are privileges (¶59).
func TestBluntWordsReadPlainly(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"is this guy a stalin fan?",
		"is khrushchev the villain here?",
		"did beria cook up the doctors plot?",
		"so basically party bosses wanting to keep their goodies is what wrecked the party is that his point",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
}
