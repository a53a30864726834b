package retrieve

import "slices"

// asksTextsPurpose reports whether a question, given as its words, asks
// why the text was written: a purpose word said of the text or its
// author (see textsPurposeWord), "why" or "reason" just before a word of
// writing (see whyWritten), or a purpose word right after the author
// named by role ("the writer's aim"). A question naming the text may ask
// the purpose of something else in it ("For what purpose were the
// bonuses thought necessary, per the essay?", "Jivago was stymied -- in
// pursuit of what goal?"), and a word of writing may be someone else's
// ("Who wrote the charter, and why is it mentioned?"): such questions
// ask of their subject, and the passage stating the text's own purpose
// answered them first.
//
// Pitfall: intentOf passes no author: a question naming the author by
// name ("What purpose does Jivago give for writing ...?") is read again
// with his name's words (see Retriever.Analyse).
func asksTextsPurpose(ws []string, author map[string]bool) bool {
	if hasAny(ws, textWords) {
		for i := range ws {
			if textsPurposeWord(ws, i, author) {
				return true
			}
		}
	}
	return whyWritten(ws) || authorsPurpose(ws)
}

// purposeReach is how many words on either side of a purpose word a word
// naming the text may stand for the purpose to be the text's, when
// nothing else owns it: "what is he trying to do by writing this whole
// thing like whats the point" puts "writing" seven words before it.
const purposeReach = 8

// textsPurposeWord reports whether ws[i] is a purpose word naming the
// purpose of the text or its author. "point" is not one in "point to",
// "point out", "point at" or "point of view", nor in "the same point"
// (a claim someone else made). A purpose word owned by what follows
// ("the aim of getting the leaders out", "what purpose did the bonuses
// serve") is that thing's, unless it names the text ("the purpose of
// this essay", "what purpose does this essay serve"); one owned by
// nothing names the text's when a word naming it stands near.
func textsPurposeWord(ws []string, i int, author map[string]bool) bool {
	w := ws[i]
	if !purposeWords[w] {
		return false
	}
	next := func(k int) string {
		if i+k < len(ws) {
			return ws[i+k]
		}
		return ""
	}
	if w == "point" && (i > 0 && ws[i-1] == "same" || pointVerbs[next(1)] || next(1) == "of" && next(2) == "view") {
		return false
	}
	if owner, asked, ok := purposeOwner(ws, i); ok {
		// "What point does the author make?" asks his claim, "what
		// purpose does this essay serve?" the text's purpose.
		return author[owner] || namesText(owner) && (!asked || textWords[owner] && !writeWords[owner])
	}
	if i > 0 && ownersBefore[ws[i-1]] || i > 1 && ownersBefore[ws[i-2]] || i > 0 && ws[i-1] == "its" || i > 1 && ws[i-2] == "its" {
		// "its main purpose", "his aim", in a question naming the text.
		return true
	}
	return slices.ContainsFunc(ws[max(0, i-purposeReach):min(len(ws), i+purposeReach+1)], func(v string) bool { return textWords[v] })
}

// pointVerbs after "point" make it a verb: "the essay points to",
// "does he point out".
var pointVerbs = words("to", "out", "at")

// ownerLinks join a purpose word to what it is the purpose of: "the aim
// of", "the purpose behind", "the purpose in writing".
var ownerLinks = words("of", "behind", "in", "for")

// askedAux after "what purpose" or "which goal" put the thing whose
// purpose is asked after them: "what purpose did the bonuses serve".
var askedAux = words("is", "was", "are", "were", "does", "did", "do", "has", "had", "will", "would")

// purposeOwner returns the word naming what the purpose word at ws[i] is
// the purpose of, when the question says: the word after "of" (or
// "behind", "in", "for"), determiners skipped ("the aim of getting ...",
// "the purpose of this essay"), or after the verb when "what" or "which"
// asks the purpose ("what purpose did the bonuses serve"), which asked
// reports; ok is false when nothing owns it there.
func purposeOwner(ws []string, i int) (owner string, asked, ok bool) {
	j := i + 1
	switch {
	case j < len(ws) && ownerLinks[ws[j]]:
	case j < len(ws) && askedAux[ws[j]] && asksWhichPurpose(ws, i):
		asked = true
	default:
		return "", false, false
	}
	j++
	for j < len(ws) && ownerSkipped[ws[j]] {
		j++
	}
	if j >= len(ws) {
		return "", false, false
	}
	return ws[j], asked, true
}

