package guide

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Protocols a plan may follow.
const (
	// StructuredAcademicControversy suits a question whose evidence
	// divides: pairs argue each side from the passages for it, then drop
	// their sides and look for what the evidence supports.
	StructuredAcademicControversy = "Structured Academic Controversy"
	// SocraticSeminar suits an open question: the class reasons it through
	// together from the text.
	SocraticSeminar = "Socratic seminar"
)

// Sentence starters for discussion. They carry a place for a ref, so that
// students cite as they speak.
var (
	agreeStarters = []string{
		"I agree with [name], and [¶…] makes the same point: …",
		"Building on what [name] said, [¶…] adds that …",
		"The strongest evidence for that reading is in [¶…], where …",
	}
)

// disagreeStarters are the starters for disagreeing, in the text's
// voice: a speech has a speaker to disagree with, and a law no author,
// only a provision to read otherwise.
func disagreeStarters(v Voice) []string {
	return []string{
		"I read [¶…] differently: it says … but that does not show …",
		"I'm not convinced, because the source for that is …, and …",
		terms.Capitalize(v.dissenter()) + " would point out that …",
		"Where does " + v.Text() + " say that? I find [¶…] saying instead that …",
	}
}

// Stance cues for a yes-or-no question: a sentence that says it would
// not have worked, or was not so, and one that says it would have, or
// was. They turn on outcomes and verdicts, not on any "not": "Nor does X
// mean" defines, and "never put into effect" says what did not happen,
// neither of which answers whether it would have worked.
var (
	denyRe   = lazyregexp.New(`(?i)\b(?:would|could|might|will)(?: not|n't) have\b|\b(?:would|could|will)(?: not|n't) (?:work|succeed|accomplish|achieve|prevent|solve)\w*\b|\bnot\b[^.;]{0,40}\b(?:sufficient|enough|possible|effective)\b|\binsufficient\b|\bfail(?:ed|s|ure)?\b|\bfalse\b|\bmistaken\b|\bwrong\b|\bimpossible\b|\bunable to\b|\bnever (?:worked|succeeded|could)\b|\bno (?:chance|hope)\b|\bartificial\b|\bdeceptive\b|\bharmful\b`)
	affirmRe = lazyregexp.New(`(?i)\b(?:could|would|might)(?: well)? have (?:prevented|worked|succeeded|saved|helped|accomplished|achieved|stopped)\b|\bbest chance\b|\bthe best\b|\bworked\b|\bsucceed(?:ed|s)?\b|\beffective\b|\bthe (?:right|only) (?:way|course|remedy|cure)\b`)
	// idiomRe removes phrases that only look like denials: "no doubt",
	// "not only", "nothing but".
	idiomRe = lazyregexp.New(`(?i)\bno doubt\b|\bnot only\b|\bnothing but\b|\bnot yet\b`)
)

// Stances of a sentence toward a yes-or-no question.
const (
	noStance = iota
	yes
	no
	unknown
)

// negativeRe finds a question that asks whether something went wrong:
// "was it an error to ...?". A sentence that says it was wrong answers
// yes.
var negativeRe = lazyregexp.New(`(?i)\b(?:an? )?(?:error|mistake|wrong|failure|fault|blunder|harmful|dangerous|injustice)\b`)

// stanceOn reads a sentence's stance on question q: as stance, turned
// round for a question that asks whether something went wrong. On a
// claim of the author's, a sentence takes a side only if it shares two
// content words with the claim, and only a view the text gives as someone
// else's says the claim does not hold: the author's own "false" or
// "wrong" is mostly said of something else, and supports his claim
// ("The proposition to disfranchise ... I therefore denounce as a false
// and cowardly proposition" does not argue against "It is still more
// surprising that the coloured press ... insist upon calling it a "Negro
// problem"").
func stanceOn(q *Question, s *sentence) int {
	if q.Origin == Claim {
		return claimStance(q, s)
	}
	st := stance(s)
	if q.Origin != Claim && negativeRe.MatchString(q.Text) {
		switch st {
		case yes:
			return no
		case no:
			return yes
		}
	}
	return st
}

