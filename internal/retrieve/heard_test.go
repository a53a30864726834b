package retrieve

import (
	"context"
	"testing"
)

// TestWordsTypedAsHeardAreRead checks that a word typed as it sounds,
// its silent opening left out ("rong", "riter"), its "ph" typed "f"
// ("paragraf") or its "-or" typed "-er" ("sailers"), is read as the word meant: no slip of one letter reaches
// it, and "wat was rong with the local party bosses" and "wich paragraf
// talks about molotov" were declined as never mentioning it, though ¶57
// and ¶61 ranked first, as were "is the riter biased" and "wy dose he
// talk about old sailers and maps".
func TestWordsTypedAsHeardAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"wat was rong with the local party bosses": "what was wrong with the local party bosses",
		"wich paragraf talks about molotov":        "which paragraph talks about molotov",
		// The stemmer reads this as a form of "sail".
		"wy dose he talk about old sailers and maps": "why does he talk about old sailors and maps",
	})
	for q, want := range map[string]string{
		"wat was rong with the local party bosses":   "¶57",
		"wich paragraf talks about molotov":          "¶61",
		"wy dose he talk about old sailers and maps": "¶63",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Refs(); res.Abstain || len(got) == 0 || got[0].String() != want {
			t.Errorf("%q: abstain %v, ranked %v; want %s first", q, res.Abstain, got, want)
		}
	}
	lib := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	wantCorrected(t, lib, map[string]string{
		"is it rong to silence an opinion":          "is it wrong to silence an opinion",
		"wat is the filosofy of the harm principle": "what is the philosophy of the harm principle",
	})
}

// TestHomophonesAreRead checks that a real word the text lacks, typed
// for the word it sounds as, is read as that word where the question
// shows it is meant: "rite" for "write", which the essay writes
// ("written") and a question about the text asks of, and "dose" for
// "does" where a question's auxiliary stands. "y did he rite this" and
// "dose furr agree with zhukov" were declined as never mentioning them.
// A word meant as typed is left: "dose" before "of", "rite" after
// "the", where a noun stands, and "night", which English uses far more
// than "knight".
func TestHomophonesAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"dose furr agree with zhukov":          "does furr agree with zhukov",
		"wat dose he want ppl to reserch next": "what does he want ppl to research next",
		"what dose of vodka did he drink":      "what dose of vodka did he drink",
		"y did he rite this":                   "why did he write this",
		"wy did furr rite this essay":          "why did furr write this essay",
		"what is the rite of spring":           "what is the rite of spring",
	})
	for _, q := range []string{"dose furr agree with zhukov", "y did he rite this", "y did he rite it and is he biast"} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain {
			t.Errorf("%q declined, ranked %v", q, res.Refs())
		}
	}
	civil := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	wantCorrected(t, civil, map[string]string{
		"dose he think we shud pay taxes": "does he think we should pay taxes",
		"why did thoreau rite this":       "why did thoreau write this",
		"did he rite it in jail":          "did he write it in jail",
	})
}

// TestHomophonesInPlaceAreRead checks that a word voice typing writes for
// its homophone is read as the word meant where it makes no sense as
// typed and the text uses that word: "no" after an auxiliary and its
// subject as "know", "weather" before a clause as "whether", and "no it"
// or "know it" before the number of a note as "note" ("what does he say
// in no it fifteen" was declined as never mentioning "fifteen"). Where
// it makes sense ("does he no longer", "I know it 100 percent", "the
// weather"), or the text speaks of the weather, it is meant as typed.
func TestHomophonesInPlaceAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"dose he no for sure":                   "does he know for sure",
		"how do we no he was not a dictator":    "how do we know he was not a dictator",
		"does he no longer believe in the cult": "does he no longer believe in the cult",
		"what does he say in no it fifteen":     "what does he say in note fifteen",
		"what does know it 5 say":               "what does note 5 say",
		"i know it 100 percent":                 "i know it 100 percent",
	})
	for q, want := range map[string]string{"what does he say in no it fifteen": "note 15", "what does know it 5 say": "note 5"} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if refs := res.Refs(); res.Abstain || len(refs) == 0 || refs[0].String() != want {
			t.Errorf("%q ranked %v (declined %v), want %s first", q, refs, res.Abstain, want)
		}
	}
	lib := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	wantCorrected(t, lib, map[string]string{
		"does he ask weather the state should act": "does he ask whether the state should act",
		"what does he say about the weather":       "what does he say about the weather",
	})
	civil := textRetriever(t, "../essay/testdata/texts/civil-disobedience.md")
	wantCorrected(t, civil, map[string]string{
		"does he ask weather the state should act": "does he ask weather the state should act",
		"how do we no what is right":               "how do we know what is right",
	})
}

// TestAuthorsPossessiveWithoutApostrophe checks that the author's name
// typed with "s" and no apostrophe is read as his possessive: "wat is
// furrs next artical about" was declined as never mentioning "fur",
// the word the name was read as, though note 14 ranked first. A name
// that is an English word too is left as typed.
func TestAuthorsPossessiveWithoutApostrophe(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{"wat is furrs next artical about": "what is furr's next article about"})
	res, err := r.Retrieve(context.Background(), "wat is furrs next artical about", 3)
	if err != nil {
		t.Fatal(err)
	}
	if refs := res.Refs(); res.Abstain || len(refs) == 0 || refs[0].String() != "note 14" {
		t.Errorf("ranked %v (declined %v), want note 14 first", refs, res.Abstain)
	}
	lib := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	wantCorrected(t, lib, map[string]string{"were the cotton mills free": "were the cotton mills free"})
}

// TestNamePairsAreHeard checks that two words joined by "and" that sound
// as two names the text joins so are read as those names: "marks and
// angles" (Marx and Engels, ¶51) was declined as never mentioning
// "marks", and "stalin and barrier" (Stalin and Beria) ranked ¶49 first.
// A pair the text never joins, or words it uses, are meant as typed.
func TestNamePairsAreHeard(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"what is the marks and angles thing about proletarian democracy": "what is the marx and engels thing about proletarian democracy",
		"what did stalin and barrier think the fix was":                  "what did stalin and beria think the fix was",
		"salt and pepper":                  "salt and pepper",
		"what did marks and spencer think": "what did marks and spencer think",
	})
	res, err := r.Retrieve(context.Background(), "what is the marks and angles thing about proletarian democracy", 3)
	if err != nil {
		t.Fatal(err)
	}
	if refs := res.Refs(); res.Abstain || len(refs) == 0 || refs[0].String() != "¶51" {
		t.Errorf("ranked %v (declined %v), want ¶51 first", refs, res.Abstain)
	}
}
