package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

// TestPurposeOfTheText checks that a question asks the text's purpose
// only when its purpose word is said of the text or its author, or its
// "why" of the writing: a purpose owned by something else, "point" as a
// verb or in "point of view", and "why" asked of what someone else wrote
// ask of the subject.
func TestPurposeOfTheText(t *testing.T) {
	for q, want := range map[string]bool{
		"What is the main purpose of this essay?":                                            true,
		"whats the point of the essay":                                                       true,
		"what is this essay actually trying to do, like whats its main purpose?":             true,
		"What is Jivago's stated purpose in writing this essay?":                             true,
		"What purpose does this essay serve?":                                                true,
		"why did he even write this":                                                         true,
		"Why did the professor bother writing all this in the first place?":                  true,
		"For what original purpose were the bonuses thought necessary, per the essay?":       false,
		"The essay says Jivago was stymied -- by whom, and in pursuit of what goal?":         false,
		"Which authors does the essay name as crediting Jivago with the aim of getting out?": false,
		"Which records does the essay point to as showing that the leaders agreed?":          false,
		"What political point of view does the author write from?":                           false,
		"Who wrote the charter, and why is it mentioned here?":                               false,
		"He was writing another piece, when was it to come out and why that date?":           false,
		"What point does the author make about the essay's critics?":                         false,
	} {
		if got := intentOf(terms.Words(q)).Has(Purpose); got != want {
			t.Errorf("intentOf(%q) has Purpose %v, want %v", q, got, want)
		}
	}
}

// TestPurposeOfTheSubjectRanked checks, on the essay, that the purpose of
// something the essay speaks of is found where it does, not in ¶52's "A
// primary purpose of this essay", which came first on these questions,
// while the essay's own purpose is still found there.
func TestPurposeOfTheSubjectRanked(t *testing.T) {
	wantFirst(t, retriever(t, Hybrid), map[string]string{
		"For what original purpose were material incentives thought necessary, per the essay?":                                      "¶60",
		"Which primary records does the essay point to as showing that Bolshevik leaders seldom disagreed with Stalin to his face?": "¶54",
		"What political point of view does the author write from?":                                                                  "¶57",
		"What is the main purpose of this essay?":                                                                                   "¶52",
	})
}