// claimStance reads a sentence's stance on a claim (see stanceOn).
func claimStance(q *Question, s *sentence) int {
	st := stance(s)
	if st == unknown {
		return unknown
	}
	if s.question || sharedStems(q.Text, s) < claimShared {
		return noStance
	}
	switch {
	case s.quoted:
		// A writer the author quotes is mostly an authority he calls
		// on, not the other side: Turner's plan once set Grund's words
		// against a claim they bear out.
		return noStance
	case s.roles.has(reports):
		return no
	case st == yes:
		return yes
	}
	return noStance
}

// claimShared is how many content words a sentence must share with a
// claim to bear on it.
const claimShared = 2

// sharedStems counts the content stems of text that sentence s holds.
func sharedStems(text string, s *sentence) int {
	n := 0
	for st := range stemsOutsideAsides(text) {
		if s.stems[st] > 0 {
			n++
		}
	}
	return n
}

// sharedWeight is how much of a claim sentence s shares: each content
// stem the claim holds outside asides, counted by how rare the text makes
// it, its IDF over half the IDF of a word only one sentence uses, at most
// 1. A word the text uses everywhere (Turner's "frontier") counts for a
// fraction, so it and one other word ("Good soils have been the most
// continuous attraction to the farmer's frontier" beside "all of its
// good") no longer make two; two of the claim's rarer words still do.
//
// A word the claim grants only in passing, in a concession set off by
// commas ("its beneficial, though imperfect, effects"), counts half:
// Gibbon's ¶10, on "the imperfect cultivation of corn", shares it and
// "inclination" with his claim on Christianity, and nothing it argues.
func (b *builder) sharedWeight(text string, s *sentence) float64 {
	ref := 0.5 * math.Log(1+float64(len(b.sents)))
	conceded := map[string]bool{}
	for _, c := range concededRe.FindAllString(text, -1) {
		for _, st := range terms.Stems(c) {
			conceded[st] = true
		}
	}
	for _, st := range terms.Stems(concededRe.ReplaceAllString(text, ",")) {
		delete(conceded, st)
	}
	w := 0.0
	for st := range stemsOutsideAsides(text) {
		if idf, ok := b.idf[st]; ok && s.stems[st] > 0 && !weakWords[st] {
			v := min(1, idf/ref)
			if conceded[st] {
				v *= asideWeight
			}
			w += v
		}
	}
	return w
}

// concededRe is a concession a sentence sets off by commas: ", though
// imperfect,", ", if not certain,".
var concededRe = lazyregexp.New(`,\s+(?:though|although|however|if not|if)\s+[^,;:]{1,40},`)

// bearsOnClaim reports whether sentence s, of another paragraph than
// claim text, shares enough of it to bear on it: words that together are
// rare in the text (see sharedWeight), or two of its words that stand
// together in both, a phrase, however common ("If others pay the tax ..."
// beside "paying the highway tax", in a text about a tax).
func (b *builder) bearsOnClaim(text string, s *sentence) bool {
	if b.sharedWeight(text, s) >= claimShared {
		return true
	}
	var shared []string
	for st := range stemsOutsideAsides(text) {
		if _, ok := b.idf[st]; ok && s.stems[st] > 0 && !weakWords[st] {
			shared = append(shared, st)
		}
	}
	c := newSentence(&essay.Passage{}, 0, essay.Sentence{Text: text})
	for i, x := range shared {
		for _, y := range shared[i+1:] {
			if within(c.pos[x], c.pos[y]) && within(s.pos[x], s.pos[y]) {
				return true
			}
		}
	}
	return false
}

// within reports whether some place of xs and some of ys stand within
// proximity words of each other.
func within(xs, ys []int) bool {
	for _, x := range xs {
		for _, y := range ys {
			if x-y <= proximity && y-x <= proximity {
				return true
			}
		}
	}
	return false
}

// stance reads whether a sentence says yes or no to its question, or
// that the matter cannot be known.
func stance(s *sentence) int {
	if s.question {
		return noStance
	}
	if s.roles.has(uncertain) {
		return unknown
	}
	text := idiomRe.ReplaceAllString(s.text, "")
	d, a := denyRe.MatchString(text), affirmRe.MatchString(text)
	switch {
	case d && !a:
		return no
	case a && !d:
		return yes
	}
	return noStance
}

// sidesPool is how many of a question's best sentences, besides its
// evidence, the plan weighs for each side; any sentence of the question
// may say that the matter cannot be known.
const sidesPool = 12

