package retrieve

import (
	"testing"

	"studyguide/internal/terms"
)

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

// TestOwnWorkAsked checks that a question asking for the author's work to
// come, or when the essay was written, finds note 14, where he dates his
// writing and announces his next article ("As of November 2005 I am
// preparing an article ..."): it shares no word with either question,
// which found note 8's "The earliest publication I have found" or
// nothing at all. "future" before no word naming a publication asks
// nothing of the kind.
func TestOwnWorkAsked(t *testing.T) {
	r := retriever(t, Hybrid)
	wantFirst(t, r, map[string]string{
		"Does the author mention any future publication of his own?":                 "note 14",
		"Roughly when was this essay finished? We need a date for the citation.":     "note 14",
		"Roughly when was this essay written?":                                       "note 14",
		"when was this even written?":                                                "note 14",
		"Could elections between citizen groups work in a future socialist society?": "¶51",
	})
}

// TestThisWritten checks that "this" asks of the text itself as the
// subject of a word of writing, adverbs aside, or as its object ending
// the question ("when did he write this?"): "this law" names something
// else.
func TestThisWritten(t *testing.T) {
	for q, want := range map[string]bool{
		"when was this written":               true,
		"when was this even written?":         true,
		"when was this originally written?":   true,
		"when was this law written?":          false,
		"when was it written?":                false,
		"when did he write this?":             true,
		"When did Jivago actually write this": true,
		"when did he write this letter?":      false,
	} {
		if got := AsksWhenWritten(terms.Words(q)) && (thisWritten(terms.Words(q)) || wroteThis(terms.Words(q))); got != want {
			t.Errorf("%q: thisWritten = %v, want %v", q, got, want)
		}
	}
}

// TestKindOfSourceHeldIsNoMissingWord checks that a question asking
// whether the essay cites websites is answered: the essay never says
// "website" or "online", but notes 3, 8 and 13 give links, so the
// words frame the question as "cite" does rather than mark it as
// asking of something the essay lacks.
func TestKindOfSourceHeldIsNoMissingWord(t *testing.T) {
	r := retriever(t, Hybrid)
	if q := "Does he cite websites or online articles at all?"; abstainsOn(t, r)(q) {
		t.Errorf("%q was declined", q)
	}
	if !r.kindHeld("websites") || r.kindHeld("journal") {
		t.Errorf("kindHeld: websites %v, journal %v; want true, false (the essay says \"Journal\")", r.kindHeld("websites"), r.kindHeld("journal"))
	}
}

// TestImprintAnswersWhoPublished checks that a question asking only who
// published a cited book, where or in what year is answered by the
// citation's imprint: note 2's "Moscow: ROSSPEN, 2002" and note 15's
// "(New Haven, CT: Yale University Press, 2003)" never say "published"
// or "book", and "Who published the book of Khlevniuk and in which
// year?" was declined as never mentioning "published". What the imprint
// does not give (who owns the publisher today, whether the book is
// still printed) is still declined, as is the year of a book cited with
// no imprint (note 12's "Amy Knight, p. 220").
func TestImprintAnswersWhoPublished(t *testing.T) {
	r := retriever(t, Hybrid)
	declined := abstainsOn(t, r)
	for _, q := range []string{
		"Who published the book of Khlevniuk and in which year?",
		"Where was the Khlevniuk book published?",
		"Who published the Dimitrov diary, and where?",
	} {
		if declined(q) {
			t.Errorf("%q was declined", q)
		}
	}
	for _, q := range []string{
		"Who owns the publisher of the Khlevniuk book today?",
		"Is Khlevniuk's book still printed?",
		"When was Amy Knight's book on Beria published?",
	} {
		if !declined(q) {
			t.Errorf("%q was answered", q)
		}
	}
}

// TestWorkToComeAsked checks that a question asking what else the
// author is writing, or for a sequel, finds note 14, where he announces
// his next article ("As of November 2005 I am preparing an article
// ..."): it shares only "writing" with ¶62's "as yet to be written",
// which ranked first.
func TestWorkToComeAsked(t *testing.T) {
	r := retriever(t, Hybrid)
	wantFirst(t, r, map[string]string{
		"is he writing anything else? my son wants to know if theres a follow up":   "note 14",
		"was furr writing anything else at the time? like a follow up":              "note 14",
		"What follow-up work on the Secret Speech does the author announce?":        "note 14",
		"Is he writing a follow-up exposing Khrushchev, and when is it coming out?": "note 14",
		"Was he writing something more about Khrushchev's speech?":                  "note 14",
	})
}

// TestFollowUpAsAWork checks that "follow up" asks for a work only where
// it is said as a noun: after an article, "any" or a verb of work under
// way, or before a word naming a work; not as a deed.
func TestFollowUpAsAWork(t *testing.T) {
	for q, want := range map[string]bool{
		"is there a follow up":                    true,
		"is he writing a follow-up?":              true,
		"what follow-up work does he announce?":   true,
		"what follow up article is planned?":      true,
		"how did they follow up on it?":           false,
		"did the police follow up the complaint?": false,
	} {
		if got := AsksWorkToCome(terms.Words(q)); got != want {
			t.Errorf("%q: AsksWorkToCome = %v, want %v", q, got, want)
		}
	}
}
