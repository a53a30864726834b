package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

// TestUnstatedNowDeclined checks that a question asking how a thing the
// essay names stands today (whether a newspaper it cites still runs,
// which archive keeps a diary it cites) is declined, the essay naming the
// thing only as a source; and that questions in the same words the essay
// does answer (what became of trial papers it says were stolen, whether
// a view it says lives on still dominates, where a new view took hold)
// are still answered.
func TestUnstatedNowDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"is sovetskaia rossiia still a newspaper",
		"Sovetskaia Rossiia newspaper still exist today?",
		"Is The Russian Journal still being published today?",
		"Which archive holds the manuscript of the Dimitrov diary?",
		"Where is the original typescript of the 1936 Constitution held today?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered; the essay never says how it stands today", q)
		}
	}
	for _, q := range []string{
		"are the barea trial papers still around or did somebody steal them",
		"What happened to the Beria trial documents - are they in any archive's holdings now?",
		"Does Khrushchev's version still dominate in the West, in his opinion?",
		"Was Stalin still General Secretary when he died?",
		"What can political activists today learn from the history of the Soviet Union?",
		// eval70 declined this on "nowadays": what one may learn from
		// something is what the text holds for today's reader.
		"Does the author think political activists nowadays have anything to learn from the Bolsheviks? My grandson is very political.",
		"Where does he say the new way of looking at Soviet history first took hold, and what is it built upon?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined; the essay answers it", q)
		}
	}
}

// TestAsksNow checks which wordings ask how a thing stands today.
func TestAsksNow(t *testing.T) {
	for q, want := range map[string]bool{
		"is the jivago gazette still a newspaper":                  true,
		"jivago gazette still exist today":                         true,
		"which archive holds jivago's diary":                       true,
		"in which archival fond are jivago's papers held":          true,
		"where is jivago's manuscript kept":                        true,
		"was jivago still mayor when he died":                      false,
		"what can activists today learn from jivago":               false,
		"do activists nowadays have anything to learn from jivago": false,
		"are there lessons for jivago's heirs today":               false,
		"where did jivago's view take hold":                        false,
		"where was jivago's trial held":                            false,
	} {
		if got := asksNow(terms.Words(q)); got != want {
			t.Errorf("asksNow(%q) = %v, want %v", q, got, want)
		}
	}
}
