package retrieve

import (
	"slices"
	"testing"
)

// TestUndefinedTermDeclined checks that a question asking only what a
// thing is that the essay names in passing ("the local NKVD", "during
// the Chinese Cultural Revolution") is declined, while one asking what
// a thing is that the essay calls by a term ("the stratum called the
// nomenklatura"), quotes as its own ("the \"Party Maximum\" wage"),
// glosses by its kind ("the leftwing newspaper Sovetskaia Rossiia") or
// speaks of throughout ("democracy") is answered. "What does X mean"
// asks what X is, and is read so.
func TestUndefinedTermDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for q, want := range map[string]bool{
		"what is the nkvd":          true,
		"what is a plenum":          true,
		"wat is a clasless sosiety": true,
		"what was the chinese cultural revolution even about": true,
		"What is the nomenklatura?":                           false,
		"whats the party maximum wage thing":                  false,
		"what is red vs expert":                               false,
		"what was the leningrad affair":                       false,
		"what is sovetskaia rossiia?":                         false,
		"what is democracy":                                   false,
		"what is the greatest theft in history":               false,
		"what was molotov worried about":                      false,
		"what are the secret documents":                       false,
		"whats the 6 6 and 5 thing":                           false,
		"what is the nomenklatura and why did it form?":       false,
		// What a word means is what it is; what it means to someone is
		// more.
		"what does plenum mean":                  true,
		"What does the term 'plenum' mean?":      true,
		"what does nomenklatura mean":            false,
		"what does democracy mean to the author": false,
	} {
		if got := abstains(q); got != want {
			t.Errorf("%q: abstain = %v, want %v", q, got, want)
		}
	}
}

// TestUndefinedTermOnOtherTexts checks the test of a thing defined on
// the development texts: an appositive ("the present Mexican war, the
// work of ..."), a gloss after a dash ("an Odd Fellow--one who ..."),
// and a term written as one word between dashes
// ("associations--Anarchosyndicalism--") define it, and so do a term set
// in capitals where the text writes it otherwise elsewhere ("is said
// to MERIT") and a sentence of which it is the subject ("The frontier
// individualism has from the beginning promoted democracy"); a text
// speaks of its subject ("colonization") throughout; a thing named only in passing ("the lyceum should not
// present its tax-bill", "the bloody Tcheka") is undefined.
func TestUndefinedTermOnOtherTexts(t *testing.T) {
	for name, cases := range map[string]map[string]bool{
		"civil-disobedience.md": {"What was the Mexican war?": false, "What is an Odd Fellow?": false, "what is a lyceum": true},
		"douglass-lynched.md":   {"What is colonization?": false},
		"goldman-kronstadt.md":  {"what is anarcho-syndicalism": false, "What is the Tcheka?": true},
		"hobbes-leviathan.md":   {"What is merit?": false},
		"turner-frontier.md":    {"what was frontier individualism?": false, "What was the Erie Canal?": true},
	} {
		r := textRetriever(t, "../essay/testdata/texts/"+name)
		for text, want := range cases {
			q, err := r.Analyse(text)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.undefined(q); got != want {
				t.Errorf("%s: %q: undefined = %v, want %v", name, text, got, want)
			}
		}
	}
}

// TestPlainlyIsNotMissing checks that the word by which a question asks
// a thing put plainly is not among the words a decline says the text
// never mentions, while a word of the question's subject the text lacks
// still is.
func TestPlainlyIsNotMissing(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string][]string{
		"what's a plenum in normal words":         nil,
		"what is a soviet in plain english":       nil,
		"what's a volcano in simple terms":        {"volcano"},
		"Was the normal vote total ever reached?": {"normal", "total"},
	} {
		got, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Missing, want) {
			t.Errorf("%q: missing %q, want %q", q, got.Missing, want)
		}
	}
}
