package retrieve

import (
	"context"
	"testing"
)

// firstRefOn returns a function that retrieves a question from r and
// gives the ref of its first passage, or "" when it is declined.
func firstRefOn(t *testing.T, r *Retriever) func(string) string {
	return func(q string) string {
		t.Helper()
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || len(res.Hits) == 0 {
			return ""
		}
		return res.Hits[0].Passage.Ref.String()
	}
}

// TestAskersLensWeighsNothing checks that the words a question casts
// its subject in ("standpoint", "blind spot", "angle", "tragic flaw"),
// and the nouns for the cause it asks for ("factor"),
// weigh nothing against a text that never uses them, so that the
// passage telling what they cast answers it; and that they make no
// question about what the text lacks answerable.
func TestAskersLensWeighsNothing(t *testing.T) {
	first := firstRefOn(t, retriever(t, Hybrid))
	for q, want := range map[string]string{
		"Does the author disclose his own political standpoint?":                               "¶62",
		"What's Molotov's blind spot?":                                                         "¶61",
		"Is the narrator neutral? Does he own up to his own political angle?":                  "¶62",
		"What factor drove the formation of the nomenklatura?":                                 "¶58",
		"What's Stalin's tragic flaw when it comes to the cult — what did he never fully get?": "¶55",
	} {
		if got := first(q); got != want {
			t.Errorf("%q: first passage %q, want %s", q, got, want)
		}
	}
	for _, q := range []string{
		"What's the narrator's angle on volcanoes?",
		"What is the author's standpoint on glaciers?",
		"Who is the villain of the recipe?",
		"What factors drove the rise of volcanoes?",
	} {
		if got := first(q); got != "" {
			t.Errorf("%q is answered from %s: the asker's lens made a question the text never touches answerable", q, got)
		}
	}
}

// TestOutcomeAskedOfAToldFate checks that a word asking how a thing
// turned out ("fail") weighs nothing where a passage naming the thing
// tells how it ended in words of its own ("never able to attain"), and
// still declines a question asking the outcome of a name alone, or of a
// thing the text never names.
func TestOutcomeAskedOfAToldFate(t *testing.T) {
	first := firstRefOn(t, retriever(t, Hybrid))
	if got := first("Why did the reforms fail?"); got != "¶53" {
		t.Errorf("Why did the reforms fail?: first passage %q, want ¶53", got)
	}
	for _, q := range []string{"did stalin lose?", "Why did the photosynthesis fail?", "Did the harvest fail?"} {
		if got := first(q); got != "" {
			t.Errorf("%q is answered from %s: a word of outcome was weighed as nothing where no fate is told", q, got)
		}
	}
}

// TestAskersLensOnAnotherText checks the asker's lens on a development
// text: the writer's "angle" on a thing it tells of is answered from the
// passage telling of it, and an angle on a subject it lacks is declined.
func TestAskersLensOnAnotherText(t *testing.T) {
	first := firstRefOn(t, textRetriever(t, "../essay/testdata/texts/civil-disobedience.md"))
	if got := first("What's the narrator's angle on the jail?"); got == "" {
		t.Error("What's the narrator's angle on the jail?: declined, the lens weighed as words the text lacks")
	}
	if got := first("What's the narrator's angle on volcanoes?"); got != "" {
		t.Errorf("What's the narrator's angle on volcanoes?: answered from %s", got)
	}
}
