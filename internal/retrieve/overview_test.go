package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestOverviewQuotesTheTextsClaims checks that a question asking what
// the whole essay argues, in a student's words or a teacher's, is
// answered from the paragraphs where the author speaks of the essay
// and states his view (¶52's purpose, ¶53's "exploded by the research
// reported here", ¶63's "I believe"), never declined and never from a
// note's "He argues"; and that one naming a topic, another writer's
// argument, or the purpose of writing the essay is read as before.
func TestOverviewQuotesTheTextsClaims(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"What is the author's main argument?",
		"What is Furr's thesis?",
		"Summarize the author's argument",
		"In a nutshell, what's the writer trying to get across with the whole thing?",
		"whats furr's main claim in the conclusions, like in one line?",
		"what's the big idea here",
		"OK, stripped down: what's the central hypothesis of this conclusion section?",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || res.Overview == nil {
			t.Errorf("%q: declined (%s) or read as no overview", q, res.DeclinedBy)
			continue
		}
		var got []string
		for _, c := range res.Overview.Claims {
			got = append(got, c.Passage.Ref.String())
		}
		if want := []string{"¶52", "¶53", "¶63"}; !slices.Equal(got, want) {
			t.Errorf("%q: claims from %q, want %q", q, got, want)
		}
	}
	for _, q := range []string{
		"whats furr's main point about democracy in capitalist countrys",
		"What is the central argument of David Brandenberger's book National Bolshevism?",
		"how do i write a good thesis statement for a debate",
		"In his own words, what's the main point of writing this essay?",
		"summarize Mukhin's argument about Stalin dying while he was both party secretary and head of state",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Overview != nil {
			t.Errorf("%q: read as asking what the whole essay argues", q)
		}
	}
}

// TestOverviewOfAnotherText checks that another text's own summing up
// of its argument is its claim, and that a text whose author never
// speaks of the text or of his view gives no overview: its question is
// answered by its words as before.
func TestOverviewOfAnotherText(t *testing.T) {
	o := textRetriever(t, "../essay/testdata/texts/goldman-kronstadt.md").overview()
	if o == nil || !slices.ContainsFunc(o.Claims, func(c OverviewClaim) bool { return c.Passage.Ref.String() == "¶65" }) {
		t.Errorf("Goldman: overview %v lacks ¶65's \"sum up my whole argument\"", o)
	}
	if o := textRetriever(t, "../essay/testdata/texts/paine-common-sense.md").overview(); o != nil {
		for _, c := range o.Claims {
			t.Errorf("Paine: overview claims %s: %q", c.Passage.Ref, c.Passage.Sentences[c.Sentence].Text)
		}
	}
}
