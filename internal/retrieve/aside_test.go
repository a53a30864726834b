package retrieve

import (
	"slices"
	"testing"
)

// TestAskersAsideIsFraming checks that an aside about the asker or the
// people he asks for ("my son wants to know", "my son's teacher said",
// "as I once read somewhere") is neither searched for nor weighed: "my
// son" met note 12's "His son Sergo Beria" and quoted it beside the
// question of the author's next work. A son the question asks of
// ("What did Beria's son say?") is still searched.
func TestAskersAsideIsFraming(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, gone := range map[string][]string{
		"is he writing anything else? my son wants to know if theres a follow up": {"son", "want", "know"},
		"is the author biased? my son's teacher said to watch out for that":       {"son", "teacher", "said"},
		"For my class: why did the Soviets first decide to offer higher pay?":     {"class"},
		"were kulaks given the vote, as I once read somewhere?":                   {"read", "somewher"},
	} {
		stems := mustAnalyse(t, r, q).Stems
		for _, s := range gone {
			if slices.Contains(stems, s) {
				t.Errorf("%q: stems %v hold the aside's %q", q, stems, s)
			}
		}
	}
	if stems := mustAnalyse(t, r, "What did Beria's son say about the trial?").Stems; !slices.Contains(stems, "son") {
		t.Errorf("the son asked of was left out: %v", stems)
	}
	if q := "Under the 1936 Constitution, were former priests and kulaks given the vote, as I once read somewhere?"; !abstainsOn(t, r)(q) {
		t.Errorf("%q was answered: the essay never says", q)
	}
}
