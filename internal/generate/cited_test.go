package generate

import (
	"strings"
	"testing"
)

// TestCitationAnswersQuoteThePages checks that a question asking the
// pages of a work the essay cites quotes the sentence naming it and the
// one after it giving the pages ("See pp. 150, ..."), which shares no
// word with the question and was left out.
func TestCitationAnswersQuoteThePages(t *testing.T) {
	got := answer(t, "what pages of Roy Medvedev's Let History Judge did he give?")
	if !strings.Contains(got, "Roy Medvedev, Let History Judge") || !strings.Contains(got, "See pp. 150, 507, 512, 538, 547") {
		t.Errorf("the answer does not quote the citation and its pages: %s", got)
	}
	got = answer(t, "Who published the Khlevniuk collection, and in what city?")
	if !strings.HasPrefix(got, "In a footnote") || !strings.Contains(got, "Moscow: ROSSPEN, 2002") {
		t.Errorf("the answer does not quote the imprint: %s", got)
	}
}
