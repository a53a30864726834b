package guide

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// template lists the prompts one way of asking could write for a
// question, each with how well it fits.
type template func(pc *pctx) []option

// templates are the ways of asking at each level, fitted to what a
// sentence does. Their names are the skeletons the guide counts.
var templates = map[string][]template{
	Understand:        {understandDefinition, understandTermInUse, understandCause, understandRestate, understandView, understandKeyWord, understandSummarize, understandDirect},
	Analyze:           {analyzeContrast, analyzeViews, analyzeChain, analyzePair, analyzeAssumption, analyzeSort, analyzePurpose, analyzeLabels, analyzePartial},
	Evaluate:          {evaluateHedge, evaluateFlat, evaluateSupposed, evaluateUnknown, evaluateJudgment, evaluateRank, evaluateConvincing, evaluateMissing, evaluateStrongest},
	Create:            {createExchange, createTerms, createReviewer, createDebateCard, createTwoAnswers, createLetter, createHeadline, createTable},
	Sourcing:          {sourcingPerson, sourcingKind, sourcingNote, sourcingUnsourced, sourcingBasis, sourcingWriter},
	Corroboration:     {corroborateNote, corroboratePair, corroborateOutside},
	Contextualization: {contextDate, contextWritten, contextClues},
	Counterpoint:      {counterFlat, counterCause, counterView, counterHedge, counterJudgment, counterOtherSide},
}

// Understand.

func understandDefinition(pc *pctx) []option {
	var out []option
	for _, t := range pc.terms {
		for _, m := range pc.mats {
			if d, _ := definesTerm(m.s.text, t.Term); !d || m.s.question {
				continue
			}
			text := sf("%s Put this account of ‘%s’ in your own words, then give an example the author would accept.", cite(m.s), t.Term)
			out = append(out, prompt("understand/definition", 1.3*m.weight(), text, []*sentence{m.s}))
		}
	}
	return out
}

func understandTermInUse(pc *pctx) []option {
	var out []option
	for _, t := range pc.terms {
		if t.Kind == Defines || pc.b.isPerson(t.Term) || strings.Contains(strings.ToLower(pc.th.Name), strings.ToLower(t.Term)) {
			continue
		}
		for _, m := range pc.mats {
			if len(termSpans(m.s.text, t.Term)) == 0 {
				continue
			}
			text := sf("The text never defines ‘%s’. From %s, write a one-line definition, and say which words of the sentence led you to it.", t.Term, cite(m.s))
			out = append(out, prompt("understand/in-use", 0.9*m.weight(), text, []*sentence{m.s}))
			break
		}
	}
	return out
}

