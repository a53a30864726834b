package retrieve

import (
	"context"
	"testing"
)

// TestCitationFactsAnswered checks that a question asking what a
// citation gives of a work it names (pages, publisher, city, edition,
// year) is answered from the note citing it, with the sentences that
// give it: note 15 names Let History Judge in one sentence and gives
// its pages in the next ("See pp. 150, ... of the 1971 Knopf edition."),
// note 1 gives Tayny's pages, note 2 the Khlevniuk collection's
// imprint. Each was declined, as never saying "pages" or "city" of the
// work, or giving no year in the sentence naming it.
func TestCitationFactsAnswered(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]Citation{
		"which pages of Let History Judge did Roy Medvedev's book have cited?": {Sentences: []int{0, 1}},
		"What pages of Tayny did he give?":                                     {Sentences: []int{1}},
		"Who published the Khlevniuk collection, and in which city?":           {Sentences: []int{1}},
		"In what year did the Knopf edition of Medvedev come out?":             {Sentences: []int{0, 1}},
		"What years does that Politburo document collection cover?":            {Sentences: []int{1}},
		"Khlevniuk's Politburo collection: place, publisher, year?":            {Sentences: []int{1}},
		"what edition of Let History Judge is he using":                        {Sentences: []int{0, 1}},
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Citations) == 0 {
			t.Errorf("%q: declined %v (%s), citations %v", q, res.Abstain, res.DeclinedBy, res.Citations)
			continue
		}
		if got := res.Citations[0]; res.Hits[0].Passage != got.Passage || len(got.Sentences) != len(want.Sentences) || got.Sentences[0] != want.Sentences[0] {
			t.Errorf("%q: first %s, citation %s %v; want the citation first, sentences %v", q, res.Hits[0].Passage.Ref, got.Passage.Ref, got.Sentences, want.Sentences)
		}
	}
}

// TestCitationFactsNotGiven checks that a question asking a citation's
// fact that no citation gives is not answered for its bibliographic
// words: note 12 cites "Amy Knight, p. 220" with no year of her book
// (its 1953 is the year of what she reports), note 14 announces an
// article for February 2006 it never says appeared, and "how many
// pages" asks a count, which pages cited are not.
func TestCitationFactsNotGiven(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"When was Amy Knight's book on Beria published?",
		"Which press published Amy Knight's biography of Beria, and in what year?",
		"how many pages is Let History Judge",
		"Who edited the Russian Review in 2004?",
		"What place did Amy Knight's book on Beria hold?",
		"did the khrushchev article actually get published in february 2006?",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Citations) > 0 || !res.Abstain {
			t.Errorf("%q: answered, citations %v", q, res.Citations)
		}
	}
}

// TestBareReferenceCitesTheSentenceBefore checks that a bare reference
// ("Burd, "Il Principe," p. 297.") is read with the sentence it cites
// for, which holds what the question asks it of.
func TestBareReferenceCitesTheSentenceBefore(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/machiavelli-prince.md")
	q := "Which page of Burd is cited about the chapter giving offence?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || len(res.Citations) == 0 || res.Citations[0].Passage.Ref.String() != "note 3" || len(res.Citations[0].Sentences) != 2 {
		t.Errorf("%q: declined %v, citations %v; want note 3's two sentences", q, res.Abstain, res.Citations)
	}
}
