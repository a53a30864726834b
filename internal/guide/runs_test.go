package guide

import (
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// sentenceStarting returns the analyzed sentence of c that opens with
// prefix.
func sentenceStarting(t *testing.T, c *essay.Corpus, prefix string) *sentence {
	t.Helper()
	for _, s := range analyze(c, lowerWords(c), midSentenceCaps(c)) {
		if strings.HasPrefix(s.text, prefix) {
			return s
		}
	}
	t.Fatalf("no sentence opens with %q", prefix)
	return nil
}

// checksOut fails unless quote, cited to ref, is one valid citation that
// the citation checker finds verbatim, ellipsis and all.
func checksOut(t *testing.T, c *essay.Corpus, q Quote) {
	t.Helper()
	rep := citation.Check("The text says “"+q.Text+"” ["+q.Ref.String()+"].", c, []essay.Ref{q.Ref})
	if len(rep.Citations) != 1 || !rep.Citations[0].Supported || len(rep.Invalid) > 0 || len(rep.Unverified) > 0 {
		t.Errorf("%q [%s] does not check out: %+v", q.Text, q.Ref, rep)
	}
}

func TestRunNamesWhomThePronounMeans(t *testing.T) {
	c := essaytest.Embedded(t)
	s := sentenceStarting(t, c, "He was never able to attain his goal")
	q := quoteOf(s)
	want := `In fact, Stalin was never "all-powerful." He was stymied by the combined efforts of other Party leaders. He was never able to attain his goal of constitutional reforms.`
	if q.Text != want || q.Ref.String() != "¶53" {
		t.Errorf("quote = %q [%s], want %q [¶53]", q.Text, q.Ref, want)
	}
	checksOut(t, c, q)
	if _, ok := s.referent["stalin"]; !ok {
		t.Errorf("the pronoun's referent %v lacks the name the run gives", s.referent)
	}
}

const notebooks = `1. Ada Byron studied mathematics with a tutor in London. She wrote long letters to her mother about it. She kept every one of her notebooks. She filled them with tables and sketches of engines. She published the first program for a machine that was never built.

2. Mary Hale had disobeyed his orders, which made him angry with her. He locked her in the kitchen until morning.

3. A sailor could not be prouder of his ship than a clerk of his post at the Custom House. He was called the luckiest man in the town.
`

func TestLongRunIsElidedAndChecksOut(t *testing.T) {
	c := load(t, "notebooks.txt", notebooks)
	q := quoteOf(sentenceStarting(t, c, "She published the first program"))
	want := "Ada Byron studied mathematics with a tutor in London. " + Ellipsis + " She published the first program for a machine that was never built."
	if q.Text != want {
		t.Fatalf("quote = %q, want %q", q.Text, want)
	}
	checksOut(t, c, q)
}

func TestNoRunWhereTheNameMayNotBeWhomThePronounMeans(t *testing.T) {
	c := load(t, "notebooks.txt", notebooks)
	for _, prefix := range []string{"He locked her", "He was called the luckiest"} {
		s := sentenceStarting(t, c, prefix)
		if s.run != nil {
			t.Errorf("%q is quoted as the run %q", prefix, runText(s.run))
		}
	}
}

func TestBareDemonstrativeIsQuotedWithWhatItPointsAt(t *testing.T) {
	c := essaytest.Embedded(t)
	s := sentenceStarting(t, c, "Stalin seems to be one of the few Soviet leaders")
	q := quoteOf(s)
	want := `Whatever the mechanism, the effect of the "cult" was authoritarian, and deeply anti-democratic. Stalin seems to be one of the few Soviet leaders to have understood this to a degree.`
	if q.Text != want || q.Ref.String() != "¶55" {
		t.Errorf("quote = %q [%s], want %q [¶55]", q.Text, q.Ref, want)
	}
	checksOut(t, c, q)
}

func TestDemonstrativeLeaning(t *testing.T) {
	for text, want := range map[string]int{
		"Stalin seems to be one of the few Soviet leaders to have understood this to a degree.": leansHard,
		"These were never put into practice.":                                                   leansHard,
		"That was the end of the matter.":                                                       leansHard,
		"Such was the patient sufferance of the colonies.":                                      leansHard,
		"Mukhin believes this was a fatal mistake.":                                             leansHard,
		// The demonstrative may point at a clause of its own sentence.
		"Transcripts show that, though at times leaders did directly disagree with him, this occurred rarely.":                leansLight,
		"Once we question the idea that elections suffice, it follows that the plan would not have accomplished this either.": leansLight,
		// Before a noun it names what it points at; one that opens a clause
		// of its own, or "that is,", points at nothing before.
		"Some of these venues were informal.":                                                       leansLight,
		"This essay reports what the archives show.":                                                standsAlone,
		"Those of others are no better.":                                                            leansLight,
		"That as even the best terms can amount to no more than a patch, the colonies should part.": leansLight,
		"That is, the colonies elected their own assemblies.":                                       leansLight,
	} {
		if got := leaning(text); got != want {
			t.Errorf("leaning(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestNoteThatPointsAtWhatTheReaderCannotSeeIsNotQuoted: a footnote's
// "this" points at its marking sentence, which a quote of the note alone
// does not show.
func TestNoteThatPointsAtWhatTheReaderCannotSeeIsNotQuoted(t *testing.T) {
	c := essaytest.Embedded(t)
	s := sentenceStarting(t, c, "Mukhin believes this was a fatal mistake")
	if s.leans != leansHard || s.run != nil {
		t.Errorf("%q leans %d with run %v; want it to lean hard with no run", s.text, s.leans, s.run)
	}
}

func TestRunDoesWhatItsSentencesDo(t *testing.T) {
	c := essaytest.Embedded(t)
	s := sentenceStarting(t, c, "He was stymied by the combined efforts")
	if s.roles.has(flat) || !s.quotedRoles().has(flat) {
		t.Errorf("roles %b, quoted %b: want the run's \"In fact\" to make its quote flat, not the sentence", s.roles, s.quotedRoles())
	}
}

// TestNoRunPastANameASkippedSentenceGives reads Thucydides' ¶3, whose
// "He does not even use the term barbarian" means Homer, named at the
// end of "The best proof of this is furnished by Homer.", a sentence
// that leans itself: the run skipped it, and joined "He" to "It was not
// till Hellen and his sons grew strong ...", naming the wrong man.
func TestNoRunPastANameASkippedSentenceGives(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "thucydides-archaeology.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceStarting(t, c, "He does not even use the term barbarian")
	if s.run != nil {
		t.Errorf("%q is quoted in the run %q", s.text, runText(s.run))
	}
	if s := sentenceStarting(t, essaytest.Embedded(t), "He was never able to attain his goal"); s.run == nil {
		t.Error("the essay's \"He was never able ...\" is no longer quoted with the name it means")
	}
}
