package retrieve

import "testing"

// TestOwnedSaidDeclined checks that a question asking what someone's
// speech said about a topic is declined when no sentence naming him and
// the speech holds the topic, though sentences naming him elsewhere do
// ("the Cold War"); and that what the speech is said to have said, or
// what he said, is still answered.
func TestOwnedSaidDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"What did Khrushchev's Secret Speech say about Stalin's conduct of the war?",
		"What did Khrushchev's Secret Speech say about the wartime deportations of whole nationalities?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered; the essay never says what the speech said of it", q)
		}
	}
	for _, q := range []string{
		"What did Khrushchev's Secret Speech say about the Doctors' Plot?",
		"In his Secret Speech, what did Khrushchev say about the Doctors' Plot?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined; the essay answers it", q)
		}
	}
}

// TestOwnedSaid checks which noun a question asks the words of.
func TestOwnedSaid(t *testing.T) {
	r := retriever(t, Hybrid)
	for text, want := range map[string]string{
		"What did Jivago's Secret Speech say about the war?": "speech",
		"What does Jivago's diary say about Y?":              "diari",
		"What did Jivago say about the war?":                 "",
		"Does Jivago's version still dominate?":              "",
	} {
		q, err := r.Analyse(text)
		if err != nil {
			t.Fatal(err)
		}
		if got := ownedSaid(q); got != want {
			t.Errorf("ownedSaid(%q) = %q, want %q", text, got, want)
		}
	}
}