// sidePool is what the plan weighs for one question: its sentences, best
// first, of which the first sides may take a side.
type sidePool struct {
	ss    []*sentence
	sides int
}

// plan writes the guide's discussion plan from its questions and the
// sentences that bear most on each.
func (b *builder) plan(g *Guide) Plan {
	pools := map[*Question]sidePool{}
	for _, q := range g.Questions() {
		var pl sidePool
		for _, e := range q.Evidence {
			if s := b.sentenceOf(e); s != nil {
				pl.ss = append(pl.ss, s)
			}
		}
		for i, c := range b.lists[q] {
			if i == sidesPool {
				pl.sides = len(pl.ss)
			}
			if !containsSentence(pl.ss, c.s) {
				pl.ss = append(pl.ss, c.s)
			}
		}
		if pl.sides == 0 {
			pl.sides = len(pl.ss)
		}
		pools[q] = pl
	}
	return planFor(g, pools)
}

func containsSentence(ss []*sentence, s *sentence) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// PlanFor writes a discussion plan for one class period from a guide's
// questions and their evidence: a Structured Academic Controversy on the
// question whose evidence divides most evenly, with the passages for each
// side, or else a Socratic seminar on the guide's first question. A guide
// whose evidence changed after it was built needs a new plan.
func PlanFor(g *Guide) Plan {
	pools := map[*Question]sidePool{}
	for _, q := range g.Questions() {
		var pl sidePool
		for _, e := range q.Evidence {
			for _, part := range e.Parts() {
				pl.ss = append(pl.ss, newSentence(&essay.Passage{Ref: e.Ref}, 0, essay.Sentence{Text: part}))
				break
			}
		}
		pl.sides = len(pl.ss)
		pools[q] = pl
	}
	return planFor(g, pools)
}

func planFor(g *Guide, pools map[*Question]sidePool) Plan {
	qs := g.Questions()
	if len(qs) == 0 {
		return Plan{}
	}
	var best *Question
	var bestSides []Side
	var bestOpen []essay.Ref
	bestScore := 0
	for _, q := range qs {
		if !yesOrNo(q) {
			continue
		}
		sides, open := divide(q, pools[q])
		if len(sides) < 2 {
			continue
		}
		// Evidence that divides evenly, with passages for each side, makes
		// the debate; a passage that says the matter cannot be known
		// gives it its edge.
		score := 10*min(len(sides[0].Refs), len(sides[1].Refs)) + len(sides[0].Refs) + len(sides[1].Refs) + min(len(open), 1)
		if score > bestScore {
			best, bestSides, bestOpen, bestScore = q, sides, open, score
		}
	}
	if best != nil {
		return sacPlan(g, best, bestSides, bestOpen)
	}
	return seminarPlan(g, seminarFocus(qs))
}

// seminarFocus is the question a seminar turns on: the guide's first, or
// of claims the one the author argues most plainly, a thesis ("I hold
// that", "the real cause") or a summing up ("The sum of the whole is,
// that ..."), or a judgment that explains, with the most
// passages quoted for it ("it is not the ignorance of the Negro but the
// malevolence of his accusers, which is the real cause", not "The
// contagion is spreading").
func seminarFocus(qs []*Question) *Question {
	if qs[0].Origin != Claim {
		return qs[0]
	}
	best, bestScore := qs[0], -1
	for _, q := range qs {
		score := len(refsOf(q.Evidence...))
		r := roles(q.Text)
		if thesisRe.MatchString(q.Text) || sumsUpRe.MatchString(q.Text) {
			// "The sum of the whole is, that ...": the claim the
			// argument was made for.
			score += 10
		}
		if r.has(explains) || r.has(judges) || r.has(contrasts) {
			score += 5
		}
		if r.has(reports) || r.has(meta) {
			score -= 10
		}
		if score > bestScore {
			best, bestScore = q, score
		}
	}
	return best
}

// yesOrNo reports whether a question can be argued for and against: it
// opens with a verb ("Would", "Did", "Or did"), or it is a claim.
func yesOrNo(q *Question) bool {
	switch kindOf(q) {
	case askYesNo, askOutcome, askClaim:
		return true
	}
	return false
}

