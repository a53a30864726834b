package retrieve

import (
	"context"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// TestBluntWordsReadPlainly checks that short, blunt questions in
// everyday words are answered, not declined as asking of things the
// essay never names: a "fan" is a supporter (note 3's "support"), the
// "villain" is whom the blame is put on (note 11), and a plot "cooked
// up" is a frameup (note 11), and a leader "outvoted" by the others is
// defeated by them, which the essay says in other words (¶53's
// "stymied by the combined efforts of other Party leaders"), and a
// line "for the outro" is one for the conclusion, which ¶63's medieval
// mariners close.
func TestBluntWordsReadPlainly(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"is this guy a stalin fan?",
		"is khrushchev the villain here?",
		"did beria cook up the doctors plot?",
		"so basically furr is saying stalin got outvoted and blocked by the other party bosses?",
		"What's the medieval sailors metaphor at the end - good line for the outro?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
}

// TestPlainWordKindsApart checks that the words of plainWordTable that
// share a stem are of one kind, as plainStems keeps one kind a stem, and
// that each kind reaches only its own readers: an informal word's plain
// words are read by an answer and not searched, a general word's the
// other way round.
func TestPlainWordKindsApart(t *testing.T) {
	kinds := map[string]bool{}
	for w, e := range plainWordTable {
		k := terms.Stem(w)
		if searched, ok := kinds[k]; ok && searched != e.searched {
			t.Errorf("%q shares stem %q with a word of the other kind", w, k)
		}
		kinds[k] = e.searched
	}
	perk, enemy := terms.Stem("perks"), terms.Stem("enemy")
	if len(PlainWords(perk)) == 0 || len(groupWords(perk)) > 0 {
		t.Errorf("perks: read %v, searched %v; want read only", PlainWords(perk), groupWords(perk))
	}
	if len(PlainWords(enemy)) > 0 || len(groupWords(enemy)) == 0 {
		t.Errorf("enemy: read %v, searched %v; want searched only", PlainWords(enemy), groupWords(enemy))
	}
}

// TestHonestyAskedWhereTheTextSaysLies checks that whether someone was
// honest is asked where the text says he lied: "Was Khrushchev honest
// about Stalin?" was declined, the essay never calling anyone honest; it
// now ranks note 14's "Khrushchev's lies" first.
func TestHonestyAskedWhereTheTextSaysLies(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{"Was Khrushchev honest about Stalin?", "was khrushchev dishonest"} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Refs(); res.Abstain || len(got) == 0 || got[0] != (essay.Ref{Kind: essay.Note, N: 14}) {
			t.Errorf("%q: declined %v, ranked %v, want note 14 first", q, res.Abstain, got)
		}
	}
}

// TestSynonymsTheTextSaysOtherwise checks that a question put in a word
// the essay says with another is answered from the passage that says it,
// not declined: "nicer apartments" are ¶58's "better housing", a
// "hunch" is ¶61's "I suspect", a "timeframe" ¶58's period, "ideologues
// vs technocrats" ¶57's "Red" and "expert", "literacy" a voter's
// education; while a question in those words about what the essay never
// touches is still declined.
func TestSynonymsTheTextSaysOtherwise(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"Did the big shots get nicer apartments and their own shops?":                      "¶58",
		"What extra goodies did big Party people get, like homes or shops?":                "¶58",
		"Furr's core hunch about what's fundamental?":                                      "¶61",
		"What timeframe needs more digging on pay policy?":                                 "¶58",
		"red vs expert is basically ideologues vs technocrats right? how does he frame it": "¶57",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Refs()) == 0 || res.Refs()[0].String() != want {
			t.Errorf("%q: abstain %v, refs %v; want %s first", q, res.Abstain, res.Refs(), want)
		}
	}
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"Who were the technocrats of the 1930s?",
		"Who was the worst tyrant of the 20th century?",
		"Which apartments did Lenin live in?",
		"Is Wikipedia a reliable source?",
		"Which livestock breeds are best for farming?",
		"What is the best timeframe for a mortgage?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered", q)
		}
	}
}
