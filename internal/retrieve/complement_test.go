package retrieve

import (
	"context"
	"testing"
)

// TestViewOfAnAct checks that a question asking whether someone held
// that another suffered an act, by a verb of view or "according to", is
// weighed against what the text says of the other: note 12 tells of a murder and names Mukhin, but not of
// Stalin, and no sentence naming Stalin tells of his murder; the murder
// it tells of, and the views of it, are answered; and a view of someone
// that asks no act is still answered where the text ties the two (¶61).
func TestViewOfAnAct(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"Did Mukhin think Stalin was murdered?":             true,
		"Did Mukhin believe that Stalin had been murdered?": true,
		"Does Mukhin agree that Stalin was murdered?":       true,
		"Was Stalin murdered, according to Mukhin?":         true,
		"Was Beria murdered, according to Mukhin?":          false,
		"Did Mukhin think Beria was murdered?":              false,
		"Did Khrushchev say Beria was killed?":              false,
		"did molotov think lenin was part of the problem?":  false,
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

// TestComplementAt checks which words open the clause a verb of view
// governs.
func TestComplementAt(t *testing.T) {
	for _, tc := range []struct {
		ws   []string
		i    int
		want bool
	}{
		{[]string{"did", "mukhin", "think", "stalin", "was", "murdered"}, 3, true},
		{[]string{"did", "he", "say", "that", "it", "failed"}, 3, true},
		{[]string{"did", "he", "say", "the", "plan", "failed"}, 3, true},
		{[]string{"what", "did", "he", "think", "of", "stalin"}, 4, false},
		{[]string{"does", "he", "agree", "with", "mukhin"}, 3, false},
		{[]string{"who", "opposed", "stalin"}, 2, false},
	} {
		if got := complementAt(tc.ws, tc.i); got != tc.want {
			t.Errorf("complementAt(%v, %d) = %v, want %v", tc.ws, tc.i, got, tc.want)
		}
	}
}
