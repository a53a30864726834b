package retrieve

import (
	"slices"
	"sync"

	"studyguide/internal/index"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// namesRun reports whether the stems of a passage name a name made of
// common words, run (the corpus never holds it as such: see unknownRuns),
// in a word of its own concept: one that WordNet says pertains to what two
// neighbours of it name ("mediev" for "middl age"), or is a kind of it.
// A word it is a kind of ("war" for "the Second World War") does not.
func (r *Retriever) namesRun(run []string, stems map[string]bool) bool {
	for i := 1; i < len(run); i++ {
		pair := r.concepts(run[i-1] + " " + run[i])
		if len(pair) == 0 {
			continue
		}
		for t := range stems {
			if leads(pair, r.concepts(t)) {
				return true
			}
		}
	}
	return false
}

// kinIn reports whether stems hold a word of the same concept as stem s
// (see kin).
func (r *Retriever) kinIn(s string, stems map[string]bool) bool {
	return r.kinAmong(s, stems, false)
}

// kinAmong reports whether stems hold a word of the same concept as stem
// s (see kin), leaving out, when specific is set, the words of stems of
// the most general kinds (see generalKinds): "relative" is a kind of
// "person", as every word for someone is, and a sentence on a leader's
// "personal" archive says nothing of who is related to whom. Asked, such
// a word is held by any of its kinds: "pay some people more" by a
// sentence on paying specialists. The corpus's stems are read from the
// index (see corpusKin); only others are looked up.
func (r *Retriever) kinAmong(s string, stems map[string]bool, specific bool) bool {
	cs := r.concepts(s)
	if len(cs) == 0 {
		return false
	}
	inCorpus := r.corpusKin(s, cs)
	for t := range stems {
		if specific && generalKinds()[t] {
			continue
		}
		if r.Index.BM25.Has(t) {
			if inCorpus[t] {
				return true
			}
		} else if kin(cs, r.concepts(t)) {
			return true
		}
	}
	return false
}

// generalKinds are the stems of the nouns for the most general kinds of
// thing, which many words are kinds of.
var generalKinds = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"person", "people", "thing", "object", "entity", "being", "act", "event", "matter", "group"} {
		out[terms.Stem(w)] = true
	}
	return out
})

// kin reports whether two words' concepts say nearly the same: the
// commonest sense of one is a sense of the other, or what the other is a
// kind of ("mariner" is a kind of "sailor"; "perquisite" a sense of
// "benefit"). Concepts shared further up, or by rarer senses, join words
// too loosely to count ("engineer" and "use").
func kin(a, b []thesaurus.Concept) bool {
	return leads(a, b) || leads(b, a)
}

// leads reports whether a concept a word stands for in its commonest
// sense (weight 1) stands in b at kinWeight or more.
func leads(a, b []thesaurus.Concept) bool {
	for _, c := range a {
		if c.Weight < 1 {
			break
		}
		for _, d := range b {
			if d.ID == c.ID && d.Weight >= kinWeight {
				return true
			}
		}
	}
	return false
}

// kinWeight is the least weight of a concept in a word for kin: a second
// sense (1/2) or the commonest sense's direct hypernym (0.6), as the table
// rounds them to ninths. The index keeps the corpus's concepts down to the same weight.
const kinWeight = float64(index.MinConceptNinths) / 9

// sameConcept returns the corpus's stems of nearly the same concept as
// stem (see kin), leaving out those already searched: "pay" for
// "paycheck", "expert" for "specialist", which WordNet does not list as
// synonyms of their commonest senses.
func (r *Retriever) sameConcept(stem string, searched []string) []string {
	cs := r.concepts(stem)
	if len(cs) == 0 {
		return nil
	}
	var out []string
	add := func(t string) {
		if t != stem && !slices.Contains(searched, t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	for _, c := range cs {
		if c.Weight < kinWeight {
			break
		}
		// The index lists the corpus's stems standing for c at kinWeight
		// or more. Kin either way: the stem's commonest sense is one of
		// t's (leads(cs, t)), or t's commonest sense is one of the stem's.
		r.Index.ConceptStems(c.ID, func(t string, weight float64) {
			if c.Weight >= 1 || weight >= 1 {
				add(t)
			}
		})
	}
	slices.Sort(out)
	return out
}

// familyTie reports whether stem s names a tie of family ("mother",
// "wife", "son"): a text that names someone's father says nothing of his
// mother, though WordNet sets the two words side by side, and "Who was
// X's mother?" is answered only by a sentence that says "mother". Such a
// word is held by itself alone (see heldNear), never by a word of the
// same concept or a related one.
func familyTie(s string) bool {
	return familyTies()[s]
}

// familyTies are the stems of the nouns for ties of family, general
// English.
var familyTies = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"mother", "father", "parent", "parents", "mom", "mum", "dad", "son", "daughter",
		"brother", "sister", "sibling", "wife", "husband", "spouse", "widow", "widower", "uncle", "aunt",
		"nephew", "niece", "cousin", "grandfather", "grandmother", "grandson", "granddaughter", "grandparent",
		"grandchild", "stepfather", "stepmother", "stepson", "stepdaughter", "fiance", "fiancee"} {
		out[terms.Stem(w)] = true
	}
	return out
})
