package embed

import (
	"context"
	"maps"
	"math"
	"slices"
	"testing"

	"studyguide/internal/terms"
)

func dot(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestLocalVectorsAreUnitAndDeterministic(t *testing.T) {
	texts := []string{"Stalin was stymied by other Party leaders.", "The nomenklatura defended its privileges.", "Democracy in a socialist society."}
	l := NewLocal(256)
	l.Fit(texts)
	a, err := l.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := l.Embed(context.Background(), texts)
	for i, v := range a {
		if n := math.Sqrt(dot(v, v)); math.Abs(n-1) > 1e-5 {
			t.Errorf("vector %d has norm %f", i, n)
		}
		if dot(v, b[i]) < 0.99999 {
			t.Errorf("vector %d differs between runs", i)
		}
	}
}

func TestLocalNgramsLinkWordForms(t *testing.T) {
	l := NewLocal(0)
	l.Fit([]string{"democratic reform", "material privileges", "cult of personality"})
	vs, _ := l.Embed(context.Background(), []string{"democracy", "democratic reform", "material privileges"})
	if dot(vs[0], vs[1]) <= dot(vs[0], vs[2]) {
		t.Error(`"democracy" should be nearer "democratic reform" than "material privileges"`)
	}
}

func TestLocalStateRoundTrip(t *testing.T) {
	l := NewLocal(64)
	l.Fit([]string{"one text", "another text"})
	data, err := l.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r := NewLocal(64)
	if err := r.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if r.Docs != 2 || len(r.DF) != 64 {
		t.Errorf("restored %+v", r)
	}
	if err := NewLocal(32).UnmarshalBinary(data); err == nil {
		t.Error("a state of another dimension was accepted")
	}
}

func TestLocalEmptyTextIsZero(t *testing.T) {
	l := NewLocal(16)
	l.Fit([]string{"text"})
	vs, _ := l.Embed(context.Background(), []string{"?!"})
	if !IsZero(vs[0]) {
		t.Error("text without words should embed to zero")
	}
}

// TestLocalConceptsLinkMeanings checks that words of like meaning but no
// shared letters share features through their WordNet concepts, which
// BM25 cannot see: "adulation" is a kind of flattery, a kind of
// compliment, a kind of praise; "Middle Ages" names one thing. (Hashed
// into the vector, a shared concept can meet a collision of the opposite
// sign, so the test looks at the features before hashing.)
func TestLocalConceptsLinkMeanings(t *testing.T) {
	f := NewLocal(0).newFeaturizer()
	concepts := func(text string) map[int]bool {
		out := map[int]bool{}
		stems := terms.Stems(text)
		for i, s := range stems {
			for _, c := range f.conceptsOf(s) {
				out[c.ID] = true
			}
			if i > 0 {
				for _, c := range f.conceptsOf(stems[i-1] + " " + s) {
					out[c.ID] = true
				}
			}
		}
		return out
	}
	for _, pair := range [][2]string{{"praise", "the adulation that surrounded him"}, {"old maps of the Middle Ages", "the Middle Ages"}} {
		a, b := concepts(pair[0]), concepts(pair[1])
		if !slices.ContainsFunc(slices.Collect(maps.Keys(a)), func(id int) bool { return b[id] }) {
			t.Errorf("%q and %q share no concept", pair[0], pair[1])
		}
	}
	if len(concepts("Mukhin")) != 0 {
		t.Error("a name WordNet does not know has concepts")
	}
	if NewLocal(0).Name() == NewLocalWeighted(0, LocalWeights{}).Name() {
		t.Error("the weights are not part of the embedder's name, and so of the index key")
	}
}

// TestLocalFormsLinkPartsOfSpeech checks that a noun counts for its verb,
// which the stemmer keeps apart ("decis", "decid"): "Who made the
// decision?" and "Who decided?" share the verb's own feature.
func TestLocalFormsLinkPartsOfSpeech(t *testing.T) {
	f := NewLocal(0).newFeaturizer()
	f.count("Who made the decision?")
	verb := int(fnvString(fnvString(fnvOffset, "w:"), terms.Stem("decided")) % uint64(f.dim))
	if !slices.Contains(f.touched, verb) {
		t.Errorf("%q does not count for the stem of %q", "decision", "decided")
	}
}
