package retrieve

import (
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// labelRe finds a short label opening a question, up to a colon, and the
// question after it: "Quick question: did ...?". The label holds no mark
// of a clause or a sentence of its own.
var labelRe = lazyregexp.New(`^\s*([^:?!.,;()"“”]{1,40}):\s+(\S[^:]*\?)\s*$`)

// maxLabelWords is the most words a label may hold: a label is a few
// words ("Honest question", "Headline for the wrap-up"); a longer run
// before a colon is a clause of the question.
const maxLabelWords = 5

// labelAside returns the indices among terms.Words(text) of the words of
// a label that opens a question and says only how it is asked ("Full
// disclosure: does he ...?", "Honest opinion: ..."): the words of the
// label foreign to the corpus (see unrelatedWord). A word of the label
// that is the text's, or near one, may name the question's subject
// ("Pay gap: why ...?") and stays, and so does a label holding a name,
// written in capitals after its first word. What follows the colon must
// be a question of its own, opened by a question word or an auxiliary,
// and hold at least minLabelledWords words of the corpus, for the label
// to be only its frame: "Climate change: what does he think?" asks what
// he thinks of climate. Nil when there is no such label.
func (r *Retriever) labelAside(text string, ws []string) map[int]bool {
	m := labelRe.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	label, rest := m[1], terms.Words(m[2])
	if len(rest) == 0 || !openers[rest[0]] || len(capitalized(label)) > 0 || r.heldWords(rest) < minLabelledWords {
		return nil
	}
	lw := terms.Words(label)
	if len(lw) == 0 || len(lw) > maxLabelWords || len(ws) < len(lw) {
		return nil
	}
	var out map[int]bool
	for i, w := range lw {
		if ws[i] != w {
			return nil
		}
		if terms.IsStopword(w) || !r.unrelatedWord(terms.Stem(w)) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[i] = true
	}
	return out
}

// minLabelledWords is the fewest words of the corpus the question after
// a label must hold for the label to be only its frame.
const minLabelledWords = 2

// heldWords counts the distinct content words of ws whose stems the
// corpus holds.
func (r *Retriever) heldWords(ws []string) int {
	seen := map[string]bool{}
	for _, w := range ws {
		if s := terms.Stem(w); !terms.IsStopword(w) && r.Index.BM25.Has(s) {
			seen[s] = true
		}
	}
	return len(seen)
}

// unrelatedWord reports whether stem s is foreign to the corpus: it never
// uses it, nor any word the thesaurus relates to it or gives a sense of
// it ("benefit" for "perk").
func (r *Retriever) unrelatedWord(s string) bool {
	return !r.Index.BM25.Has(s) && len(r.kin(s, nil)) == 0 && len(r.sameConcept(s, nil)) == 0
}
