package retrieve

import (
	"context"
	"testing"
)

// TestSlangWordsAreRead checks, on the essay, that a question put in the
// words of games and sports is answered from the passage that answers
// it, and the reading noted: eval80's "loot", "MVP", "relegating" and
// "final boss with god mode" were declined as words the essay never
// uses.
func TestSlangWordsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"what loot did party members get, like bonus perks?", "¶58", Respelling{"loot", "privileges"}},
		{"Voznesenski — was he the democracy MVP according to Pyzhykov?", "note 3", Respelling{"MVP", "leader"}},
		{"can you vote capitalism out like relegating a team?", "¶50", Respelling{"relegating", "removing"}},
		{"yo was Stalin actually the final boss with god mode or nah", "¶53", Respelling{"boss", "ruler"}},
		{"does Furr think that strat was the actual fix?", "¶57", Respelling{"fix", "solution"}},
		{"Kruglov — did he get benched or subbed back in?", "note 11", Respelling{"subbed", "restored"}},
	})
}

// TestSlangReadingsAnswerNothingNew checks that a question about a game
// or a sport itself, in its own words, is not read so as to answer a
// question the text does not, on the essay and on Thoreau.
func TestSlangReadingsAnswerNothingNew(t *testing.T) {
	checkStillDeclined(t, []textQuestions{
		{"", []string{
			"Who is the MVP of the NBA?",
			"What is the best strat in chess?",
			"Who was benched in the 1990 World Cup?",
			"Which weapons got nerfed in the last patch?",
			"What loot drops from the final boss in Elden Ring?",
			"How do I unlock god mode in Doom?",
			"Who made the best diss track of 2024?",
			"What is the best fix for a leaking tap?",
		}},
		{"civil-disobedience.md", []string{
			"Who was the MVP of the 1846 baseball season?",
			"Which team was relegated from the Premier League?",
		}},
	})
}

// TestTableWordsAreNoAcronyms checks that a word a reading table gives
// plain words for, typed in capitals ("MVP"), is not read as an acronym
// the text never uses, while one no table holds ("NBA") still is.
func TestTableWordsAreNoAcronyms(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]bool{
		"Was Stalin the MVP?":        false,
		"Who is the MVP of the NBA?": true,
		"Did the NBA ban Stalin?":    true,
	} {
		s, err := r.prepare(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.unknownAcronym(s.Q, nil); got != want {
			t.Errorf("%q: unknown acronym %v, want %v", q, got, want)
		}
	}
}
