package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestAskedTimelineSplitsEvents checks that questions asking the order
// of events or the time between them are read with the events they
// name, in order, the asking and any further part left out; and that
// questions asking neither name none.
func TestAskedTimelineSplitsEvents(t *testing.T) {
	for q, want := range map[string][]string{
		"Which came first, the Constitution or the First Secretaries business in July 1937?":                                           {"the Constitution", "the First Secretaries business in July 1937"},
		"Which happened first: the defeat of the oppositions at the Party Congresses, or the First Secretaries' dispute of July 1937?": {"the defeat of the oppositions at the Party Congresses", "the First Secretaries' dispute of July 1937"},
		"Was the Leningrad Affair before or after the war?":                                                                            {"the Leningrad Affair", "the war"},
		"How soon after Stalin's death was his personal archive destroyed, and who reports this?":                                      {"Stalin's death", "his personal archive destroyed"},
		"Roughly how many years separate the end of the Party Maximum and the 1936 Constitution?":                                      {"the end of the Party Maximum", "the 1936 Constitution"},
		"Roughly how long after Khrushchev's date for Beria's death did the Secret Speech come?":                                       {"Khrushchev's date for Beria's death", "the Secret Speech"},
		"How long before the July 1953 Plenum was Beria dead, if Khrushchev's date is right?":                                          {"the July 1953 Plenum", "Beria dead"},
		"Put these in order for me: the Khlevniuk volume, the Brandenberger article and the Sovetskaia Rossiia publication.":           {"the Khlevniuk volume", "the Brandenberger article", "the Sovetskaia Rossiia publication"},
		"When was the Plenum at which Beria was supposedly already dead?":                                                              nil,
		"How long did the Party Maximum last?":                                                                                         nil,
		"Which of Zhukov's books dealt with the resolution first, Tayny or Stalin?":                                                    nil,
	} {
		got, _ := askedTimeline(q)
		if !slices.Equal(got, want) {
			t.Errorf("%q: events %q, want %q", q, got, want)
		}
	}
}

// TestTimelineDatesEachEvent checks that the essay's sentences dating
// each event of a chronology are found where they stand apart (¶51's
// "1936 Constitution", ¶54's "July 1937"), where one sentence places
// the events against each other (note 5's "postwar"), and that an
// event the essay never dates is left undated, not matched to a
// sentence sharing a word with it, nor to the year of an article whose
// title names it (note 5's Brandenberger citation, 2004).
func TestTimelineDatesEachEvent(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string][]string{
		"Which came first, the Constituion or the First Secretaries business in July 1937?": {"¶51", "¶54"},
		"Was the Leningrad Affair before or after the war?":                                 {"note 5", "note 5"},
		"How many years passed between the 1936 Constitution and the July 1953 Plenum?":     {"¶51", "note 12"},
		"Which came first, the moon landing or the 1936 Constitution?":                      {"", "¶51"},
		"Was the Constitution before or after the Russian Revolution?":                      {"¶51", ""},
		"Which happened first, the Leningrad Affair or Beria's murder?":                     {"", "note 12"},
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || res.Chronology == nil {
			t.Errorf("%q: declined (%s) or read as no chronology", q, res.DeclinedBy)
			continue
		}
		var got []string
		for _, e := range res.Chronology.Events {
			ref := ""
			if e.Passage != nil {
				ref = e.Passage.Ref.String()
			}
			got = append(got, ref)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: events dated in %q, want %q", q, got, want)
		}
	}
}

// TestYearAskedOfOneThing checks that a question asking in what year or
// when one thing the essay names happened, in words of its own telling
// ("he keeps referring to", "the episode he mentions"), is answered
// from the sentence dating it; and that one asking the date of what the
// essay never dates (a death, the end of a state) is still declined,
// though a sentence names the man or the state beside a year.
func TestYearAskedOfOneThing(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"What year is the Constitution he keeps referring to?":              "¶51",
		"When was the episode with the First Secretaries that he mentions?": "¶54",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstain || res.Chronology == nil || res.Chronology.Events[0].Passage == nil || res.Chronology.Events[0].Passage.Ref.String() != want {
			t.Errorf("%q: declined (%s) or not dated in %s", q, res.DeclinedBy, want)
		}
	}
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"When did Khrushchev die?",
		"What year was Voznesensky born?",
		"When was Sovetskaia Rossiia founded?",
		"In what year did the USSR come to an end?",
		"What date did Khrushchev switch to when he changed his story about Beria's death?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered; the essay never dates it", q)
		}
	}
}
