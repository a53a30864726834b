package retrieve

import "slices"

// datesWriting reports whether q asks when the text itself was written
// (see AsksWhenWritten) and some passage dates, in its author's own
// voice, the time he writes at (see DatesWriting: "As of May 1990 I am
// preparing ..."), a sentence that gives a year. That passage gives the time or the year asked wherever the
// question's words lead: "when was this essay written?" was declined
// because the passages holding "essay" date nothing, while retrieval
// ranks the dating passage first (see favourCited) and the answer quotes
// its sentence (see generate's comingCue).
func (r *Retriever) datesWriting(q *Query) bool {
	return AsksWhenWritten(q.Words) && slices.Contains(r.citedKinds().dated, true)
}
