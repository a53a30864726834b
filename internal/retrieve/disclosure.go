package retrieve

import "slices"

// A question may ask whether the author discloses an interest of his own
// in what he writes ("Does the author disclose anything that could count
// as a conflict of interest, like a forthcoming publication of his
// own?"): it asks his stance, answered where he speaks of his own work
// (a note announcing an article he is preparing), in words the question
// seldom shares. "conflict of interest" names a stance, not a conflict;
// "forthcoming" asks for work to come, which the text announces in words
// of its own ("publication planned for"). Searched, each declined the
// question as one about things the text never mentions.

// conflictOfInterest reports whether ws[i] is a word of "conflict of
// interest" ("conflicts of interest", "conflicting interests" aside).
func conflictOfInterest(ws []string, i int) bool {
	at := func(j int) string {
		if j >= 0 && j < len(ws) {
			return ws[j]
		}
		return ""
	}
	isConflict := func(w string) bool { return w == "conflict" || w == "conflicts" }
	isInterest := func(w string) bool { return w == "interest" || w == "interests" }
	switch {
	case isConflict(ws[i]):
		return at(i+1) == "of" && isInterest(at(i+2))
	case ws[i] == "of":
		return isConflict(at(i-1)) && isInterest(at(i+1))
	case isInterest(ws[i]):
		return at(i-1) == "of" && isConflict(at(i-2))
	}
	return false
}

// asksConflictOfInterest reports whether a question, given as its
// words, names a conflict of interest: it asks the author's stance.
func asksConflictOfInterest(ws []string) bool {
	for i := range ws {
		if conflictOfInterest(ws, i) {
			return true
		}
	}
	return false
}

// comingHeld reports whether w asks for work still to come (see
// comingWords) in a corpus where the author announces some: the text
// holds what it asks for, though never the word, as kindHeld finds of a
// kind of source.
func (r *Retriever) comingHeld(w string) bool {
	return comingWords[w] && slices.Contains(r.citedKinds().coming, true)
}
