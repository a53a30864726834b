package guide

// happens weighs a sentence as a story's scene, the way argues weighs a
// claim: one that tells an event in the past counts for more, with a
// moment named ("one night", "the next day") or a person doing it more
// again; one that says what is or may be ("might be seen at all
// seasons"), a generalization or a comment, for less. The Narrative's
// scenes were chosen as claims, and four of six were its reflections
// ("The same traits of character might be seen ...").
func (b *builder) happens(s *sentence) float64 {
	t := tenseOf(s.text)
	f := 1.0
	switch {
	case t.has(pastTold) && !t.has(present):
		f = toldScene
	case t.has(modal) || !t.has(pastTold):
		f = untoldScene
	}
	if sceneRe.MatchString(s.text) {
		f *= momentScene
	}
	if t.has(pastEdAfterPronoun) || len(b.peopleIn(s.text)) > 0 {
		f *= actorScene
	}
	return f
}

// The weights happens gives: a told event, a sentence that tells no
// event or says what may be, a named moment and a person acting.
const (
	toldScene   = 1.25
	untoldScene = 0.5
	momentScene = 1.5
	actorScene  = 1.2
)

// untoldBelow is the weight under which happens reads a sentence as
// telling no event: above an untold one's with a moment and a person
// (0.9), below any other's.
const untoldBelow = 1.0
