package retrieve_test

import (
	"context"
	"slices"
	"testing"

	"studyguide/internal/retrieve/retrievetest"
)

// TestPartsUnanswered: a later part asking a kind of fact that neither its
// own passage nor the question's gives is marked with the kind; a part
// the question's passages answer, and one pointing back to an earlier
// part's subject are not; the first part is, where the question's words
// ask the fact the text lacks.
func TestPartsUnanswered(t *testing.T) {
	_, r := retrievetest.Essay(t)
	for _, tc := range []struct {
		question string
		want     []string
	}{
		{"did Molotov worry about inequality, and when did Molotov die?", []string{"", "asks a time the passage never gives"}},
		{"whats the leningrad affair and how many people got executed", []string{"", "asks a number the passage never gives"}},
		{"Is he writing a follow-up exposing Khrushchev, and when is it coming out?", []string{"", ""}},
		// The first part's "When" sets a scene; the second asks a time.
		{"When Molotov saw inequality increasing, what did he fear, and when did he talk to Chuyev?", []string{"", "asks a time the passage never gives"}},
		{"Paris Commune what year happened, and what Marks and Engles from it learned?", []string{"asks a year the passage never gives", ""}},
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

// TestOnePartLackingItsFact: a question whose words ask a kind of fact
// the text does not give is answered when another part asks, with a
// question word and a name of its own, what the text says; asked of the
// thing alone ("how did it end?"), in a word the text lacks, or whether
// it ever was so, it is declined whole.
func TestOnePartLackingItsFact(t *testing.T) {
	_, r := retrievetest.Essay(t)
	for _, tc := range []struct {
		question string
		declined bool
	}{
		{"Paris Commune what year happened, and what Marks and Engles from it learned?", false},
		{"In what year was the Paris Commune, and what did Marx and Engels learn from it?", false},
		{"When was the Paris Commune, and how did it end?", true},
		{"When did Marx write the Critique of the Gotha Program, and which party congress was he responding to?", true},
		{"When did Molotov die, and was he ever let back into the Party?", true},
		{"When and how did Stalin die?", true},
	} {
		res, err := r.Retrieve(context.Background(), tc.question, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain != tc.declined {
			t.Errorf("%q: declined = %v (%s), want %v", tc.question, res.Abstain, res.DeclinedBy, tc.declined)
		}
	}
}
