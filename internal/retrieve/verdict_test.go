package retrieve

import (
	"context"
	"maps"
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestVerdictRanksAboveHedge checks that asked what the 1936
// Constitution would have done, the essay's verdict on it (¶57: "even if
// implemented, would not have accomplished this either") ranks above the
// paragraph granting we can never know (¶51), while a question asking
// what can be known or judged of it still finds ¶51 first.
func TestVerdictRanksAboveHedge(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"why does he doubt the 1936 constitution would have worked?":                                                        "¶57",
		"What does the author conclude the 1936 Constitution would have failed to achieve even if it had been implemented?": "¶57",
		"Why will we never know if the election provisions of the 1936 Constitution would have worked?":                     "¶51",
		"Does Furr think we can judge whether contested elections under the 1936 Constitution would have worked?":           "¶51",
		"can we know if stalins election plan would have worked?":                                                           "¶51",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != want {
			t.Errorf("%q found %s first, want %s", q, got, want)
		}
	}
}

// TestAskedThing checks which words a question names the thing by that
// it asks would have done something: the words just before the modal,
// past a verb of viewing; of a pronoun, the question's other words.
func TestAskedThing(t *testing.T) {
	for q, want := range map[string][]string{
		"why does he doubt the charter would have worked":                    terms.Stems("charter"),
		"Would the charter have worked?":                                     nil,
		"what did the treaty hold, and why does he doubt it would have held": terms.Stems("treaty hold"),
		"what did the treaty hold":                                           nil,
	} {
		slices.Sort(want)
		got := slices.Sorted(maps.Keys(askedThing(&Query{Words: terms.Words(q)})))
		if !slices.Equal(got, want) {
			t.Errorf("%q: thing %v, want %v", q, got, want)
		}
	}
}

// TestVerdictStems checks that a sentence gives a verdict on a thing
// when a word of it stands a few words before "would (not) have", and
// not when the modal says something else or the thing is far from it.
func TestVerdictStems(t *testing.T) {
	for s, want := range map[string]bool{
		"The charter, even if signed, would not have ended the feud.":                                               true,
		"The charter would end the feud.":                                                                           false,
		"No doubt there would have been both gains and losses.":                                                     false,
		"The charter was long debated by the council of the city and in the end its members would have none of it.": false,
	} {
		if got := slices.Contains(verdictStems(s), "charter"); got != want {
			t.Errorf("%q: verdict on the charter = %v, want %v", s, got, want)
		}
	}
}

// TestChapterNoteFirst checks that asked which chapter of a cited work
// the essay follows, the note giving it ("mainly follows Mukhin, Ch.
// 13", note 4) ranks first, above the notes naming the work more often;
// and that a chapter of the essay itself asks for no cited work.
func TestChapterNoteFirst(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"Which chapter of Mukhin's book does the author lean on?",
		"which chapter of mukhins book does he follow mostly",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Hits[0].Passage.Ref.String(); got != "note 4" {
			t.Errorf("%q found %s first, want note 4", q, got)
		}
	}
	for _, q := range []string{"which chapter of the essay covers elections", "which chapter of this book is best"} {
		if w := chapterWork(terms.Words(q)); w != nil {
			t.Errorf("%q: work %v, want none", q, w)
		}
	}
}