// divide sorts the passages of a question's sentences into the two sides
// of a debate, yes first, and lists those that say the matter cannot be
// known; it returns no sides unless both have a passage. A passage takes
// one side, that of the sentence that bears most on the question.
func divide(q *Question, pl sidePool) ([]Side, []essay.Ref) {
	pro, con, open := map[essay.Ref]bool{}, map[essay.Ref]bool{}, map[essay.Ref]bool{}
	sided := map[essay.Ref]bool{}
	said := map[essay.Ref]*sentence{}
	for i, s := range pl.ss {
		// A passage takes the side of its sentence that bears most on
		// the question, the pool's first.
		st := stanceOn(q, s)
		if st == noStance || sided[s.p.Ref] || i >= pl.sides && st != unknown {
			continue
		}
		sided[s.p.Ref] = true
		said[s.p.Ref] = s
		switch st {
		case yes:
			pro[s.p.Ref] = true
		case no:
			con[s.p.Ref] = true
		case unknown:
			open[s.p.Ref] = true
		}
	}
	only := func(m, not map[essay.Ref]bool) []essay.Ref {
		var out []essay.Ref
		for r := range m {
			if !not[r] {
				out = append(out, r)
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
		return out
	}
	yesRefs, noRefs := only(pro, con), only(con, pro)
	both := map[essay.Ref]bool{}
	for r := range pro {
		both[r] = true
	}
	for r := range con {
		both[r] = true
	}
	openRefs := only(open, both)
	if len(yesRefs) == 0 || len(noRefs) == 0 {
		return nil, openRefs
	}
	y, n := positions(q)
	return []Side{{Position: y, Refs: yesRefs, Quote: sideQuote(yesRefs, said)}, {Position: n, Refs: noRefs, Quote: sideQuote(noRefs, said)}}, openRefs
}

// sideQuote quotes the sentence that put the first of a side's passages
// on its side, cut to a clause, so that a pair starts from words and not
// a bare ref.
func sideQuote(refs []essay.Ref, said map[essay.Ref]*sentence) *Quote {
	s := said[refs[0]]
	if s == nil {
		return nil
	}
	q := sentenceQuote(s)
	return &q
}

// firstPersonRe finds the author speaking in the first person.
var firstPersonRe = lazyregexp.New(`\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b`)

// askOf puts a claim as a question a class can argue: "Does the text show
// that it is still more surprising that ...?", naming the work as v does
// ("Does the speech bear out ..."). A question stays as it is.
func askOf(v Voice, q *Question) string {
	if q.Origin != Claim {
		return ""
	}
	claim := strings.TrimRight(strings.TrimSpace(q.Text), ".!;: ")
	if firstPersonRe.MatchString(claim) {
		// "Does the text show that I heartily accept ..." would make the
		// class's question speak for the author.
		return "Does " + v.Text() + " bear out the claim “" + claim + "”?"
	}
	bare := dropConnectives(claim)
	if hedgeOpenRe.MatchString(bare) {
		// "Does the text show that perhaps the sentiments ... are not
		// yet sufficiently fashionable" asks whether the text shows a
		// doubt; quoted, the claim keeps its hedge as the author's.
		return "Does " + v.Text() + " bear out the claim “" + claim + "”?"
	}
	if participleOpen(bare) {
		// "Does the text show that knowing that women must have more
		// to complain of ..., a protracted search was made ..." reads
		// as if the class asked about knowing; quoted, the opening
		// phrase stays the sentence's own.
		return "Does " + v.Text() + " bear out the claim “" + claim + "”?"
	}
	claim = bare
	if ws := strings.Fields(claim); len(ws) > 0 && commonWord(ws[0]) {
		r, size := utf8.DecodeRuneInString(claim)
		claim = string(unicode.ToLower(r)) + claim[size:]
	}
	return "Does " + v.Text() + " show that " + claim + "?"
}

// dropConnectives returns a claim without the words that open it and
// join it to what came before, however many ("And therefore if any two
// men ...", "But plainly enough, it is ...", "In other words, when
// ..."): they join it to the sentence before, not to the class's
// question.
func dropConnectives(claim string) string {
	for {
		r, size := utf8.DecodeRuneInString(claim)
		upper := string(unicode.ToUpper(r)) + claim[size:]
		loc := connectiveRe.FindStringIndex(upper)
		if loc == nil {
			loc = stressRe.FindStringIndex(upper)
		}
		if loc == nil || loc[1] == len(claim) {
			return claim
		}
		claim = claim[loc[1]:]
	}
}

// stressRe opens a sentence with words that only stress it.
var stressRe = lazyregexp.New(`^(?:Plainly|Clearly|Surely|Certainly|Obviously)(?: enough)?,\s+`)

// participleOpenRe opens a claim on a participle's phrase set off by a
// comma before the main clause ("Knowing that ..., a search was made",
// "Having failed in this, they turned"), not on a gerund that is its
// subject ("Teaching is ...", no comma) nor on a word in "-ing" that is
// no participle.
var participleOpenRe = lazyregexp.New(`^(?i:(\p{L}{2,}ing))\b[^,;:.]{0,200},`)

// notParticiples are words in "-ing" that open a sentence as nouns,
// pronouns or prepositions.
var notParticiples = map[string]bool{"nothing": true, "something": true, "anything": true, "everything": true, "during": true,
	"notwithstanding": true, "king": true, "thing": true, "morning": true, "evening": true, "spring": true, "according": true}

// participleOpen reports whether a claim opens on a participle's phrase
// (see participleOpenRe): "Does the text show that ..." cannot take it.
func participleOpen(claim string) bool {
	m := participleOpenRe.FindStringSubmatch(claim)
	return m != nil && !notParticiples[strings.ToLower(m[1])]
}

// hedgeOpenRe opens a claim on a word that hedges it.
var hedgeOpenRe = lazyregexp.New(`^(?i:perhaps|probably|possibly|maybe|it may be)\b`)

// connectiveRe opens a sentence with words that join it to the one
// before.
var connectiveRe = lazyregexp.New(`^(?:But|And|Yet|So|Now|Still|Hence|Thus|Therefore|Besides|Moreover|In other words|In short|In fact|Indeed|Nevertheless|Nonetheless|However|Of course)\b,?\s+`)

// commonWord reports whether a sentence's first word is no name: a stop
// word, or a word WordNet knows and not only as a name ("Knowing", not
// "Berlin").
func commonWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, `,;:"“”`))
	if terms.IsStopword(lw) {
		return true
	}
	st := terms.Stem(lw)
	return thesaurus.Senses(st) > 0 && !thesaurus.Proper(st)
}

