package retrieve

import "studyguide/internal/essay"

// answerReach is how many of a question's best passages an answer may
// quote from (the few ask retrieves): a part is unanswered when none of
// them gives what it asks, however many more were ranked.
const answerReach = 4

// unanswered returns the kind of fact a later part of a question asks,
// searched as a question of its own (s), that the text does not give, or
// "". The part (one naming its own subject, not pointing back to an
// earlier part's: "and when is it coming out?" asks of a thing its
// words do not name) is declined on ev, its own best passage's
// evidence, as asking a kind of fact that passage never gives (a year, a
// number, a place; see groundTests), and the passages of hits, those
// found for the question as a whole, give none either. A part declined
// for its words alone may be answered where the part before it is
// ("... and who was he talking to?" shares few words with the sentence
// naming whom), and one asking
// a year its own passage lacks may find it beside the thing the question
// names ("That article, what journal was it in, and what year?"). The
// first part is left to the question as a whole: "When he saw it grow,
// what did he fear?" sets a scene with "when", and asks no time.
func (s *Search) unanswered(ev evidence, p Params, hits []Hit) string {
	if !givesNoFact(s.declinedBy(ev, p)) || len(hits) == 0 {
		return ""
	}
	hits = hits[:min(len(hits), answerReach)]
	passages := make([]*essay.Passage, len(hits))
	for i, h := range hits {
		passages[i] = h.Passage
	}
	again := s.r.evidence(s.Q, passages).declinedBy(s.Q, p, s.similarity)
	if !givesNoFact(again) {
		return ""
	}
	return again
}

// givesNoFact reports whether a decline named so says the passage does
// not give a kind of fact the question asks (see groundTests' unasked).
// What a thing is is not one of them: a later part asking "what was the
// notion?" of what the part before explains is answered there, though
// no sentence defines it.
func givesNoFact(name string) bool {
	return name != unrelated && name != neverDefines && looseDecline(name)
}

// neverDefines names the test declining a question asking what a thing
// is that the text names without defining it.
const neverDefines = "asks what the text never defines"
