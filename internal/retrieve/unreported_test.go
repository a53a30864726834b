package retrieve

import (
	"context"
	"testing"

	"studyguide/internal/terms"
)

// TestNeverReportedDeclined checks that a question asking what a work or
// a person the essay names in passing said, wrote or argued is declined
// when no sentence naming it reports it saying anything (Lenin, named
// only beside Molotov's view of his legacy; the Critique of the Gotha
// Program, named only as a place inequality may be traced to); and
// that questions of the same shape about names the essay does report
// (Zhores Medvedev, "according to"; Khinshtein, cited for what is
// "said"; Marx and Engels, who "made important deductions") are still
// answered.
func TestNeverReportedDeclined(t *testing.T) {
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"What did Lenin write about Stalin in his Testament?",
		"What did the Gotha Program actually say that Marx criticised?",
		"what is marx's critique of the gotha program actually about",
		"What's the main argument of Marx's Critique of the Gotha Program?",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Abstain {
			t.Errorf("%q was answered; the essay never reports what it said", q)
		}
		aq, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if !r.neverReported(aq) {
			t.Errorf("%q: neverReported is false", q)
		}
	}
	for _, q := range []string{
		"What did Zhores Medvedev claim happened to Stalin's personal archive?",
		"What does the Khinshteyn 2003 reference say happened to the Beria trial documents?",
		"What did Marx and Engels' study of the Paris Commune tell us?",
		"What does Pyzhikov say about Voznesensky?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined; the essay answers it", q)
		}
		aq, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if r.neverReported(aq) {
			t.Errorf("%q: neverReported is true; the essay reports it", q)
		}
	}
}

// TestNeverReportedOtherText checks the reading on On Liberty: Knox is
// named once, beside Calvin, as a maker of doctrine, and never reported
// saying anything; Marcus Aurelius is, what he "believed" of
// Christianity.
func TestNeverReportedOtherText(t *testing.T) {
	r := textRetriever(t, "../essay/testdata/texts/on-liberty.txt")
	for q, want := range map[string]bool{
		"What did Knox write about grace?": true,
		"What did Marcus Aurelius write?":  false,
		"What did he write about grace?":   false,
		"What did Knox do about grace?":    false,
	} {
		aq, err := r.Analyse(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.neverReported(aq); got != want {
			t.Errorf("%q: neverReported %v, want %v", q, got, want)
		}
	}
}

// TestReportedSpan checks which words of a question name what it asks
// the sayings of.
func TestReportedSpan(t *testing.T) {
	for q, want := range map[string]string{
		"What did Jivago write about the war?":           "jivago",
		"wat does the Jivago Code actually say":          "the jivago code actually",
		"What is the Jivago Code actually about?":        "the jivago code actually",
		"What's the main argument of Jivago's book?":     "jivago book",
		"What is Jivago's overall argument in his book?": "jivago",
		"What did Jivago do in the war?":                 "",
		"Who did Jivago write to?":                       "",
	} {
		got := ""
		for i, w := range reportedSpan(terms.Words(q)) {
			if i > 0 {
				got += " "
			}
			got += w
		}
		if got != want {
			t.Errorf("%q: span %q, want %q", q, got, want)
		}
	}
}
