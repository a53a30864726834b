package retrieve

import "testing"

// TestKindOfSourceAsked checks that a question asking whether the essay
// cites a kind of source finds first a note citing one: note 5 cites a
// journal by its volume and year ("Russian Review 63 (2004)"), and notes
// 3, 8 and 13 give links whose addresses were stripped ("at <>"). The
// notes sharing "article" or "cite" with the question ranked first, and
// note 5 below the tenth for the scholarly article.
func TestKindOfSourceAsked(t *testing.T) {
	r := retriever(t, Hybrid)
	wantFirst(t, r, map[string]string{
		"Does he cite any articles from scholarly journals?":                              "note 5",
		"Is there a scholarly journal article among the footnotes, and what is it about?": "note 5",
		"Which scholarly journal article does he cite on the Leningrad Affair?":           "note 5",
		"Does he cite websites or online articles at all?":                                "note 3",
	})
}
