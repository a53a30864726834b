package generate

import (
	"slices"

	"studyguide/internal/retrieve"
)

// voiceIntent returns the intent a sentence's voice is weighed by for
// question q (see retrieve.Intent.WeighVoice). A question that names a
// subject and asks of the sources only by naming the notes ("What do the
// footnotes say about Jivago's exile?"; see retrieve.SourcesOnlyByNotes)
// asks what the notes say of that subject: weighed as a question of
// sources, the author's "I have drawn on the treatments of Jivago's
// reforms" outranked the note saying how Jivago was exiled, for sharing
// his name and naming what the author rests on. Asked where to read
// something ("where is the full text printed, according to footnote
// 1?"), the pointer citing it ("See also ... 270-276") answers, and the
// voice of citation still counts.
func voiceIntent(q *retrieve.Query) retrieve.Intent {
	where := q.Intent.Has(retrieve.Reading) || slices.Contains(q.Words, "where")
	if len(q.Stems) > 0 && !where && retrieve.SourcesOnlyByNotes(q.Words) {
		return q.Intent &^ retrieve.Sources
	}
	return q.Intent
}

// kindShare is what citing the kind of source a question asks for adds
// to a sentence's voice: as much as the author saying what he rests on,
// so that each link or journal cited ranks beside such a sentence,
// ahead of it, as the question asks.
const kindShare = 2

// voiceFor returns how sentence speaks as question q asks, given its
// voice v. Asked for a kind of source ("Which notes cite online
// sources?"; see retrieve.CitesKindAsked), only a sentence citing that
// kind speaks as asked, and it does so whatever else it says: a note
// giving a link in the author's words ("The earliest publication I have
// found is ... at <>") has no voice of citation otherwise.
func voiceFor(q *retrieve.Query, intent retrieve.Intent, v retrieve.Voice, sentence string) float64 {
	w := intent.WeighVoice(v)
	asks, cites := retrieve.CitesKindAsked(q.Words, sentence)
	switch {
	case !asks || !intent.Has(retrieve.Sources):
		return w
	case cites:
		return w + kindShare
	}
	return 0
}

// holdKind adds to set, the stems of sentence, the stems of question q's
// words asking for a kind of source (see retrieve.KindStems) when the
// sentence cites one of that kind: "See J. Petrov, "Jivago," Modern
// Review 63 (2004)." answers "Does he cite articles from scholarly
// journals?" though it shares no word with it, and would otherwise bear
// on it less than a sentence saying "article" of anything.
func holdKind(q *retrieve.Query, sentence string, set map[string]bool) {
	if _, cites := retrieve.CitesKindAsked(q.Words, sentence); !cites {
		return
	}
	for _, st := range retrieve.KindStems(q.Words) {
		set[st] = true
	}
}
