package guide

import (
	"slices"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestFragmentary holds cuts of real sentences that leave less than a
// clause, each against one that leaves a whole one.
func TestFragmentary(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		// On Liberty ¶36: the opening is all subordinate clause.
		{"Unless opinions favourable to democracy and to aristocracy, to property and to equality, to co-operation and to competition, to luxury and to abstinence, to sociality and individuality, to liberty and discipline, and all the other standing antagonisms of practical life, are expressed with equal freedom, and enforced and defended with equal talent and energy, there is no chance of both elements obtaining their due; one scale is sure to go up, and the other down.", true},
		// Douglass ¶43: the cut ends on an apposition.
		{"I not only reject it because it bears upon its face the marks of being a fraud, a make-shift for a malignant purpose, but because it has sprung upon the country simultaneously with well-known efforts now being industriously made to degrade the Negro by legislative enactments, and by repealing all laws for the protection of the ballot, and by rendering a fair election impossible.", true},
		// Civil Disobedience ¶21: the main clause comes after the "If".
		{"If a man who has no property refuses but once to earn nine shillings for the State, he is put in prison for a period unlimited by any law that I know, and determined only by the discretion of those who placed him there; but if he should steal ninety times nine shillings from the State, he is soon permitted to go at large again.", false},
		// Douglass ¶126: the cut ends on an apposition, before what
		// Godwin did.
		{"At that time the problem was in respect of what relation a Negro sustains to the Christian Church, whether he was in fact a fit subject for baptism, and Dr. Godwin, a celebrated divine of his time, and one far in advance of his brethren, was at the pains of writing a book of two hundred pages or more, containing an elaborate argument to prove that it was not a sin in the sight of God to baptize a Negro.", true},
		// On Liberty ¶37: the cut ends on a name, and the clause is whole.
		{"What is called Christian, but should rather be termed theological, morality, was not the work of Christ or the Apostles, but is of much later origin, having been gradually built up by the Catholic church of the first five centuries, and though not implicitly adopted by moderns and Protestants, has been much less modified by them than might have been expected.", false},
		// Civil Disobedience ¶4: the cut ends inside a list.
		{"A common and natural result of an undue respect for law is, that you may see a file of soldiers, colonel, captain, corporal, privates, powder-monkeys, and all, marching in admirable order over hill and dale to the wars, against their wills, ay, against their common sense and consciences, which makes it very steep marching indeed, and produces a palpitation of the heart.", true},
		// Leviathan ¶12: after its "But", the opening is all "though";
		// the main clause comes after the semicolon, "yet in all times".
		{"But though there had never been any time, wherein particular men were in a condition of warre one against another; yet in all times, Kings, and persons of Soveraigne authority, because of their Independency, are in continuall jealousies, and in the state and posture of Gladiators; having their weapons pointing, and their eyes fixed on one another; that is, their Forts, Garrisons, and Guns upon the Frontiers of their Kingdomes; and continuall Spyes upon their neighbours; which is a posture of War.", true},
		// Leviathan ¶30: the main clause opens "then, though ..., yet
		// may the Right be understood".
		{"But if there be other signes of the Will to transferre a Right, besides Words; then, though the gift be Free, yet may the Right be understood to passe by words of the future: as if a man propound a Prize to him that comes first to the end of a race, The gift is Free; and though the words be of the Future, yet the Right passeth: for if he would not have his words so be understood, he should not have let them runne.", false},
		// Amendment XX ¶3: "If ..., then the Vice President elect shall
		// act as President".
		{"If a President shall not have been chosen before the time fixed for the beginning of his term, or if the President elect shall have failed to qualify, then the Vice President elect shall act as President until a President shall have qualified; and the Congress may by law provide for the case wherein neither a President elect nor a Vice President elect shall have qualified, declaring who shall then act as President, or the manner in which one who is to act shall be selected, and such person shall act accordingly until a President or Vice President shall have qualified.", false},
		// The Prince ¶11: the cut ends on the concession "may indeed be
		// earned", before the "but they are not secured" it is made for.
		{"And that prince who, relying entirely on their promises, has neglected other precautions, is ruined; because friendships that are obtained by payments, and not by greatness or nobility of mind, may indeed be earned, but they are not secured, and in time of need cannot be relied upon; and men have less scruple in offending one who is beloved than one who is feared, for love is preserved by the link of obligation which, owing to the baseness of men, is broken at every opportunity for their advantage; but fear preserves you by a dread of punishment which never fails.", true},
		// A sentence short enough to stand whole is never cut.
		{"Law never made men a whit more just; and, by means of their respect for it, even the well-disposed are daily made the agents of injustice.", false},
	} {
		if got := fragmentary(c.text); got != c.want {
			t.Errorf("fragmentary(%q …) = %v, want %v (cut to %q)", c.text[:50], got, c.want, cut(c.text))
		}
	}
}

