package retrieve

import (
	"context"
	"reflect"
	"testing"

	"studyguide/internal/terms"
)

func TestPairsOfWordsSideBySide(t *testing.T) {
	stems := func(text string) []string { return terms.Unique(terms.Stems(text)) }
	tests := []struct {
		text string
		want [][2]string
	}{
		{"How did local party leaders lose touch?", [][2]string{{"local", "parti"}, {"parti", "leader"}, {"leader", "lose"}, {"lose", "touch"}}},
		// One stop word between two words keeps them a pair ...
		{"the price of bread", [][2]string{{"price", "bread"}}},
		// ... more part them.
		{"his vote is of no more worth", nil},
		// A name is no pair: WordNet's, or one capitalized.
		{"the cult of personality", nil},
		{"Who called the Seneca Falls convention?", [][2]string{{"call", "seneca"}, {"fall", "convent"}}},
	}
	for _, tt := range tests {
		if got := pairsOf(tt.text, stems(tt.text)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("pairsOf(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// A word that is not searched (framing, the author's name) parts the
	// words on either side of it.
	if got := pairsOf("Mill calls morality", []string{"call", "moral"}); !reflect.DeepEqual(got, [][2]string{{"call", "moral"}}) {
		t.Errorf("pairsOf = %v", got)
	}
	if got := pairsOf("Mill calls morality", []string{"mill", "moral"}); got != nil {
		t.Errorf("pairsOf with the verb not searched = %v, want none", got)
	}
}

func TestPairsSaidBackwardsWithOf(t *testing.T) {
	var got [][2]string
	eachOfPair("the history of the Soviet Union, the leaders of Party and the price of bread", func(a, b string) {
		got = append(got, [2]string{a, b})
	})
	want := [][2]string{{"soviet", "histori"}, {"parti", "leader"}, {"bread", "price"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("eachOfPair = %v, want %v", got, want)
	}
	// "personality cult" is a name said backwards: no pair.
	stems := terms.Unique(terms.Stems("the personality cult"))
	if got := pairsOf("the personality cult", stems); got != nil {
		t.Errorf("pairsOf(personality cult) = %v, want none", got)
	}
}

// TestSovietHistorySaidBackwards: "Soviet history" is "the history of
// the Soviet Union" of ¶52, where its re-interpreting has begun, not ¶53's
// "our understanding of Soviet history".
func TestSovietHistorySaidBackwards(t *testing.T) {
	r := retriever(t, Hybrid)
	q := "Where does he say rewriting Soviet history has already started?"
	res, err := r.Retrieve(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Hits[0].Passage.Ref.String(); got != "¶52" {
		t.Errorf("%q found %s first, want ¶52", q, got)
	}
}

// TestPassageSayingThePairFirst: the passage that says "local Party
// leaders" or "personal archive" as the question does comes before one
// that holds the same words apart ("other Party leaders ... the local
// NKVD" in ¶53; "Stalin die", "in one person" in note 9).
func TestPassageSayingThePairFirst(t *testing.T) {
	tests := map[string]string{
		"Did local party leaders become dictators in their own areas?": "¶57",
		"What happened to Stalin's personal archive after he died?":    "note 4",
	}
	for _, mode := range []Mode{Hybrid, LexicalOnly} {
		r := retriever(t, mode)
		for q, want := range tests {
			res, err := r.Retrieve(context.Background(), q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Hits[0].Passage.Ref.String(); got != want {
				t.Errorf("mode %d: %q found %s first, want %s", mode, q, got, want)
			}
		}
	}
}

// TestPairsLeaveAbstentionAlone: whether the text addresses a question is
// read from its words, whatever the weight of pairs.
func TestPairsLeaveAbstentionAlone(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{"Did local party leaders become dictators in their own areas?", "How do I bake sourdough bread?", "the cult of personality and democracy"} {
		s, err := r.Prepare(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		without := DefaultParams
		without.PhraseWeight = 0
		a, err := s.Result(context.Background(), without, Hybrid, 3)
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.Result(context.Background(), DefaultParams, Hybrid, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Coverage != b.Coverage || a.Abstain != b.Abstain {
			t.Errorf("%q: coverage %v, abstain %v without pairs; %v, %v with", q, a.Coverage, a.Abstain, b.Coverage, b.Abstain)
		}
	}
}

// TestPairsNameOnePartOrTheClaim: a pair naming what one part of a
// question asks about, or the claim whose sources are asked for, does not
// put the passage that names it ("the cult of personality" in ¶53) over
// the one that answers (¶55, and note 15 beside it).
func TestPairsNameOnePartOrTheClaim(t *testing.T) {
	tests := map[string]string{
		"What was the cult of personality and did Stalin like it?":     "¶55",
		"What sources show Stalin criticised the cult of personality?": "note 15",
	}
	r := retriever(t, Hybrid)
	for q, want := range tests {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != want {
			t.Errorf("%q found %s first, want %s", q, got, want)
		}
	}
}

func TestNamedIn(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"the development of the stratum called the nomenklatura.", []string{"nomenklatura"}},
		// In the passive the name comes before.
		{`the contradiction between "Red" and "expert," as this dilemma was termed during the Revolution.`, []string{"expert", "dilemma"}},
		{"Nobody called.", nil},
		{"He argued for reform.", nil},
		// "Called for", "called on": summoned, not named.
		{"This Convention was called for August 2d, and so well advertised in the daily papers.", nil},
		{"The mayor called on the council to act.", nil},
	}
	for _, tt := range tests {
		if got := namedIn(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("namedIn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPassageNamingTheThingFirst: asked about a thing the text names, the
// passage that names it ("the stratum called the nomenklatura" in ¶58;
// "'Red' and 'expert', as this dilemma was termed" in ¶57) comes before
// one that only uses the name (note 9's "the Party nomenklatura", ¶59's
// "the 'Red vs expert' contradiction").
func TestPassageNamingTheThingFirst(t *testing.T) {
	tests := map[string]string{
		"Where did the nomenklatura come from?":                  "¶58",
		"Where does the phrase 'Red' versus 'expert' come from?": "¶57",
		// In a question of several parts too: a name is no pair.
		"What is the 'Red versus expert' problem and where does the name come from?": "¶57",
		"where does the expression red vs expert come from":                          "¶57",
	}
	for _, mode := range []Mode{Hybrid, LexicalOnly} {
		r := retriever(t, mode)
		for q, want := range tests {
			res, err := r.Retrieve(context.Background(), q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Hits[0].Passage.Ref.String(); got != want {
				t.Errorf("mode %d: %q found %s first, want %s", mode, q, got, want)
			}
		}
	}
}
