package retrieve

import (
	"context"
	"testing"
)

// TestBackNameReadInLaterClause checks that "it" in a later clause is
// read as the thing the earlier clause asks the time or place of and
// names last: "When was Paris Commune and what Marks and Engels learned
// from it?" quotes ¶51, though the essay never dates the Commune; and
// that "it" stays unread where it points to another thing ("Amy
// Knight's book on Beria ... was it well reviewed", "did Stalin die,
// and was it a natural death"), which are still declined.
func TestBackNameReadInLaterClause(t *testing.T) {
	for before, want := range map[string]string{
		"When was Paris Commune":                      "Paris Commune",
		"When was the Paris Commune":                  "Paris Commune",
		"In what year did Stalin die":                 "",
		"How long did Kruschev's secret speech go on": "",
	} {
		if got := lastNameRun(before); got != want {
			t.Errorf("lastNameRun(%q) = %q, want %q", before, got, want)
		}
	}
	if got := withBackName("What was the title of Amy Knight's book on Beria", "was it well reviewed?"); got != "was it well reviewed?" {
		t.Errorf("withBackName of a book: %q, want it unchanged", got)
	}
	r := retriever(t, Hybrid)
	wantAbstains(t, r, map[string]bool{
		"When was Paris Commune and what Marks and Engels learned from it?":                              false,
		"What was the actual title of Amy Knight's book on Beria, and was it well reviewed at the time?": true,
		"In what year did Stalin die, and was it a natural death?":                                       true,
		"How long did Kruschev's secret speech go on for, and how did the audience take it?":             true,
	})
	res, err := r.Retrieve(context.Background(), "When was Paris Commune and what Marks and Engels learned from it?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Hits[0].Passage.Ref.String() != "¶51" {
		t.Errorf("Paris Commune: ranks %s first, want ¶51", res.Hits[0].Passage.Ref)
	}
}