// TestBriefHoldsNoFragments builds the guides of two development texts
// and checks that no sentence of the brief is cut to less than a clause:
// On Liberty's gave "Unless opinions favourable to democracy ... are
// expressed with equal freedom …" and "Inasmuch then as the theology of
// Christianity did not appear to him true ...", Douglass's "I not only
// reject it because it bears upon its face the marks of being a fraud, a
// make-shift for a malignant purpose …".
func TestBriefHoldsNoFragments(t *testing.T) {
	for _, name := range []string{"on-liberty.txt", "douglass-lynched.md"} {
		g := textGuide(t, name)
		for _, q := range g.Summary {
			kept, wasCut := strings.CutSuffix(q.Text, " "+Ellipsis)
			if !wasCut {
				continue
			}
			if opensSubordinate(kept) && !mainClauseIn(kept) || opensNounPhrase(kept) || strings.HasSuffix(kept, "a malignant purpose") {
				t.Errorf("%s: the brief gives %s a fragment: %q", name, q.Ref.Marker(), q.Text)
			}
		}
	}
}

// TestGlossesAreNoFragments builds Douglass's guide, whose glossary gave
// Godwin "At that time the problem was ... and Dr. Godwin, a celebrated
// divine of his time …", cut before what he did.
func TestGlossesAreNoFragments(t *testing.T) {
	g := textGuide(t, "douglass-lynched.md")
	for _, term := range g.Terms {
		if strings.HasSuffix(term.Quote.Text, "a celebrated divine of his time "+Ellipsis) {
			t.Errorf("%s is glossed with a fragment: %q", term.Term, term.Quote.Text)
		}
	}
}

// TestEvidenceIsNoFragment builds Civil Disobedience's guide, whose
// second claim quoted as evidence "A common and natural result of an
// undue respect for law is, that you may see a file of soldiers,
// colonel, captain, corporal, privates, powder-monkeys …": a sentence
// whose cut leaves a fragment is quoted whole.
func TestEvidenceIsNoFragment(t *testing.T) {
	g := textGuide(t, "civil-disobedience.md")
	for _, q := range g.Questions() {
		for _, e := range q.Evidence {
			if kept, ok := strings.CutSuffix(e.Text, " "+Ellipsis); ok && (inList(kept) || apposite(kept)) {
				t.Errorf("%s: evidence %s is a fragment: %q", q.Ref.Marker(), e.Ref.Marker(), e.Text)
			}
		}
	}
}

// TestDanglingPerson holds real sentences that speak of people by a
// pronoun they name no one for, against ones that name them.
func TestDanglingPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		// Civil Disobedience ¶6: "cases" are not whom "they" stands for.
		{"In most cases there is no free exercise whatever of the judgment or of the moral sense; but they put themselves on a level with wood and earth and stones; and wooden men can perhaps be manufactured that will serve the purpose as well.", true},
		// Civil Disobedience ¶43: "they" are the people of the sentence before.
		{"But I think, again, This is no reason why I should do as they do, or permit others to suffer much greater pain of a different kind.", true},
		// Civil Disobedience ¶6: the legislators are named first.
		{"Others, as most legislators, politicians, lawyers, ministers, and office-holders, serve the state chiefly with their heads; and, as they rarely make any moral distinctions, they are as likely to serve the devil, without intending it, as God.", false},
		// On Liberty ¶23: "he who" stands for anyone.
		{"He who knows only his own side of the case, knows little of that.", false},
	} {
		if got := danglingPerson(c.text); got != c.want {
			t.Errorf("danglingPerson(%q …) = %v, want %v", c.text[:50], got, c.want)
		}
	}
}

// TestBriefNamesWhomItMeans builds the guides of two development texts
// and checks the brief quotes neither a sentence whose pronoun points
// back with nothing before it (Civil Disobedience's ¶6 "but they put
// themselves on a level with wood", ¶43 "This is no reason why I should
// do as they do") nor an objection the author answers as his own claim
// (On Liberty's ¶5 "Let us take care, it may be said, ...").
func TestBriefNamesWhomItMeans(t *testing.T) {
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt"} {
		g := textGuide(t, name)
		for _, q := range g.Summary {
			if danglingPerson(q.Text) || strings.Contains(q.Text, "it may be said") {
				t.Errorf("%s: the brief gives %s %q", name, q.Ref.Marker(), q.Text)
			}
		}
	}
}

