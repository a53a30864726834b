package retrieve

import (
	"context"
	"testing"
)

// TestWordsTypedAsHeardAreRead checks that a word typed as it sounds,
// its silent opening left out ("rong") or its "-or" typed "-er"
// ("sailers"), is read as the word meant: no slip of one letter reaches
// it, and "wat was rong with the local party bosses" and "wy dose he
// talk about old sailers and maps" were declined as never mentioning
// it, though ¶57 and ¶63 ranked first. A real word is left as typed.
func TestWordsTypedAsHeardAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"wat was rong with the local party bosses":   "what was wrong with the local party bosses",
		"wy dose he talk about old sailers and maps": "why dose he talk about old sailors and maps",
		"what rite did the party perform":            "what rite did the party perform",
	})
	for q, want := range map[string]string{
		"wat was rong with the local party bosses":   "¶57",
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
		"is it rong to silence an opinion": "is it wrong to silence an opinion",
	})
}
