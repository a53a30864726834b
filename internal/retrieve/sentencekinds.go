package retrieve

import (
	"sync"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// sentenceKinds indexes the corpus's sentences of the kinds a question
// may favour or lower the passages of: hedges and verdicts (see
// favourVerdicts) and chapters given (see favourChapters). It is read
// once per corpus, on the first question that looks for one, so that a
// question finds its passages among a few sentences rather than reading
// every sentence's voice again. The kinds of source a passage cites are
// read apart, on the passage's whole text (see citedKinds).
type sentenceKinds struct {
	once sync.Once
	// hedges are the statements granting that something cannot be
	// known (see limitRe); verdicts, the other statements saying what a
	// thing would (not) have done (see verdictStems); chapters, the
	// sentences giving a chapter by its number (see chapterRe). Each
	// lists its sentences in the corpus's order.
	hedges, verdicts, chapters []kindSentence
}

// kindSentence is a sentence of some kind: the position of its passage
// in the corpus, and the stems that say what the sentence is of: all of
// a hedge's or of a chapter given, the few before "would have" of a
// verdict.
type kindSentence struct {
	passage int
	stems   []string
}

// sentenceKinds returns the corpus's sentences by kind.
func (r *Retriever) sentenceKinds() *sentenceKinds {
	k := &r.kinds
	k.once.Do(func() {
		for i, p := range r.Corpus.Passages {
			for _, sn := range p.Sentences {
				k.add(i, sn)
			}
		}
	})
	return k
}

// add files sentence sn, of the passage at position i, under its kinds.
func (k *sentenceKinds) add(i int, sn essay.Sentence) {
	if chapterRe.MatchString(sn.Text) {
		k.chapters = append(k.chapters, kindSentence{i, terms.Stems(sn.Text)})
	}
	switch {
	case sn.Question:
	case limitRe.MatchString(sn.Text):
		k.hedges = append(k.hedges, kindSentence{i, terms.Stems(sn.Text)})
	default:
		if v := verdictStems(sn.Text); len(v) > 0 {
			k.verdicts = append(k.verdicts, kindSentence{i, v})
		}
	}
}

// passagesOf returns the positions of the passages holding a sentence
// among sns for which of holds, each once, in the corpus's order.
func passagesOf(sns []kindSentence, of func(stems []string) bool) []int {
	var out []int
	for _, sn := range sns {
		if (len(out) == 0 || out[len(out)-1] != sn.passage) && of(sn.stems) {
			out = append(out, sn.passage)
		}
	}
	return out
}
