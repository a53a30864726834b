package retrieve

import "testing"

// TestFullNameHeardIsRead checks that a given name and a surname typed
// by ear side by side ("Emi Nayt"), neither with consonants enough to be
// read alone, are read as the full name the text writes, and the
// question answered: "Emi Nayt page 220 what reports about Kruşçev?"
// was declined as never mentioning "emi" or "nayt". In another text a
// dictionary word with only the surname's consonants ("Puli", a dog) is
// read beside a given name that sounds as the text's. Words meant as
// typed are left: a stop word ("my"), a dictionary word beside no
// given name, a name the text writes.
func TestFullNameHeardIsRead(t *testing.T) {
	r := retriever(t, Hybrid)
	q := "Emi Nayt page 220 what reports about Kruşçev?"
	wantCorrected(t, r, map[string]string{
		q:                                      "Amy Knight page 220 what reports about Khrushchev?",
		"what does emi nayt's book say":        "what does amy knight's book say",
		"what did my note say about beria":     "what did my note say about beria",
		"what did stalin do at night":          "what did stalin do at night",
		"what did Amy Knight report":           "what did Amy Knight report",
		"did the party eat pizza with molotov": "did the party eat pizza with molotov",
	})
	if abstainsOn(t, r)(q) {
		t.Errorf("%q was declined", q)
	}
	wantFirst(t, r, map[string]string{q: "note 12"})
	lib := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	wantCorrected(t, lib, map[string]string{
		"what did Tomas Puli write": "what did Thomas Pooley write",
		"is a puli a dog":           "is a puli a dog",
	})
}
