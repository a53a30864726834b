package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
)

// Asked what a thing would have done ("Why does he doubt the charter
// would have worked?", "What does the author conclude the charter would
// have failed to do?"), a text may answer twice: with a verdict ("the
// charter, even if signed, would not have ended the feud") and with a
// hedge ("since it was never tried, we can never know what it would have
// done"). The hedge shares the question's words as well as the verdict
// does, and often more, but only the verdict says what the thing would
// have done; the hedge answers a question asking what can be known of
// it, which is read as such (see Limits). favourVerdicts lowers the
// passages that only hedge on the thing below the one giving a verdict.

// hedgeShare is the share of its score a passage keeps when it only
// grants that what the thing asked about would have done cannot be
// known, and another passage says what it would have done.
const hedgeShare = 0.7

// favourVerdicts lowers, for a question asking what a thing would have
// done and not what can be known of it, the passages granting that it
// cannot be known of the thing (a sentence saying what cannot be known,
// holding a word of the thing) when some other passage gives a verdict
// on it (see verdictStems). A passage giving a verdict keeps its score
// whatever else it grants. The passages are found when the search is
// prepared (see hedgedPassages): scores runs for every weight
// cross-validation tries.
func (s *Search) favourVerdicts(scores []float64) {
	for _, i := range s.hedged {
		scores[i] *= hedgeShare
	}
}

// hedgedPassages returns the passages favourVerdicts lowers for question
// q, by position in the corpus, in its order: nil when q asks no thing
// would have done something, or asks what can be known of it, or no
// passage gives a verdict on it. It reads the corpus's hedges and
// verdicts from its index of sentences (see sentenceKinds).
func (r *Retriever) hedgedPassages(q *Query) []int {
	if q.Intent.Has(Limits) || hasAny(q.Words, knowWords) || hasAny(q.Words, doubtWords) || hasAny(q.Words, judgingWords) {
		return nil
	}
	thing := askedThing(q)
	if len(thing) == 0 {
		return nil
	}
	of := func(stems []string) bool {
		return slices.ContainsFunc(stems, func(st string) bool { return thing[st] })
	}
	k := r.sentenceKinds()
	verdicts := passagesOf(k.verdicts, of)
	if len(verdicts) == 0 {
		return nil
	}
	return slices.DeleteFunc(passagesOf(k.hedges, of), func(i int) bool { return slices.Contains(verdicts, i) })
}

// askedThing returns the stems of the thing a question asks would have
// done something: the words before its "would" or "could" followed by
// "have" ("the town charter would have worked" gives "town" and
// "charter"), back to a word of viewing or a stop word after the first
// word kept; nil when the question asks no such thing. Of a pronoun
// ("why does he doubt it would have worked?") it returns the question's
// other words before the modal, the words a pronoun can stand for.
func askedThing(q *Query) map[string]bool {
	ws := q.Words
	for m := 1; m < len(ws); m++ {
		if !counterModals[ws[m]] || !haveFollows(ws, m) {
			continue
		}
		thing := map[string]bool{}
		pronoun := thingPronouns[ws[m-1]]
		for j := m - 1; j >= 0 && (pronoun || j >= m-thingReach); j-- {
			w := ws[j]
			if viewingWords[w] || terms.IsStopword(w) {
				if len(thing) > 0 && !pronoun {
					break
				}
				continue
			}
			for _, st := range terms.Stems(w) {
				thing[st] = true
			}
		}
		if len(thing) > 0 {
			return thing
		}
	}
	return nil
}

// haveFollows reports whether "have" follows the modal at ws[m], past a
// "not" or "never" between them ("would never have").
func haveFollows(ws []string, m int) bool {
	j := m + 1
	if j < len(ws) && (ws[j] == "not" || ws[j] == "never") {
		j++
	}
	return j+1 < len(ws) && ws[j] == "have"
}

// verdictStems returns the stems of the few words of a sentence before
// each "would" or "could" that "have" follows, past a "not" or "never"
// ("the charter, even if signed" before "would not have"): what the
// sentence says would (not) have done something; nil when it says so of
// nothing.
func verdictStems(text string) []string {
	fields := strings.Fields(text)
	ws := make([]string, len(fields))
	for i, f := range fields {
		ws[i] = strings.ToLower(strings.Trim(f, "\"“”'‘’(),;:"))
	}
	var out []string
	for m := range ws {
		if !counterModals[ws[m]] || !haveFollows(ws, m) {
			continue
		}
		for _, v := range ws[max(0, m-verdictReach):m] {
			out = append(out, terms.Stems(v)...)
		}
	}
	return out
}

var (
	// judgingWords ask, as words of knowing do, what can be told of the
	// thing: "can we judge whether the charter would have worked?".
	judgingWords = words("judge", "tell", "assess", "gauge", "determine")
	// counterModals say what would or could have been.
	counterModals = words("would", "could")
	// thingPronouns stand for a thing named elsewhere in the question.
	thingPronouns = words("it", "they", "this", "that", "these", "those", "such")
	// viewingWords say whose view of the thing is asked, not the thing:
	// "does he doubt the charter would have worked?".
	viewingWords = words("think", "thinks", "thought", "believe", "believes", "doubt", "doubts", "doubted",
		"expect", "expects", "say", "says", "said", "suggest", "suggests", "argue", "argues", "claim",
		"claims", "feel", "feels", "suppose", "supposes", "conclude", "concludes", "concluded", "reckon", "reckons")
)

// thingReach is how many words before the modal of a question name the
// thing ("the town charter would"); verdictReach, how many before the
// modal of a sentence may ("the charter, even if signed, would").
const (
	thingReach   = 3
	verdictReach = 5
)