// positions words the two answers to a yes-or-no question: "Yes, it would
// have" and "No, it would not have"; for a claim, that it holds or not.
func positions(q *Question) (string, string) {
	if q.Origin == Claim {
		return "The claim holds", "The claim does not hold"
	}
	ws := strings.Fields(strings.ToLower(q.Text))
	for len(ws) > 0 && (ws[0] == "or" || ws[0] == "and" || ws[0] == "but" || ws[0] == "so") {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return "Yes", "No"
	}
	aux := ws[0]
	who := "it"
	if ws[1] == "they" || ws[1] == "we" || ws[1] == "you" {
		who = ws[1]
	}
	tail := ""
	if (aux == "would" || aux == "could" || aux == "might" || aux == "should") && strings.Contains(" "+strings.Join(ws, " ")+" ", " have ") {
		tail = " have"
	}
	return fmt.Sprintf("Yes, %s %s%s", who, aux, tail), fmt.Sprintf("No, %s %s not%s", who, aux, tail)
}

func sacPlan(g *Guide, q *Question, sides []Side, open []essay.Ref) Plan {
	a, z := sides[0], sides[1]
	drop := "Drop the sides. The four look for what the evidence does and does not support, and write one sentence they all accept, " +
		"with its refs. Then take the question's counterpoint prompt: what would " + g.Voice.dissenter() + " say?"
	if len(open) > 0 {
		drop = fmt.Sprintf("Drop the sides. Read %s, where "+g.Voice.Text()+" says the matter cannot be known: what, then, does the evidence support? "+
			"The four write one sentence they all accept, with its refs, then take the question's counterpoint prompt.", markersOf(open))
	}
	steps := []Step{
		{5, "Read the focus question aloud" + withAsker(q) + ". Remind the class that both sides argue from what " + g.Voice.Text() + " says, not from what is settled. Form groups of four, two pairs each.", askerRefs(q)},
		{8, fmt.Sprintf("Pairs prepare. Pair A argues “%s” from %s; Pair B argues “%s” from %s. Each picks the two quotations that best support its side.",
			a.Position, markersOf(a.Refs), z.Position, markersOf(z.Refs)), refsUnion(a.Refs, z.Refs)},
		{5, "Pair A presents its case; Pair B listens, takes notes, then restates it to Pair A's satisfaction.", nil},
		{5, "Pair B presents its case; Pair A restates it.", nil},
		{5, "Pairs swap sides and argue the other position, adding one piece of evidence the first pair did not use.", nil},
		{10, drop, open},
		{7, "Whole class: each group reads its sentence; the class notes where the groups differ and which passages each leaned on.", nil},
		{5, "Exit ticket: the focus question's create prompt, begun in class and finished as homework.", nil},
	}
	p := newPlan(g.Voice, StructuredAcademicControversy,
		"Pairs argue each side of a question whose evidence divides, from "+g.Voice.Text()+"'s own words, switch sides, then drop them and look for what the evidence supports.",
		q, steps)
	p.Sides = sides
	p.Ask = askOf(g.Voice, q)
	return p
}