// ownerSkipped are the words between a purpose word's link and the
// thing it names: determiners and "all" ("the point of all this").
var ownerSkipped = words("the", "a", "an", "this", "that", "these", "those", "all", "such", "his", "her", "its", "their", "whole")

// asksWhichPurpose reports whether "what" or "which" asks the purpose word
// at ws[i], one adjective between at most ("what original purpose").
func asksWhichPurpose(ws []string, i int) bool {
	for k := i - 1; k >= max(0, i-2); k-- {
		if ws[k] == "what" || ws[k] == "which" {
			return true
		}
	}
	return false
}

// namesText reports whether w names the text, its writing or its author,
// by role or pronoun: the owner of a purpose the question asks.
func namesText(w string) bool {
	return textWords[w] || roleWords[w] || selfWords[w] || w == "it" || w == "this" || w == "its"
}

// whyReach is how many words before a word of writing "why" or "reason"
// may stand: "Why did the professor bother to write this speech?" puts
// "why" six words before it, "why does Jivago say you can't just write"
// seven.
const whyReach = 7

// whyWritten reports whether a question, given as its words, asks why
// the text was written: "why" or a word of reason at most whyReach words
// before a word of writing ("why did he write this?", "the main reason he
// wrote the essay"), that no "who" just before makes someone's
// authorship ("Who wrote the charter, and why is it mentioned here?"
// asks why the charter is). "why" after it asks of something else ("he
// was writing another piece -- why that date?").
func whyWritten(ws []string) bool {
	for i, w := range ws {
		if !writeWords[w] || i > 0 && ws[i-1] == "who" {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-whyReach):i], func(v string) bool { return v == "why" || reasonWords[v] }) {
			return true
		}
	}
	return false
}

// statingWords say that the text states or sets out its purpose ("What
// is his stated purpose?", "Which paragraph states the essay's main
// purpose?", "What does the writer give as the main purpose?", "what is
// he trying to do by writing this whole thing"): in a question of the
// text's purpose they frame it (see too statesPurposeAt).
// Searched, "stated" found the essay's "state" and the answer, seeking
// it in ¶52's "A primary purpose of this essay", quoted nothing.
var statingWords = words("state", "states", "stated", "stating",
	"name", "names", "named", "identify", "identifies", "identified", "present", "presents", "presented",
	"declare", "declares", "declared", "offer", "offers", "offered", "try", "tries", "trying", "tried")

// givingWords frame a question of the text's purpose only before "as"
// ("What does the writer give as the main purpose?"): "What purpose does
// Jivago give for writing about a prince's conduct?" asks of the
// conduct too. wholeWords frame it only before a word naming the text
// ("this whole thing", "the entire essay"): "the life of a whole
// country" names a country.
var (
	givingWords = words("give", "gives", "given", "giving")
	wholeWords  = words("whole", "entire")
	textThings  = words("thing", "things", "this", "piece", "essay", "text", "article", "book")
)

// statesPurposeAt reports whether ws[i], in a question of the text's
// purpose, says that the text gives it (see givingWords) or names the
// whole text (see wholeWords).
func statesPurposeAt(ws []string, i int) bool {
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	return givingWords[ws[i]] && next == "as" || wholeWords[ws[i]] && textThings[next]
}

// framesPurpose reports whether w, in a question of the text's purpose,
// only says so: a purpose word, a word naming the text or its reason, or
// a word of stating it (see statingWords).
func framesPurpose(w string) bool {
	return purposeWords[w] || textWords[w] || reasonWords[w] || roleWords[w] || w == "bother" || statingWords[w]
}
