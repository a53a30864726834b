package retrieve

import (
	"context"
	"slices"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// TestAskersMannerAnswered checks that questions the essay answers, put
// in the asker's register ("whilst", "pray", "acc to him"), with a stated
// length or purpose ("in one sentence for a wall label"), an angle
// ("from a methodology POV") or a retelling ("How should I gloss X?"),
// are answered, the passage they ask of ranked first or second: each was declined for a
// word of manner the text never uses.
func TestAskersMannerAnswered(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"so was the cult bad for democracy acc to him":                                          "¶55",
		"what was the party originaly supposed to be for acc to him":                            "¶56",
		"Whilst the author plainly admires the Soviet experiment, does he own to any bias?":     "¶62",
		`What, pray, is meant by "Red" versus "expert"?`:                                        "¶57",
		"How would I sum up the medieval mariners comparison in one sentence for a wall label?": "¶63",
		"From a methodology POV, where does he hedge or admit that things can't be known?":      "¶51",
		`How should I gloss "nomenklatura" — what does the author say produced that stratum?`:   "¶58",
		"what happened in july 1937 vs july 1953, like whats the difference":                    "¶54",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		refs := res.Refs()
		top := slices.ContainsFunc(refs[:min(2, len(refs))], func(ref essay.Ref) bool { return ref.String() == want })
		if res.Abstain || !top {
			t.Errorf("%q: ranked %v (declined %v), want %s in the first two", q, refs, res.Abstain, want)
		}
	}
}

// TestMannerWordsStayContent checks that the words of manner are left
// out only where they frame the question: "pray" of people who pray,
// "sum up" of what someone in the text concludes, "perspective" with
// whose it is, and "paragraph" after "in" are what a question asks.
func TestMannerWordsStayContent(t *testing.T) {
	for q, kept := range map[string]string{
		"did the workers pray in secret":                       "pray",
		"How does Jivago sum up his reply":                     "sum",
		"from the perspective of the peasants":                 "perspective",
		"what does he say in one paragraph about the peasants": "paragraph",
		"is the plan in line with the constitution":            "line",
		"what label does he give the plan for the wall":        "label",
	} {
		ws := terms.Words(q)
		i := slices.Index(ws, kept)
		if i < 0 {
			t.Fatalf("%q has no word %q", q, kept)
		}
		if casual(ws, i) {
			t.Errorf("%q: %q read as the asker's manner, want it asked about", q, kept)
		}
	}
	for q, framing := range map[string]string{
		"Pray, what did he mean?":                    "pray",
		"explain it in one sentence":                 "sentence",
		"what was the cult in a few words":           "few",
		"what is the cult, for my museum wall label": "museum",
		"from a teacher's POV, what matters":         "teacher",
		"how would you sum up the cult":              "sum",
	} {
		ws := terms.Words(q)
		i := slices.Index(ws, framing)
		if i < 0 {
			t.Fatalf("%q has no word %q", q, framing)
		}
		if !casual(ws, i) {
			t.Errorf("%q: %q read as content, want it left out as the asker's manner", q, framing)
		}
	}
}

// TestAccordingShortenedIsRead checks that a student's "acc" before
// "to" is read as "according", and left as typed elsewhere.
func TestAccordingShortenedIsRead(t *testing.T) {
	wantCorrected(t, retriever(t, Hybrid), map[string]string{
		"cult good or bad acc to author": "cult good or bad according to author",
		"what is an acc":                 "what is an acc",
	})
}

// TestFillerBeforeQuestionAskedAgain checks that ", like, what's ..."
// asks again as ", what's ..." does.
func TestFillerBeforeQuestionAskedAgain(t *testing.T) {
	for _, q := range []string{
		"what happened in july 1937 vs july 1953, like whats the difference",
		"what happened in july 1937 vs july 1953, whats the difference",
	} {
		if n := len(partsOf(q, terms.Stems("july 1937 1953 differ"))); n != 2 {
			t.Errorf("%q: %d parts, want 2", q, n)
		}
	}
}

// TestDeclineNamesOnlyWordsAsked checks which words a decline may say
// the text never mentions: not one whose family the essay holds
// ("published", where note 8 says "publication"), nor one of a
// sentence the asker states beside his question ("club"); a word
// wholly strange to the text still is.
func TestDeclineNamesOnlyWordsAsked(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, c := range map[string]struct{ named, unnamed string }{
		"When was Amy Knight's book on Beria published?":                                       {"", "published"},
		"What other books has David Brandenberger written? I'd like to find one for the club.": {"", "club"},
		"Was that secret speech in 1957 or thereabouts? I always get the year muddled.":        {"thereabouts", "muddled"},
		"How do volcanoes form?": {"volcanoes", ""},
	} {
		a, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if c.named != "" && !slices.Contains(a.Missing, c.named) {
			t.Errorf("%q: missing %v, want %q among them", q, a.Missing, c.named)
		}
		if c.unnamed != "" && slices.Contains(a.Missing, c.unnamed) {
			t.Errorf("%q: missing %v, want no %q: the text holds its family or the asker only states it", q, a.Missing, c.unnamed)
		}
	}
}