func understandCause(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(explains) {
		if m.s.n > maxNearbyWords {
			continue
		}
		text := sf("%s What cause or reason does this sentence give, and for what? Answer in two sentences of your own.", cite(m.s))
		out = append(out, prompt("understand/cause", 1.0*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func understandRestate(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		if m.s.roles&(flat|judges|defines|explains) == 0 {
			continue
		}
		text := sf("Restate %s in one sentence of your own. Which word carries the most weight?", pc.show(m))
		out = append(out, prompt("understand/restate", 0.8*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func understandView(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(reports) {
		text := sf("Whose view does %s give, and what exactly do they hold? Sum it up in a sentence.", pc.show(m, reportsRe))
		out = append(out, prompt("understand/view", 1.0*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

// Analyze.

func analyzeContrast(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(contrasts) {
		text := sf("In %s, what does the author set against what? Why does the difference matter for %s?", pc.show(m, contrastsRe), pc.subject())
		out = append(out, prompt("analyze/contrast", 1.3*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

// analyzeViews sets a view the text gives as someone else's beside the
// author's own.
func analyzeViews(pc *pctx) []option {
	var out []option
	for _, r := range pc.with(reports) {
		for _, o := range pc.mats {
			if o.s == r.s || o.s.roles.has(reports) || !o.s.roles.has(owns) && !o.s.roles.has(flat) || shared(r.s, o.s) < 2 {
				continue
			}
			text := sf("%s gives a view as someone else's: %s. Set it beside the author's own, %s. Where do the two part ways?",
				r.s.p.Ref.Marker(), pc.bare(r, reportsRe), pc.show(o, ownsRe, flatRe))
			out = append(out, prompt("analyze/views", 1.4*(r.weight()+o.weight())/2, text, []*sentence{r.s, o.s}))
		}
	}
	return out
}

func analyzeChain(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(explains) {
		text := sf("Trace the reasoning of %s step by step. Which link does the author assume rather than show?", pc.show(m, explainsRe))
		out = append(out, prompt("analyze/chain", 1.1*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func analyzePair(pc *pctx) []option {
	ev := pc.evidence()
	var out []option
	for i := range ev {
		for j := i + 1; j < len(ev); j++ {
			a, z := ev[i], ev[j]
			if a.s.p.Ref == z.s.p.Ref {
				continue
			}
			text := sf("In pairs: one student explains the evidence from %s, the other that from %s. Together, decide whether the two passages make one argument or two.", a.s.p.Ref.Marker(), z.s.p.Ref.Marker())
			out = append(out, prompt("analyze/pair", 0.8*(a.weight()+z.weight())/2, text, []*sentence{a.s, z.s}))
		}
	}
	return out
}

// analyzeAssumption asks what a claim takes for granted.
func analyzeAssumption(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		if m.s.roles&(flat|judges|explains|prescribes) == 0 || m.s.roles.has(reports) {
			continue
		}
		text := sf("What does the author take for granted in %s? Name one assumption, and say whether the text defends it anywhere.", pc.show(m, flatRe, judgesRe, explainsRe, prescribesRe))
		out = append(out, prompt("analyze/assumption", 0.75*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

// analyzeSort has students sort the evidence into what the author claims
// and what he offers for it.
func analyzeSort(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) < 2 {
		return nil
	}
	text := sf("Sort the evidence for %s (%s) into claims and the reasons given for them. Which claim is left without a reason?", pc.subject(), markersOf(refs))
	return []option{prompt("analyze/sort", 0.3, text, nil, refs...)}
}

// Evaluate.

func evaluateHedge(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(hedges) {
		if m.s.roles.has(reports) && !m.s.roles.has(owns) {
			// A view the author reports is hedged by the one who holds it.
			continue
		}
		text := sf("The author hedges here: %s. Which words soften the claim? Does the evidence quoted for %s justify more confidence, or less?", pc.show(m, hedgesRe), pc.subject())
		out = append(out, prompt("evaluate/hedge", 1.3*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func evaluateFlat(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(flat) {
		if m.s.roles.has(hedges) || m.s.roles.has(reports) || m.s.roles.has(uncertain) {
			continue
		}
		text := sf("%s is stated without qualification. What support does the text give for it, and is that support enough?", pc.show(m, flatRe))
		out = append(out, prompt("evaluate/flat", 1.2*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func evaluateSupposed(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(supposes) {
		text := sf("%s says what would or could have happened. How can a historian judge a claim about events that never took place?", pc.show(m, supposesRe))
		out = append(out, prompt("evaluate/supposed", 1.25*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func evaluateUnknown(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(uncertain) {
		text := sf("The author admits a limit: %s. If this cannot be known, what can the class still say about %s, and on what evidence?", pc.show(m, uncertainRe), pc.subject())
		out = append(out, prompt("evaluate/unknown", 1.3*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func evaluateJudgment(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(judges) {
		if m.s.roles.has(reports) {
			continue
		}
		text := sf("The author passes judgment: %s. On what grounds? Do the passages quoted for %s bear it out?", pc.show(m, judgesRe), pc.subject())
		out = append(out, prompt("evaluate/judgment", 1.0*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func evaluateRank(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) < 3 {
		return nil
	}
	text := sf("Rank the evidence for %s (%s) from the strongest support for an answer to the weakest. Defend your first and last choices.", pc.subject(), markersOf(refs))
	return []option{prompt("evaluate/rank", 0.35, text, nil, refs...)}
}

// Create.

// createExchange stages two people whom one sentence of the text names
// together: the text puts them side by side, so students may too.
func createExchange(pc *pctx) []option {
	var out []option
	for _, m := range pc.mats {
		people := pc.b.peopleIn(m.s.text)
		if len(people) < 2 {
			continue
		}
		a, z := people[0], people[1]
		if pc.b.paired[a+"\x00"+z] {
			continue
		}
		text := sf("%s names %s and %s together. Write a short exchange in which each answers %s from the text, quoting it; end with what the author would reply.",
			m.s.p.Ref.Marker(), a, z, pc.subject())
		o := prompt("create/exchange", 0.9*m.weight(), text, nil, m.s.p.Ref)
		o.chosen = func() { pc.b.paired[a+"\x00"+z] = true }
		out = append(out, o)
	}
	return out
}

func createTerms(pc *pctx) []option {
	var used []Term
	var refs []essay.Ref
	for _, t := range pc.terms {
		if pc.b.isPerson(t.Term) || pc.b.termsAsked[t.Term] {
			continue
		}
		for _, m := range pc.evidence() {
			if len(termSpans(m.s.text, t.Term)) > 0 && len(used) < 2 {
				used = append(used, t)
				refs = append(refs, m.s.p.Ref)
				break
			}
		}
	}
	if len(used) < 2 {
		return nil
	}
	text := sf("Write a paragraph that answers %s using the author's terms ‘%s’ and ‘%s’, citing at least two passages.", pc.subject(), used[0].Term, used[1].Term)
	o := prompt("create/terms", 0.5, text, nil, refs...)
	o.chosen = func() { pc.b.termsAsked[used[0].Term], pc.b.termsAsked[used[1].Term] = true, true }
	return []option{o}
}

func createReviewer(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("You review the text for a history journal. In three sentences, say how well it answers %s, citing %s.", pc.subject(), markersOf(refs))
	return []option{prompt("create/reviewer", 0.4, text, nil, refs...)}
}

func createDebateCard(pc *pctx) []option {
	if pc.kind != askYesNo && pc.kind != askOutcome && pc.kind != askClaim && pc.kind != askDegree {
		return nil
	}
	refs := pc.evidenceRefs()
	text := "Make a debate card: a one-sentence answer, yes or no, the two quotations that best support it, and the one that most threatens it."
	if pc.kind == askClaim {
		text = "Make a debate card: does the claim hold, in one sentence; the two quotations that best support your answer; and the one that most threatens it."
	}
	return []option{prompt("create/debate-card", 0.45, text, nil, refs...)}
}

func createTwoAnswers(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("Write one answer to %s that the author would accept and one %s would reject. Cite the passages (%s) that tell them apart.", pc.subject(), pc.b.voice.He(), markersOf(refs))
	return []option{prompt("create/two-answers", 0.42, text, nil, refs...)}
}

// Sourcing.

// sourcingPerson asks about someone whose work the notes cite and whose
// view the material gives.
func sourcingPerson(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(reports) {
		for _, name := range pc.b.peopleIn(m.s.text) {
			if !pc.b.isCited(name) {
				continue
			}
			text := sf("The author draws on %s here: %s. Who is %s, what could %s have known, and what would you check before relying on it?", name, pc.show(m, reportsRe), name, name)
			out = append(out, prompt("sourcing/person", 1.2*m.weight(), text, []*sentence{m.s}))
			break
		}
	}
	return out
}

func sourcingKind(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(cites) {
		if m.s.roles.has(meta) {
			continue
		}
		text := sf("%s rests on a kind of source. What can such a source show, and what can it not?", pc.show(m, citesRe))
		out = append(out, prompt("sourcing/kind", 1.1*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func sourcingNote(pc *pctx) []option {
	var out []option
	for _, e := range pc.q.Evidence {
		if e.Note == nil {
			continue
		}
		text := sf("Read %s beside %s. What kind of source does the note point to, and how far does it carry the claim?", e.Note.Ref.Marker(), e.Ref.Marker())
		out = append(out, prompt("sourcing/note", 1.2, text, nil, e.Ref, e.Note.Ref))
	}
	return out
}

func sourcingUnsourced(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		if m.s.note != 0 || len(m.s.p.Notes) > 0 || m.s.roles&(flat|judges|explains) == 0 || m.s.roles.has(cites) {
			continue
		}
		text := sf("The text cites no source for %s. Where would a historian look to check it?", pc.show(m, flatRe, judgesRe, explainsRe))
		out = append(out, prompt("sourcing/unsourced", 0.8*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func sourcingBasis(pc *pctx) []option {
	bq := pc.g.Basis
	refs := pc.evidenceRefs()
	if bq == nil || len(refs) == 0 {
		return nil
	}
	s := pc.b.sentenceOf(*bq)
	if s == nil {
		return nil
	}
	text := sf("The author says: %s. Whose work might stand behind %s, and how would you find out?", cite(s), markersOf(refs))
	return []option{prompt("sourcing/basis", 0.5, text, []*sentence{s}, refs...)}
}

// Corroboration.

func corroborateNote(pc *pctx) []option {
	var out []option
	for _, e := range pc.q.Evidence {
		if e.Note == nil {
			continue
		}
		text := sf("Check %s against the note it marks, %s: does the source cited there bear the claim out?", e.Ref.Marker(), e.Note.Ref.Marker())
		out = append(out, prompt("corroboration/note", 1.1, text, nil, e.Ref, e.Note.Ref))
	}
	return out
}

func corroboratePair(pc *pctx) []option {
	ev := pc.evidence()
	var out []option
	for i := range ev {
		for j := i + 1; j < len(ev); j++ {
			a, z := ev[i], ev[j]
			if a.s.p.Ref == z.s.p.Ref {
				continue
			}
			text := sf("Do %s and %s back each other up? Find one point both make and one that only one of them makes.", a.s.p.Ref.Marker(), z.s.p.Ref.Marker())
			out = append(out, prompt("corroboration/pair", 0.7*(a.weight()+z.weight())/2, text, nil, a.s.p.Ref, z.s.p.Ref))
		}
	}
	return out
}

func corroborateOutside(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		if m.s.roles&(flat|judges|explains|reports) == 0 || m.s.roles.has(uncertain) {
			continue
		}
		text := sf("Name one other source, such as a memoir, a speech or an archive record, that could confirm or contradict %s.", pc.show(m, flatRe, judgesRe, explainsRe, reportsRe))
		out = append(out, prompt("corroboration/outside", 0.75*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

// Contextualization.

func contextDate(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(dates) {
		when := datesRe.FindString(m.s.text)
		if when == "" {
			continue
		}
		text := sf("%s places this in %s. What else was happening then that might explain it?", pc.show(m, datesRe), timePhrase(m.s.text, when))
		out = append(out, prompt("context/date", 1.2*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

// timePhraseRe widens a date to the phrase around it: "the late '20s and
// early '30s", "the 1920s", "July 1937".
var timePhraseRe = lazyregexp.New(`(?:(?:the|in|of)\s+)?(?:(?:early|late|mid)[ -])?(?:[A-Z][a-z]+\s+)?(?:'?[0-9]{2,4}s?)(?:\s+and\s+(?:(?:early|late|mid)[ -])?'?[0-9]{2,4}s?)?`)

// timePhrase returns the phrase of text that holds the date when: "the
// late '20s and early '30s".
func timePhrase(text, when string) string {
	for _, m := range timePhraseRe.FindAllString(text, -1) {
		if strings.Contains(m, strings.TrimSpace(when)) || strings.Contains(when, strings.TrimSpace(m)) {
			m = strings.TrimSpace(m)
			m = strings.TrimPrefix(strings.TrimPrefix(m, "in "), "of ")
			if !strings.HasPrefix(m, "the ") && (strings.HasSuffix(m, "s") || strings.HasPrefix(m, "early") || strings.HasPrefix(m, "late") || strings.HasPrefix(m, "mid")) {
				m = "the " + m
			}
			return m
		}
	}
	return strings.TrimSpace(when)
}

func contextWritten(pc *pctx) []option {
	if pc.g.Year == 0 {
		return nil
	}
	var out []option
	for _, m := range pc.evidence() {
		if m.s.roles&(flat|judges|explains|hedges) == 0 {
			continue
		}
		text := sf("The text was written in %d. What did its readers then know and believe about this subject, and how might that shape a claim like %s?", pc.g.Year, pc.show(m, flatRe, judgesRe, explainsRe, hedgesRe))
		out = append(out, prompt("context/written", 0.6*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

// Counterpoint: each names a claim a critic would contest and asks what
// evidence would decide it.

func counterFlat(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(flat) {
		if m.s.roles.has(reports) || m.s.roles.has(uncertain) {
			continue
		}
		text := sf("A critic would contest %s. What evidence would settle the matter: which records, from whom, and from when?", pc.show(m, flatRe))
		out = append(out, prompt("counterpoint/flat", 1.2*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func counterCause(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(explains) {
		if m.s.roles.has(reports) {
			continue
		}
		text := sf("A critic could accept the facts but reject the explanation in %s. What other cause might the critic offer, and what evidence would tell the two apart?", pc.show(m, explainsRe))
		out = append(out, prompt("counterpoint/cause", 1.1*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func counterView(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(reports) {
		text := sf("The text gives a view as others' rather than the author's: %s. Argue for that view in two sentences, then say what evidence would show which side is right.", pc.show(m, reportsRe))
		out = append(out, prompt("counterpoint/view", 1.15*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func counterHedge(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(hedges) {
		if m.s.roles.has(reports) && !m.s.roles.has(owns) {
			continue
		}
		text := sf("%s is offered as a possibility. What would a doubter say, and what would it take to prove it either way?", pc.show(m, hedgesRe))
		out = append(out, prompt("counterpoint/hedge", 1.0*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func counterJudgment(pc *pctx) []option {
	var out []option
	for _, m := range pc.with(judges) {
		if m.s.roles.has(reports) {
			continue
		}
		text := sf("Write the strongest objection to the judgment in %s, then name the record that would decide between the author and the objector.", pc.show(m, judgesRe))
		out = append(out, prompt("counterpoint/judgment", 0.9*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

// shared counts the content stems two sentences share.
func shared(a, z *sentence) int {
	n := 0
	for st := range a.stems {
		if _, ok := z.stems[st]; ok {
			n++
		}
	}
	return n
}

// peopleIn returns the people a sentence names, in order.
func (b *builder) peopleIn(text string) []string {
	type at struct {
		name string
		i    int
	}
	var found []at
	for _, cd := range b.cands {
		if !cd.Person {
			continue
		}
		if i := indexWord(text, cd.Term); i >= 0 {
			found = append(found, at{cd.Term, i})
		}
	}
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && found[j].i < found[j-1].i; j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
	out := make([]string, len(found))
	for i, f := range found {
		out[i] = f.name
	}
	return out
}

// isCited reports whether a footnote cites the person's work.
func (b *builder) isCited(name string) bool {
	for _, cd := range b.cands {
		if cd.Term == name {
			return cd.Cited
		}
	}
	return false
}

// Templates any question can take, whatever its sentences do. They fit
// less well than those above and come after them.

func understandKeyWord(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		if m.s.n > maxNearbyWords {
			continue
		}
		text := sf("Which word of %s matters most to %s? Say what it means here, in your own words.", cite(m.s), pc.subject())
		out = append(out, prompt("understand/key-word", 0.3*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func understandSummarize(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("In two sentences of your own, say what the passages quoted for %s (%s) have in common.", pc.subject(), markersOf(refs))
	return []option{prompt("understand/summarize", 0.2, text, nil, refs...)}
}

func analyzePurpose(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		text := sf("Read %s with the sentences around it. What does it do there: state a claim, give a reason, answer an objection, or something else?", m.s.p.Ref.Marker())
		out = append(out, prompt("analyze/purpose", 0.25*m.weight(), text, nil, m.s.p.Ref))
	}
	return out
}

func analyzeLabels(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) < 2 {
		return nil
	}
	text := sf("Label each passage quoted for %s (%s) as fact, interpretation or judgment, and say what in its words decided you.", pc.subject(), markersOf(refs))
	return []option{prompt("analyze/labels", 0.2, text, nil, refs...)}
}

func evaluateConvincing(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		if m.s.roles&(flat|judges|explains|prescribes|hedges) == 0 {
			continue
		}
		text := sf("Do you find %s convincing? Answer in three sentences, citing one more passage that supports or weakens it.", pc.show(m, flatRe, judgesRe, explainsRe, prescribesRe, hedgesRe))
		out = append(out, prompt("evaluate/convincing", 0.3*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func evaluateMissing(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("What would you need to know, beyond %s, before accepting the text's answer to %s? Name one kind of source that could tell you.", markersOf(refs), pc.subject())
	return []option{prompt("evaluate/missing", 0.2, text, nil, refs...)}
}

func createLetter(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("Write a short letter to the author about %s: quote one sentence from %s you doubt, and say what would persuade you.", pc.subject(), markersOf(refs))
	return []option{prompt("create/letter", 0.25, text, nil, refs...)}
}

func createHeadline(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("Write a headline and a two-sentence report of the text's answer to %s, citing %s.", pc.subject(), markersOf(refs))
	return []option{prompt("create/headline", 0.2, text, nil, refs...)}
}

func sourcingWriter(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("What can you tell from the text itself about who wrote it, when and for whom? How might that shape what %s says?", markersOf(refs[:1]))
	return []option{prompt("sourcing/writer", 0.2, text, nil, refs[0])}
}

func contextClues(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("What in %s tells you when it was written or when it takes place? Say what else you would need to know about that time to judge it.", markersOf(refs[:1]))
	return []option{prompt("context/clues", 0.15, text, nil, refs[0])}
}

func counterOtherSide(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		if m.s.roles&(flat|judges|explains|prescribes) == 0 {
			continue
		}
		text := sf("Who might have seen %s differently at the time? Name one such reader, say what they would have argued, and what record would show it.", pc.show(m, flatRe, judgesRe, explainsRe, prescribesRe))
		out = append(out, prompt("counterpoint/other-side", 0.3*m.weight(), text, []*sentence{m.s}))
	}
	return out
}

func understandDirect(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("Find the words of %s closest to the words of %s, and say in your own words what the text says there.", markersOf(refs), pc.subject())
	return []option{prompt("understand/direct", 0.15, text, nil, refs...)}
}

func analyzePartial(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		text := sf("Does %s answer %s directly, or only in part? Point to the words that show it.", m.s.p.Ref.Marker(), pc.subject())
		out = append(out, prompt("analyze/partial", 0.15*m.weight(), text, nil, m.s.p.Ref))
	}
	return out
}

func evaluateStrongest(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) < 2 {
		return nil
	}
	text := sf("If you could quote only one of %s to answer %s, which would it be, and why that one?", markersOf(refs), pc.subject())
	return []option{prompt("evaluate/strongest", 0.15, text, nil, refs...)}
}

func createTable(pc *pctx) []option {
	refs := pc.evidenceRefs()
	if len(refs) == 0 {
		return nil
	}
	text := sf("Make a two-column table for %s: what the text claims, and the words of %s that show it.", pc.subject(), markersOf(refs))
	return []option{prompt("create/table", 0.15, text, nil, refs...)}
}