func seminarPlan(g *Guide, q *Question) Plan {
	refs := refsOf(q.Evidence...)
	steps := []Step{
		{5, "Read the opening question aloud" + withAsker(q) + ".", askerRefs(q)},
		{10, fmt.Sprintf("Students read the passages quoted for it (%s) and mark one line they agree with and one they doubt.", markersOf(refs)), refs},
		{25, "Seminar: start from the opening question, then take its analyze and evaluate prompts in turn. Every claim cites a passage; " +
			"the facilitator asks for the ref when it is missing.", nil},
		{5, "Close with the counterpoint prompt: what would " + g.Voice.dissenter() + " say?", nil},
		{5, "Exit ticket: the opening question's create prompt.", nil},
	}
	p := newPlan(g.Voice, SocraticSeminar,
		"The class reasons through an open question together, from "+g.Voice.Text()+"'s own words, with the teacher as facilitator.",
		q, steps)
	// A claim is put as a question, as the debate puts it.
	p.Ask = askOf(g.Voice, q)
	if q.Origin == Claim && (narrated(q.Text) || g.Voice.Narrates()) {
		// "Does the text show that three times the oars thus pushed
		// and pulled against each other?" asks a class to prove what
		// the story only tells; what it tells is asked what it is for,
		// as is every passage of a story: "Does the story bear out the
		// claim “I caught a glimpse of rushing figures ...”" asked a
		// class to prove a narrator's glimpse.
		p.Ask = "What does " + g.Voice.Text() + " lead its " + g.Voice.Reader() + " to make of “" + strings.TrimRight(strings.TrimSpace(q.Text), ".;: ") + "”?"
	}
	return p
}

// narrated reports whether a claim only tells what happened, as a story
// does, and argues nothing a class could prove or refute: argues reads
// it so, or it has no verb in the present and neither weighs nor
// hedges ("An able surgeon cured Candide in three weeks ...", whose
// past argues does not see without "was" or a pronoun).
func narrated(text string) bool {
	s := &sentence{text: text, roles: roles(text)}
	if argues(s) < narratedBelow {
		return true
	}
	weighs := s.roles&(judges|prescribes|supposes|uncertain|hedges) != 0 || thesisRe.MatchString(text) || sumsUpRe.MatchString(text)
	return !arguesNow(text) && !weighs && !firstPersonRe.MatchString(text)
}

func withAsker(q *Question) string {
	switch {
	case q.Origin == Claim:
		// A claim is stated, not asked: the class hears the sentence
		// its question puts to them.
		return " with the passage that states it"
	case q.HasRef():
		return " with the passage that asks it"
	}
	return ""
}

func askerRefs(q *Question) []essay.Ref {
	if q.HasRef() {
		return []essay.Ref{q.Ref}
	}
	return nil
}

// newPlan is a plan of steps that turns on question q, as long as its
// steps together, with sentence starters in voice v.
func newPlan(v Voice, protocol, about string, q *Question, steps []Step) Plan {
	n := 0
	for _, s := range steps {
		n += s.Minutes
	}
	return Plan{Protocol: protocol, About: about, Focus: q,
		Minutes: n, Steps: steps, Agree: agreeStarters, Disagree: disagreeStarters(v)}
}
