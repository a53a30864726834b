package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// chapterlessShare is the part of its score a passage keeps, asked which
// chapter of a work the text draws on, when it gives no chapter of that
// work and another passage does (see favourChapters).
const chapterlessShare = 0.6

// chapterRe finds a chapter given by its number: "Ch. 13", "chapter 4".
var chapterRe = lazyregexp.New(`\b(?:Ch|ch|Chs|chs)\.\s*\d|\b[Cc]hapters?\s+\d`)

// favourChapters lowers, for a question asking which chapter of a work
// the text draws on ("Which chapter of Jivago's book does he follow?"),
// the passages giving no chapter of it: a passage citing the work and
// its chapter ("Jivago, Ch. 13") answers, where one naming the work
// alone, however often, does not. It does nothing when no passage gives
// such a chapter, or when the chapter asked for is the text's own. The
// passages giving one are found when the search is prepared (see
// chapterPassages): scores runs for every weight cross-validation tries.
func (s *Search) favourChapters(scores []float64) {
	if len(s.chapters) == 0 {
		return
	}
	for i := range scores {
		if scores[i] > 0 && !slices.Contains(s.chapters, i) {
			scores[i] *= chapterlessShare
		}
	}
}

// chapterPassages returns the passages giving a chapter of the work
// question q asks a chapter of, by position in the corpus, in its
// order; nil when q asks none or no passage gives one. It reads the
// chapters given from the corpus's index of sentences (see
// sentenceKinds).
func (r *Retriever) chapterPassages(q *Query) []int {
	work := chapterWork(q.Words)
	if len(work) == 0 {
		return nil
	}
	return passagesOf(r.sentenceKinds().chapters, func(stems []string) bool {
		return slices.ContainsFunc(stems, func(st string) bool { return slices.Contains(work, st) })
	})
}

// chapterWork returns the stems of the first word naming the work a
// question asks a chapter of, "which chapter of <work>": the word after
// "of" or "in", past stop words, as written and without a possessive
// "s" ("jivagos" for "Jivago's" typed without its apostrophe); nil for
// any other question, or when the work is the text itself ("which
// chapter of the essay").
func chapterWork(ws []string) []string {
	for i := 1; i+2 < len(ws); i++ {
		if !headAskers[ws[i-1]] || ws[i] != "chapter" && ws[i] != "chapters" || ws[i+1] != "of" && ws[i+1] != "in" {
			continue
		}
		for _, w := range ws[i+2:] {
			if textWords[w] || w == "this" {
				return nil
			}
			if terms.IsStopword(w) {
				continue
			}
			out := terms.Stems(w)
			if bare, ok := strings.CutSuffix(w, "s"); ok && len(bare) > 2 {
				out = append(out, terms.Stems(bare)...)
			}
			return out
		}
	}
	return nil
}
