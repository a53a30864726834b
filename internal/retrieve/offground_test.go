package retrieve

import (
	"context"
	"testing"
)

// TestDeclinedBy checks that a declined question says which test declined
// it: a fact of publication, how a thing stands today, a stop word typed
// as a country's name, a place the passage never gives, a noun the corpus
// lacks, a ref it lacks, a thing the text names without saying what is
// asked of it (its tie to a thing the text never writes, too), what
// became of someone later than the text tells; and that an answered
// question names none.
func TestDeclinedBy(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, want := range map[string]string{
		"Has this essay been peer reviewed?":                        "asks a fact of publication the text never states",
		"is sovetskaia rossiia still a newspaper":                   "asks how something stands today",
		"Who won the 1936 US presidential election?":                "names in capitals what the text never writes so",
		"Where was Molotov born?":                                   "asks a place the passage never gives",
		"best app to learn russian fast?":                           "asks for a thing the text never names",
		"What does ¶99 say?":                                        "names only refs the text lacks",
		"What did the 1936 Constitution guarantee?":                 "asks of a named thing what no sentence naming it says",
		"How were political disputes handled in the Party?":         "",
		"What does the Paris Commune have to do with football?":     "asks of a named thing what no sentence naming it says",
		"What does the Leningrad Affair have to do with democracy?": "",
		"What eventually happened to Voznesensky?":                  "asks what became of someone later than the text tells",
	} {
		res, err := r.Retrieve(context.Background(), q, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.DeclinedBy != want || res.Abstain != (want != "") {
			t.Errorf("%q: declined %v by %q, want %q", q, res.Abstain, res.DeclinedBy, want)
		}
	}
}

// TestGroundTestsNamed checks that every ground test has a name of its
// own, so that a decline names one reason.
func TestGroundTestsNamed(t *testing.T) {
	seen := map[string]bool{}
	for _, g := range groundTests {
		if g.name == "" || seen[g.name] || g.off == nil {
			t.Errorf("ground test %q is unnamed, named twice or empty", g.name)
		}
		seen[g.name] = true
	}
}
