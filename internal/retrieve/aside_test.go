package retrieve

import (
	"slices"
	"testing"

	"studyguide/internal/terms"
)

// TestAskersAsideIsFraming checks that an aside about the asker or the
// people he asks for ("my son wants to know", "my son's teacher said",
// "as I once read somewhere") is neither searched for nor weighed: "my
// son" met note 12's "His son Sergo Beria" and quoted it beside the
// question of the author's next work. A son the question asks of
// ("What did Beria's son say?") is still searched.
func TestAskersAsideIsFraming(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, gone := range map[string][]string{
		"is he writing anything else? my son wants to know if theres a follow up": {"son", "want", "know"},
		"is the author biased? my son's teacher said to watch out for that":       {"son", "teacher", "said"},
		"For my class: why did the Soviets first decide to offer higher pay?":     {"class"},
		"were kulaks given the vote, as I once read somewhere?":                   {"read", "somewher"},
	} {
		checkAside(t, q, mustAnalyse(t, r, q).Stems, gone, nil)
	}
	if stems := mustAnalyse(t, r, "What did Beria's son say about the trial?").Stems; !slices.Contains(stems, "son") {
		t.Errorf("the son asked of was left out: %v", stems)
	}
	if q := "Under the 1936 Constitution, were former priests and kulaks given the vote, as I once read somewhere?"; !abstainsOn(t, r)(q) {
		t.Errorf("%q was answered: the essay never says", q)
	}
}

// TestAskersRecollectionIsFraming checks that the asker's memory, what
// struck him, his own people's doings told beside the question and his
// wish to read are neither searched for nor weighed, while the claim he
// remembers or heard is: eval62's book-club member was declined on
// "remember", "seventies" (a decade the essay never reaches), "sad" and
// "husband". "Where can I read ...?" asks where to read.
func TestAskersRecollectionIsFraming(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, c := range map[string]struct{ gone, kept []string }{
		"I remember from my university days in the seventies that everyone called Stalin an absolute dictator; does this writer really say he was never all-powerful, and who does he say held him back?": {
			[]string{"rememb", "univers", "day", "seventi"}, []string{"stalin", "dictat", "power"}},
		"I have a dim memory that Beria was shot straight away, without a real trial - is that what the essay suggests, and does anyone doubt it?": {
			[]string{"dim", "memori"}, []string{"beria", "shoot", "trial"}},
		"It struck me as terribly sad, the bit about disagreements being treated as if they were enemy activity - is that what the author says happened?": {
			[]string{"strike", "terribl", "sad"}, []string{"disagr", "enemi"}},
		"My late husband always said you can't vote the system out, whatever you do at the ballot box - does the essay make the same point about capitalism?": {
			[]string{"late", "husband", "alway"}, []string{"vote", "system", "capit"}},
		"Does he ask whether big wage gaps were really needed to industrialise? My father worked in a mill and had opinions about that.": {
			[]string{"father", "work", "mill", "opinion"}, []string{"wage", "gap"}},
		"What books did the author draw on about Beria's reforms? I'd like to read one of them.": {
			[]string{"read"}, []string{"book", "beria", "reform"}},
		"I heard a professor on the wireless saying Stalin wasn't really all-powerful after all. Is that what this piece says?": {
			[]string{"hear", "professor", "wireless"}, []string{"stalin", "power"}},
		"I heard Molotov saying the cult was Stalin's own doing - does the essay agree?": {
			[]string{"hear"}, []string{"molotov", "cult"}},
		"In 1937 my uncle was taken. The author writes about \"police methods\" - what does he mean by it?": {
			[]string{"uncl"}, []string{"1937", "polic"}},
	} {
		checkAside(t, q, mustAnalyse(t, r, q).Stems, c.gone, c.kept)
	}
	for _, q := range []string{
		"I remember from my university days in the seventies that everyone called Stalin an absolute dictator; does this writer really say he was never all-powerful, and who does he say held him back?",
		"It struck me as terribly sad, the bit about disagreements being treated as if they were enemy activity - is that what the author says happened?",
		"I heard a professor on the wireless saying Stalin wasn't really all-powerful after all. Is that what this piece says?",
	} {
		if abstainsOn(t, r)(q) {
			t.Errorf("%q was declined: the aside is no part of what it asks", q)
		}
	}
	if stems := mustAnalyse(t, r, "My father asked whether the workers in the mill were paid more.").Stems; !slices.Contains(stems, "mill") {
		t.Errorf("what the asker's father asks was left out: %v", stems)
	}
	if stems := mustAnalyse(t, r, "can my dad sign me up to be ruled by a king").Stems; !slices.Contains(stems, "dad") {
		t.Errorf("the dad asked of was left out: %v", stems)
	}
}

