package retrieve

import (
	"context"
	"testing"
)

// TestTimesAnsweredInWords: a question asking how many times a thing
// was done is answered by a passage saying, in words, that it was never
// done or done many times, in the essay and in Douglass's speech.
func TestTimesAnsweredInWords(t *testing.T) {
	for _, tc := range []struct {
		r         *Retriever
		q, wanted string
	}{
		{retriever(t, Hybrid), "How many times were the contested-election provisions of the 1936 Constitution actually put into practice?", "¶51"},
		{retriever(t, Hybrid), "Stalin condemn cult how many time?", "¶55"},
		{textRetriever(t, "../essay/testdata/texts/douglass-lynched.md"), "How many times was the Negro accused of that crime during reconstruction?", "¶45"},
	} {
		res, err := tc.r.Retrieve(context.Background(), tc.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != tc.wanted {
			t.Errorf("%q: abstained %v (%s), ranked %v; want %s first, answered", tc.q, res.Abstain, res.DeclinedBy, res.Refs(), tc.wanted)
		}
	}
}

// TestAsksTimes: "how many times" asks how often; "how many" of other
// things does not.
func TestAsksTimes(t *testing.T) {
	for q, want := range map[string]bool{
		"how many times did he say it":  true,
		"he said it how many time":      true,
		"how many people were there":    false,
		"what times did the trains run": false,
	} {
		r := retriever(t, LexicalOnly)
		aq, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := asksTimes(aq.Words); got != want {
			t.Errorf("asksTimes(%q) = %v, want %v", q, got, want)
		}
	}
}
