package retrieve

import (
	"context"
	"testing"

	"studyguide/internal/terms"
)

// TestFirstPublicationFound checks that a question asking where or when
// something was first published ranks first the note telling "the
// earliest publication" (note 8), whatever periodical it names, and
// answers its date; and that one naming a work the text cites elsewhere
// is still answered from that work's citation (note 15).
func TestFirstPublicationFound(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"Where was the document first published?":                                           "note 8",
		"In which newspaper did the text first appear?":                                     "note 8",
		"where did the thing first get published":                                           "note 8",
		"In which journal was first published the text, and at what date?":                  "note 8",
		"Where was the document first published according to the author, and on what date?": "note 8",
		"Where was Let History Judge first published?":                                      "note 15",
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case res.Abstain:
			t.Errorf("%q: declined (%s), want %s", q, res.DeclinedBy, want)
		case res.Hits[0].Passage.Ref.String() != want:
			t.Errorf("%q: ranks %s first, want %s", q, res.Hits[0].Passage.Ref, want)
		}
	}
}

// TestAsksFirstPublished checks which questions ask where or when
// something was first published.
func TestAsksFirstPublished(t *testing.T) {
	for q, want := range map[string]bool{
		"Where was the document first published?": true,
		"where did the thing first get published": true,
		"When was it originally printed?":         true,
		"When was the first secretary post made?": false,
		"Where was the article published?":        false,
	} {
		if got := asksFirstPublished(terms.Words(q)); got != want {
			t.Errorf("asksFirstPublished(%q) = %v, want %v", q, got, want)
		}
	}
}
