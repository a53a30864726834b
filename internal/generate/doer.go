package generate

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// Asked who did a thing ("Who killed the envoy?"), a text often says only
// that it was done: "the envoy was in fact murdered", "the minister
// stated the envoy had been killed". Quoted alone, the second reads as
// naming the minister; the answer says first that the text names no one,
// then quotes what it does say, in the text's order.

// beForms make the participle after them passive: "was killed".
var beForms = words("be", "been", "being", "is", "are", "was", "were")

// deedReach is how many words may stand between a form of "be" and
// the participle ("was in fact murdered"), and between the participle and
// "by" naming the doer ("killed on the spot by").
const deedReach = 3

// doerUnnamed reports whether the chosen sentences say a deed but no
// doer: at least one of them holds a word of deed, and each such word
// stands in the passive or as a noun with no "by" after it; and no
// sentence of passages holding a word of object, the question's other
// stems, says the deed was done to it by someone (see doneTo): the
// answer may leave out the sentence naming the doer ("was put to death
// by his countrymen"), and the text would then say who after all.
func doerUnnamed(chosen []candidate, deed, object []string, passages []*essay.Passage) bool {
	said := false
	for _, c := range chosen {
		named, has := namesDoer(c.text, deed, object)
		if named {
			return false
		}
		said = said || has
	}
	if !said {
		return false
	}
	for _, p := range passages {
		for _, s := range p.Sentences {
			if !slices.ContainsFunc(terms.Stems(s.Text), func(st string) bool { return slices.Contains(object, st) }) {
				continue
			}
			if doneTo(s.Text, deed, object) {
				return false
			}
		}
	}
	return true
}

// doneTo reports whether text says who did a deed to what object names:
// a word of deed stands with "by" after it ("was put to death by his
// countrymen"), or active with a word of object after it ("the guards
// killed the envoy"). One done by the object ("the envoy, who had in
// fact stopped the inquiry") says nothing of who did it to him.
func doneTo(text string, deed, object []string) bool {
	ws := terms.Words(text)
	for i, w := range ws {
		if !slices.Contains(deed, terms.Stem(w)) {
			continue
		}
		after := ws[i+1 : min(len(ws), i+1+deedReach+1)]
		if slices.Contains(after, "by") {
			return true
		}
		if !passiveAt(ws, i) && !nounAt(text, ws, i) && slices.ContainsFunc(after, func(a string) bool { return slices.Contains(object, terms.Stem(a)) }) {
			return true
		}
	}
	return false
}

// namesDoer reports whether text may name who did a deed, a word of
// which stands in it active or with "by" after it, and whether it says
// the deed was done to what object names with no doer: a participle in
// the passive ("was in fact murdered") or a noun ("the envoy's murder"),
// in a sentence holding a word of object. A word of deed after "be" that
// is no participle ("would be bloody") says neither.
func namesDoer(text string, deed, object []string) (named, has bool) {
	ws := terms.Words(text)
	of := slices.ContainsFunc(terms.Stems(text), func(st string) bool { return slices.Contains(object, st) })
	for i, w := range ws {
		if !slices.Contains(deed, terms.Stem(w)) {
			continue
		}
		passive, noun := passiveAt(ws, i), nounAt(text, ws, i)
		if !passive && !noun || slices.Contains(ws[i+1:min(len(ws), i+1+deedReach+1)], "by") {
			return true, has
		}
		has = has || of && (noun || participle(w))
	}
	return false, has
}

// nounAt reports whether ws[i], a word of text, stands as a noun after a
// determiner (see determiners) or a possessive ("the envoy's murder"),
// not "that" opening a clause, or as a gerund after a word giving a topic ("the talks about closing
// the port"), which names no doer without "by".
func nounAt(text string, ws []string, i int) bool {
	if i == 0 {
		return false
	}
	if topicWords[ws[i-1]] && strings.HasSuffix(ws[i], "ing") {
		return true
	}
	// "That" before a participle opens a clause naming its doer before
	// it: "the forces that crushed the revolt".
	if ws[i-1] == "that" && participle(ws[i]) {
		return false
	}
	lower := strings.ToLower(text)
	return determiners[ws[i-1]] || strings.Contains(lower, ws[i-1]+"'s "+ws[i]) || strings.Contains(lower, ws[i-1]+"’s "+ws[i])
}

// topicWords give the topic of a talk or a thought, not its doer: a
// gerund after them ("debate around raising the tax") says a deed with
// no one doing it, where one after "in" or "for" ("succeeded in raising
// it") is done by the sentence's subject.
var topicWords = words("about", "around", "concerning", "regarding")

// passiveAt reports whether ws[i] follows a form of "be" within
// deedReach words.
func passiveAt(ws []string, i int) bool {
	for j := max(0, i-deedReach); j < i; j++ {
		if beForms[ws[j]] {
			return true
		}
	}
	return false
}
