package retrieve

import (
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestClaimStatusAsked checks that a question stating a claim and asking
// whether the text puts it as fact or hedged asks of the claim: it is
// not read as asking what the author cannot know, whose passages (note
// 12, ¶61) came first, and "fact" is not searched, which found note 12's
// "was in fact murdered". The claim's own passage, ¶57 with its "as it
// appears Stalin and Beria thought", answers it.
func TestClaimStatusAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"Does the author state as fact that Jivago wanted a weaker council, or is that hedged?": true,
		"Is the burning of the archive presented as established fact or as a conditional?":      true,
		"How does he hedge on whether it was really their plan?":                                false,
		"Is it a fact that the archive burned?":                                                 false,
	} {
		if got := asksClaimStatus(terms.Words(q)); got != want {
			t.Errorf("asksClaimStatus(%q) = %v, want %v", q, got, want)
		}
	}
	r := retriever(t, Hybrid)
	wantFirst(t, r, map[string]string{
		"Does the author state as fact that Stalin and Beria wanted a weaker Party, or is that hedged?": "¶57",
	})
	a, err := r.Analyse("Does the author treat the supposed plan to weaken the Party's role in the state as established fact or as conjecture?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Intent.Has(Limits) || slices.Contains(a.Stems, "fact") || slices.Contains(a.Stems, "conjectur") || !slices.Contains(a.Stems, "state") {
		t.Errorf("intent %b, stems %v; want no Limits, no words of status, \"state\" the subject's", a.Intent, a.Stems)
	}
}
