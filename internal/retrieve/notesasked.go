package retrieve

import (
	"slices"

	"studyguide/internal/terms"
)

// SourcesOnlyByNotes reports whether a question, given as its words,
// asks of the text's sources only because it names its notes ("What do
// the footnotes say about Jivago's exile?"): without its words for notes
// (see noteWords) it asks nothing of the sources. Such a question asks
// what the notes say of its subject; the notes word says where to look,
// as a ref does, not that the author's word on what he rests on answers
// it.
func SourcesOnlyByNotes(ws []string) bool {
	if !intentOf(ws).Has(Sources) || !slices.ContainsFunc(ws, func(w string) bool { return noteWords[w] }) {
		return false
	}
	rest := slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return noteWords[w] })
	return !intentOf(rest).Has(Sources)
}

// CitesKindAsked reports whether a question, given as its words, asks
// for a kind of source (a journal, a periodical, a page on the web; see
// favourCited), and whether sentence cites one of that kind: a volume
// and its year for a scholarly article, a periodical's name, a link.
// "Which notes cite online sources?" is answered by the sentences giving
// links, which share no word with it, not by the author saying in
// general what he rests on.
func CitesKindAsked(ws []string, sentence string) (asks, cites bool) {
	periodical, online := hasAny(ws, periodicalWords), hasAny(ws, onlineWords)
	if !periodical && !online {
		return false, false
	}
	scholarly := periodical && hasAny(ws, scholarlyWords)
	switch {
	case scholarly && scholarlyRe.MatchString(sentence):
		return true, true
	case !scholarly && periodical && (scholarlyRe.MatchString(sentence) || periodicalRe.MatchString(sentence)):
		return true, true
	case online && linkRe.MatchString(sentence):
		return true, true
	}
	return true, false
}

// KindStems returns the stems of a question's words asking for a kind of
// source (see CitesKindAsked): "journal" and "scholarly" in "Does he
// cite articles from scholarly journals?". A sentence citing that kind
// holds what they ask, though it never says "journal": it gives the
// journal's name, volume and year.
func KindStems(ws []string) []string {
	var out []string
	for _, w := range ws {
		if periodicalWords[w] || onlineWords[w] || scholarlyWords[w] {
			out = append(out, terms.Stem(w))
		}
	}
	return out
}