// TestClauseAsidesLineUp checks that the clauses an aside is read in
// number their words as the question's words do, "I" and "I'd" aside:
// a word marked in one must be the same word in the other.
func TestClauseAsidesLineUp(t *testing.T) {
	for _, q := range []string{
		"I'd like to read one of them. What books did he draw on?",
		"I remember — vaguely — the all-powerful \"dictator\" line; is it in ¶53?",
		"My father (a miner) worked in a mill. Was pay unequal?",
	} {
		ws := terms.Words(q)
		n := 0
		for _, c := range clausesOf(q) {
			for k, at := range c.at {
				if at < 0 {
					continue
				}
				if at != n || ws[at] != terms.Words(c.toks[k])[0] {
					t.Errorf("%q: clause word %q at %d, question word %d is %q", q, c.toks[k], at, n, ws[min(n, len(ws)-1)])
				}
				n++
			}
		}
		if n != len(ws) {
			t.Errorf("%q: clauses hold %d words, the question %d", q, n, len(ws))
		}
	}
}

// TestAskersDashedViewIsFraming checks that the asker's own view set off
// by a dash in a sentence another clause of which asks ("-- I assume
// the great sell-off in the nineties --"), and one of his people
// described between commas before he says something ("My
// brother-in-law, who's a bit of a Trotskyist, says"), are neither
// searched for nor weighed: eval70 declined these on "nineties" (a
// decade the essay never reaches), "brother" and "law" ("Trotskyist",
// a name, stays, as in every aside). A view after a comma may be what is
// asked ("I seem to recall the author asking X, does he?"), and stays.
func TestAskersDashedViewIsFraming(t *testing.T) {
	r := retriever(t, Hybrid)
	for q, c := range map[string]struct{ gone, kept []string }{
		"What's this 'greatest theft in history' he refers to -- I assume the great sell-off in the nineties -- and who else calls it that?": {
			[]string{"assum", "sell", "nineti"}, []string{"greatest", "theft"}},
		"Kruglov -- I'd never heard of him -- who was he, and what was he doing in the hall while Kruschev made his speech?": {
			[]string{"never", "hear"}, []string{"kruglov", "speech"}},
		"My brother-in-law, who's a bit of a Trotskyist between you and me, says the 1936 Constitution was only window dressing -- does the author think it would have made the Soviet Union genuinely democratic if it had been carried out?": {
			[]string{"brother", "law"}, []string{"1936", "constitut", "democrat"}},
		"and I found the opening of the conclusions rather striking, I seem to recall the author asking what we even mean by 'democracy', does he actually pose that question?": {
			nil, []string{"mean", "democraci"}},
	} {
		checkAside(t, q, mustAnalyse(t, r, q).Stems, c.gone, c.kept)
	}
	abstains := abstainsOn(t, r)
	for _, q := range []string{
		"What's this 'greatest theft in history' he refers to -- I assume the great sell-off in the nineties -- and who else calls it that?",
		"Kruglov -- I'd never heard of him -- who was he, and what was he doing in the hall while Kruschev made his speech?",
		"My brother-in-law, who's a bit of a Trotskyist between you and me, says the 1936 Constitution was only window dressing -- does the author think it would have made the Soviet Union genuinely democratic if it had been carried out?",
	} {
		if abstains(q) {
			t.Errorf("%q was declined: the aside is no part of what it asks", q)
		}
	}
	for _, q := range []string{
		"My brother-in-law, who teaches history, says the 1936 Olympics were rigged -- does the author think so?",
		"Kruglov -- I'd never heard of him -- what was his favourite football team?",
		"Stalin -- I always assumed he was a dictator -- what did he eat for breakfast?",
	} {
		if !abstains(q) {
			t.Errorf("%q was answered: the essay never says", q)
		}
	}
}

// checkAside fails t when stems, question q's searched stems, hold one
// of gone, the aside's, or lack one of kept, the question's own.
func checkAside(t *testing.T, q string, stems, gone, kept []string) {
	t.Helper()
	for _, s := range gone {
		if slices.Contains(stems, s) {
			t.Errorf("%q: stems %v hold the aside's %q", q, stems, s)
		}
	}
	for _, s := range kept {
		if !slices.Contains(stems, s) {
			t.Errorf("%q: stems %v lack the question's %q", q, stems, s)
		}
	}
}
