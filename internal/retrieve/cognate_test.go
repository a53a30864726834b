package retrieve

import (
	"context"
	"testing"
)

// TestCognatesOfAnotherLanguageAreRead checks that a word a German
// speaker types as his language spells it is read as the essay's English
// cognate ("Partei" as "Party", not as "Part", a word of the essay's
// title), and that the question it stood in is answered from the passage
// that answers it: "Why were the bourgeois Intellektuelle paid more" was
// declined as never mentioning "intellektuelle"; a Spanish speaker's
// "estado" is read as "state". A word with no English
// cognate ("Verfassung") and a real English word are left alone.
func TestCognatesOfAnotherLanguageAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"What did the Partei leaders do?":                         "What did the Party leaders do?",
		"How democratic were elections without other Parteien?":   "How democratic were elections without other Parties?",
		"Was he against Demokratie?":                              "Was he against Democracy?",
		"was the Kommunismus of the leaders demokratisch":         "was the Communism of the leaders democratic",
		"Why was the Verfassung from 1936 never put in practice?": "Why was the Verfassung from 1936 never put in practice?",
		"Did the party bosses resist the reform?":                 "Did the party bosses resist the reform?",
		"Who runs the estado, in his view?":                       "Who runs the state, in his view?",
	})
	q := "Why were the bourgeois Intellektuelle paid more, although they were against communism?"
	res, err := r.Retrieve(context.Background(), q, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain {
		t.Errorf("%q was declined", q)
	}
	if len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != "¶60" {
		t.Errorf("%q: first passage is not ¶60", q)
	}
}

// TestCognateRulesMakeEnglishSpellings checks the spellings cognates
// makes of words no text needs: each rule is general, not a glossary.
func TestCognateRulesMakeEnglishSpellings(t *testing.T) {
	for typed, want := range map[string]string{
		"aristokratie": "aristocracy",
		"sekretar":     "secretary",
		"politisch":    "political",
		"kultur":       "culture",
		"sozialismus":  "socialism",
		"estado":       "state",
		"sociedad":     "society",
		"candidato":    "candidate",
		"revolucion":   "revolution",
	} {
		found := false
		for _, level := range cognates(typed) {
			for _, c := range level {
				found = found || c == want
			}
		}
		if !found {
			t.Errorf("cognates(%q) lacks %q", typed, want)
		}
	}
}
