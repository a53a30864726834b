package guide

import (
	"strings"
	"testing"
)

// TestListBeforeItsVerbIsNoCut builds Turner's guide, which quoted ¶48
// as "That coarseness and strength combined with acuteness and
// inquisitiveness; ...; that restless, nervous energy …": the subjects
// of "—these are traits of the frontier", cut before their verb. No
// quote of the guide ends inside that list, and no cut before the dash
// reads alone.
func TestListBeforeItsVerbIsNoCut(t *testing.T) {
	g := textGuide(t, "turner-frontier.md")
	for _, q := range quotesOf(g) {
		if strings.HasPrefix(q.Text, "That coarseness and strength") && !strings.Contains(q.Text, "these are traits of the frontier") {
			t.Errorf("[%s] quoted as a list with no verb: %q", q.Ref, q.Text)
		}
	}
	s := sentenceOpening(t, textBuilder(t, "turner-frontier.md"), "That coarseness and strength")
	for _, sep := range []string{"; ", "—"} {
		for at := strings.Index(s.text, sep); at > 0; at = nextIndex(s.text, sep, at) {
			if readsAlone(s.text, s.text[:at]) {
				t.Errorf("the cut %q reads alone", s.text[:at])
			}
		}
	}
}

// nextIndex returns where sep stands in text after at, or -1.
func nextIndex(text, sep string, at int) int {
	i := strings.Index(text[at+len(sep):], sep)
	if i < 0 {
		return -1
	}
	return at + len(sep) + i
}
