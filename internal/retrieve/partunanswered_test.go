package retrieve_test

import (
	"context"
	"slices"
	"testing"

	"studyguide/internal/retrieve/retrievetest"
)

// TestPartsUnanswered: a later part asking a kind of fact that neither its
// own passage nor the question's gives is marked with the kind; a part
// the question's passages answer, one pointing back to an earlier part's
// subject, and the first part are not.
func TestPartsUnanswered(t *testing.T) {
	_, r := retrievetest.Essay(t)
	for _, tc := range []struct {
		question string
		want     []string
	}{
		{"did Molotov worry about inequality, and when did Molotov die?", []string{"", "asks a time the passage never gives"}},
		{"whats the leningrad affair and how many people got executed", []string{"", "asks a number the passage never gives"}},
		{"Is he writing a follow-up exposing Khrushchev, and when is it coming out?", []string{"", ""}},
		{"When Molotov saw inequality increasing, what did he fear, and when did he talk to Chuyev?", []string{"", ""}},
		{"That Brandenberger article on the Leningrad Affair -- what journal was it in, and what year?", []string{"", ""}},
	} {
		res, err := r.Retrieve(context.Background(), tc.question, 4)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.PartsUnanswered, tc.want) {
			t.Errorf("%q: PartsUnanswered = %q, want %q", tc.question, res.PartsUnanswered, tc.want)
		}
	}
}
