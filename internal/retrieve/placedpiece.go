package retrieve

import "studyguide/internal/terms"

// placedPiece returns the place, 1 for the first paragraph or -1 for the
// last, of a question asking only for a piece of the text by where it
// stands: "Closing image?", "What's the opening argument?", "Final
// thoughts?". Its words, stop words and casual words aside, are one
// word for the opening or the close (see endPlaces) and after it only
// words for a piece of the text (see textPiece). Such a question asks
// for the text's first or last passage, which need not hold "closing"
// or "image" at all; a question naming anything else ("Closing ceremony
// of the Olympics?", "the final goal of the party") is weighed by its
// words as before.
func placedPiece(ws []string) (int, bool) {
	place, at := 0, -1
	for i, w := range ws {
		if terms.IsStopword(w) || casual(ws, i) {
			continue
		}
		if p, ok := endPlaces[w]; ok && at < 0 {
			place, at = p, i
			continue
		}
		if at < 0 || !textPiece(w) {
			return 0, false
		}
	}
	return place, at >= 0 && at < len(ws)-1
}

// endPlaces are the words that place a piece of a text at its opening (1)
// or its close (-1) without a ref word: "the closing image", "his
// opening move". "First" and "last" are left out: "first thing" or "last
// point" may count the author's points rather than place them.
var endPlaces = map[string]int{
	"opening": 1, "introductory": 1,
	"closing": -1, "concluding": -1, "final": -1, "ending": -1,
}

// textPiece reports whether w names a piece of a text or what a piece
// of it does: a way of speaking or what someone argues or conveys (see
// kindWord), a bit or a point (see pieceWords), or the author's words
// and thoughts.
func textPiece(w string) bool {
	s := terms.Stem(w)
	return pieceWords[w] || speechStems()[s] || argued()[s] || conveyed()[s] || lineStems[s] || pieceStems[s]
}

// pieceStems are the stems of more words for the author's words and
// thoughts than pieceWords hold, and for putting them shortly: "closing
// thoughts", "final remarks", "X's thesis in a nutshell".
var pieceStems = words(terms.Stems("thought thoughts word words remark remarks sentence sentences move summary nutshell")...)
