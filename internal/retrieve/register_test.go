package retrieve

import (
	"testing"
)

// TestScholarlyWordsAreRead checks, on the essay, that a question a
// specialist puts in his field's words is answered from the passage that
// answers it, and the reading noted: eval71's "party/state dichotomy",
// "the driver of nomenklatura formation" and "the literature" were
// declined as words the essay never uses.
func TestScholarlyWordsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Does he treat the party/state dichotomy, central to the partocracy debates, as analytically sound?", "¶57", Respelling{"dichotomy", "distinction"}},
		{"What does he see as the driver of nomenklatura formation?", "¶58", Respelling{"driver", "cause"}},
		{"What does Furr argue was a possibly decisive factor in the emergence of the nomenclature?", "¶58", Respelling{"emergence", "development"}},
		{"What secondary literature on postwar Russocentrism is cited?", "note 5", Respelling{"literature", "research"}},
		{"Who in the literature rejects the murder thesis?", "note 12", Respelling{"literature", "research"}},
		{"Does he consider Marx himself implicated in the inequality rationale?", "¶61", Respelling{"rationale", "justification"}},
		{"What causal weight does the author assign to the material benefits of high Party office in the rise of the nomenklatura?", "¶58", Respelling{"weight", "role"}},
		{"Did Stalin's electoral scheme envisage multi-party competition?", "¶49", Respelling{"scheme", "plan"}},
		{"What archival lacuna does he flag regarding the abolition of the partmaksimum?", "¶58", Respelling{"abolition", "ending"}},
		{"What literature underpins the account of Beria's reforms?", "note 10", Respelling{"literature", "research"}},
	})
}

// TestMethodWordsAreRead checks, on the essay, that a question a
// scientist puts in the words of method and argument is answered from
// the passage that answers it: eval83's "causal chain" and "claimed
// downside" were declined as words the essay never uses.
func TestMethodWordsAreRead(t *testing.T) {
	checkReadings(t, []readingCase{
		{"Walk me through the causal chain from hiring bourgeois specialists to broad inequality.", "¶60", Respelling{"chain", "process"}},
		{"What was the claimed downside of setting up a Russian Party?", "note 5", Respelling{"downside", "disadvantage"}},
	})
}

// TestScholarlyReadingsAnswerNothingNew checks that a word of the
// scholarly register in its everyday sense is not read in the scholarly
// one, on the essay and on Thoreau: a literature of a country or a
// period is no research, a car's driver or a factor of safety no cause.
func TestScholarlyReadingsAnswerNothingNew(t *testing.T) {
	checkStillDeclined(t, []textQuestions{
		{"", []string{
			"What does the text say about Russian literature?",
			"What is the literature of the period like?",
			"Who was the driver of the car?",
			"how do i write a good thesis statement for a debate",
			"What is the weight of a grand piano?",
			"Which colour scheme suits a classroom handout?",
			"Which hotel chain did he stay in?",
		}},
		{"civil-disobedience.md", []string{
			"What is the literature of the period like?",
			"what factor of safety do engineers use",
		}},
	})
}

// TestRegisterSenseNeighbours checks which neighbours mark a word's
// scholarly sense.
func TestRegisterSenseNeighbours(t *testing.T) {
	for q, want := range map[string]bool{
		"who in the literature rejects it":   true,
		"the secondary literature on it":     true,
		"literature on the purges":           true,
		"russian literature":                 false,
		"the literature of the period":       false,
		"the driver of change":               true,
		"the driver":                         false,
		"a factor in his fall":               true,
		"a factor of ten":                    false,
		"the party state dichotomy is clear": true,
		"what archival lacuna does he flag":  true,
	} {
		toks := typedWords(q)
		got := false
		for k, tok := range toks {
			if e, ok := registerWords[tok.word]; ok {
				got = e.scholarly(toks, k)
			}
		}
		if got != want {
			t.Errorf("%q: scholarly %v, want %v", q, got, want)
		}
	}
}
