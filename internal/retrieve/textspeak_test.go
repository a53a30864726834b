package retrieve

import (
	"context"
	"testing"
)

// TestTextSpeakIsRead checks that texting's spellings of common words
// ("abt", "smth", "wouldve", "arg") and the single letters it writes for words
// ("n", "y") are read as the words, on the essay and on Douglass's text,
// while an initial, a label before a number and a letter ending the
// question are left as typed.
func TestTextSpeakIsRead(t *testing.T) {
	essay := retriever(t, Hybrid)
	douglass := textRetriever(t, "../essay/testdata/texts/douglass-lynched.md")
	wantCorrected(t, essay, map[string]string{
		"leningrad affair what was it abt":                    "leningrad affair what was it about",
		"what did krushchev lie about n is furr writing smth": "what did khrushchev lie about and is furr writing something",
		"does furr agree w mukhin":                            "does furr agree w mukhin",
		"is it because theyre usually right":                  "is it because they're usually right",
		"can we ever know if stalins plan wouldve worked":     "can we ever know if stalins plan would've worked",
		"what does note n 15 cite":                            "what does note n 15 cite",
		"did George W Bush read it":                           "did George W Bush read it",
		"what is option n":                                    "what is option n",
		// "mukhins "fatal mistake" arg - explain" was declined as never
		// mentioning "arg", though note 9 ranked first.
		`mukhins "fatal mistake" arg - explain`: `mukhins "fatal mistake" argument - explain`,
		"chinese cultural rev mention para":     "chinese cultural revolution mention para",
		"when did they stop the party max wage": "when did they stop the party maximum wage",
	})
	wantCorrected(t, douglass, map[string]string{
		"why did lynchers blame black ppl n what did douglass say abt it": "why did lynchers blame black ppl and what did douglass say about it",
	})
}

// TestStumpOfContractionIsNoReading checks that a word missing a letter
// is not read as what is left of a contraction once its "n't" is cut
// off ("haven"), which is no word a question types alone: "hapen" is
// "happen".
func TestStumpOfContractionIsNoReading(t *testing.T) {
	wantCorrected(t, retriever(t, Hybrid), map[string]string{
		"did the 1936 constitution elections ever hapen": "did the 1936 constitution elections ever happen",
	})
}

// TestDefinitionShortenedIsRead checks that a student's "def" before
// "of" is read as "definition": "furr def of democracy in capitalist
// countries?" was declined as never mentioning "def", though ¶50 ranked
// first. On On Liberty the same shortening asks for Mill's definition
// of liberty; elsewhere "def" is left as typed.
func TestDefinitionShortenedIsRead(t *testing.T) {
	essay := retriever(t, Hybrid)
	wantCorrected(t, essay, map[string]string{
		"furr def of democracy in capitalist countries?": "furr definition of democracy in capitalist countries?",
		"is he def right": "is he def right",
	})
	res, err := essay.Retrieve(context.Background(), "furr def of democracy in capitalist countries?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if refs := res.Refs(); res.Abstain || len(refs) == 0 || refs[0].String() != "¶50" {
		t.Errorf("ranked %v (declined %v), want ¶50 first", refs, res.Abstain)
	}
	lib := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	wantCorrected(t, lib, map[string]string{"mill def of liberty": "mill definition of liberty"})
}
