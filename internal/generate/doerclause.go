package generate

import (
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// The answer to a question asking who did a thing that the text tells
// with no doer (see doerUnnamed): what is asked, said as the text writes
// it, and the clause saying the text does not say it.

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
	return "The text does not say " + asWritten(asking, chosen) + "; ", inTextOrder(chosen)
}

// inTextOrder returns chosen with each passage's sentences in the text's
// order, taking the places its sentences held.
func inTextOrder(chosen []candidate) []candidate {
	out := slices.Clone(chosen)
	places := map[*essay.Passage][]int{}
	var passages []*essay.Passage
	for i, c := range chosen {
		if places[c.passage] == nil {
			passages = append(passages, c.passage)
		}
		places[c.passage] = append(places[c.passage], i)
	}
	for _, p := range passages {
		at := places[p]
		mine := make([]candidate, len(at))
		for k, i := range at {
			mine[k] = chosen[i]
		}
		slices.SortStableFunc(mine, func(a, b candidate) int { return a.index - b.index })
		for k, i := range at {
			out[i] = mine[k]
		}
	}
	return out
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
			// A sentence's first word is capitalized for opening it.
			for k, w := range strings.FieldsFunc(c.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if k > 0 && strings.EqualFold(w, f) && unicode.IsUpper([]rune(w)[0]) {
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
