package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// asksWhere reports whether q asks where someone was born, lived, worked
// or died, or where a thing is kept (see placedVerbs): only a passage naming a place beside it
// answers it. Other questions asking where ("Where can I read the full
// text?", "Where does the phrase come from?") are answered by a source
// or a cause as well as by a place.
//
// The verb must follow "where" with at most placedGap content words
// between, as its own verb: "Where does he get the idea that X's papers
// were destroyed after he died?" asks for a source, not a place of death.
func asksWhere(q *Query) bool {
	if asksSchool(q.Words) {
		return true
	}
	if len(q.Words) < 2 || q.Words[0] != "where" || openingClause(q.Text) != "" {
		return false
	}
	between := 0
	for _, w := range q.Words[1:] {
		switch {
		case placedVerbs[w]:
			return true
		case !terms.IsStopword(w):
			between++
		}
		if between > placedGap {
			return false
		}
	}
	return false
}

// asksSchool reports whether ws ask at what school someone teaches,
// works or studies: "what university does X teach at", "which college
// did he study at". It asks a place as "where" does.
func asksSchool(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if schools[ws[i]] && (ws[i-1] == "what" || ws[i-1] == "which") {
			return slices.ContainsFunc(ws[i+1:], func(w string) bool { return placedVerbs[w] })
		}
	}
	return false
}

// placedGap is how many content words may stand between "where" and the
// verb it asks of ("Where was the author of this essay born?").
const placedGap = 3

// placedVerbs say where a person is: born, living, working, teaching,
// studying, dying, buried; or where a thing is kept: held, kept, stored,
// housed ("Where is the manuscript of X held?"), which a text citing X's
// publisher does not say.
var placedVerbs = words("born", "live", "lives", "lived", "living", "work", "works", "worked", "working",
	"teach", "teaches", "taught", "teaching", "study", "studies", "studied", "die", "died", "buried", "grew", "raised",
	"held", "kept", "stored", "housed")

// places reports whether a sentence of passage p holds, or holds near, a
// placed verb of q (see asksWhere) and names a place: a capitalized word
// after its first whose commonest sense is a place ("Moscow", "New
// Jersey"), or a school ("University"). "... has a lot to teach future
// generations" does not say where its author teaches.
func (r *Retriever) places(q *Query, p *essay.Passage) bool {
	var verbs []string
	for _, w := range q.Words {
		if placedVerbs[w] {
			verbs = append(verbs, terms.Stem(w))
		}
	}
	for _, sn := range p.Sentences {
		held := words(terms.Stems(sn.Text)...)
		if !slices.ContainsFunc(verbs, func(s string) bool { return r.heldNear(q, s, held) }) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			lower := strings.ToLower(w)
			if schools[lower] || thesaurus.Place(terms.Stem(lower)) {
				return true
			}
		}
	}
	return false
}

// schools name a place of teaching or study.
var schools = words("university", "uni", "college", "school", "institute", "academy", "seminary")
