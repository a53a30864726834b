package retrieve

import (
	"slices"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// A question asking where or when something first came out ("Where was
// the document first published?", "In which newspaper did the text
// first appear?") is answered by the sentence telling the earliest
// publication, which seldom shares its verb: "The earliest publication
// I have found is in ...". Searched, "first" finds the passages naming
// a "First Minister", and "published" those planning a publication.
var (
	// firstWords say that the first of several publications is asked.
	firstWords = words("first", "earliest", "originally", "original")
	// firstPublishedRe finds a sentence telling a first publication:
	// "the earliest publication", "first published in", "originally
	// appeared", "published first".
	firstPublishedRe = lazyregexp.New(`(?i)\b(?:earliest|first|original(?:ly)?)\W+(?:\w+\W+){0,2}?(?:publi(?:shed|cation)|appeared|appearance|printed)\b|\b(?:published|appeared|printed)\W+(?:first|originally)\b`)
)

// firstGap is how many words may stand between "first" and the word of
// publishing it qualifies: "first get published".
const firstGap = 2

// asksFirstPublished reports whether ws ask where or when something was
// first published: a word of firstWords at most firstGap words before
// or after a word of publishing ("first published", "first get
// published", "published originally").
func asksFirstPublished(ws []string) bool {
	for i, w := range ws {
		if !firstWords[w] {
			continue
		}
		for j := max(0, i-firstGap-1); j <= min(len(ws)-1, i+firstGap+1); j++ {
			if j != i && publishWords[ws[j]] {
				return true
			}
		}
	}
	return false
}

// datesFirstPublished reads the year, day or time a question asking
// when something was first published asks for in the passages telling
// a first publication too (see firstPublishedRe), when the best passages
// by its words do not give it: "Where was the document first published,
// and on what date?" finds by its words the notes naming a "First
// Minister" and a publication planned, not the note dating "the
// earliest publication". A question naming a thing the text names is
// read there only when such a passage names it too (see
// firstPublications).
func (s *Search) datesFirstPublished(ev *evidence) {
	if !asksFirstPublished(s.Q.Words) || !ev.unasked(s.Q) {
		return
	}
	for _, i := range s.r.firstPublications(s.Q) {
		p := s.r.Corpus.Passages[i]
		ev.year = ev.year || s.r.dates(s.Q, p, yearRe)
		ev.time = ev.time || s.r.dates(s.Q, p, timeRe)
		ev.day = ev.day || s.r.dates(s.Q, p, dayRe)
	}
}

// firstPublications returns the positions of the passages telling a
// first publication (see firstPublishedRe) that may answer q: all of
// them, or, when q names something the corpus names ("Where was The
// Wealth of Nations first published?" of a text citing it), those naming
// it.
func (r *Retriever) firstPublications(q *Query) []int {
	k := r.citedKinds()
	runs := r.nameRuns(q, q.Stems)
	var out []int
	for i, first := range k.first {
		if !first {
			continue
		}
		if len(runs) > 0 {
			held := words(terms.Stems(r.Corpus.Passages[i].Text())...)
			if !slices.ContainsFunc(q.Stems, func(s string) bool { return runs[s] > 0 && held[s] }) {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}
