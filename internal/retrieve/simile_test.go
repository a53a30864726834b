package retrieve

import (
	"context"
	"slices"
	"testing"
)

// TestSimileReadPast checks that a simile the asker puts his question in,
// likening to something the essay never speaks of, is neither searched
// nor weighed, and the question is answered from the passage that
// answers what remains: eval77's religious-studies teacher was declined
// on "clergy", "pope", "sacrament", "vow" and "gospel", and on the name
// "Trojan".
func TestSimileReadPast(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, c := range map[string]struct {
		gone []string
		want string
	}{
		"Were the regional first secretaries and the NKVD obedient to him, like clergy to a pope?":                             {[]string{"clergi", "pope"}, "¶53"},
		"Could the constitution have smuggled in bourgeois notions like a Trojan horse and hastened the fall into capitalism?": {[]string{"trojan", "hors"}, "¶56"},
		"Was technique treated as politically neutral, like a secular sacrament beyond dispute?":                               {[]string{"secular", "sacrament"}, "¶57"},
		"Was the \"Party Maximum\" a kind of vow of poverty for Party members, and when was it abandoned?":                     {[]string{"kind", "vow", "poverti"}, "¶58"},
		"What does he say has obscured the history of the Bolshevik Party, like a suppressed gospel?":                          {[]string{"suppress", "gospel"}, "¶62"},
		"Was political disagreement treated as something akin to treachery?":                                                   {[]string{"akin", "treacheri"}, "¶54"},
	} {
		res, err := r.Retrieve(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range c.gone {
			if slices.Contains(res.Query.Stems, s) {
				t.Errorf("%q: stems %v hold the simile's %q", q, res.Query.Stems, s)
			}
		}
		if len(res.Query.Names) > 0 {
			t.Errorf("%q: names %v", q, res.Query.Names)
		}
		if res.Abstain || res.Hits[0].Passage.Ref.String() != c.want {
			t.Errorf("%q: declined %v (%s), first %s, want %s", q, res.Abstain, res.DeclinedBy, res.Hits[0].Passage.Ref, c.want)
		}
	}
}

// TestSimileKeptWhereAsked checks that a likeness stays part of the
// question where it is what is asked: of something the essay never
// speaks of ("Is the Pope like a king to Catholics?"), of one thing
// alone ("Was Stalin like a pharaoh?"), or likening to a thing the essay
// has a word for ("like a dictator", through "dictatorship"); and that
// "like" after an auxiliary, or a subject an auxiliary asks of, is the
// verb.
func TestSimileKeptWhereAsked(t *testing.T) {
	r := retriever(t, Hybrid)
	for _, q := range []string{
		"Is the Pope like a king to Catholics?",
		"Was Lenin's tomb a kind of shrine?",
		"What is a vow of poverty?",
		"Was Stalin like a pharaoh?",
	} {
		if !abstainsOn(t, r)(q) {
			t.Errorf("%q was answered: the essay never speaks of it", q)
		}
	}
	for q, kept := range map[string]string{
		"was stalin actually like a dictator or not": "dictat",
		"Did the Party leaders like a good joke?":    "joke",
	} {
		if stems := mustAnalyse(t, r, q).Stems; !slices.Contains(stems, kept) {
			t.Errorf("%q: stems %v lack %q", q, stems, kept)
		}
	}
}
