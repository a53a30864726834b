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
	})
	for _, q := range []string{"dose furr agree with zhukov"} {
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
	})
}
