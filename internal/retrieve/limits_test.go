package retrieve

import (
	"context"
	"strings"
	"testing"

	"studyguide/internal/terms"
)

// TestLimitsAsked checks which questions ask what the author grants he
// cannot know or prove: a word of doubt or a negated word of knowing,
// said of the author or the reader; not what someone else knew, what a
// thing fails to prove, or how a claim is known.
func TestLimitsAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"What does the author admit he cannot prove?":                              true,
		"Where is the author unsure?":                                              true,
		"How does the author hedge?":                                               true,
		"what r the things he isnt sure about":                                     true,
		"can the writer prove any of this":                                         true,
		"What does he say nobody can know?":                                        true,
		"Why didn't the members know Beria was dead?":                              false,
		"Why does the author say the consumer goods stuff doesn't prove democracy": false,
		"How can we know that Stalin condemned the cult?":                          false,
		"How much does he hedge that?":                                             false,
		"Is the author certain that the plan was Stalin's?":                        false,
	} {
		if got := intentOf(terms.Words(q)).Has(Limits); got != want {
			t.Errorf("intentOf(%q) has Limits %v, want %v", q, got, want)
		}
	}
	if !asksLimits(terms.Words("What can't Furr be sure of?"), map[string]bool{"furr": true}) {
		t.Error(`asksLimits("What can't Furr be sure of?") with the author's name = false, want true`)
	}
}

// TestLimitsAnswered checks that a question of the author's limits is
// answered from the passages saying what cannot be known (¶61 "we can't
// really know", ¶51 "we can never know"), not from one using the
// question's word of another thing (note 3's "much less prove"); that
// with a subject, the subject says which of them; that the text's own
// word quoted says where; and that it holds on another text.
func TestLimitsAnswered(t *testing.T) {
	essayRetriever := retriever(t, Hybrid)
	for _, q := range []string{"What does the author admit he cannot prove?", "What can't Furr be sure of?"} {
		res, err := essayRetriever.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if first := res.Refs(); res.Abstain || len(first) == 0 || first[0].String() != "¶51" && first[0].String() != "¶61" {
			t.Errorf("%q ranked %v, want ¶51 or ¶61 first", q, first)
		}
	}
	wantFirst(t, essayRetriever, map[string]string{
		"What does he admit we can never know about the contested elections?":                  "¶51",
		`His claim that Stalin understood the cult's harm is hedged with "seems": is it fair?`: "¶55",
	})
	r := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	res, err := r.Retrieve(context.Background(), "What does the author admit he cannot know for sure?", 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Passage.Text(), "cannot prove") {
		t.Errorf("Douglass: %v first; want the passage granting \"I cannot prove a negative\"", res.Refs())
	}
}
