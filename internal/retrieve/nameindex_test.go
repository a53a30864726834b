package retrieve

import "testing"

// TestContinuesBefore checks that a sentence opening "Nor" goes on with
// the one before it, as one opening with a pronoun does (the essay's
// note 3, Mill's "Nor is it enough that he should hear ..."), and that
// one opening with a name of its own does not.
func TestContinuesBefore(t *testing.T) {
	for text, want := range map[string]bool{
		`Nor, since the "Leningraders" remained strong through 1947, does it explain why the draft was not adopted.`: true,
		"Nor is it enough that he should hear the arguments of adversaries from his own teachers.":                   true,
		"Finally, it certainly does not indicate that Stalin did not support it.":                                    true,
		"Pyzhikov attributes this democratic strain to Leningraders, especially to Voznesensky.":                     false,
		"Northern readers will know the rest.":                                                                       false,
	} {
		if got := continuesBefore(text); got != want {
			t.Errorf("%q: continues = %v, want %v", text, got, want)
		}
	}
}

// TestNorGoesOnWithTheName checks that what a sentence opening "Nor"
// says is said of what the sentence before it names: the essay's note 3
// names Pyzhikov's theory, and "Nor ... does it explain why the draft
// was not adopted" answers whether Pyzhikov explains it. The window ends
// at that sentence: the denials after it do not tell of Zhdanov, whom
// the sentence before names in passing.
func TestNorGoesOnWithTheName(t *testing.T) {
	wantAbstains(t, retriever(t, Hybrid), map[string]bool{
		"Does Pyzhikov explain why the draft was not adopted?":                  false,
		"Why the draft died: does Pyzhikov explain it?":                         false,
		"Was Zhdanov a decent sort to those who worked under him, one wonders?": true,
		"What role did Zhdanov play in postwar Soviet cultural policy?":         true,
	})
}
