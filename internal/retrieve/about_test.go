package retrieve

import (
	"context"
	"testing"
)

// TestATitleBeforeANameIsNoTopic checks that a title before a name
// ("General X") asked about is read with the name, not as a topic of its
// own: Goldman quotes Zinoviev on Kozlovsky in sentences that never say
// "general", and the question is answered; one asking what someone said
// about a topic no sentence naming him holds is still declined.
func TestATitleBeforeANameIsNoTopic(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md")
	for q, want := range map[string]bool{
		"what did zinovyev say about general kozlovsky at the meeting": false,
		"What did Zinoviev write about the famine in the Volga?":       true,
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != want {
			t.Errorf("%q: abstain = %v, want %v", q, res.Abstain, want)
		}
	}
}

// TestWhatABookSays checks that asking what someone's book says about a
// topic is weighed as asking what he wrote about it, though "book" reads
// as asking where a claim can be read: the essay cites Amy Knight on
// Beria's death, not on his early career; while a question on where her
// book gives what the essay cites it for is still answered.
func TestWhatABookSays(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	for q, want := range map[string]bool{
		"What does Amy Knight's book say about Beria's early career in Georgia?":          true,
		"What page of Amy Knight's book has Khrushchev's statements about Beria's death?": false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: abstain = %v, want %v", q, got, want)
		}
	}
}
