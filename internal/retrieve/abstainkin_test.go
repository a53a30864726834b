package retrieve

import "testing"

// TestFamilyTieHeldByItself checks that a tie of family the essay never
// names ("mother") is not held by another it does ("father"), while one
// it names is.
func TestFamilyTieHeldByItself(t *testing.T) {
	abstains := abstainsOn(t, retriever(t, Hybrid))
	if !abstains("Who was Sergo Beria's mother?") {
		t.Error("a question of a mother was answered from a sentence naming a father")
	}
	if abstains("Who was Beria's son?") {
		t.Error("a question of a son the essay names was declined")
	}
}
