package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

// TestWhenWrittenIsAnswered checks that asking when the essay was
// written is not declined: note 14 dates the author's writing ("As of
// November 2005 I am preparing ..."), though no passage holding "essay"
// or "written" gives a time, and the question was declined for that
// while retrieval ranked note 14 first. A question asking when something
// else was written is weighed as before.
func TestWhenWrittenIsAnswered(t *testing.T) {
	r := retriever(t, Hybrid)
	declines := abstainsOn(t, r)
	for _, q := range []string{"when was this essay written?", "When was this article written?"} {
		if declines(q) {
			t.Errorf("%q was declined", q)
		}
	}
	if q := "When was the treaty of Rapallo written?"; !declines(q) {
		t.Errorf("%q was answered: the essay names no such treaty", q)
	}
}

// TestWhichNounBeforeVerb checks that "Which researcher rejects the
// murder thesis?" asks for a researcher, not for "rejects": note 12 says
// "some researchers, like Andrei Sukhomlinov (pp. 61-2), continue to
// find the evidence for Beria's murder unconvincing", and the question
// was declined as asking for a thing the essay never names.
func TestWhichNounBeforeVerb(t *testing.T) {
	r := retriever(t, Hybrid)
	if q := "Which researcher rejects the murder thesis?"; abstainsOn(t, r)(q) {
		t.Errorf("%q was declined", q)
	}
	wantFirst(t, r, map[string]string{"Which researcher rejects the murder thesis?": "note 12"})
	// The run after "which" is its words up to the first stop word.
	for q, want := range map[string]bool{
		"which researcher rejects the murder thesis": true,
		"which press prints the diary":               true,
		"which newspaper printed that":               false, // no form in "-s"
		"which party congress this":                  false, // "congress" ends in "ss"
		"which sources the":                          false, // a run of one word
	} {
		ws := terms.Words(q)
		end := 1
		for end < len(ws) && !terms.IsStopword(ws[end]) {
			end++
		}
		if got := verbBeforeObject(ws, 1, end); got != want {
			t.Errorf("%q: verbBeforeObject = %v, want %v", q, got, want)
		}
	}
}

// TestSourcesOnlyByNotes checks which questions ask of the sources only
// by naming the notes.
func TestSourcesOnlyByNotes(t *testing.T) {
	for q, want := range map[string]bool{
		"what do the footnotes say about Beria's death?":  true,
		"What do the footnotes say about the cult?":       true,
		"Which sources does the footnote cite on Beria?":  false, // "sources", "cite"
		"What does he rely on, according to footnote 10?": false, // "rely"
		"What happened to Beria?":                         false, // no notes
	} {
		if got := SourcesOnlyByNotes(terms.Words(q)); got != want {
			t.Errorf("%q: SourcesOnlyByNotes = %v, want %v", q, got, want)
		}
	}
}

// TestCitesKindAsked checks that a question asking for a kind of source
// is met by the essay's sentences citing that kind: note 5's journal by
// its volume and year, notes 3, 8 and 13's links, stripped to "<>".
func TestCitesKindAsked(t *testing.T) {
	c := retriever(t, Hybrid).Corpus
	for _, tc := range []struct {
		q, ref string
		want   bool
	}{
		{"Which notes cite online sources?", "note 8", true},
		{"Which notes cite online sources?", "note 5", false},
		{"Does he cite articles from scholarly journals?", "note 5", true},
		{"Does he cite articles from scholarly journals?", "note 13", false}, // a magazine, by its date
		{"Which journals does he cite?", "note 13", true},
	} {
		p, err := c.Lookup(tc.ref)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, sn := range p.Sentences {
			asks, cites := CitesKindAsked(terms.Words(tc.q), sn.Text)
			if !asks {
				t.Fatalf("%q asks for no kind of source", tc.q)
			}
			got = got || cites
		}
		if got != tc.want {
			t.Errorf("%q: %s cites the kind asked %v, want %v", tc.q, tc.ref, got, tc.want)
		}
	}
	if asks, _ := CitesKindAsked(terms.Words("What did Beria propose?"), "See Jivago 12 (1990)."); asks {
		t.Error("a question naming no kind of source asks for one")
	}
	if got := KindStems(terms.Words("Does he cite articles from scholarly journals?")); len(got) != 2 {
		t.Errorf("KindStems = %v, want the stems of scholarly and journals", got)
	}
}
