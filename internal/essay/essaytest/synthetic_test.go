package essaytest

import (
	"bytes"
	"testing"

	"studyguide/internal/essay"
)

func TestCorpusParsesIntoNPassages(t *testing.T) {
	data, err := Synthetic(500)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Synthetic(500)
	if !bytes.Equal(data, again) {
		t.Error("the same size gave different text")
	}
	src, err := essay.Parse("synthetic", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Passages) != 500 {
		t.Fatalf("%d passages, want 500", len(src.Passages))
	}
	// The sentence splitter may join two drawn sentences ("op. cit. Each"),
	// so count them over the whole corpus.
	sents := 0
	for _, p := range src.Passages {
		sents += len(p.Sentences)
	}
	if sents < 500*SentencesPerPassage*9/10 {
		t.Errorf("%d sentences in 500 passages, want about %d", sents, 500*SentencesPerPassage)
	}
}
