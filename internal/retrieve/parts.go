package retrieve

import (
	"slices"
	"strings"

	"studyguide/internal/terms"
)

// Part is one of the questions a question asks: "What was the cult of
// personality, and did he like it?" asks two, and an answer owes each its
// own evidence.
type Part struct {
	// Stems are the part's own content stems, a subset of Query.Stems.
	Stems []string
	// Leans are the stems of the part before that its pronouns point back
	// to ("did he like it?" leans on "the cult of personality").
	Leans []string
	// Thing is set when the part points back with a word standing for a
	// thing or a group ("it", "that", "their"), not only for one person
	// ("he", "his"), who may be one the earlier part does not name (the
	// author, asked of his own admissions).
	Thing bool
	// OfText is set when the part's own words ask something of the text
	// itself (see Intent) or name its author: in "did the leader's plan
	// allow rival parties, and what does he want researched?" only the
	// second does.
	OfText bool
	// Words are the part's words as asked, stop words included: a verb
	// of wanting ("what did the leader want?") is a stop word, and tells
	// which part asks what someone thought.
	Words []string
	// Asked is the part as it was written, for an answer to name a part
	// the text does not answer.
	Asked string
}

// openers start a clause that asks a question of its own after "and",
// "but", "or" or a comma. "Why" and "what" as they are texted ("y",
// "wy", "wat", "wut") open one as well: "... n y does it matter" asks
// why as plainly as "and why does it matter".
var openers = words("what", "who", "whom", "whose", "which", "why", "how", "when", "where",
	"what's", "who's", "how's", "where's", "why's", "whats",
	"y", "wy", "wat", "wut",
	"did", "does", "do", "is", "was", "were", "are", "can", "could", "would", "should",
	"has", "have", "had", "will")

// conjunctions join two questions when a question word or an auxiliary
// follows them: "and", "but" and "or", and "and" as it is typed in haste
// ("did he lie n is the author writing about it", "what did he rule out
// + what does it mean").
var conjunctions = words("and", "but", "or", "n", "&", "+")

// alsoWords may stand between "and" and the question it opens ("and
// also could ...", "and then why ...").
var alsoWords = words("also", "then", "so", "plus")

// spokenFillers may stand between a comma and the question word of a
// question asked again, as speech puts them ("..., like what's the
// difference", "..., so what did he do").
var spokenFillers = words("like", "so", "well", "ok", "okay")

// whWords ask a question of their own after a comma ("How does he know,
// what is his evidence?"), when an auxiliary follows them.
var whWords = words("what", "who", "whom", "whose", "which", "why", "how", "where")

// contracted are question words with their auxiliary ("what's").
var contracted = words("what's", "who's", "how's", "where's", "why's", "whats")

// auxiliaries follow a question word that opens a question ("what is",
// "how did"), not a relative clause ("who talked to him").
var auxiliaries = words("did", "does", "do", "is", "was", "were", "are", "can", "could", "would", "should",
	"has", "have", "had", "will", "might", "may", "didn't", "doesn't", "don't", "isn't", "wasn't", "couldn't", "can't")

