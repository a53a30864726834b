package retrieve

import (
	"slices"

	"studyguide/internal/terms"
)

// A question asking where or by whom someone's work was published
// ("Who published Jivago's article?", "Which journal published Jivago's
// piece?") is answered by the citation naming him and the work, not by
// another passage that shares "article" and "publication" with it (the
// author announcing an article of his own). The work the question names
// by its owner is the one the text cites of him.

// workNounsOwned name a piece of writing a question may ask of by its
// owner. "papers" and "publication" are left out: "Jivago's papers" are
// his archive, and in "what post-Jivagan publication" the name owns
// nothing.
var workNounsOwned = words("article", "articles", "piece", "pieces", "book", "books", "study",
	"studies", "essay", "essays", "work", "works", "monograph", "monographs", "chapter")

// ownerSkips are the words that may stand between an owner's name and
// the noun of his work: "Jivago's 2004 article", "Jivago's own book".
var ownerSkips = words("own", "new", "recent", "latest", "first", "last", "short", "long")

// workOwners returns the stems of the names the question gives as the
// owners of a work: a name the corpus writes (see nameRuns) right before
// a noun of a work, its possessive dropped ("Jivago's piece"), or right
// after "by" after one ("the article by Jivago").
func (r *Retriever) workOwners(q *Query) []string {
	owners, _ := r.ownedWorks(q)
	return owners
}

// ownedWorks returns the stems of the names the question gives as the
// owners of a work (see workOwners) and the words naming the works they
// own.
func (r *Retriever) ownedWorks(q *Query) (owners, works []string) {
	runs := r.nameRuns(q, q.Stems)
	if len(runs) == 0 {
		return nil, nil
	}
	isName := func(w string) bool { _, ok := runs[terms.Stem(w)]; return ok }
	add := func(w, work string) {
		if s := terms.Stem(w); !slices.Contains(owners, s) {
			owners = append(owners, s)
		}
		if !slices.Contains(works, work) {
			works = append(works, work)
		}
	}
	ws := q.Words
	for i, w := range ws {
		if !workNounsOwned[w] {
			continue
		}
		j := i - 1
		for j >= 0 && (ownerSkips[ws[j]] || yearWordRe.MatchString(ws[j])) {
			j--
		}
		if j >= 0 && isName(ws[j]) {
			add(ws[j], w)
		}
		if i+2 < len(ws) && ws[i+1] == "by" && isName(ws[i+2]) {
			add(ws[i+2], w)
		}
	}
	return owners, works
}

// dropOwnedWorks leaves out of Stems and Missing the nouns of works the
// question names by their owners (see ownedWorks) that the corpus never
// uses: "Which journal published Jivago's piece?" asks of the work the
// text cites of him, which it calls by its title, not "piece", and was
// declined as never mentioning it.
func (q *Query) dropOwnedWorks(r *Retriever) {
	_, works := r.ownedWorks(q)
	for _, w := range works {
		st := terms.Stem(w)
		if r.Index.BM25.Has(st) {
			continue
		}
		if i := slices.Index(q.Stems, st); i >= 0 {
			q.Stems = slices.Delete(q.Stems, i, i+1)
			q.Specificity = slices.Delete(q.Specificity, i, i+1)
		}
		q.Missing = slices.DeleteFunc(q.Missing, func(m string) bool { return m == w })
	}
}

// ownedWorkShare is the part of its score a passage not naming the owner
// of the work a question asks of keeps (see favourOwnersWork): enough
// for the citation naming him to pass a passage sharing more of the
// question's other words, as "article" and "publication".
const ownedWorkShare = 0.5

// favourOwnersWork ranks, for a question asking of a work by its owner
// (see workOwners), the passages naming him ahead of those of nearly the
// same score that do not, which keep ownedWorkShare of their score.
func (s *Search) favourOwnersWork(scores []float64) {
	if len(s.Q.Parts) > 1 {
		// Each part is ranked on its own too (see partHits): the
		// passage answering another part need not name him.
		return
	}
	held := s.ownersHeld()
	if held == nil {
		return
	}
	for i := range scores {
		if scores[i] > 0 && !held[i] {
			scores[i] *= ownedWorkShare
		}
	}
}

// ownersHeld returns the passages naming the owners of the works the
// question asks of (see workOwners), by position; nil when it asks of
// none. They are read once for the search: finding the names in the
// question costs more than the rest of ranking it, and eval ranks each
// question under thousands of settings. The question's words, all they
// are read from, stay as analysed.
func (s *Search) ownersHeld() map[int]bool {
	if !s.ownersRead {
		if owners := s.r.workOwners(s.Q); len(owners) > 0 {
			s.owners = s.r.passagesHolding(owners)
		}
		s.ownersRead = true
	}
	return s.owners
}

// passagesHolding returns, by position, the passages a chunk of which
// holds one of stems.
func (r *Retriever) passagesHolding(stems []string) map[int]bool {
	of := r.positions().of
	out := map[int]bool{}
	for _, st := range stems {
		for _, p := range r.Index.BM25.Postings[st] {
			if i, ok := of[r.Index.Chunks[p.Doc].Ref]; ok {
				out[i] = true
			}
		}
	}
	return out
}
