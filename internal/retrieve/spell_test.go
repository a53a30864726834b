package retrieve

import "testing"

// TestNamesTwoLettersOffAreRead checks that a name of the essay typed as
// it sounds, two letters off ("Kruschev", "Krushchev" for "Khrushchev"),
// is read as the name, while a word that is near no name of the essay,
// or is too short to tell, is left alone: "Kruschev" was weighed as a
// name the essay never mentions, and "Who did Kruschev blame for the
// Doctors' Plot?" was declined.
func TestNamesTwoLettersOffAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	for typed, want := range map[string]string{
		"Who did Kruschev blame for the Doctors' Plot?": "Who did Khrushchev blame for the Doctors' Plot?",
		"what did krushchev say about beria":            "what did khrushchev say about beria",
		"What did Brezhnev say about Stalin?":           "What did Brezhnev say about Stalin?",
		"Was Bsria killed?":                             "Was Beria killed?",
		// A name carried over from another alphabet another way.
		"would Jdanov have gone along?":         "would Zhdanov have gone along?",
		"Were Voznessensky and Jdanov friends?": "Were Voznesensky and Zhdanov friends?",
		"How does photosynthesis work?":         "How does photosynthesis work?",
		// A plural whose singular the stemmer reads apart is a word.
		"Was he calling all the shots?": "Was he calling all the shots?",
	} {
		if got, _ := r.correct(typed); got != want {
			t.Errorf("correct(%q) = %q, want %q", typed, got, want)
		}
	}
	// A name with an "s" is a possessive typed without its apostrophe,
	// left to the speller; a plural whose singular the stemmer reads
	// apart is a word.
	for w, want := range map[string]string{"thoreaus": "", "rousseaus": "", "shots": "shot"} {
		if got := baseForm(w); got != want {
			t.Errorf("baseForm(%q) = %q, want %q", w, got, want)
		}
	}
	if got := editDistance("kruschev", "khrushchev"); got != 2 {
		t.Errorf("editDistance(kruschev, khrushchev) = %d, want 2", got)
	}
	if got := editDistance("molotvo", "molotov"); got != 1 {
		t.Errorf("editDistance(molotvo, molotov) = %d, want 1 (two letters swapped)", got)
	}
}
