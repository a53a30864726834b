package generate

import (
	"slices"
	"strings"

	"studyguide/internal/retrieve"
)

// A later part that points back at a thing an earlier part names and asks
// only how good or bad it was, in words no retrieved sentence holds
// ("What's the cult of personality, and was it bad?", "... and why does
// it matter?"), is answered by the next passage speaking of that thing:
// the text judges the thing in its own words ("the effect of the cult
// was authoritarian, and deeply anti-democratic"), seldom in the asker's
// plain "bad". Left to its word, the part gets no evidence at all. A part
// asking anything else of the thing ("... and when was it abolished?")
// is most often answered, if at all, by the passage already quoted, in
// words it does not share ("in the early '30s"); so is one asking what a
// person made of it ("... and did he see how bad it was?"), which the
// sentences on that person answer.

// ofThing returns the index in sents of the sentence that answers such a
// part p from a passage no earlier part quoted: of the first maxPassages
// hits, the one holding most, by weight, of the words the part points
// back to, names aside (a sentence naming the person whose thing it was
// speaks of him, not of it); of equal weights, the one read first in
// the text, which leans on no sentence before it. It returns -1 for any
// other part, or when no such sentence holds any of those words.
//
//   - chosen: the sentences chosen for earlier parts.
//   - leans: for each sentence, whether it leans on the one before it.
//   - names: the stems the passages write only as names (see writtenNames).
func ofThing(sents []sentence, p retrieve.Part, chosen []candidate, taken map[[2]int]bool, leans []bool, weights map[string]float64, names map[string]bool) int {
	if !p.Thing || len(p.Leans) == 0 || len(chosen) == 0 || !judgesOnly(p.Stems) || slices.ContainsFunc(p.Words, func(w string) bool { return personal[w] }) {
		return -1
	}
	best, at := 0.0, -1
	for i, s := range sents {
		if s.rank >= maxPassages || leans[i] || s.question || taken[[2]int{s.rank, s.index}] ||
			slices.ContainsFunc(chosen, func(c candidate) bool { return c.passage == s.passage }) {
			continue
		}
		w := 0.0
		for _, st := range p.Leans {
			if s.holds(st) && !names[st] {
				w += weights[st]
			}
		}
		if w > best || w == best && at >= 0 && s.rank == sents[at].rank && s.index < sents[at].index {
			best, at = w, i
		}
	}
	if at < 0 || best <= 0 {
		return -1
	}
	return at
}

// judgingStems are the stems of the plain words asking whether a thing
// was good or bad, or whether it mattered.
var judgingStems = stemSet("good", "bad", "evil", "harmful", "wrong", "right", "matter", "important", "importance",
	"significant", "dangerous", "terrible", "awful", "positive", "negative", "beneficial")

// judgesOnly reports whether stems, a part's, hold a judging word and no
// other word of their own: the stems cues stand in with (mindStem,
// reasonStem) count for none.
func judgesOnly(stems []string) bool {
	found := false
	for _, st := range stems {
		switch {
		case strings.HasPrefix(st, "\x00"):
		case judgingStems[st]:
			found = true
		default:
			return false
		}
	}
	return found
}
