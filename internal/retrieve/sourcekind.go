package retrieve

import "slices"

// "primary" and "secondary" before a noun of a source name a kind of
// source ("Which primary records does the essay use?", "What secondary
// study does he cite?"), not a word of its subject: searched, "primary"
// found the essay's "A primary purpose of this essay" for questions about
// its evidence. Said of the text itself ("Is this essay a primary source
// or a secondary source?") they ask how much it rests on others' work,
// answered where the author says what he rests on ("almost entirely on
// the basis of others' research"), as Reliance is.

// sourceKinds name a source's kind.
var sourceKinds = words("primary", "secondary", "firsthand", "secondhand")

// sourceKindNouns name a source a kind word may stand before.
var sourceKindNouns = words("source", "sources", "record", "records", "document", "documents", "documentation",
	"evidence", "material", "materials", "literature", "study", "studies", "work", "works", "scholarship",
	"account", "accounts", "one", "text", "texts")

// kindReach is how many words may stand between a kind word and its
// noun: "primary or secondary source", "primary archival documents".
const kindReach = 3

// namesSourceKind reports whether ws[i] is a kind word before a noun of a
// source, at most kindReach words on.
func namesSourceKind(ws []string, i int) bool {
	return sourceKinds[ws[i]] && slices.ContainsFunc(ws[i+1:min(len(ws), i+1+kindReach)], func(v string) bool { return sourceKindNouns[v] })
}

// textReach is how many words before a kind word may name the text it
// is said of: "Is this essay a primary source".
const textReach = 3

// asksTextsKind reports whether a question, given as its words, asks what
// kind of source the text itself is: a kind word before a noun of a
// source (see namesSourceKind) with a word naming the text at most
// textReach words before it.
func asksTextsKind(ws []string) bool {
	for i := range ws {
		if namesSourceKind(ws, i) && slices.ContainsFunc(ws[max(0, i-textReach):i], func(v string) bool { return textWords[v] && !writeWords[v] }) {
			return true
		}
	}
	return false
}