// backPointers are the words by which a part points back to an earlier one.
// "Instead" points back as "it" does: "... and what framing does he
// propose instead?" asks what he sets in place of the thing the part
// before names, and is answered where that part was.
var backPointers = words("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "that", "these", "those", "instead")

// partsOf splits a question's text into the questions it asks: at a
// question mark followed by more, at a semicolon, at a comma after a
// question and before another (see asksAgain), and at "and", "but" or
// "or" (after a comma or not) followed by a question word or an auxiliary
// ("... and did he blame him?"). A clause with no content stem of its own
// joins the part before it. Each part's stems come from stems, the
// question's content stems.
func partsOf(text string, stems []string) []Part {
	var clauses []string
	var cur []string
	// frames holds, for a clause opening with a preposition the clause
	// before it used ("... about the army and about the newspapers?"),
	// that clause's words before the preposition: what it asks of both.
	frames := map[int]string{}
	flush := func() {
		if len(cur) > 0 {
			clauses = append(clauses, strings.Join(cur, " "))
			cur = nil
		}
	}
	fields := strings.Fields(strings.ReplaceAll(text, "’", "'"))
	word := func(i int) string {
		if i >= len(fields) {
			return ""
		}
		return strings.ToLower(strings.Trim(fields[i], ",;:.!?\"'“”‘’()"))
	}
	for i, f := range fields {
		lower, next := word(i), word(i+1)
		if conjunctions[lower] && (openers[next] || alsoWords[next] && openers[word(i+2)]) && len(cur) > 0 {
			flush()
			continue
		}
		if lower == "and" && len(cur) > 0 {
			if k := repeatsPreposition(cur, next); k > 0 {
				frames[len(clauses)+1] = strings.Join(cur[:k], " ")
				flush()
				continue
			}
		}
		cur = append(cur, f)
		again, after := next, word(i+2)
		if spokenFillers[next] {
			// ", like, what's the difference" asks again all the same.
			again, after = after, word(i+3)
		}
		if i+1 < len(fields) && (strings.HasSuffix(f, "?") || strings.HasSuffix(f, ";") || asksAgain(cur, f, again, after)) {
			flush()
		}
	}
	flush()
	var parts []Part
	for ci, c := range clauses {
		var own []string
		for _, s := range terms.Stems(c) {
			if slices.Contains(stems, s) && !slices.Contains(own, s) {
				own = append(own, s)
			}
		}
		ws := terms.Words(c)
		points := slices.ContainsFunc(ws, func(w string) bool { return backPointers[w] })
		ofText := partOfText(ws)
		switch {
		case len(parts) > 0 && len(own) == 0 && !asksSource(ws, points):
			p := &parts[len(parts)-1]
			p.Stems = append(p.Stems, own...)
			p.OfText = p.OfText || ofText
			p.Words = append(p.Words, ws...)
			p.Asked += " " + c
		case len(parts) > 0 && frames[ci] != "":
			parts = append(parts, Part{Stems: own, Leans: framing(frames[ci], stems), OfText: ofText, Words: ws, Asked: c})
		case len(parts) > 0 && points:
			thing := slices.ContainsFunc(ws, func(w string) bool { return thingPointers[w] })
			parts = append(parts, Part{Stems: own, Leans: parts[0].Stems, Thing: thing, OfText: ofText, Words: ws, Asked: c})
		default:
			parts = append(parts, Part{Stems: own, OfText: ofText, Words: ws, Asked: c})
		}
	}
	if len(parts) == 0 {
		parts = []Part{{Stems: stems}}
	}
	return parts
}

// asksAgain reports whether a question's clause cur, ending in word f,
// ends where another question begins: f ends in a comma, cur opens with a
// question word or an auxiliary, and a question word and an auxiliary
// follow ("How does he know, what is his evidence?"). A clause opening
// "When ..." or "If ..." sets the scene for the question after its comma
// ("When the leaders disagreed, how did they settle it?"), and a question
// word after a name without an auxiliary opens a relative clause,
// unless it is "which", the clause opened with it, and the word after it
// is said again: "Which note records the plot, which records his lies,
// and which ...?" asks three things alike.
func asksAgain(cur []string, f, next, after string) bool {
	if !strings.HasSuffix(f, ",") || len(cur) < 2 {
		return false
	}
	first := strings.ToLower(strings.Trim(cur[0], ",;:.!?\"'“”‘’()"))
	again := next == "which" && first == "which" && slices.ContainsFunc(cur[1:], func(w string) bool { return strings.EqualFold(strings.Trim(w, ",;:.!?\"'“”‘’()"), after) })
	return first != "when" && openers[first] && (whWords[next] && (auxiliaries[after] || again) || contracted[next])
}

// sourceNames are the words by which a part asks what backs a claim
// ("what's his source for that?", "which note backs it?").
var sourceNames = words("source", "sources", "evidence", "proof", "note", "notes", "footnote", "footnotes")

// asksSource reports whether a clause of no content stem of its own, given
// as its words, is a part of its own all the same: it asks for the source
// of what the part before it asks, pointing back to it ("Did the leader
// oppose the cult, and what's his source for that?"). Joined to the part
// before, it would ask nothing; apart, the note that part's sentence
// marks answers it.
func asksSource(ws []string, points bool) bool {
	return points && slices.ContainsFunc(ws, func(w string) bool { return sourceNames[w] })
}

// thingPointers are the back pointers that stand for a thing or a group.
var thingPointers = words("it", "its", "this", "that", "these", "those", "they", "them", "their", "instead")

// prepositions may open the second of two things a question asks the
// same of ("What does he say about the army and about the newspapers?").
var prepositions = words("about", "on", "of", "for", "regarding", "concerning", "towards", "toward", "with")

// repeatsPreposition returns where in a question's clause cur the
// preposition next, the word after "and", stands when the clause has used
// it already, after its opening word; else 0. "about the army and about
// the newspapers" asks of each in turn, where "about the army and the
// navy" asks of the two together. The last use is the one repeated:
// "Which articles of the Jivago Charter guaranteed freedom of speech and
// of the press?" asks the same of the press as of speech, and the frame
// the second part leans on holds the charter; framed at the first "of",
// it held only "articles", and the part named nothing the text names.
func repeatsPreposition(cur []string, next string) int {
	if !prepositions[next] {
		return 0
	}
	for k := len(cur) - 1; k >= 1; k-- {
		if strings.ToLower(strings.Trim(cur[k], ",;:.!?\"'“”‘’()")) == next {
			return k
		}
	}
	return 0
}

// framing returns the stems of frame, the words a clause opened with a
// repeated preposition shares with the clause before it, that stems holds.
func framing(frame string, stems []string) []string {
	var out []string
	for _, st := range terms.Stems(frame) {
		if slices.Contains(stems, st) && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// partOfText reports whether a part of a question, given as its words,
// asks something of the text itself or names its author, by role, by
// pronoun or as the text: "does he take a side?" after "Is the author
// neutral" asks his stance in words that alone ask none.
func partOfText(ws []string) bool {
	return intentOf(ws) != 0 || slices.ContainsFunc(ws, namesAuthor)
}
