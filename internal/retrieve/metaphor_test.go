package retrieve

import (
	"testing"
)

// TestMetaphorWordsAreRead checks, on the essay, that a question put in a
// figure of speech the text does not use is answered from the passage
// that says the same in plain words, and the reading noted: eval77's
// "veil", "sped up the slide" and "worldly comforts" were declined as
// words the essay never uses; eval65's "thwarted by his own colleagues"
// and eval76's "outmaneuvered by his own lieutenants" were declined
// though ¶53 says he was "stymied".
func TestMetaphorWordsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Did the cult veil the real quarrels inside the Bolshevik hierarchy?", "¶54", Respelling{"veil", "disguise"}},
		{"Could that constitution have actually sped up the slide back to capitalism?", "¶56", Respelling{"slide", "evolution"}},
		{"Did worldly comforts corrupt the Party clergy -- is that how the nomenklatura arose?", "¶58", Respelling{"comforts", "privileges"}},
		{"Was Stalin thwarted by his own colleagues, then?", "¶53", Respelling{"thwarted", "stymied"}},
		{"So the guy everyone calls a tyrant got outmaneuvered by his own lieutenants?", "¶53", Respelling{"outmaneuvered", "stymied"}},
	})
}

// TestMetaphorReadingsAnswerNothingNew checks that a figure's word in its
// literal sense, or beside words the text lacks, is not read so as to
// answer a question the text does not, on the essay and on Thoreau.
func TestMetaphorReadingsAnswerNothingNew(t *testing.T) {
	checkStillDeclined(t, []textQuestions{
		{"", []string{
			"Why does a bride wear a veil?",
			"How fast can a cheetah speed up?",
			"Which church suffered the Great Schism of 1054?",
			"Who thwarted Napoleon at Waterloo?",
			"Was Rommel outmaneuvered at El Alamein?",
		}},
		{"civil-disobedience.md", []string{
			"Did the playground slide at Concord have a ladder?",
			"How many comforts does a five-star hotel in Tokyo offer?",
		}},
	})
}
