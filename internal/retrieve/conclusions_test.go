package retrieve

import "testing"

// TestUnstatedConclusionDeclined checks that asking exactly what someone
// concluded is declined when the text only says that he drew conclusions
// about a topic: the essay's Marx and Engels "made important deductions
// about the nature of proletarian democracy" and gives none of them.
// Asked without a word of specifics, the question is answered by that
// sentence; and texts that say what was learned ("having thus learned
// that I did not wish ...", "learned what was happening"), or leave it
// to the passage after ("heard his lessons with all the good faith"),
// are not read as withholding it.
func TestUnstatedConclusionDeclined(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	for q, want := range map[string]bool{
		"What exactly did Marx and Engels conclude about proletarian democracy from studying the Paris Commune?":          true,
		"What specific lessons did Marx and Engels draw from the Paris Commune about how a workers' state should be run?": true,
		"What did Marx and Engels learn from the Paris Commune?":                                                          false,
		"What did Marx and Engels base their conclusions about proletarian democracy on?":                                 false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: abstain = %v, want %v", q, got, want)
		}
	}
	for text, q := range map[string]string{
		"civil-disobedience.md": "What exactly did the State learn about me?",
		"goldman-kronstadt.md":  "What exactly did the Kronstadt sailors learn?",
		"candide.md":            "What exactly did Candide learn from Pangloss?",
	} {
		r := textRetriever(t, "../essay/testdata/texts/"+text)
		query, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if r.unstatedConclusion(query) {
			t.Errorf("%s: %q was read as asking what the text withholds", text, q)
		}
	}
}
