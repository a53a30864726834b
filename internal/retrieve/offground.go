package retrieve

import "slices"

// groundTest is one reason a question is off the text's ground whatever
// its words' support (see offGround): every such reason stands in
// groundTests, so that a reader sees in one place why a question may be
// declined, and a decline can say which reason it was (see
// Result.DeclinedBy).
type groundTest struct {
	// name says the reason in a few words.
	name string
	// unasked is set for a kind of fact the question asks that the
	// passage does not give (see unasked): a clause of a question asking
	// two things that is addressed on its own still answers it (see
	// clauseAnswered).
	unasked bool
	// off reports whether the reason holds of the question under p.
	off func(e *evidence, q *Query, p Params) bool
}

// UntoldFate is Result.DeclinedBy for a question asking what became of
// someone later than the text tells (see untoldFate): its decline says
// so, since the words the text lacks ("eventually") are the asking, not
// what the text is silent on.
const UntoldFate = "asks what became of someone later than the text tells"

// groundTests are the reasons a question is off the text's ground, in
// the order they are tried; the first that holds names the decline.
var groundTests = []groundTest{
	// The question names something the corpus never mentions, and the
	// passage holds less than p.NameCoverage of its weight, the name aside.
	{name: "names something the text never mentions", off: func(e *evidence, q *Query, p Params) bool {
		return e.names && e.nameCoverage < p.NameCoverage
	}},
	// It asks what someone thought, said or did whom the corpus never
	// names (see askerNamed).
	{name: "asks of someone the text never names", off: func(e *evidence, q *Query, p Params) bool { return e.lackedAsker }},
	// It types in capitals a name the corpus neither uses nor writes out
	// (see unknownAcronym).
	{name: "names an acronym the text never uses", off: func(e *evidence, q *Query, p Params) bool { return e.unknownAcronym }},
	// It types in capitals a stop word that names a country or a trade
	// ("US"), which the corpus never writes so (see stopAcronym).
	{name: "names in capitals what the text never writes so", off: func(e *evidence, q *Query, p Params) bool { return e.acronym }},
	// It asks of a common thing that the text names only in a name (see
	// commonOfName).
	{name: "asks of a common thing the text names only in a name", off: func(e *evidence, q *Query, p Params) bool { return e.commonOfName }},
	// What it asks names a year or a decade the text never reaches (see
	// askedYears).
	{name: "asks of a year the text never reaches", off: func(e *evidence, q *Query, p Params) bool { return askedYears(q) }},
	// It names a year the corpus gives only as a citation's date (see
	// citedYear).
	{name: "asks of a year the text gives only in a citation", off: func(e *evidence, q *Query, p Params) bool { return e.citedYear }},
	// It asks a fact of the text as a publication, or of its author's
	// life outside it, that no sentence states (see unstatedPublication).
	{name: "asks a fact of publication the text never states", off: func(e *evidence, q *Query, p Params) bool { return e.unstated }},
	// It asks what a thing the corpus names said or held about a topic
	// that no sentence naming it holds (see unsaidAbout).
	{name: "asks what someone said of what the text never has him say", off: func(e *evidence, q *Query, p Params) bool { return e.unsaid }},
	// It asks how a thing stands today, and no sentence naming it speaks
	// of the present (see unstatedNow).
	{name: "asks how something stands today", off: func(e *evidence, q *Query, p Params) bool { return e.unstatedNow }},
	// It asks what a thing did that the corpus names only in passing,
	// never as a doer (see neverDoer).
	{name: "asks the deeds of something the text names in passing", off: func(e *evidence, q *Query, p Params) bool { return e.neverDoer }},
	// It asks which things of a kind did something, and the corpus writes
	// the kind's word only in the titles of works it cites (see
	// askedOnlyTitled).
	{name: "asks of a kind the text names only in titles", off: func(e *evidence, q *Query, p Params) bool { return e.onlyTitled }},

	// The kinds of fact a question asks that no sentence of the passage
	// holding what is asked about gives.

	// The title of a work of someone the corpus names, when no sentence
	// naming him gives one (see untitled).
	{name: "asks a title the text never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.untitled }},
	// What a thing is that the corpus names without defining it (see
	// undefined).
	{name: neverDefines, unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.undefined }},
	// What else someone wrote than what the text cites of him (see
	// otherWorks).
	{name: "asks of other works the text never cites", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.otherWorks }},
	// Exactly what someone concluded, when the text only says that he did
	// (see unstatedConclusion).
	{name: "asks a conclusion the text never states", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.unconcluded }},
	// Who wrote or said the words it quotes, when the passage names no one
	// beside them (see unauthored).
	{name: "asks who said words the text quotes unattributed", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.unauthored }},
	// Who did something, when the passage gives the doer only as an
	// indefinite pronoun (see unnamedDoer).
	{name: "asks a doer the text leaves unnamed", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.unnamed }},
	// What became of someone later, when no sentence naming him tells
	// of a later time or of his end (see untoldFate).
	{name: UntoldFate, unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.untoldFate }},
	// Who came after someone, when no sentence naming him tells (see
	// unsucceeded).
	{name: "asks a successor the text never names", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.unsucceeded }},
	// How the asker is to do something, of a passage that gives no
	// instructions (see instructs).
	{name: "asks how to do something", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).howTo && !e.instructs }},
	// A sum of money (see asksAmount).
	{name: "asks a sum the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).amount && !e.amount }},
	// What someone died of (see asksCause).
	{name: "asks a cause of death the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).cause && !e.cause }},
	// Who held an office (see holderRe).
	{name: "asks an office's holder the passage never names", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).holder && !e.holder }},
	// In what year (see dates).
	{name: "asks a year the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).date && !e.year }},
	// Where someone was born, lived or worked (see asksWhere).
	{name: "asks a place the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).where && !e.place }},
	// How long or how old (see asksDuration).
	{name: "asks a length of time the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).duration && !e.duration }},
	// On what day (see asksDay).
	{name: "asks a day the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).day && !e.day }},
	// When (see timeRe).
	{name: "asks a time the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).when && !e.time }},
	// How many.
	{name: "asks a number the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return q.AsksCount && !e.count }},
	// A name (see namesOther).
	{name: "asks a name the passage never gives", unasked: true, off: func(e *evidence, q *Query, p Params) bool { return e.asked(q).name && !e.name }},

	// It asks something of a thing the corpus names, and no sentence
	// naming it holds p.RelationCoverage of what is asked (see relation):
	// "How did X die?" of a text naming X in passing.
	{name: unrelated, off: func(e *evidence, q *Query, p Params) bool {
		return e.relates && e.relation < p.RelationCoverage
	}},
}

// unrelated names the test declining a question that asks of a thing
// the corpus names what no sentence naming it says.
const unrelated = "asks of a named thing what no sentence naming it says"

// looseDecline reports whether a decline named so (see groundTests)
// says only that the passages the question's words find do not give
// what it asks, or say it of the thing it names: the sentences dating
// the events of a chronology (see Chronology) may still.
func looseDecline(name string) bool {
	if name == unrelated {
		return true
	}
	i := slices.IndexFunc(groundTests, func(t groundTest) bool { return t.name == name })
	return i >= 0 && groundTests[i].unasked
}

// offGround reports whether the question is off the text's ground
// whatever its words' support: one of groundTests holds.
func (e evidence) offGround(q *Query, p Params) bool {
	return e.offGroundBy(q, p) != ""
}

// offGroundBy returns the name of the first of groundTests that holds of
// q under p, or "" when none does. A kind of fact the passage does not
// give counts only when no clause of the question is addressed on its
// own (see clauseAnswered), which is weighed once, when first needed.
func (e evidence) offGroundBy(q *Query, p Params) string {
	e.asks = e.asked(q)
	answered := 0 // 1 when a clause is addressed, -1 when none is
	for _, t := range groundTests {
		if !t.off(&e, q, p) {
			continue
		}
		if t.unasked {
			if answered == 0 {
				answered = -1
				if e.clauseAnswered(p) {
					answered = 1
				}
			}
			if answered > 0 {
				continue
			}
		}
		return t.name
	}
	return ""
}

// unasked reports whether q asks for a kind of fact (a year, a time, a
// number, a place, a length of time, a day, a name, ...) that no sentence
// of the passage holding what is asked about gives: one of the
// groundTests marked unasked holds.
func (e evidence) unasked(q *Query) bool {
	e.asks = e.asked(q)
	for _, t := range groundTests {
		if t.unasked && t.off(&e, q, Params{}) {
			return true
		}
	}
	return false
}

// declinedBy returns why the evidence declines q under p (see abstains):
// too little support, a noun asked for that the corpus lacks, or the
// name of the ground test that holds; "" when it does not decline.
func (e evidence) declinedBy(q *Query, p Params, similarity float64) string {
	thin := e.found == 0 && !e.foundNear || e.support(p)+p.SimilarityWeight*similarity < p.MinSupport
	switch {
	case thin && !e.quotes:
		return "too little of the question in the text"
	case e.strange:
		return "asks for a thing the text never names"
	}
	return e.offGroundBy(q, p)
}
