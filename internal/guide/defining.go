package guide

import (
	"strings"

	"studyguide/internal/lazyregexp"
)

// Shapes of a sentence that says what a term it sets off is or means,
// though no cue word of definesTerm shows it.
var (
	// complementCopulaRe ends the words before a term that is the
	// complement of "be" or "become": "Their creed was "laissez faire"".
	complementCopulaRe = lazyregexp.New(`(?i)\b(?:is|are|was|were|be|been|become|becomes|became)\s+(?:(?:not|only|merely|simply|nothing but|no other than|no more than|a|an|the|what\s+\p{L}+\s+(?:call|called|calls))\s+)*["“‘']?$`)
	// restatedRe ends the words before a term that restates what comes
	// before it: "-- in short, of "lack of democracy"", "that is, "Y"".
	restatedRe = lazyregexp.New(`(?i)(?:\bin short|\bin a word|\bin brief|\bthat is|\bi\.\s?e\.|\bin other words|\bnamely|\bor rather)\s*,?\s*(?:(?:of|to|as|for|by|in|with|from|on)\s+)?(?:(?:a|an|the)\s+)?["“‘']?$`)
	// namingVerbRe ends the words before a term that names what comes
	// before it: "the class of the proletariat, which was designated as
	// the "Party of Jivago"".
	namingVerbRe = lazyregexp.New(`(?i)\b(?:called|termed|known as|named|designated(?:\s+as)?|styled|dubbed|denominated|christened|nicknamed|labell?ed(?:\s+as)?)\s+(?:(?:a|an|the)\s+)?["“‘']?$`)
	// parallelPrepRe finds the preposition that opens the phrase a term
	// ends, after a comma: "by diplomacy and suaveness, by "policy"".
	parallelPrepRe = lazyregexp.New(`(?i),\s+(by|with|in|through|of|for|from|to|on|as)\s+(?:(?:a|an|the|mere)\s+)?["“‘']?$`)
)

// saysWhatTermIs reports whether sentence text says what term is or
// means, so that a student can define the term from it alone: a
// definition definesTerm finds, the term as the subject of "is" or
// "means", as the complement of "is", named by a verb of naming
// ("designated as"), restating what comes before it ("in short", "that
// is"), or set beside a phrase it restates under the same preposition
// ("by diplomacy and suaveness, by "policy" alone"). A sentence that only
// uses the term ("returning it to "agitation and propaganda" might
// suggest ...") gives a student nothing to define it from.
func saysWhatTermIs(text, term string) bool {
	if d, _ := definesTerm(text, term); d {
		return true
	}
	for _, at := range termSpans(text, term) {
		before, after := text[:at[0]], text[at[1]:]
		switch {
		case subjectCopulaRe.MatchString(after), meansAfterRe.MatchString(after),
			complementCopulaRe.MatchString(before) && !participleTerm(term), restatedRe.MatchString(before),
			namingVerbRe.MatchString(before), parallelPhrase(before):
			return true
		}
	}
	return false
}

// parallelPhrase reports whether the words before a term end on a
// phrase that repeats the preposition of the phrase before its comma,
// within the clause: "by diplomacy and suaveness, by "policy"" restates
// the first phrase in the second.
func parallelPhrase(before string) bool {
	m := parallelPrepRe.FindStringSubmatchIndex(before)
	if m == nil {
		return false
	}
	prep := strings.ToLower(before[m[2]:m[3]])
	clause := before[:m[0]]
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	ws := strings.Fields(clause)
	// The earlier phrase stands just before the comma: its preposition
	// opens it, at most six words back, with no verb after it.
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
		if strings.ToLower(ws[i]) == prep {
			return i < len(ws)-1 && !hasFiniteVerb(strings.Join(ws[i+1:], " "))
		}
	}
	return false
}

// participleTerm reports whether a term opens on a participle in -ed,
// which after "be" is a passive, not a complement that says what
// something is: "could ever be "voted out" of power".
func participleTerm(term string) bool {
	w, _, _ := strings.Cut(term, " ")
	return isLowerWord(w) && strings.HasSuffix(w, "ed")
}
