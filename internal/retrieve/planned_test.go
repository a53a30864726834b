package retrieve

import "testing"

// TestDatedPlannedDeclined checks that whether a work came out at the
// time the essay gives only for the author's planned article (note 14's
// "publication planned for February 2006") is declined however the
// question names the work, since the essay cannot say; while a question
// of the plan, or of a work the essay says did appear at a time it gives
// (note 8's newspaper of January 13, 2000), is answered.
func TestDatedPlannedDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for q, want := range map[string]bool{
		"did the khrushchev article actually get published in february 2006?":   true,
		"Did the Secret Speech article actually come out in February 2006?":     true,
		"Was the article on the Secret Speech published in 2006?":               true,
		"What were Furr's publication plans for February 2006?":                 false,
		"When was the Secret Speech article planned to come out?":               false,
		"Was the document published in Sovetskaia Rossiia in January 2000?":     false,
		"Which newspaper printed the document in January 2000, as he found it?": false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: abstain = %v, want %v", q, got, want)
		}
	}
}
