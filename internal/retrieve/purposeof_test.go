package retrieve

import (
	"slices"
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

// TestStatedPurposeFramed checks that the words saying the text states
// its purpose ("stated", "states", "give as", "trying to do", "this
// whole thing") are not searched in a question of its purpose: "stated"
// found the essay's "state", and the answer, seeking it in ¶52's "A
// primary purpose of this essay", quoted nothing.
func TestStatedPurposeFramed(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"What is Furr's stated purpose in writing this essay?",
		"Which paragraph states the essay's main purpose?",
		"What does the writer give as the main purpose of the essay?",
		"what is he trying to do by writing this whole thing like whats the point",
	} {
		a, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Intent.Has(Purpose) || slices.ContainsFunc(a.Stems, func(s string) bool { return s == "state" || s == "give" || s == "tri" || s == "whole" }) {
			t.Errorf("%q: intent %b, stems %v; want its purpose asked, no word of stating searched", q, a.Intent, a.Stems)
		}
	}
	a, err := r.Analyse("Which states kept their own Party?")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Stems, "state") {
		t.Errorf("stems %v; want \"state\" searched in a question of the subject", a.Stems)
	}
}
