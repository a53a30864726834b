package retrieve

import (
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestSentenceKindsReadEverySentence checks that the index of sentence
// kinds lists, on the essay and the four development texts, the hedges
// that reading each sentence's voice finds (as favourVerdicts did before
// the index, kept here) and the chapters that matching each sentence
// finds, with their stems, in the corpus's order; and that the essay has
// hedges, verdicts and chapters to list.
func TestSentenceKindsReadEverySentence(t *testing.T) {
	rs := map[string]*Retriever{"essay": retriever(t, Hybrid)}
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md"} {
		rs[name] = textRetriever(t, "../essay/testdata/texts/"+name)
	}
	same := func(a, b kindSentence) bool { return a.passage == b.passage && slices.Equal(a.stems, b.stems) }
	for name, r := range rs {
		var hedges, chapters []kindSentence
		for i, p := range r.Corpus.Passages {
			for _, sn := range p.Sentences {
				if !sn.Question && voiceOf(sn.Text).limits > 0 {
					hedges = append(hedges, kindSentence{i, terms.Stems(sn.Text)})
				}
				if chapterRe.MatchString(sn.Text) {
					chapters = append(chapters, kindSentence{i, terms.Stems(sn.Text)})
				}
			}
		}
		k := r.sentenceKinds()
		if !slices.EqualFunc(k.hedges, hedges, same) {
			t.Errorf("%s: %d hedges listed, want the %d each sentence's voice gives", name, len(k.hedges), len(hedges))
		}
		if !slices.EqualFunc(k.chapters, chapters, same) {
			t.Errorf("%s: %d chapters listed, want the %d each sentence gives", name, len(k.chapters), len(chapters))
		}
		if name == "essay" && (len(k.hedges) == 0 || len(k.verdicts) == 0 || len(k.chapters) == 0) {
			t.Errorf("essay: %d hedges, %d verdicts, %d chapters; want some of each", len(k.hedges), len(k.verdicts), len(k.chapters))
		}
	}
}
