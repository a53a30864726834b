package retrieve

import (
	"slices"
	"testing"
)

// TestQuotations checks the one finder of quoted phrases on questions
// asked of the essay: double quotes of either kind, single quotes set
// apart from the words about them, and an apostrophe, which quotes
// nothing; and that the ranking reads only the double quotes while the
// abstention test reads both.
func TestQuotations(t *testing.T) {
	for q, want := range map[string][]quotation{
		`"if it was theirs" - what plan is he unsure belonged to them?`: {{text: "if it was theirs"}},
		`What does he mean by “inner-party democracy”?`:                 {{text: "inner-party democracy"}},
		`what does 'if it was theirs' refer to?`:                        {{text: "if it was theirs", single: true}},
		`Why didn't Stalin's 'plan' succeed, and what is "the cult"?`:   {{text: "plan", single: true}, {text: "the cult"}},
		`What was Stalin's plan, and why didn't it pass?`:               nil,
	} {
		if got := quotations(q); !slices.Equal(got, want) {
			t.Errorf("quotations(%q) = %+v; want %+v", q, got, want)
		}
	}
	r := retriever(t, Hybrid)
	single := &Query{Text: `what does 'if it was theirs' refer to?`}
	if !r.quotesText(single) {
		t.Errorf("quotesText(%q) = false; the phrase stands in ¶61", single.Text)
	}
	if got := r.quotedHolders(`what does 'representative democracy' mean?`); got != nil {
		t.Errorf("quotedHolders read a phrase in single quotes: %v", got)
	}
	if got := r.quotedHolders(`what does "representative democracy" mean?`); len(got) == 0 {
		t.Error(`quotedHolders found no passage holding "representative democracy"`)
	}
}
