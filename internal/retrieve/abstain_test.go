package retrieve

import (
	"context"
	"testing"
)

// TestChatWordsWeighNothing checks that a word of chat ("nah", "ppl",
// "idk") leaves a question's support as it was without it, while a short
// name in capitals and a longer word the corpus lacks still count against
// it.
func TestChatWordsWeighNothing(t *testing.T) {
	r := retriever(t, Hybrid)
	coverage := func(q string) (float64, bool) {
		t.Helper()
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		return res.Coverage, res.Abstain
	}
	for plain, chat := range map[string]string{
		"was the leader really all powerful":        "was the leader really all powerful or nah",
		"did he rely on other historians' research": "did he rely on other ppl's research",
		"why did the party bosses get privileges":   "idk why did the party bosses get privileges",
	} {
		want, _ := coverage(plain)
		got, abstain := coverage(chat)
		if got != want {
			t.Errorf("%q: support %.3f, want %.3f as for %q", chat, got, want, plain)
		}
		if _, plainAbstains := coverage(plain); abstain != plainAbstains {
			t.Errorf("%q: abstain = %v, but %v for %q", chat, abstain, plainAbstains, plain)
		}
	}
	base, _ := coverage("was the leader really all powerful")
	if got, _ := coverage("was the leader really all powerful or borscht"); got >= base {
		t.Errorf("a longer word the corpus lacks left support at %.3f, want below %.3f", got, base)
	}
	if _, abstain := coverage("was the leader all powerful in the NKG"); !abstain {
		t.Errorf("a short name in capitals the corpus lacks was answered")
	}
}

// TestEverydayWordsTheTextLacks checks that a question put in everyday
// verbs and adjectives the essay does not use ("enjoy", "hated") is
// answered, while one naming a subject the essay never touches is still
// declined, though its verbs are as common ("eat", "won").
func TestEverydayWordsTheTextLacks(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := func(q string) bool {
		t.Helper()
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		return res.Abstain
	}
	for _, q := range []string{
		"Did Stalin really enjoy people worshipping him?",
		"Why did the early Soviet leaders pay engineers who hated communism more?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined: its everyday words are no sign of another subject", q)
		}
	}
	for _, q := range []string{
		"What did Stalin eat for breakfast?",
		"Who won the football world cup?",
		"How do volcanoes form?",
		"How do you bake sourdough bread?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered", q)
		}
	}
}
