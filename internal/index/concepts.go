package index

import (
	"slices"

	"studyguide/internal/thesaurus"
)

// MinConceptNinths is the least weight, in ninths, at which a stem's
// concept is kept in the index's concept table (see ConceptStems): a
// second sense of the word, or what its commonest sense is a kind of.
// Retrieval relates words no more loosely than that.
const MinConceptNinths = 5

// ConceptStem is one corpus stem standing for a WordNet concept: the
// concept's ID, the stem's position among the index's sorted terms, and
// how strongly, in ninths (9 for the stem's commonest sense).
type ConceptStem struct {
	Concept, Term, Ninths uint32
}

// conceptTable lists, for every term of b, the concepts it stands for at
// MinConceptNinths or more, sorted by concept, then term. Built with the
// index, so that a question word the corpus lacks finds the corpus's words
// of its concept without looking up every word the corpus uses.
//
//   - terms: b's terms, sorted, as the saved file lists them.
func conceptTable(terms []string) []ConceptStem {
	var out []ConceptStem
	for i, t := range terms {
		for _, c := range thesaurus.Concepts(t) {
			n := uint32(c.Weight*9 + 0.5)
			if n >= MinConceptNinths {
				out = append(out, ConceptStem{Concept: uint32(c.ID), Term: uint32(i), Ninths: n})
			}
		}
	}
	slices.SortFunc(out, func(a, b ConceptStem) int {
		if a.Concept != b.Concept {
			return int(a.Concept) - int(b.Concept)
		}
		return int(a.Term) - int(b.Term)
	})
	return out
}

// ConceptStems calls fn with each corpus stem that stands for concept id,
// and how strongly (from MinConceptNinths/9 to 1), in the order of the
// terms.
func (ix *Index) ConceptStems(id int, fn func(stem string, weight float64)) {
	i, _ := slices.BinarySearchFunc(ix.concepts, uint32(id), func(c ConceptStem, id uint32) int {
		return int(c.Concept) - int(id)
	})
	for ; i < len(ix.concepts) && ix.concepts[i].Concept == uint32(id); i++ {
		c := ix.concepts[i]
		fn(ix.terms[c.Term], float64(c.Ninths)/9)
	}
}
