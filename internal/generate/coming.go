package generate

import (
	"slices"

	"studyguide/internal/retrieve"
)

// comingStem stands, among a part's stems, for a part asking for the
// author's work still to come: like mindStem, it can never be a word's
// stem.
const comingStem = "\x00coming"

// comingCue returns the cue of a question asking for the author's work
// still to come ("Is he writing anything else?", "any sequel planned?"):
// retrieval ranks first the passage where he announces it (see
// retrieve.AsksWorkToCome), whose sentence ("I am preparing an article
// ...") seldom shares a word with the question, while a sentence
// elsewhere shares "writing" by chance ("a history as yet to be
// written"). The sentence announcing work in the author's own voice is
// read as holding comingStem, added to the part that asks for the work,
// or to the first when the question asks it only as a whole; it weighs
// as the heaviest of that part's own words, or of the question's when
// the part has none. It reports false when the question asks for no
// work to come.
//
// So too for a question asking when the text was written ("when was
// this essay written?"), with the sentence where the author dates the
// time he writes at ("As of May 1990 I am ...", see
// retrieve.DatesWriting).
func comingCue(q *retrieve.Query) (cue, bool) {
	asks, kind := retrieve.AsksWorkToCome, cueComing
	if !asks(q.Words) {
		asks, kind = retrieve.AsksWhenWritten, cueDated
	}
	if len(q.Parts) == 0 || !asks(q.Words) {
		return cue{}, false
	}
	i := slices.IndexFunc(q.Parts, func(p retrieve.Part) bool { return asks(p.Words) })
	if i < 0 || len(q.Parts) == 1 {
		i = 0
	}
	weighs := q.Parts[i].Stems
	if len(weighs) == 0 {
		weighs = q.Stems
	}
	return cue{stem: comingStem, part: i, persons: slices.Clone(weighs), kind: kind}, true
}
