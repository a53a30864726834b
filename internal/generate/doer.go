package generate

import (
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
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

// askedDoer returns the asking of a question of one part asking who did
// a thing ("who killed the envoy", from "Who killed the envoy?") and the
// stems that may say the deed: the verb's and those the text uses for it
// (see Query.Related); or "" and nil. "Who was ...", "Who did ..." and
// the like ask something else.
func askedDoer(q *retrieve.Query) (string, []string) {
	if q == nil || len(q.Parts) != 1 || len(q.Words) < 3 || q.Words[0] != "who" {
		return "", nil
	}
	verb := terms.Stems(q.Words[1])
	if len(verb) != 1 || !slices.Contains(q.Stems, verb[0]) {
		return "", nil
	}
	fields := strings.Fields(q.Asked)
	at := slices.IndexFunc(fields, func(f string) bool { return strings.EqualFold(strings.Trim(f, "\"“”'‘’(),;:.!?"), "who") })
	if at < 0 {
		return "", nil
	}
	asking := strings.TrimRight(strings.Join(fields[at:], " "), "?!. ")
	if strings.ContainsAny(asking, ",;:") {
		// "Who uses that phrase, which sources?" asks more than who.
		return "", nil
	}
	asking = "who" + asking[len("who"):]
	return asking, append([]string{verb[0]}, q.Related[verb[0]]...)
}

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
// determiner (see determiners) or a possessive ("the envoy's murder"), which names no doer
// without "by".
func nounAt(text string, ws []string, i int) bool {
	if i == 0 {
		return false
	}
	lower := strings.ToLower(text)
	return determiners[ws[i-1]] || strings.Contains(lower, ws[i-1]+"'s "+ws[i]) || strings.Contains(lower, ws[i-1]+"’s "+ws[i])
}

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

// withoutDoer is, for a question asking who did a thing whose answer
// names no doer (see doerUnnamed), the clause saying so (see joinUnsaid)
// and the chosen sentences of each passage in the text's order, for
// none of them answers before another; otherwise "" and chosen as they
// are.
func withoutDoer(chosen []candidate, q *retrieve.Query, passages []*essay.Passage) (string, []candidate) {
	asking, deed := askedDoer(q)
	if asking == "" {
		return "", chosen
	}
	object := slices.DeleteFunc(slices.Clone(q.Stems), func(st string) bool { return st == deed[0] })
	if !doerUnnamed(chosen, deed, object, passages) {
		return "", chosen
	}
	out := slices.Clone(chosen)
	for _, c := range chosen {
		// Each passage's sentences take the places its sentences held.
		var at []int
		for i, o := range out {
			if o.passage == c.passage {
				at = append(at, i)
			}
		}
		mine := make([]candidate, len(at))
		for k, i := range at {
			mine[k] = out[i]
		}
		slices.SortStableFunc(mine, func(a, b candidate) int { return a.index - b.index })
		for k, i := range at {
			out[i] = mine[k]
		}
	}
	return "The text does not say " + asWritten(asking, chosen) + "; ", out
}

// asWritten returns asking with each word the chosen sentences write
// capitalized written so: "who murdered the envoy" asked in lower case
// is said as the text names him.
func asWritten(asking string, chosen []candidate) string {
	fields := strings.Fields(asking)
	for i, f := range fields {
		if i == 0 {
			continue
		}
		for _, c := range chosen {
			for _, w := range strings.FieldsFunc(c.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if strings.EqualFold(w, f) && unicode.IsUpper([]rune(w)[0]) {
					fields[i] = w
				}
			}
		}
	}
	return strings.Join(fields, " ")
}

// joinUnsaid joins unsaid, the clause saying what the text does not say
// (see withoutDoer), to answer in one sentence, so that it reads with
// the quotation it cites and makes no claim of its own: a lead that opens
// with a common word ("In a footnote", "The author") goes on in lower
// case, one that opens with a name as it is.
func joinUnsaid(unsaid, answer string) string {
	if unsaid == "" {
		return answer
	}
	for _, w := range []string{"In ", "The ", "Earlier ", "Later "} {
		if strings.HasPrefix(answer, w) {
			return unsaid + strings.ToLower(w[:1]) + answer[1:]
		}
	}
	return unsaid + answer
}
