package retrieve

import (
	"slices"

	"studyguide/internal/essay"
)

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
func (s *Search) unanswered(ev evidence, p Params, hits []Hit, part Part) string {
	q := ownAsking(s.Q, part)
	if !givesNoFact(ev.declinedBy(q, p, s.similarity)) || len(hits) == 0 {
		return ""
	}
	hits = hits[:min(len(hits), answerReach)]
	passages := make([]*essay.Passage, len(hits))
	for i, h := range hits {
		passages[i] = h.Passage
	}
	again := s.r.evidence(q, passages).declinedBy(q, p, s.similarity)
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

// askedAlone returns the query of a part of q, a question of several,
// searching the part's stems (with those of the part it points back to,
// for a thing: "and what did they learn from it?") and asking only the
// kinds of fact the part asks in its own words (see ownAsking).
func askedAlone(q *Query, part Part) *Query {
	stems := part.Stems
	if part.Thing {
		stems = append(slices.Clone(stems), part.Leans...)
	}
	return ownAsking(q.only(stems), part)
}

// ownAsking returns q asking only the kinds of fact part asks in its own
// words: in "Which states were in the league, and how many envoys did
// they send?" the first part asks no number, and the passage naming the
// states answers it though it counts no envoys; "and what did they learn
// from it?", searched with the words of the part before it, asks no year
// for that part's "what year".
func ownAsking(q *Query, part Part) *Query {
	if len(part.Words) == 0 {
		return q
	}
	own := *q
	own.Text, own.Words = part.Asked, part.Words
	own.AsksYear, own.AsksWhen, own.AsksCount = asksYear(part.Words), part.Words[0] == "when", asksCount(part.Words)
	own.Subject = subjectOf(own.Stems)
	return &own
}

// standsAlone reports whether a part of a question whose words ask a
// kind of fact the text does not give (by names the decline, see
// groundTests), q as the part asks it alone (see askedAlone), may be
// answered for itself, the question then answered for it. It asks with
// a question word ("and what did the poet learn from it?", "The league,
// which states were in it?"), naming in its own words something the
// corpus names, in words the text holds ("and which congress was he
// answering?" of a text never saying "answer" is not), and does not ask
// that kind of fact itself, weighed against the question's own passages
// (whole). One naming only what it points back to ("and how did it
// end?") asks of the thing whose fact the text lacks, and the passages
// naming that thing rarely answer it; nor do they answer whether it ever
// did something ("and did his letters ever come out in French?").
func (r *Retriever) standsAlone(q *Query, part Part, whole evidence, by string, p Params) bool {
	if !slices.ContainsFunc(part.Words, asksWh) {
		return false
	}
	if slices.ContainsFunc(part.Words, func(w string) bool { return slices.Contains(q.Missing, w) }) {
		return false
	}
	return len(r.nameRuns(q, part.Stems)) > 0 && whole.offGroundBy(ownAsking(q, part), p) != by
}
