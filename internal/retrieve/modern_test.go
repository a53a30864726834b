package retrieve

import (
	"testing"
)

// TestModernWordsAreRead checks, on the essay, that a question put in
// the words of today's politics and media is answered from the passage
// that answers it, and the reading noted: eval72's "scapegoat",
// "declassified files", "PR spin", "lobbyists" and "small town mayors"
// were declined as words the essay never uses.
func TestModernWordsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Did Khrushchev scapegoat Beria for the Doctors' Plot?", "note 11", Respelling{"scapegoat", "blame"}},
		{"Is the new info coming from declassified files?", "¶52", Respelling{"declassified", "formerly secret"}},
		{"Was the cult of personality basically PR spin that made him look more powerful than he was?", "¶53", Respelling{"spin", "propaganda"}},
		{"Does he think rich donors and lobbyists basically own the parties in capitalist countries?", "¶50", Respelling{"lobbyists", "interests"}},
		{"Were the local party leaders like corrupt small town mayors, and what did they get out of it?", "¶57", Respelling{"mayors", "officials"}},
	})
}

// TestModernReadingsAnswerNothingNew checks that a word of today's
// public life in its everyday sense, or beside words the text lacks, is
// not read so as to answer a question the text does not, on the essay
// and on Thoreau.
func TestModernReadingsAnswerNothingNew(t *testing.T) {
	checkStillDeclined(t, []textQuestions{
		{"", []string{
			"How fast does the earth spin?",
			"Who is the mayor of London?",
			"Which declassified files mention UFO sightings?",
		}},
		{"civil-disobedience.md", []string{
			"Who was the mayor of Concord in 1846?",
			"How much do lobbyists spend in Washington today?",
		}},
	})
}
