package retrieve

import (
	"context"
	"testing"
)

// TestSoundsBuiltOnlyForSlips checks that a fresh retriever's first
// question, spelt right, builds the corpus's vocabulary but not its words
// by sound (see wordSounds), which only a word read by its sound needs:
// each ask process asks one question, most of them with no slip. A name
// spelt as another language spells it is read through the table.
func TestSoundsBuiltOnlyForSlips(t *testing.T) {
	r := retriever(t, Hybrid)
	if _, err := r.Retrieve(context.Background(), "Was Stalin an all-powerful dictator?", 4); err != nil {
		t.Fatal(err)
	}
	if r.vocab.words == nil {
		t.Fatal("the vocabulary was not read: the test no longer reaches the speller")
	}
	if r.vocab.sounds != nil {
		t.Errorf("a question with no slip built the table of %d sound keys", len(r.vocab.sounds))
	}
	if _, err := r.Retrieve(context.Background(), "What did Chruszczow say about Stalin?", 4); err != nil {
		t.Fatal(err)
	}
	if r.vocab.sounds == nil {
		t.Error("a name spelt another way did not build the table of sounds")
	}
}
