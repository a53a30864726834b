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
