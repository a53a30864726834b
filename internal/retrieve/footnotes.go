package retrieve

import (
	"slices"

	"studyguide/internal/essay"
)

// noteWords name a text's footnotes. A question asking about "the notes"
// of a text that has footnotes asks about those passages ("Which notes
// cite online sources?", "Who was Jivago, according to the notes?"): the
// word says where to look, as a ref does, and a text seldom says "note"
// in its own words, so searched it declined the question as one about
// something the text never mentions.
var noteWords = words("notes", "footnote", "footnotes", "endnote", "endnotes")

// noteDeterminers before "note" make it a noun naming one of the text's
// notes ("which note", "the note on ..."); after a pronoun it is a verb
// ("he notes").
var noteDeterminers = words("the", "which", "what", "that", "this", "each", "one", "any", "a", "these", "those", "his", "her", "its", "their")

// askersNotes before a word for notes make them the asker's own ("short
// version for my notes", "I have a note that ..."), not the text's.
var askersNotes = words("my", "our", "your", "i", "have")

// askersReach is how many words before a word for notes may make them
// the asker's: "I have a note".
const askersReach = 3

// namesNotes reports whether ws[i] names the text's footnotes in a
// question about a corpus that has some and never says "note" itself: a
// word of noteWords, or "note" after a determiner, that no number follows
// (a ref: see namedRefs) and no word of the asker's owns. "an engineer
// of some note" names none. A text whose notes say "note" ("see note 4")
// finds them by the word, as a question about its notes asks.
func (r *Retriever) namesNotes(ws []string, i int) bool {
	w := ws[i]
	if !noteWords[w] && (w != "note" || i == 0 || !noteDeterminers[ws[i-1]]) {
		return false
	}
	if i+1 < len(ws) && isNumber(ws[i+1]) || slices.ContainsFunc(ws[max(0, i-askersReach):i], func(v string) bool { return askersNotes[v] }) {
		return false
	}
	return r.hasNotes() && !r.Index.BM25.Has("note")
}

// notesNamed reports whether any word of the question names the text's
// footnotes (see Retriever.namesNotes).
func (r *Retriever) notesNamed(ws []string) bool {
	for i := range ws {
		if r.namesNotes(ws, i) {
			return true
		}
	}
	return false
}

// hasNotes reports whether the corpus has footnotes.
func (r *Retriever) hasNotes() bool {
	return slices.ContainsFunc(r.Corpus.Passages, func(p *essay.Passage) bool { return p.Ref.Kind == essay.Note })
}

// listVerbs open a question as the asker's instruction to list ("List
// the things the author concedes he cannot know"): they say how to
// answer, not what about, and searched as a word the text lacks they
// declined the question.
var listVerbs = words("list", "enumerate", "itemize", "itemise")

// listOpener reports whether ws[i] is a verb of listing opening the
// question, or after "please", with words after it to list.
func listOpener(ws []string, i int) bool {
	if !listVerbs[ws[i]] || i+2 >= len(ws) {
		return false
	}
	return i == 0 || i == 1 && ws[0] == "please"
}

// linkWords name a link; linkReach is how many words before one a word
// of the web may make it a web address ("web links", "online links",
// "web or internet links").
var linkWords = words("link", "links", "hyperlink", "hyperlinks")

const linkReach = 3

// webLink reports whether ws[i] names a web address, in a question about
// a corpus that gives one: a word for a link after a word of the web
// (see onlineWords). It asks for a kind of source, as "website" does
// (see kindHeld); "how does he link X to Y" names none.
func (r *Retriever) webLink(ws []string, i int) bool {
	if !linkWords[ws[i]] || !slices.ContainsFunc(ws[max(0, i-linkReach):i], func(v string) bool { return onlineWords[v] }) {
		return false
	}
	return slices.Contains(r.citedKinds().online, true)
}
