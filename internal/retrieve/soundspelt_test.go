package retrieve

import (
	"context"
	"testing"
)

// TestVowelsSpeltAsHeardAreRead checks that a word typed with a vowel
// sound spelt another way ("meen", "lern", "nite"), a past typed as
// heard ("kild", "fixd", "wored") and a name after "the" that sounds as
// a word ("the arthur") are read as the words meant, on the essay: a
// twelve-year-old's questions ("wat dose democrasy meen to the arthur",
// "was beria kild") were declined as never mentioning the words. A real
// word, a name used as one, and a word typed in capitals are left alone.
func TestVowelsSpeltAsHeardAreRead(t *testing.T) {
	r := retriever(t, Hybrid)
	wantCorrected(t, r, map[string]string{
		"wat dose democrasy meen to the arthur":           "what does democracy mean to the author",
		"is the arthur sure about all this stuff":         "is the author sure about all this stuff",
		"wat dose he want us to lern from soviet histery": "what does he want us to learn from soviet history",
		"was beria kild":                     "was beria killed",
		"wud the consitution of fixd things": "would the constitution of fixed things",
		"was molotov wored about sumthing":   "was molotov worried about something",
		"who is amy nite":                    "who is amy knight",
		// Left alone: a name used as a name, in capitals or not after
		// "the"; real words.
		"what did arthur say about the plan": "what did arthur say about the plan",
		"Did the Arthur of legend exist?":    "Did the Arthur of legend exist?",
		"was the harbour frozen":             "was the harbour frozen",
		"how much does a reel of film cost":  "how much does a reel of film cost",
		"who wore the crown":                 "who wore the crown",
	})
}

// TestSpeltAsHeardParts checks the pieces the readings rest on: a past
// of a verb in "y" typed with "-ed" alone, and the sound key that hears
// "ar", "au" and "or" alike before no vowel.
func TestSpeltAsHeardParts(t *testing.T) {
	for base, want := range map[string]string{"wor": "worried", "bur": "buried", "car": "carried", "zzq": ""} {
		if got := pastOfY(base); got != want {
			t.Errorf("pastOfY(%q) = %q, want %q", base, got, want)
		}
	}
	if a, b := rlessKey("arthur"), rlessKey("author"); a != b {
		t.Errorf("rlessKey(arthur) = %q, rlessKey(author) = %q, want them equal", a, b)
	}
	if a, b := rlessKey("arthur"), rlessKey("other"); a == rlessKey("athens") || b == rlessKey("mother") {
		t.Errorf("rlessKey reads different consonants alike: %q, %q", a, b)
	}
}

// TestVowelSpeltAsHeardAnswers checks that the readings reach the
// answer: "was beria kild" was declined, though note 12 says how he was
// killed, and "wat dose plenum meen", read as a question of what a word
// the essay names without defining means, is still declined.
func TestVowelSpeltAsHeardAnswers(t *testing.T) {
	r := retriever(t, Hybrid)
	ctx := context.Background()
	res, err := r.Retrieve(ctx, "was beria kild", 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstain || len(res.Hits) == 0 || res.Hits[0].Passage.Ref.String() != "note 12" {
		t.Errorf("was beria kild: abstain %v, want note 12 first and an answer", res.Abstain)
	}
	res, err = r.Retrieve(ctx, "wat dose plenum meen", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstain {
		t.Errorf("wat dose plenum meen: answered, want it declined (the essay names the Plenum without saying what it is)")
	}
}
