package retrieve

import (
	"context"
	"testing"
)

// TestKatakanaNamesAreRead checks, on the essay, that a name a
// Japanese-speaking student romanizes from the syllables Japanese
// writes it in is read as the essay's name: eval75's questions naming
// "Suturin", "Morotofu" or "Furushichofu" were declined as never
// mentioning them. A name romanized from Korean syllables is read so
// too: eval81's "Heurushyopeu" for Khrushchev.
func TestKatakanaNamesAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for q, want := range map[string][]Respelling{
		"Who stopped Suturin constitutional reform?":                                    {{"Suturin", "Stalin"}},
		"Morotofu, what he was worry about?":                                            {{"Morotofu", "Molotov"}},
		"Kuruglofu, who is he and what Furushichofu did for him?":                       {{"Kuruglofu", "Kruglov"}, {"Furushichofu", "Khrushchev"}},
		"Roy Medobedefu book, which pages quote Suturin condemn cult?":                  {{"Medobedefu", "Medvedev"}, {"Suturin", "Stalin"}},
		"Marukusu and Engerusu, they study which thing to learn proletarian democracy?": {{"Marukusu", "Marx"}, {"Engerusu", "Engels"}},
		"Who keep alive old Heurushyopeu / Cold War anti-Stalin paradigm, author say?":  {{"Heurushyopeu", "Khrushchev"}},
		"What Mollotopeu say about equalization?":                                       {{"Mollotopeu", "Molotov"}},
	} {
		res, err := r.Retrieve(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain {
			t.Errorf("%q: declined, want %v read", q, want)
			continue
		}
		for _, w := range want {
			found := false
			for _, rs := range res.Query.Respelled {
				found = found || rs == w
			}
			if !found {
				t.Errorf("%q: readings %v, want %q read as %q", q, res.Query.Respelled, w.Typed, w.Read)
			}
		}
	}
}

// TestKatakanaNeedsItsSyllables checks that only a word made of
// Japanese syllables is read by its consonants, and only as a name whose
// consonants are its own, each as Japanese hears it: an English word or
// a name typed otherwise is left to the speller.
func TestKatakanaNeedsItsSyllables(t *testing.T) {
	r := retriever(t, Hybrid)
	for w, want := range map[string]string{
		"suturin":        "stalin",
		"morotofu":       "molotov",
		"engerusu":       "engels",
		"stlnr":          "", // no syllables
		"strain":         "", // ends in a consonant
		"sutorein":       "stalin",
		"stolen":         "", // an English word, though its consonants are the name's
		"taxisu":         "", // Japanese romanized writes no "x"
		"maru":           "", // too few consonants to read a name by
		"purota":         "", // three consonants read no common word the text capitalizes
		"partiya":        "",
		"burudosu":       "",           // consonants of no name of the essay
		"heurushyopeu":   "khrushchev", // Korean: "sh" for "shch", "p" for "v"
		"beureujeunepeu": "",           // Brezhnev, whom the essay never names
		"kaganobichi":    "",           // Kaganovich, neither
	} {
		if got := r.katakanaName(w); got != want {
			t.Errorf("katakanaName(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestNameUnitsDropSilentLiquids checks that an "l" or "r" English does
// not sound before a consonant may be missing from the syllables, as
// Japanese writes "Lincoln" "Rinkaan", while a sounded one may not.
func TestNameUnitsDropSilentLiquids(t *testing.T) {
	for _, c := range []struct {
		typed, name string
		want        bool
	}{
		{"rinkaan", "lincoln", true},
		{"rinkan", "lincoln", true},
		{"dagurasu", "douglas", true},
		{"furushichofu", "khrushchev", true},
		{"heurushyopeu", "khrushchev", true},
		{"heurushyopeu", "khrushch", false},
		{"sutan", "stalin", false},
		{"rinkan", "lincon", true},
		{"pinkan", "lincoln", false},
	} {
		typed, ok := katakanaUnits(c.typed)
		if got := ok && matchKatakana(typed, nameUnits(c.name)); got != c.want {
			t.Errorf("%q as %q: %v, want %v", c.typed, c.name, got, c.want)
		}
	}
}
