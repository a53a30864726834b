package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestWrongNameChecked checks, on the essay, that a reader checking what
// he half remembers with the wrong person in it is answered from the
// passage that says it, with the names it gives instead: eval75's
// questions naming Kaganovich and Malenkov, whom the essay never names,
// were declined.
func TestWrongNameChecked(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for _, c := range []struct {
		q, ref, asked, named string
	}{
		{"it was Kaganovich who talked to Chuev about equalization, wasn't it?", "¶61", "Kaganovich", "Molotov"},
		{"the First Secretary post was created for Malenkov after Stalin died?", "note 6", "Malenkov", "Khrushchev"},
		{"It was Churchill who ruled out competing parties, wasn't it?", "¶49", "Churchill", "Stalin"},
	} {
		res, err := r.Retrieve(ctx, c.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != c.ref {
			t.Errorf("%q: declined or not answered from %s", c.q, c.ref)
			continue
		}
		m := res.Query.Misnamed
		if len(m) != 1 || m[0].Asked != c.asked || !slices.Contains(m[0].Named, c.named) {
			t.Errorf("%q: misnamed %v, want %s named instead of %s", c.q, m, c.named, c.asked)
		}
	}
}

// TestWrongNameStaysStrict checks that a question naming a person the
// essay lacks stays declined where it checks no memory of the text
// ("Did X ...?" asks of X), where the rest of it is not all in one
// passage, or where the capitals are an acronym, no person.
func TestWrongNameStaysStrict(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	for _, q := range []string{
		"Did Putin put any of those oligarchs in jail after 2003?",
		"Was Zhdanov a decent sort to those who worked under him, one wonders?",
		"Were any NKVD officers ever punished for the 1937 arrests?",
		"the Party was founded by Trotsky?",
		"Was it Churchill who won the World Cup?",
	} {
		res, err := r.Retrieve(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Abstain {
			t.Errorf("%q: answered from %s (misnamed %v), want declined", q, res.Hits[0].Passage.Ref, res.Query.Misnamed)
		}
	}
}