// TestBriefSpansTheText builds the guides of two development texts and
// checks the brief leaves no long stretch of paragraphs out: chosen by
// weight alone, Douglass's "Lynched" skipped ¶96 to ¶139 and Goldman's
// ¶2 to ¶32, the whole of her chapter on Kronstadt but its first
// paragraph.
func TestBriefSpansTheText(t *testing.T) {
	for _, name := range []string{"douglass-lynched.md", "goldman-kronstadt.md"} {
		g := textGuide(t, name)
		stretch := (g.Paragraphs + maxSummary - 3) / (maxSummary - 2)
		last := 0
		for _, q := range append(g.Summary, Quote{Ref: essay.Ref{Kind: essay.Paragraph, N: g.Paragraphs + 1}}) {
			if gap := q.Ref.N - last - 1; gap > 2*stretch {
				t.Errorf("%s: the brief leaves out ¶%d to ¶%d, %d paragraphs (at most %d)", name, last+1, q.Ref.N-1, gap, 2*stretch)
			}
			last = q.Ref.N
		}
	}
}

// TestBriefGivesNoReportedView builds Goldman's guide, whose brief gave
// ¶33's "Non-Bolshevik Socialist critics of the Russian failure contend
// that ..." as hers: a view she sets up to answer in ¶34.
func TestBriefGivesNoReportedView(t *testing.T) {
	g := textGuide(t, "goldman-kronstadt.md")
	for _, q := range g.Summary {
		if strings.Contains(q.Text, "critics of the Russian failure contend") {
			t.Errorf("the brief gives %s the critics' view: %q", q.Ref.Marker(), q.Text)
		}
	}
}

// TestClaimsOfMethodOutrankNarration builds the guide of Thucydides's
// first chapter (a text whose guide is read, never its question set),
// whose claims were Atreus assuming the sceptre of Mycenae (¶9) and the
// league holding together for a short time (¶17) while his statements of
// method in ¶20 and ¶21 stood next to each other and to ¶22: a paragraph
// that argues now gives a claim before one that narrates, even beside
// another claim.
func TestClaimsOfMethodOutrankNarration(t *testing.T) {
	g := textGuide(t, "thucydides-archaeology.md")
	var refs []string
	for _, q := range g.Questions() {
		refs = append(refs, q.Ref.String())
		if argues(&sentence{text: q.Text, roles: roles(q.Text)}) < narratedBelow {
			t.Errorf("claim %s only narrates: %q", q.Ref, q.Text)
		}
	}
	for _, want := range []string{"¶20", "¶21"} {
		if !slices.Contains(refs, want) {
			t.Errorf("claims from %v, want one from %s, where the author states his method", refs, want)
		}
	}
	for _, q := range g.Questions() {
		if strings.HasPrefix(q.Text, "Old stories of occurrences") {
			t.Errorf("claim %s is a list of portents, not the author's cause of the war: %q", q.Ref, q.Text)
		}
	}
	// "For the pirates used to plunder one another" tells what they did.
	pirates := "For the pirates used to plunder one another, and indeed all coast populations, whether seafaring or not."
	if a := argues(&sentence{text: pirates, roles: roles(pirates)}); a >= narratedBelow {
		t.Errorf("argues(pirates used to plunder) = %.2f, want narration", a)
	}
}

