package retrieve

import (
	"context"
	"testing"

	"studyguide/internal/terms"
)

// TestUntoldFateDeclined checks that a question asking what became of
// someone the essay names in passing, later than it tells of him, is
// declined by untoldFate; and that questions of the same shape the essay
// does answer (Beria's end, what became of Stalin's archive, what
// Molotov worried about in later life) are still answered.
func TestUntoldFateDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"wat did baybakov do after 1953",
		"What eventually happened to Voznesensky?",
		"What did Kruglov do after Khrushchev restored him to the Central Committee?",
		"What Sergo Beria did as work after 1953?",
		"what did the Communist Party of Georgia do after Stalin's death?",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.DeclinedBy != "asks what became of someone later than the text tells" {
			t.Errorf("%q: declined %v by %q; the essay never tells what became of him later", q, res.Abstain, res.DeclinedBy)
		}
	}
	for _, q := range []string{
		"What happened to Beria in the end?",
		"What happened to Stalin's personal archive after his death?",
		"What did Molotov worry about in later life, and what criticism does Furr make of him?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined; the essay answers it", q)
		}
	}
}

// TestLaterAsked checks which questions ask of a later time than the
// text tells: "after", "eventually", "in the end" and "became of" beside
// a verb of what befell or was done, not a verb of saying, and not
// "did" as the auxiliary of another verb.
func TestLaterAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"What eventually happened to Jivago?":          true,
		"What happened to Jivago in the end?":          true,
		"Whatever became of Jivago?":                   true,
		"What did Jivago do after 1953?":               true,
		"What Jivago did as work after 1953?":          true,
		"What did Jivago say after the war?":           false,
		"What did Jivago worry about in later life?":   false,
		"What happened to Jivago?":                     false,
		"When did Jivago die, and what happened then?": false,
	} {
		if got := laterAsked(terms.Words(q)) >= 0; got != want {
			t.Errorf("%q: later asked %v, want %v", q, got, want)
		}
	}
}
