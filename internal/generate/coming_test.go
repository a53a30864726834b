package generate

import (
	"strings"
	"testing"
)

// TestAskedForWorkToComeTheAnnouncementAnswers checks that a question
// asking for the author's next work, which retrieval answers with note
// 14, quotes the note's "I am preparing an article", though it shares no
// word with the question, and not ¶62's "a history ... as yet to be
// written", which shares "writing" by chance; and that a question asking
// when the text was written, searched, quotes the note's "As of November
// 2005", where the author dates his writing, not ¶62.
func TestAskedForWorkToComeTheAnnouncementAnswers(t *testing.T) {
	for _, q := range []string{
		"is he writing anything else? my son wants to know if theres a follow up",
		"was furr writing anything else at the time? like a follow up",
		"What forthcoming work does the author announce, and when was it meant to appear?",
	} {
		got := answer(t, q)
		if !strings.Contains(got, "I am preparing an article") || strings.Contains(got, "as yet to be written") {
			t.Errorf("%q: answer does not quote the planned article alone:\n%s", q, got)
		}
	}
	if got := answer(t, "when was this even written?"); !strings.Contains(got, "As of November 2005") || strings.Contains(got, "[¶62]") {
		t.Errorf("the date of the text is not answered where the author dates his writing:\n%s", got)
	}
}