// TestWithheldClaimIsReadWithTheNext builds the guide of Thucydides's
// first chapter (a text whose guide is read, never its question set),
// whose brief and last claim gave ¶22 as "The real cause I consider to be
// the one which was formally most kept out of sight." and left out the
// sentence after it, which says what that cause was.
func TestWithheldClaimIsReadWithTheNext(t *testing.T) {
	const cause = "The growth of the power of Athens"
	g := textGuide(t, "thucydides-archaeology.md")
	for _, q := range g.Summary {
		if q.Ref.String() == "¶22" && !strings.Contains(q.Text, cause) {
			t.Errorf("the brief gives ¶22 as %q, without the cause it promises", q.Text)
		}
	}
	for _, q := range g.Questions() {
		if strings.HasPrefix(q.Text, "The real cause") && !strings.Contains(q.Text, cause) {
			t.Errorf("claim %s withholds the cause it names: %q", q.Ref, q.Text)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The real cause I consider to be the one which was formally most kept out of sight.", true},
		// Beard and Douglass announce what follows.
		{"The thesis of this school is, in brief, as follows.", true},
		{"The point I make, then, is this.", true},
		// The essay's ¶57: a claim of its own.
		{"This might suggest that the \"solution\" is not to make the state stronger and the Party weaker -- as it appears Stalin and Beria thought.", false},
	} {
		if got := withholds(&sentence{text: c.text}); got != c.want {
			t.Errorf("withholds(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestClaimsMayOpenOnAConnective builds the guides of Machiavelli's
// chapters and of Thucydides's first (texts whose guides are read, never
// their question sets). Claims had to stand wholly alone, and an author
// who ties his sentences to the last by "Nevertheless" or "Thus" gave
// none of them: Machiavelli's guide argued from "Insomuch that someone in
// the Senate, wishing to excuse him, said ..." rather than ¶12's "a prince
// ought to inspire fear in such a way that ... he avoids hatred", and
// Thucydides's left out ¶16's "causes which make the states alike
// incapable of combination". A claim may lean by an opening connective,
// or by a pronoun its own subject gives, never by a word standing for
// what was said before.
func TestClaimsMayOpenOnAConnective(t *testing.T) {
	for _, c := range []struct {
		text, want, unwanted string
	}{
		{"machiavelli-prince.md", "Nevertheless a prince ought to inspire fear", "Insomuch that"},
		{"thucydides-archaeology.md", "Thus for a long time everywhere in Hellas", ""},
	} {
		g := textGuide(t, c.text)
		found := false
		for _, q := range g.Questions() {
			found = found || strings.HasPrefix(q.Text, c.want)
			if c.unwanted != "" && strings.HasPrefix(q.Text, c.unwanted) {
				t.Errorf("%s: claim %s leans on the sentence before: %q", c.text, q.Ref, q.Text)
			}
		}
		if !found {
			t.Errorf("%s: no claim %q …", c.text, c.want)
		}
	}
	lower := textBuilder(t, "thucydides-archaeology.md").lower
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Nevertheless a prince ought to inspire fear in such a way that, if he does not win love, he avoids hatred.", true},
		// Machiavelli ¶16: which characteristic?
		{"But it is necessary to know well how to disguise this characteristic, and to be a great pretender and dissembler.", false},
		// Thucydides ¶11: who are "they"?
		{"Even after the victory they obtained on their arrival there is no indication of their whole force having been employed.", false},
		{"And that was how a great scandal threatened to affect the kingdom.", false},
	} {
		s := &sentence{text: c.text, leans: leaningIn(c.text, lower)}
		if got := claimable(s, lower); got != c.want {
			t.Errorf("claimable(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// Turner ¶26, claimable once its "Thus" no longer kept it out, took
	// ¶42's place as a thesis by "the real Eldorado": a name is no cue.
	if thesisRe.MatchString("Thus wave after wave is rolling westward; the real Eldorado is still farther on.") {
		t.Error("thesisRe takes \"the real Eldorado\" for the author's position")
	}
	if !thesisRe.MatchString("The real cause I consider to be the one which was formally most kept out of sight.") {
		t.Error("thesisRe misses \"The real cause\"")
	}
}

// TestImaginedObjectionIsNoClaim builds the guide of Machiavelli's
// chapters (a text whose guide is read, never its question set), whose
// third claim and seminar question was ¶6's "And if any one should say:
// Caesar obtained empire by liberality, ... I answer: ...": an objection
// the author puts to himself, the objector's words before his answer. It
// is a view given as another's, evidence for a claim but never one.
func TestImaginedObjectionIsNoClaim(t *testing.T) {
	g := textGuide(t, "machiavelli-prince.md")
	for _, q := range g.Questions() {
		if strings.Contains(q.Text, "if any one should") {
			t.Errorf("claim %s is an objection the author answers: %q", q.Ref, q.Text)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"And if any one should reply: Many have been princes, and have done great things with armies, who have been considered very liberal, I reply: Either a prince spends that which is his own or his subjects' or else that of others.", true},
		// The author's own answer to the question he asked.
		{"It may be answered that one should wish to be both, but, because it is difficult to unite them in one person, it is much safer to be feared than loved, when, of the two, either must be dispensed with.", false},
	} {
		if got := reported(c.text); got != c.want {
			t.Errorf("reported(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAPlanIsNoClaim builds Paine's guide, whose claims included a step
// of his plan for a continental assembly ("In the next Congress, let a
// colony be taken by lot ...") and his announcement of it ("I offer the
// following hints; ..."): a class can carry either out or read on, but
// has nothing to argue. A "let" that urges or judges stays a claim.
func TestAPlanIsNoClaim(t *testing.T) {
	g := textGuide(t, "paine-common-sense.md")
	for _, q := range g.Questions() {
		if procedure(q.Text) {
			t.Errorf("%s claims a procedure: %.70q", q.Ref.Marker(), q.Text)
		}
	}
	for text, want := range map[string]bool{
		"In the next assembly, let a county be taken by lot from twelve only.":      true,
		"Wherefore, as an opening into that business, I offer the following hints.": true,
		"For God's sake, let us come to a final separation.":                        false,
		"If the injustice is part of the machine, let it go, let it go.":            false,
		"The data presented in the following chapters bear out the hypothesis.":     false,
	} {
		if got := procedure(text); got != want {
			t.Errorf("%q is a procedure: %v, want %v", text, got, want)
		}
	}
}
