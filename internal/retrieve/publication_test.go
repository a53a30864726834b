package retrieve

import (
	"context"
	"testing"
)

// abstainsOn returns a function reporting whether r declines a question.
func abstainsOn(t *testing.T, r *Retriever) func(string) bool {
	return func(q string) bool {
		t.Helper()
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		return res.Abstain
	}
}

// TestUnstatedPublicationDeclined checks that a question asking a fact of
// the essay as a publication, or of its author's life outside it, that no
// sentence states is declined, though its words ("teach", "essay",
// "published") are the essay's; and that questions using the same words
// of what the essay does say (the article the author was preparing, the
// newspaper a cited text first appeared in, his political stance) are
// still answered.
func TestUnstatedPublicationDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for q, fact := range map[string]string{
		"Has this essay been peer reviewed?":                                                      "peer review",
		"how do i cite this essay in mla format":                                                  "citation style",
		"What website or journal was this essay originally published in?":                         "venue",
		"who wrote this essay and where does he teach":                                            "employer",
		"At which university is the author employed, and what is his disciplinary training?":      "employer",
		"What's the author's name, and where does he teach?":                                      "employer",
		"what is his disciplinary training":                                                       "profession",
		"Did the author's article on Khrushchev's lies actually get published in February 2006?":  "own work published",
		"Did Furr's article on Khrushchev's Secret Speech actually come out in February 2006?":    "own work published",
		"Did the article on the Secret Speech planned for February 2006 actually appear?":         "own work published",
		"Did the author's planned article on the Secret Speech actually appear in February 2006?": "own work published",
	} {
		s, err := r.Prepare(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.unstatedPublication(s.Q); got != fact {
			t.Errorf("%q: unstated fact %q, want %q", q, got, fact)
		}
		if !abstains(q) {
			t.Errorf("%q was answered: the essay never states its %s", q, fact)
		}
	}
	for _, q := range []string{
		"What article was Furr getting ready to publish for the 50th anniversary of Khrushchev's speech?",
		"When did the author plan to publish his article on the Secret Speech?",
		"Is the author working on a follow-up about the Secret Speech, and when is it supposed to come out?",
		"Was the author working on a piece about Khrushchev lying in the Secret Speech?",
		"Which article does Furr cite about the Leningrad Affair, and where was it published?",
		"Where was the text first published, as far as the author has found?",
		"In which newspaper did the text first appear?",
		"In which newspaper was the text he cites in his article first published?",
		"Does the author admit he is politically biased?",
		"Did the early Soviet leaders pay trained engineers more?",
	} {
		s, err := r.Prepare(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.unstatedPublication(s.Q); got != "" {
			t.Errorf("%q read as asking the unstated %s", q, got)
		}
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
}

// TestUnsaidAboutDeclined checks that "what did X write about T" is
// declined when X is a source the essay only cites and no sentence naming
// X holds T (it cites Dimitrov's diary for the cult, not for the war),
// and answered when one does or when X is someone it speaks of.
func TestUnsaidAboutDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"what did dimitrov write in his diary about the war with germany",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered", q)
		}
	}
	for _, q := range []string{
		"What did Stalin and Beria apparently believe about strengthening the state relative to the Party?",
		"What did Zhukov and Mukhin believe about the degeneration of the Party?",
		"What did Molotov worry about?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
}

// TestInformalWorryAndStop checks that "stressing about" reads as
// worrying and "stopped" as prevented: the passages that say "worried"
// and "preventing" answer them.
func TestInformalWorryAndStop(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"what was molotov stressing about when he was old",
		"wat was molotov stressin about when he got old",
		"what do zukov and mukhin think would of stopped the party going bad",
	} {
		if abstains(q) {
			t.Errorf("%q was declined", q)
		}
	}
}

// TestCommonSlip checks that a real word of one sense never met in
// running text is read as the common word one slip away ("stoped" as
// "stopped"), while a rare word beside one only somewhat commoner
// ("planed") and an inflection ("shots", "fatter") stay as typed.
func TestCommonSlip(t *testing.T) {
	for w, want := range map[string]string{
		"stoped": "stopped",
		"planed": "",
		"taped":  "",
		"shots":  "",
		"fatter": "",
		// Stemmed apart from "reference", which is common.
		"referenced": "",
	} {
		if got := commonSlip(w); got != want {
			t.Errorf("commonSlip(%q) = %q, want %q", w, got, want)
		}
	}
	r := retriever(t, Hybrid)
	if got, _ := r.correct("who stoped stalin from doing his reforms"); got != "who stopped stalin from doing his reforms" {
		t.Errorf("read as %q", got)
	}
	if abstainsOn(t, r)("who stoped stalin from doing his reforms, and how did they fight about it if not out loud") {
		t.Errorf("the question was declined")
	}
}

// TestCitedNumbersAskNothing checks that a number a question shares with
// a citation (its year of publication) does not make the citation answer
// what the question asks of the cited work, while a search made of the
// citation's own words and numbers still finds it.
func TestCitedNumbersAskNothing(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	if !abstains("Who edited the Russian Review in 2004?") {
		t.Errorf("who edited a journal the essay only cites was answered")
	}
	if abstains("Let History Judge 1971 Knopf") {
		t.Errorf("a search for a citation was declined")
	}
}

// TestWriterOfTheTextUnstated checks that a question asking who wrote
// the essay is declined by retrieval, no passage naming its author (its
// byline answers it: see generate's bylineAnswer), though "essay" and
// "wrote" stand in passages saying other things; and that one asking who
// wrote a work the essay cites is still answered.
func TestWriterOfTheTextUnstated(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{"who wrote this essay whats his name", "Who wrote this?"} {
		s, err := r.Prepare(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.unstatedPublication(s.Q); got != "author's name" {
			t.Errorf("%q: unstated fact %q, want %q", q, got, "author's name")
		}
		if !abstains(q) {
			t.Errorf("%q was answered from a passage", q)
		}
	}
	if q := "Who wrote the article he cites about the Leningrad Affair?"; abstains(q) {
		t.Errorf("%q was declined", q)
	}
}
