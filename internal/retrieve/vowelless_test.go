package retrieve

import (
	"context"
	"testing"
)

// TestWordsWithoutVowelsAreRead checks that a word typed without its
// vowels ("stln", "lbrty", "mxcn") is read as the word of the text with
// its consonants, a name before a rarer word ("stolen"), and that
// texting's short words ("whr", "ws", "whts") and a dropped "g"
// ("makin") are read too, on the essay, On Liberty and Civil
// Disobedience; a word of chat ("pls"), a skeleton two words share
// ("thr": "there", "three", "Thoreau") and a common word ("begin") are
// left as typed. "was stln rly all powerful or nah" was declined as
// never mentioning "stln", though ¶53 ranked first.
func TestWordsWithoutVowelsAreRead(t *testing.T) {
	essay := retriever(t, Hybrid)
	wantCorrected(t, essay, map[string]string{
		"was stln rly all powerful or nah":                       "was stalin really all powerful or nah",
		"whr ws the doc first publishd":                          "where was the doc first published",
		"whts the main point of this essay tbh":                  "what's the main point of this essay tbh",
		"wht did stln & berija think abt makin the party weaker": "what did stalin & beria think about making the party weaker",
		"did he begin reforms pls":                               "did he begin reforms pls",
	})
	wantCorrected(t, textRetriever(t, "../essay/testdata/texts/on-liberty.txt"), map[string]string{
		"wht did mll say abt lbrty": "what did mill say about liberty",
		"whn is indvdlty good":      "when is individuality good",
	})
	wantCorrected(t, textRetriever(t, "../essay/testdata/texts/civil-disobedience.md"), map[string]string{
		"wht does he say abt the mxcn war": "what does he say about the mexican war",
		"why did thr go to jail":           "why did thr go to jail",
	})
	res, err := essay.Retrieve(context.Background(), "was stln rly all powerful or nah", 3)
	if err != nil {
		t.Fatal(err)
	}
	if refs := res.Refs(); res.Abstain || len(refs) == 0 || refs[0].String() != "¶53" {
		t.Errorf("was stln rly all powerful or nah: abstain %v, refs %v; want ¶53 first", res.Abstain, refs)
	}
}
