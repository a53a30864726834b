package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestFunctionWordWithAVowelStruck checks that a short function word
// typed with one vowel struck for another is read as meant, so that
// "how meny people died" asks how many, and is declined by the count
// test as "how many people died" is; a word of its own that differs
// from a function word in its first letter ("onto") is left alone.
func TestFunctionWordWithAVowelStruck(t *testing.T) {
	for typed, want := range map[string]string{"meny": "many", "thay": "they", "onto": "", "volcano": ""} {
		if got := functionVowelSlip(typed); got != want {
			t.Errorf("functionVowelSlip(%q) = %q, want %q", typed, got, want)
		}
	}
	r := retriever(t, Hybrid)
	res, err := r.Retrieve(context.Background(), "how meny peple died wen stalin was in charge", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(res.Query.Respelled, Respelling{Typed: "meny", Read: "many"}) {
		t.Errorf("respelled %v, want “meny” read as “many”", res.Query.Respelled)
	}
	if !res.Abstain {
		t.Errorf("how many died was answered: the essay gives no such count")
	}
}
