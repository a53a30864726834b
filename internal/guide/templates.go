package guide

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// template lists the prompts one way of asking could write for a
// question, each with how well it fits.
type template func(pc *pctx) []option

// templates are the ways of asking at each level, fitted to what a
// sentence does. Their names are the skeletons the guide counts.
var templates = map[string][]template{
	Understand:        {understandDefinition, understandTermInUse, understandCause, understandRestate, understandView, understandKeyWord, understandSummarize, understandDirect},
	Analyze:           {analyzeContrast, analyzeViews, analyzeChain, analyzePair, analyzeAssumption, analyzeSort, analyzePurpose, analyzeLabels, analyzePartial},
	Evaluate:          {evaluateHedge, evaluateFlat, evaluateSupposed, evaluateUnknown, evaluateJudgment, evaluateRank, evaluateConvincing, evaluateMissing, evaluateStrongest, evaluateEffect},
	Create:            {createExchange, createTerms, createReviewer, createDebateCard, createTwoAnswers, createLetter, createHeadline, createTable},
	Sourcing:          {sourcingPerson, sourcingReported, sourcingKind, sourcingNote, sourcingRests, sourcingUnsupported, sourcingBasis, sourcingWriter},
	Corroboration:     {corroborateNote, corroboratePair, corroborateOutside},
	Contextualization: {contextDate, contextAsked, contextWritten, contextAudience},
	Counterpoint:      {counterFlat, counterCause, counterView, counterHedge, counterJudgment, counterDenial, counterOtherSide},
}

// Most templates take one of two shapes: a prompt on each sentence that
// does something (each), or one prompt on the question's evidence as a
// whole (whole).

// each writes one prompt on every sentence of ms that ok admits (all when
// ok is nil), fitting as fit times the sentence's weight.
func each(ms []material, name string, fit float64, ok func(material) bool, write func(material) string) []option {
	var out []option
	for _, m := range ms {
		if ok == nil || ok(m) {
			out = append(out, prompt(name, fit*m.weight(), write(m), []*sentence{m.s}))
		}
	}
	return out
}

// whole writes one prompt on the question's evidence, if it quotes at
// least least passages; write gets their markers ("[¶50], [¶51] and
// [¶57]").
func whole(pc *pctx, name string, fit float64, least int, write func(markers string) string) []option {
	refs := pc.evidenceRefs()
	if len(refs) < max(1, least) {
		return nil
	}
	return []option{prompt(name, fit, write(markersOf(refs)), nil, refs...)}
}

// without admits the sentences that do none of rs.
func without(rs role) func(material) bool {
	return func(m material) bool { return m.s.roles&rs == 0 }
}

// contestable admits the sentences that do none of rs and are no
// telling of the author's own life: "I have no accurate knowledge of my
// age, never having seen any authentic record containing it." is flat
// by its "never", but no critic contests what a writer says he
// remembers or saw; one that judges or argues ("I defy any man to show
// ...") is a claim.
func contestable(rs role) func(material) bool {
	return func(m material) bool { return m.s.roles&rs == 0 && !tellsOwnLife(m.s) }
}

// tellsOwnLife reports whether a sentence's main clause has the author,
// "I", tell what he did, saw or felt, and passes no judgment ("I never
// shall forget it" says what he will do, and prescribes nothing).
func tellsOwnLife(s *sentence) bool {
	if s.roles.has(judges) {
		return false
	}
	m := ownTellingRe.FindStringSubmatch(s.text)
	return m != nil && !arguingVerbs[strings.ToLower(m[1])]
}

// ownTellingRe opens a sentence on "I" as its subject, after an opening
// phrase at most, and gives the verb after it, past the adverbs ("I not
// only reject it ...": "reject").
var ownTellingRe = lazyregexp.New(`^(?:[^,;:]{1,60},\s+)?I\s+(?:(?:not|never|only|also|simply|then|therefore|still|really|now|do|did|do not|did not)\s+)*(\p{L}+)`)

// arguingVerbs after "I" make the sentence an argument, not a telling.
var arguingVerbs = map[string]bool{
	"think": true, "believe": true, "hold": true, "say": true, "maintain": true, "affirm": true,
	"deny": true, "defy": true, "submit": true, "insist": true, "contend": true, "suspect": true,
	"suppose": true, "conclude": true, "answer": true, "repeat": true, "ask": true, "claim": true,
	"argue": true, "know": true, "am": true, "must": true, "should": true, "would": true,
	"reject": true, "denounce": true, "protest": true, "regard": true, "consider": true, "call": true,
	"hope": true, "trust": true, "fear": true, "doubt": true, "admit": true, "grant": true,
	"confess": true, "urge": true, "propose": true, "mean": true, "see": true, "find": true,
}

// doing admits the sentences that do one of rs and none of not.
// authors admits a sentence that gives the author's own view: one that
// reports none of others', or says "I" beside it.
func authors(m material) bool { return !m.s.roles.has(reports) || m.s.roles.has(owns) }

func doing(rs, not role) func(material) bool {
	return func(m material) bool { return m.s.roles&rs != 0 && m.s.roles&not == 0 }
}

// Understand.

// understandDefinition asks students to paraphrase a sentence that
// defines a term. A name gets none unless the text quotes it ("the
// so-called "X Problem""): "Put this account of ‘X’ in your own words,
// then give an example the author would accept" asks, of a man, for an
// example of him.
func understandDefinition(pc *pctx) []option {
	var out []option
	for _, t := range pc.terms {
		if pc.b.isName(t.Term) && !pc.b.quoted(t.Term) {
			continue
		}
		for _, m := range pc.mats {
			if d, _ := definesTerm(m.s.text, t.Term); !d || m.s.question || len(termSpans(quoteOf(m.s).Text, t.Term)) == 0 {
				continue
			}
			text := sf("%s Put this account of ‘%s’ in your own words, then give an example %s would accept.", cite(m.s), pc.b.termAsWritten(t), pc.b.voice.Maker())
			out = append(out, prompt("understand/definition", 1.3*m.weight(), text, []*sentence{m.s}))
		}
	}
	return out
}

func understandTermInUse(pc *pctx) []option {
	var out []option
	for _, t := range pc.terms {
		if t.Kind == Defines || pc.b.isPerson(t.Term) || pc.b.plainName(t.Term) || strings.Contains(strings.ToLower(pc.th.Name), strings.ToLower(t.Term)) {
			continue
		}
		for _, m := range pc.mats {
			if !setOff(quoteOf(m.s).Text, t.Term) {
				// The term must stand in what the prompt quotes, not
				// in the part of a long sentence its cut leaves out,
				// and stand there as a term: "We love eloquence for its
				// own sake" gives a student nothing to define
				// "eloquence" from.
				continue
			}
			out = append(out, prompt("understand/in-use", 0.9*m.weight(), termInUse(pc.b.termAsWritten(t), t.Term, quoteOf(m.s).Text, cite(m.s)), []*sentence{m.s}))
			break
		}
	}
	return out
}

// termInUse writes the prompt on a term a sentence sets off. The
// glossary found no sentence that defines the term, but a sentence may
// say what it is in a way no cue word shows ("-- in short, of "lack of
// democracy""): then the prompt asks for a definition in the student's
// own words. A sentence that only uses the term ("returning it to
// "agitation and propaganda" might suggest ...") gives nothing to define
// it from, and the prompt asks what part the term plays there instead.
// Neither says the text defines it nowhere.
func termInUse(shown, term, quoted, cited string) string {
	if saysWhatTermIs(quoted, term) {
		return sf("Define ‘%s’ in your own words, in one line, from %s. Which words of the sentence led you to your definition?", shown, cited)
	}
	return sf("What part does ‘%s’ play in %s? Say in your own words what the sentence says of it, and what you would need to find out to define it.", shown, cited)
}

// understandCause asks for the reason a sentence gives; one that gives
// others' reasoning ("All men, say they, are born under government, and
// therefore ...") is asked of as their view instead (understandView).
func understandCause(pc *pctx) []option {
	return each(pc.with(explains), "understand/cause", 1.0, func(m material) bool { return m.s.n <= maxNearbyWords && authors(m) && givesCause(m.s) }, func(m material) string {
		return sf("%s What cause or reason does this sentence give, and for what? Answer in two sentences of your own.", cite(m.s))
	})
}

func understandRestate(pc *pctx) []option {
	return each(pc.evidence(), "understand/restate", 0.8, doing(flat|judges|defines|explains, 0), func(m material) string {
		return sf("Restate %s in one sentence of your own. Which word carries the most weight?", pc.show(m))
	})
}

func understandView(pc *pctx) []option {
	return each(pc.with(reports), "understand/view", 1.0, nil, func(m material) string {
		return sf("Whose view does %s give, and what exactly do they hold? Sum it up in a sentence.", pc.show(m, reportsRe))
	})
}

// Analyze.

func analyzeContrast(pc *pctx) []option {
	return each(pc.with(contrasts), "analyze/contrast", 1.3, nil, func(m material) string {
		return sf("In %s, what does %s set against what? Why does the difference matter for %s?", pc.show(m, contrastsRe), pc.b.teller(m.s), pc.subject())
	})
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
			text := sf("%s gives a view as someone else's: %s. Set it beside %s own, %s. Where do the two part ways?",
				r.s.p.Ref.Marker(), pc.bare(r, reportsRe), possessive(pc.b.voice.Maker()), pc.show(o, ownsRe, flatRe))
			out = append(out, prompt("analyze/views", 1.4*(r.weight()+o.weight())/2, text, []*sentence{r.s, o.s}))
		}
	}
	return out
}

// analyzeChain asks which link of the author's reasoning he assumes: of
// his own reasoning, not of the objectors' he gives to answer.
func analyzeChain(pc *pctx) []option {
	return each(pc.with(explains), "analyze/chain", 1.1, func(m material) bool { return authors(m) && givesCause(m.s) }, func(m material) string {
		return sf("Trace the reasoning of %s step by step. Which link does %s assume rather than show?", pc.show(m, explainsRe), pc.b.teller(m.s))
	})
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
			if pc.b.voice.Enacts() {
				// A law argues nothing: its passages make rules.
				text = sf("In pairs: one student explains what %s provides, the other what %s does. Together, decide whether the two passages make one rule or two.", a.s.p.Ref.Marker(), z.s.p.Ref.Marker())
			}
			if pc.b.voice.Narrates() {
				// Nor does a story: its passages tell.
				text = sf("In pairs: one student retells what happens in %s, the other in %s. Together, decide what the second adds to the first.", a.s.p.Ref.Marker(), z.s.p.Ref.Marker())
			}
			out = append(out, prompt("analyze/pair", 0.8*(a.weight()+z.weight())/2, text, []*sentence{a.s, z.s}))
		}
	}
	return out
}

// analyzeAssumption asks what a claim takes for granted.
func analyzeAssumption(pc *pctx) []option {
	return each(pc.evidence(), "analyze/assumption", 0.75, doing(flat|judges|explains|prescribes, reports), func(m material) string {
		return sf("What does %s take for granted in %s? Name one assumption, and say whether %s defends it anywhere.", pc.b.teller(m.s), pc.show(m, flatRe, judgesRe, explainsRe, prescribesRe), pc.b.voice.Text())
	})
}

// analyzeSort has students sort the evidence into what the author claims
// and what is offered for it.
func analyzeSort(pc *pctx) []option {
	if pc.enacted() || pc.told() {
		// A law gives no reasons for what it provides, nor a story
		// for what it tells.
		return nil
	}
	return whole(pc, "analyze/sort", 0.3, 2, func(refs string) string {
		return sf("Sort the evidence for %s (%s) into claims and the reasons given for them. Which claim is left without a reason?", pc.subject(), refs)
	})
}

// Evaluate.

func evaluateHedge(pc *pctx) []option {
	// A view the author reports is hedged by the one who holds it.
	return each(pc.with(hedges), "evaluate/hedge", 1.3, func(m material) bool { return (!m.s.roles.has(reports) || m.s.roles.has(owns)) && claimHedged(m.s) }, func(m material) string {
		return sf("%s hedges here: %s. Which words soften the claim? Does the evidence quoted for %s justify more confidence, or less?", pc.b.Teller(m.s), pc.show(m, hedgesRe), pc.subject())
	})
}

func evaluateFlat(pc *pctx) []option {
	return each(pc.with(flat), "evaluate/flat", 1.2, without(hedges|reports|uncertain), func(m material) string {
		return sf("%s states this without qualification: %s. What support does %s give for it, and is that support enough?", pc.b.Teller(m.s), pc.show(m, flatRe), pc.b.voice.Text())
	})
}

func evaluateSupposed(pc *pctx) []option {
	if pc.b.voice.Enacts() {
		// A law's "would have ended if this article had not been
		// ratified" fixes a date by what would have been; it tells
		// of no events that never took place.
		return nil
	}
	return each(pc.with(supposes), "evaluate/supposed", 1.25, nil, func(m material) string {
		return sf("Here %s says what would or could have happened: %s. How can a historian judge a claim about events that never took place?", pc.b.voice.Text(), pc.show(m, supposesRe))
	})
}

func evaluateUnknown(pc *pctx) []option {
	return each(pc.with(uncertain), "evaluate/unknown", 1.3, nil, func(m material) string {
		return sf("%s admits a limit: %s. If this cannot be known, what can the class still say about %s, and on what evidence?", pc.b.Teller(m.s), pc.show(m, uncertainRe), pc.subject())
	})
}

func evaluateJudgment(pc *pctx) []option {
	if pc.b.voice.Enacts() {
		// A law's conditions ("If a President shall not have been
		// chosen ..., then ...") provide; they pass no judgment.
		return nil
	}
	return each(pc.with(judges), "evaluate/judgment", 1.0, without(reports), func(m material) string {
		return sf("%s passes judgment: %s. On what grounds? Do the passages quoted for %s bear it out?", pc.b.Teller(m.s), pc.show(m, judgesRe), pc.subject())
	})
}

func evaluateRank(pc *pctx) []option {
	return whole(pc, "evaluate/rank", 0.35, 3, func(refs string) string {
		if pc.enacted() {
			return sf("Rank the passages quoted for %s (%s) by how much each tells you about what it requires. Defend your first and last choices.", pc.subject(), refs)
		}
		if pc.told() {
			// A story's passage is no claim with support to rank.
			return sf("Rank the passages quoted beside %s (%s) by how much each adds to what it shows. Defend your first and last choices.", pc.subject(), refs)
		}
		return sf("Rank the evidence for %s (%s) from the strongest support for %s to the weakest. Defend your first and last choices.", pc.subject(), refs, pc.either("an answer", "it"))
	})
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
		if pc.b.paired[a+"\x00"+z] || !pc.b.givesView(a) || !pc.b.givesView(z) {
			// Two people the text only names together, in one
			// sentence that reports no view of theirs, give students
			// no words to put in their mouths: the exchange would be
			// made up.
			continue
		}
		text := sf("%s names %s and %s together. Write a short exchange in which each %s %s from the text, quoting it; end with what %s would reply.",
			m.s.p.Ref.Marker(), a, z, pc.either("answers", "weighs"), pc.subject(), pc.b.voice.Maker())
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
		if pc.b.isPerson(t.Term) || pc.b.plainName(t.Term) || pc.b.termsAsked[t.Term] {
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
	does, words := pc.either("answers", "weighs"), "terms"
	if pc.told() {
		// A scene is explained, not weighed, and a story's words are
		// no author's terms: it has characters and events.
		does, words = "explains", "words"
	}
	text := sf("Write a paragraph that %s %s using %s %s ‘%s’ and ‘%s’, citing at least two passages.", does, pc.subject(), pc.termsOwner(), words, pc.b.termAsWritten(used[0]), pc.b.termAsWritten(used[1]))
	o := prompt("create/terms", 0.5, text, nil, refs...)
	o.chosen = func() { pc.b.termsAsked[used[0].Term], pc.b.termsAsked[used[1].Term] = true, true }
	return []option{o}
}

// createReviewer asks for a short judgment of how well the evidence
// answers, in a role that changes from question to question: the same
// "You review the text for a history journal" once stood 22 times in 13
// guides, two in most, and read as a form to fill in. A story is not
// reviewed for a history journal nor excerpted for a sourcebook.
func createReviewer(pc *pctx) []option {
	out := whole(pc, "create/reviewer", 0.4, 1, func(refs string) string {
		they, do := "they", "do"
		if len(pc.evidenceRefs()) == 1 {
			they, do = "it", "does"
		}
		answers, subject := pc.either("answers", "supports"), pc.subject()
		roles := []string{
			sf("You review %s for a history journal. In three sentences, say how well it %s %s, citing %s.", pc.b.voice.Text(), answers, subject, refs),
			sf("An editor is choosing passages for a sourcebook on %s. In three sentences, advise whether to include %s. What %s %s show, and what %s %s leave out?", pc.subject(), refs, do, they, do, they),
			sf("A classmate says %s never really %s %s. Reply in three sentences, citing %s. Where does %s come closest, and what does it leave out?", pc.b.voice.Text(), answers, subject, refs, pc.b.voice.Text()),
			sf("Write, in three sentences, the note you would put in the margin beside %s. How fully %s %s %s %s, and what would you still want to know?", refs, do, they, pc.either("answer", "support"), subject),
		}
		first := 0
		if pc.b.voice.Kind == essay.KindNarrative {
			first = 2
		}
		if pc.told() {
			// A scene is not supported or answered: the passages
			// beside it show more of it.
			roles[2] = sf("A classmate says %s add nothing to %s. Reply in three sentences, citing them: what does each show that the scene alone does not?", refs, subject)
			roles[3] = sf("Write, in three sentences, the note you would put in the margin beside %s. What %s %s show of %s, and what would you still want to know?", refs, do, they, subject)
		}
		// The text's first words choose the first role, so that guides
		// differ; each later prompt of the guide takes the next.
		h := fnv.New32a()
		h.Write([]byte(pc.b.c.Passages[0].Text()))
		return roles[first+(int(h.Sum32()%64)+pc.b.reviews)%(len(roles)-first)]
	})
	for i := range out {
		out[i].chosen = func() { pc.b.reviews++ }
	}
	return out
}

func createDebateCard(pc *pctx) []option {
	if pc.kind != askYesNo && pc.kind != askOutcome && pc.kind != askClaim && pc.kind != askDegree || pc.told() {
		// A story's passage does not "hold": it happens.
		return nil
	}
	return whole(pc, "create/debate-card", 0.45, 2, func(string) string {
		if pc.enacted() {
			return "Make a debate card: does this provision do what it sets out to do, in one sentence; the two quotations that best support your answer; and the one that most threatens it."
		}
		if pc.kind == askClaim {
			return "Make a debate card: does the claim hold, in one sentence; the two quotations that best support your answer; and the one that most threatens it."
		}
		return "Make a debate card: a one-sentence answer, yes or no, the two quotations that best support it, and the one that most threatens it."
	})
}

func createTwoAnswers(pc *pctx) []option {
	return whole(pc, "create/two-answers", 0.42, 2, func(refs string) string {
		if pc.b.voice.Narrates() {
			// A story's passages are its narrator's and its
			// characters' words: what the author would accept is
			// not in them.
			return sf("Write one %s %s that the story bears out and one it rules out. Cite the passages (%s) that tell them apart.", pc.either("answer to", "reading of"), pc.subject(), refs)
		}
		if pc.enacted() {
			return sf("Describe one case %s covers and one it does not. Cite the passages (%s) that tell them apart.", pc.subject(), refs)
		}
		return sf("Write one %s %s that %s would accept and one %s would reject. Cite the passages (%s) that tell them apart.", pc.either("answer to", "reading of"), pc.subject(), pc.b.voice.Maker(), pc.b.voice.He(), refs)
	})
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
			text := sf("%s draws on %s here: %s. Who is %s, what could %s have known, and what would you check before relying on it?", terms.Capitalize(pc.b.voice.Maker()), name, pc.show(m, reportsRe), name, name)
			out = append(out, prompt("sourcing/person", 1.2*m.weight(), text, []*sentence{m.s}))
			break
		}
	}
	return out
}

// sourcingReported asks how the author knows a view he gives as others'.
func sourcingReported(pc *pctx) []option {
	return each(pc.with(reports), "sourcing/reported", 1.0, without(owns), func(m material) string {
		if pc.b.voice.Narrates() {
			return sf("The story reports a view: %s. Whose view is it, how could the narrator know what was believed, and does the rest of the story bear it out?", pc.show(m, reportsRe))
		}
		return sf("%s reports a view: %s. How could %s know what was believed, and what source would you ask for before accepting it?", pc.b.voice.TheText(), pc.show(m, reportsRe), pc.b.voice.Maker())
	})
}

// sourcingKind asks what a kind of record a sentence rests on can show:
// only a record it names (transcripts, a memoir, "conversations with"),
// not one it says is lacking ("left no record"), nor a word that only
// sounds like one ("according to its nature").
func sourcingKind(pc *pctx) []option {
	ok := func(m material) bool { return !m.s.roles.has(meta) && namesRecord(m.s.text) }
	return each(pc.with(cites), "sourcing/kind", 1.1, ok, func(m material) string {
		return sf("This claim rests on a kind of source: %s. What can such a source show, and what can it not?", pc.show(m, recordRe))
	})
}

// recordRe names a record a claim can rest on, or a witness to it.
var recordRe = lazyregexp.New(`(?i)\btranscripts?\b|\bdocuments?\b|\barchives?\b|\bmemoirs?\b|\bdiar(?:y|ies)\b|\brecords?\b|\bconversations? with\b|\binterviews?\b|\bcited in\b|\bfull text\b|\bnewspapers?\b|\bstatistics\b|\bcensus\b|\bminutes of\b|\bdispatch(?:es)?\b|\bmanuscripts?\b|\bcorrespondence\b|\b(?-i:[Aa]ccording to \p{Lu})`)

// lackRe ends the words before a record the text says is missing: "left
// no record", "there are no documents".
var lackRe = lazyregexp.New(`(?i)\b(?:no|without|lacks?|lacking|absence of|unavailable)\s+(?:\p{L}+\s+)?$`)

// namesRecord reports whether text names a record it rests on, and does
// not say the record is lacking.
func namesRecord(text string) bool {
	for _, loc := range recordRe.FindAllStringIndex(text, -1) {
		if !lackRe.MatchString(text[:loc[0]]) {
			return true
		}
	}
	return false
}

// survey is what a question's evidence rests on, passage by passage:
// the footnotes a passage marks, the record or witness it names, or
// nothing.
type survey struct {
	noted, named, bare []essay.Ref
	notes              map[essay.Ref][]essay.Ref
	// source is the first sentence of the named passages that names
	// what it rests on.
	source *sentence
}

func (pc *pctx) survey() survey {
	sv := survey{notes: map[essay.Ref][]essay.Ref{}}
	for _, e := range pc.q.Evidence {
		ref := e.Ref
		if ref.Kind != essay.Paragraph || hasRef(sv.noted, ref) || hasRef(sv.named, ref) || hasRef(sv.bare, ref) {
			continue
		}
		if ns := pc.notesOf(e); len(ns) > 0 && pc.b.footnoted(pc.g) {
			sv.noted = append(sv.noted, ref)
			sv.notes[ref] = ns
			continue
		}
		if s := pc.b.recordIn(ref); s != nil {
			sv.named = append(sv.named, ref)
			if sv.source == nil {
				sv.source = s
			}
			continue
		}
		sv.bare = append(sv.bare, ref)
	}
	return sv
}

// sourcingRests says where a question's evidence has support and where
// it has none: the notes a passage points to, the record or witness one
// names (quoted), the passages that name nothing; and sends the student
// to find the evidence a bare claim would need. "The text cites no
// source for" one sentence gave a student nothing to do.
func sourcingRests(pc *pctx) []option {
	sv := pc.survey()
	if len(sv.bare) == 0 || len(sv.noted)+len(sv.named) == 0 {
		return nil
	}
	var said []string
	var quoted []*sentence
	refs := append([]essay.Ref(nil), sv.bare...)
	for _, ref := range sv.noted {
		said = append(said, sf("%s points to %s", ref.Marker(), markersOf(sv.notes[ref])))
		refs = append(refs, ref)
		refs = append(refs, sv.notes[ref]...)
	}
	if sv.source != nil {
		ex := curly(quoteOf(sv.source).Text)
		if sv.source.n > shortWords {
			if c := clauseOf(sv.source.text, []*lazyregexp.Regexp{recordRe, reportsRe}); c != "" {
				ex = curly(c)
			}
		}
		said = append(said, sf("%s names its source: %s", sv.named[0].Marker(), ex))
		quoted = append(quoted, sv.source)
		refs = append(refs, sv.named...)
		if len(sv.named) > 1 {
			said = append(said, sf("%s names one too", markersOf(sv.named[1:])))
		}
	}
	gives, names := "gives", "names"
	if len(sv.bare) > 1 {
		gives, names = "give", "name"
	}
	verb := names
	if pc.b.footnoted(pc.g) {
		verb = gives + " no footnote and " + names
	}
	// The quotation comes last, so that its own full stop ends the
	// sentence.
	text := sf("%s %s no record or witness, while %s. Choose one claim of %s and say what record (a document, a memoir, a count) would show it, who would have made that record, and where you would look for it.",
		markersOf(sv.bare), verb, joinList(said), orList(sv.bare))
	return []option{prompt("sourcing/rests", 0.55, text, quoted, refs...)}
}

// sourcingUnsupported is sourcingRests for evidence none of whose
// passages gives a note or names a record or a witness.
func sourcingUnsupported(pc *pctx) []option {
	sv := pc.survey()
	if len(sv.bare) < 2 || len(sv.noted)+len(sv.named) > 0 {
		return nil
	}
	if !pc.b.footnoted(pc.g) || pc.b.voice.Narrates() {
		// A story's notes are not its sources: Ben-Hur's asked "whose
		// records, from when, kept where?" of a galley's crew.
		return sourcingGrounds(pc, sv.bare)
	}
	var text string
	if len(sv.bare) == 2 {
		text = sf("Neither %s nor %s gives a footnote or names a record or a witness", sv.bare[0].Marker(), sv.bare[1].Marker())
	} else {
		text = sf("None of %s gives a footnote or names a record or a witness", markersOf(sv.bare))
	}
	text += " for what it says. Which of their claims most needs evidence, and what would test it: whose records, from when, kept where?"
	return []option{prompt("sourcing/unsupported", 0.5, text, nil, sv.bare...)}
}

// footnoteSince is the first year whose texts may cite their sources by
// footnote. The notes of an older text (a treatise of 1532, a history of
// antiquity) are an editor's, and asking a student which footnote or
// archive it gives asks for what it could not have.
const footnoteSince = 1700

// footnoted reports whether the text can cite by footnote: it has notes,
// and it is not older than citing by footnote.
func (b *builder) footnoted(g *Guide) bool {
	if g.Year != 0 && g.Year < footnoteSince {
		return false
	}
	for _, s := range b.sents {
		if s.p.Ref.Kind == essay.Note {
			return true
		}
	}
	return false
}

// sourcingGrounds is sourcingUnsupported for a text that cites by no
// footnote: it asks about what the passages do rest on, the examples and
// people they invoke, or else the reasoning and experience they argue
// from.
func sourcingGrounds(pc *pctx, bare []essay.Ref) []option {
	var names []string
	for _, e := range pc.q.Evidence {
		if !hasRef(bare, e.Ref) {
			continue
		}
		for _, n := range pc.b.peopleIn(e.Text) {
			if n = pc.b.asWritten(n); !slices.ContainsFunc(names, func(m string) bool { return sameName(m, n) }) && len(names) < 3 {
				names = append(names, n)
			}
		}
	}
	if pc.b.voice.Narrates() {
		return narratedGrounds(bare, pc.b.namedTogether(names))
	}
	who := "None of " + markersOf(bare) + " cites"
	v := pc.b.voice
	if len(bare) == 2 {
		who = "Neither " + bare[0].Marker() + " nor " + bare[1].Marker() + " cites"
	}
	if pc.b.voice.Enacts() {
		// A law gives no reasons to weigh, and the officers it names
		// ("the President") are no examples it rests on: the
		// Amendments' guide asked what "the author" could have known
		// of "the example of the President".
		text := who + " a source, and a law gives no reasons. What problem of its time might they have been written to solve, and what record (a debate, a court case) would tell you?"
		if len(names) == 0 {
			return []option{prompt("sourcing/grounds", 0.5, text, nil, bare...)}
		}
		text = sf("%s a source, and a law gives no reasons. What had happened before they were written that might explain what they provide for %s, and where would you look to find out?", who, joinList(names))
		return []option{prompt("sourcing/examples", 0.5, text, nil, bare...)}
	}
	if len(names) == 0 {
		text := who + " a source: they argue from reason and experience. Which of their claims rests on experience, and how could a " + v.Reader() + " of the time have tested it?"
		return []option{prompt("sourcing/grounds", 0.5, text, nil, bare...)}
	}
	text := sf("%s a source: they rest on the example of %s. What could %s have known of that example, and from where? Would a %s of the time have taken it as proof?", who, names[0], v.Maker(), v.Reader())
	if len(names) > 1 {
		text = sf("%s a source: they rest on the examples of %s. What could %s have known of those examples, and from where? Would a %s of the time have taken them as proof?", who, joinList(names), v.Maker(), v.Reader())
	}
	return []option{prompt("sourcing/examples", 0.5, text, nil, bare...)}
}

// sameName reports whether two names stand for one person: they are
// equal, or one ends the other as whole words. Candide's sourcing prompt
// named "Miss Cunegonde, Cunegonde and Candide".
func sameName(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return a == b || strings.HasSuffix(a, " "+b)
}

// narratedGrounds is sourcingGrounds for a story: its passages cite no
// source because a story cites none, and its people are characters the
// author made up, so the prompt asks who tells what happens to them and
// what that teller could have seen or heard. Candide's asked "What could
// the author have known of those examples, and from where?" of
// Pangloss.
func narratedGrounds(bare []essay.Ref, names []string) []option {
	if len(names) == 0 {
		text := sf("In %s the story tells what happens without saying how the teller knows it. Which details could the narrator have seen or heard, and which must the reader take on trust?", markersOf(bare))
		return []option{prompt("sourcing/grounds", 0.5, text, nil, bare...)}
	}
	text := sf("In %s the story tells of %s. Who tells us this, the narrator or a character, and what could that teller have seen or heard? Which detail would you doubt, and why?", markersOf(bare), joinList(names))
	return []option{prompt("sourcing/examples", 0.5, text, nil, bare...)}
}

// orList writes refs as markers joined by "or": "[¶58] or [¶57]".
func orList(refs []essay.Ref) string {
	ms := make([]string, len(refs))
	for i, r := range refs {
		ms[i] = r.Marker()
	}
	if len(ms) < 2 {
		return strings.Join(ms, "")
	}
	return strings.Join(ms[:len(ms)-1], ", ") + " or " + ms[len(ms)-1]
}

func hasRef(refs []essay.Ref, ref essay.Ref) bool {
	for _, r := range refs {
		if r == ref {
			return true
		}
	}
	return false
}

// recordIn returns the first sentence of a passage, one a student can
// read alone, that names a record it rests on ("In conversations with
// ..."), else the first that gives the view of a person the notes cite
// ("Smith and Jones seem to believe"); or nil.
func (b *builder) recordIn(ref essay.Ref) *sentence {
	var ok []*sentence
	for _, s := range b.of[ref] {
		if !s.question && s.leans != leansHard && !s.roles.has(meta) && !bibRe.MatchString(s.text) {
			ok = append(ok, s)
		}
	}
	for _, s := range ok {
		if namesRecord(s.text) {
			return s
		}
	}
	for _, s := range ok {
		if s.roles.has(reports) && b.reportsCited(s.text) {
			return s
		}
	}
	return nil
}

// reportsCited reports whether text gives the view of a person the
// notes cite, named as the one who holds it ("Smith and Jones seem to
// believe"), not a view it only mentions ("According to the "cult of
// personality,"") or one it supposes ("Maybe X and Y believed").
func (b *builder) reportsCited(text string) bool {
	main, _ := splitAsides(text)
	for _, loc := range reportsRe.FindAllStringIndex(main, -1) {
		for _, name := range b.peopleIn(main[loc[0]:loc[1]]) {
			if b.isCited(name) {
				return true
			}
		}
	}
	return false
}

// sourcingNote asks about a footnote of a passage the question quotes:
// the one a quoted sentence marks, or one its passage marks elsewhere.
func sourcingNote(pc *pctx) []option {
	var out []option
	seen := map[essay.Ref]bool{}
	for _, e := range pc.q.Evidence {
		notes := pc.notesOf(e)
		for _, n := range notes {
			if seen[n] {
				continue
			}
			seen[n] = true
			if !pc.b.footnoted(pc.g) {
				out = append(out, editorsNote(e.Ref, n))
				continue
			}
			text := sf("Read %s beside %s. What kind of source does the note point to, and how far does it carry the claim?", n.Marker(), e.Ref.Marker())
			out = append(out, prompt("sourcing/note", 1.2, text, nil, e.Ref, n))
		}
	}
	return out
}

// editorsNote asks about note n beside passage ref of a text older than
// citing by footnote. An editor's note is no source the author drew on,
// so it weighs less than the examples and the reasoning the passages
// rest on (sourcingGrounds): The Prince's claim on Cesare Borgia was
// asked about the translator's note on "Romagna" rather than the
// example it stands on.
func editorsNote(ref, n essay.Ref) option {
	text := sf("Read %s, an editor's note, beside %s. What does it tell you that the text does not, and does it change how you read the passage?", n.Marker(), ref.Marker())
	return prompt("sourcing/editor", 0.3, text, nil, ref, n)
}

// notesOf returns the footnotes of the corpus that an evidence quote's
// passage marks, the quote's own first.
func (pc *pctx) notesOf(e Quote) []essay.Ref {
	var out []essay.Ref
	if e.Note != nil {
		out = append(out, e.Note.Ref)
	}
	p, ok := pc.b.c.Passage(e.Ref)
	if !ok {
		return out
	}
	for _, n := range p.Notes {
		ref := p.NoteRef(n)
		if _, ok := pc.b.c.Passage(ref); ok && (e.Note == nil || ref != e.Note.Ref) {
			out = append(out, ref)
		}
	}
	return out
}

func sourcingBasis(pc *pctx) []option {
	bq := pc.g.Basis
	if bq == nil {
		return nil
	}
	s := pc.b.sentenceOf(*bq)
	if s == nil {
		return nil
	}
	opts := whole(pc, "sourcing/basis", 0.5, 1, func(refs string) string {
		return sf("%s says: %s. Whose work might stand behind %s, and how would you find out?", terms.Capitalize(pc.b.voice.Maker()), cite(s), refs)
	})
	for i := range opts {
		opts[i].quotes = []*sentence{s}
		opts[i].prompt.Refs = dedupe(append([]essay.Ref{s.p.Ref}, opts[i].prompt.Refs...))
	}
	return opts
}

// sourcingWriter asks how who wrote the text, and when, shapes a claim:
// only when the metadata names both. The year is the text's date, which
// may be when it was printed rather than written (a byline of 1532 on
// chapters written in 1513): the prompt says only that it is dated so.
func sourcingWriter(pc *pctx) []option {
	v := pc.b.voice
	if v.Author == "" || pc.g.Year == 0 {
		return nil
	}
	return each(pc.evidence(), "sourcing/writer", 0.3, doing(flat|judges|explains|hedges, reports), func(m material) string {
		return sf("%s, by %s, is dated %d. How might %s position and purpose shape a claim like %s?", v.TheText(), v.Author, pc.g.Year, v.His(), pc.show(m, flatRe, judgesRe, explainsRe, hedgesRe))
	})
}

// Corroboration.

func corroborateNote(pc *pctx) []option {
	var out []option
	for _, e := range pc.q.Evidence {
		if e.Note == nil {
			continue
		}
		text := sf("Check %s against the note it marks, %s. Does the source cited there bear the claim out?", e.Ref.Marker(), e.Note.Ref.Marker())
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
	// A text older than citing by footnote (see footnoteSince) was
	// answered by other writers and tested against history's examples;
	// memoirs and archive records are a modern historian's sources.
	others := "one other source, such as a memoir, a speech or an archive record,"
	if pc.g.Year != 0 && pc.g.Year < footnoteSince {
		others = "another writer of " + possessive(pc.b.voice.Maker()) + " time or before, or an example from history,"
	}
	return each(pc.evidence(), "corroboration/outside", 0.75, doing(flat|judges|explains|reports, uncertain), func(m material) string {
		return sf("Name %s that could confirm or contradict %s.", others, pc.show(m, flatRe, judgesRe, explainsRe, reportsRe))
	})
}

// Contextualization.

func contextDate(pc *pctx) []option {
	out := each(pc.with(dates), "context/date", 1.2, func(m material) bool { return dateIn(m.s.text) != "" }, func(m material) string {
		return sf("%s places this %s: %s. What else was happening then that might explain it?", pc.b.voice.TheText(), whenOf(m.s.text), pc.show(m, datesRe))
	})
	return append(out, contextLinked(pc)...)
}

// whenOf is the time a dated sentence gives, as a prompt says it: "in
// the 1920s", "during the Civil War".
func whenOf(text string) string {
	when := timePhrase(text, dateIn(text))
	if !strings.HasPrefix(when, "during ") {
		when = "in " + when
	}
	return when
}

// contextLinked places evidence that takes its time from the sentence
// before it ("At the same time, local leaders developed dictatorial
// habits ...") at the date that sentence gives: the passage dates it, and
// a prompt that fell back to the year the text was written asked what its
// readers knew, not what was happening when it happened.
func contextLinked(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		link := timeLinkRe.FindString(m.s.text)
		before := pc.b.precedes(m.s)
		if link == "" || before == nil || dateIn(m.s.text) != "" || dateIn(before.text) == "" {
			continue
		}
		dated := curly(quoteOf(before).Text)
		if before.n > shortWords {
			if ex := clauseOf(before.text, []*lazyregexp.Regexp{datesRe}); ex != "" {
				dated = curly(ex)
			}
		}
		// The sentence before names the time; the linked one only says it
		// happens then, so the prompt says which sentence dates it rather
		// than that the text dates the evidence itself.
		text := sf("In %s, %s ties this to the sentence before it, which names %s: %s. What else was happening then that might explain it?",
			m.s.p.Ref.Marker(), curly(openingOf(m.s.text, wordCount(link)+4)), strings.TrimPrefix(timePhrase(before.text, dateIn(before.text)), "during "), dated)
		o := prompt("context/date", 1.2*m.weight(), text, []*sentence{before}, m.s.p.Ref)
		o.linked = []*sentence{m.s}
		out = append(out, o)
	}
	return out
}

// timeLinkRe opens a sentence that happens when the one before it does.
var timeLinkRe = lazyregexp.New(`^(?:(?:But|And|Yet)\s+)?(?:[Aa]t the same time|[Mm]eanwhile|[Aa]t that time|[Bb]y then|[Bb]y that time|[Ii]n those (?:days|years)|[Tt]hat same year)\b`)

// precedes returns the sentence before s in its block, or nil.
func (b *builder) precedes(s *sentence) *sentence {
	if s.i == 0 || s.p.Sentences[s.i-1].Block != s.p.Sentences[s.i].Block {
		return nil
	}
	for _, t := range b.of[s.p.Ref] {
		if t.i == s.i-1 {
			return t
		}
	}
	return nil
}

// contextAsked places a question that names a time, or a thing dated by
// a year ("the 1936 Constitution"), in its time.
// contextAudience asks whom a speech's "you" stands for: a speaker may
// turn from the hall to people far away ("that fault is primarily
// yours, and remains so until you show that we repel you"), and a
// claim made to one audience is shaped by it. Only a speech is asked
// so: an essay's "you" is any reader.
func contextAudience(pc *pctx) []option {
	if !pc.b.voice.Speaks() {
		return nil
	}
	addressed := func(m material) bool { return youRe.MatchString(quoteOf(m.s).Text) }
	return each(pc.evidence(), "context/audience", 0.9, addressed, func(m material) string {
		return sf("Here the speaker says “you”: %s. Whom does that “you” stand for, and how might speaking to them shape what is said?", pc.show(m, youRe))
	})
}

func contextAsked(pc *pctx) []option {
	if !pc.q.HasRef() {
		return nil
	}
	when := dateIn(pc.q.Text)
	if when == "" {
		return nil
	}
	text := sf("%s turns on %s. What else was happening then, and what would a historian need to know about that time to answer it?", terms.Capitalize(pc.subject()), quotedTime(pc.q.Text, when))
	return []option{prompt("context/asked", 1.1, text, nil, pc.q.Ref)}
}

// quotedTime quotes the words of text around a date: the date and the
// capitalized words after it ("1936 Constitution"), or the phrase it
// stands in ("the early '30s").
func quotedTime(text, when string) string {
	if at := strings.Index(text, when); at >= 0 {
		end := at + len(when)
		for _, loc := range wordRe.FindAllStringIndex(text[end:], -1) {
			w := text[end+loc[0] : end+loc[1]]
			if text[end:end+loc[0]] != " " || !isUpper(w) {
				break
			}
			end += loc[1]
		}
		if end > at+len(when) {
			return curly(text[at:end])
		}
	}
	return timePhrase(text, when)
}

func contextWritten(pc *pctx) []option {
	if pc.g.Year == 0 {
		return nil
	}
	return each(pc.evidence(), "context/written", 0.9, doing(flat|judges|explains|hedges, 0), func(m material) string {
		return sf("%s is dated %d. What did its %ss then know and believe about this subject, and how might that shape a claim like %s?", pc.b.voice.TheText(), pc.g.Year, pc.b.voice.Reader(), pc.show(m, flatRe, judgesRe, explainsRe, hedgesRe))
	})
}

// dateIn returns the first date of text, without what follows it: the
// whole name of an event it is dated by ("during the World's Columbian
// Exposition"), which datesRe only starts.
func dateIn(text string) string {
	loc := datesRe.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	if m := dateTokenRe.FindStringIndex(text[loc[0]:]); m != nil && m[0] == 0 {
		return text[loc[0] : loc[0]+m[1]]
	}
	return strings.TrimSpace(text[loc[0]:loc[1]])
}

// dateTokenRe is the date a match of datesRe holds, without the character
// after it that the match takes to be sure it is one.
var dateTokenRe = lazyregexp.New(`(?:(?:early|late|mid)[ -])?(?:'?[0-9]{2,4}s?)|during the \p{Lu}[\p{L}'’]+(?:\s\p{Lu}[\p{L}'’]+)*|(?:eighteenth|nineteenth|twentieth|seventeenth|sixteenth) century`)

// timePhraseRe widens a date to the phrase around it: "the late '20s and
// early '30s", "the 1920s", "July 1937".
var timePhraseRe = lazyregexp.New(`(?:(?:the|[Ii]n|[Oo]f)\s+)?(?:(?:early|late|mid)[ -])?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:'?[0-9]{2,4}s?)(?:\s+and\s+(?:(?:early|late|mid)[ -])?'?[0-9]{2,4}s?)?`)

// timePhrase returns the phrase of text that holds the date when: "the
// late '20s and early '30s".
func timePhrase(text, when string) string {
	for _, m := range timePhraseRe.FindAllString(text, -1) {
		if strings.Contains(m, strings.TrimSpace(when)) || strings.Contains(when, strings.TrimSpace(m)) {
			m = strings.TrimSpace(m)
			for _, p := range []string{"in ", "In ", "of ", "Of "} {
				m = strings.TrimPrefix(m, p)
			}
			if !strings.HasPrefix(m, "the ") && (strings.HasSuffix(m, "s") || strings.HasPrefix(m, "early") || strings.HasPrefix(m, "late") || strings.HasPrefix(m, "mid")) {
				m = "the " + m
			}
			return m
		}
	}
	when = strings.TrimSpace(when)
	if strings.HasSuffix(when, " century") {
		// "The text places this in eighteenth century" wanted its
		// article.
		return "the " + when
	}
	return when
}

// Counterpoint: each names a claim a critic would contest and asks what
// evidence would decide it.

func counterFlat(pc *pctx) []option {
	return each(pc.with(flat), "counterpoint/flat", 1.2, contestable(reports|uncertain), func(m material) string {
		if pc.b.voice.Narrates() {
			// A story keeps no records: Candide's "she clearly
			// perceived the force of the Doctor's reasons" was met
			// with "which records, from whom, and from when?". What
			// weighs a teller's flat word is what else the story shows.
			return sf("%s states this flatly: %s. Does the rest of the story bear it out, or does it show otherwise? Cite one passage either way.", pc.b.Teller(m.s), pc.show(m, flatRe))
		}
		if pc.b.voice.Enacts() {
			// A law states no fact a record could settle: it
			// commands, and a critic contests what it commands.
			return sf("A critic at the time could have opposed %s. Whom would it bind or leave out, and what record would show how it was applied?", pc.show(m, flatRe))
		}
		return sf("A critic would contest %s. What evidence would settle the matter: which records, from whom, and from when?", pc.show(m, flatRe))
	})
}

func counterCause(pc *pctx) []option {
	return each(pc.with(explains), "counterpoint/cause", 1.1, func(m material) bool { return contestable(reports)(m) && givesCause(m.s) }, func(m material) string {
		if pc.b.voice.Enacts() {
			// A law's "by reason of" names the ground it forbids, not
			// a cause it explains: the Amendments' poll tax was met
			// with "accept the facts but reject the explanation".
			return sf("A critic could accept the aim of %s but object to how it is drawn. What case would it cover too widely or too narrowly, and what record would show whether such a case arose?", pc.show(m, explainsRe))
		}
		return sf("A critic could accept the facts but reject the explanation in %s. What other cause might the critic offer, and what evidence would tell the two apart?", pc.show(m, explainsRe))
	})
}

func counterView(pc *pctx) []option {
	// A view told in the passive ("Of course, a standing army had been
	// thought necessary ...") is the author's account of what was
	// thought, which he grants: no one holds it against him.
	told := func(m material) bool { return !passiveReportRe.MatchString(quoteOf(m.s).Text) }
	return each(pc.with(reports), "counterpoint/view", 1.15, told, func(m material) string {
		if pc.b.voice.Narrates() {
			// In a story the view is a character's, and the story
			// itself, not outside evidence, answers it: "others'
			// rather than the author's" set Pangloss against a
			// Voltaire who never speaks in the tale.
			return sf("%s gives this view: %s. Argue for it in two sentences, then say what happens in the story that bears it out or undercuts it.", pc.b.Teller(m.s), pc.show(m, reportsRe))
		}
		return sf("%s gives a view as others' rather than %s: %s. Argue for that view in two sentences, then say what evidence would show which side is right.", pc.b.voice.TheText(), possessive(pc.b.voice.Maker()), pc.show(m, reportsRe))
	})
}

func counterHedge(pc *pctx) []option {
	return each(pc.with(hedges), "counterpoint/hedge", 1.0, func(m material) bool { return (!m.s.roles.has(reports) || m.s.roles.has(owns)) && claimHedged(m.s) }, func(m material) string {
		return sf("%s offers this as a possibility: %s. What would a doubter say, and what would it take to prove it either way?", pc.b.Teller(m.s), pc.show(m, hedgesRe))
	})
}

func counterJudgment(pc *pctx) []option {
	return each(pc.with(judges), "counterpoint/judgment", 0.9, without(reports), func(m material) string {
		if pc.b.voice.Narrates() {
			// A story keeps no records of its own: what decides is
			// what else it tells.
			return sf("Write the strongest objection to the judgment in %s, then say what else the story tells that would decide between %s and the objector.", pc.show(m, judgesRe), pc.b.teller(m.s))
		}
		if pc.b.voice.Enacts() {
			// A law's condition is a rule, not a judgment, and it
			// has no author to set against an objector: the
			// objection is a case the rule serves badly.
			return sf("Write the strongest objection to the rule in %s: a case it would serve badly. What record would show whether such a case has arisen?", pc.show(m, judgesRe))
		}
		return sf("Write the strongest objection to the judgment in %s, then name the record that would decide between %s and the objector.", pc.show(m, judgesRe), pc.b.voice.Maker())
	})
}

// denialRe is a sentence whose main clause denies what others hold:
// "Nor does "republic" mean that ...", "It does not follow that ...",
// "It is not true that ...". The view it denies is the other side the
// text itself gives.
var denialRe = lazyregexp.New(`(?i)^(?:(?:But|And|Yet|So)\s+)?(?:Nor|Neither)\s+(?:does|do|did|is|are|was|were|can|could|will|would|has|have|had|should|must)\b|\b(?:does|do|did)\s+not\s+(?:mean|follow|prove|show|imply)\b|\b(?:it is|it was|this is)\s+not\s+(?:true|the case)\b`)

// counterDenial stages the view a sentence denies: "Who might have seen
// this differently at the time?" named no one, where "Nor does
// "republic" mean that the assembly could ever be voted out" names the
// view the author rejects.
func counterDenial(pc *pctx) []option {
	return each(pc.evidence(), "counterpoint/denial", 0.85, func(m material) bool { return denialRe.MatchString(m.s.text) && !tellsOwnLife(m.s) }, func(m material) string {
		return sf("%s rejects a view here: %s. Argue for the view rejected in two sentences, then say what evidence would show which side is right.", pc.b.Teller(m.s), pc.show(m, denialRe))
	})
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

// peopleIn returns the people a sentence names, in order, each once: "Miss
// X" is the X it names, not a second person to stage.
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
	var out []string
	for _, f := range found {
		if !slices.ContainsFunc(found, func(g at) bool { return g.name != f.name && indexWord(g.name, f.name) >= 0 }) {
			out = append(out, f.name)
		}
	}
	return out
}

// asWritten returns a name with "the" before it when the text mostly
// writes it so: a prompt's "they rest on the example of World's Columbian
// Exposition" wanted the article the text gives the event ("during the
// World's Columbian Exposition"); a person's name keeps none. A title
// alone names no one: it is the full name of the one the text gives it
// ("Rufus King" for "King"), else it takes "the" ("the example of
// President" lacked it).
func (b *builder) asWritten(name string) string {
	if office(name) {
		if h := b.holderOf(name); h != "" {
			return h
		}
		return "the " + name
	}
	the, bare := 0, 0
	for _, p := range uses(b.c, name) {
		text := p.Text()
		for _, at := range occurrences(text, name) {
			if articled(text[:at]) {
				the++
			} else {
				bare++
			}
		}
	}
	if the > bare {
		return "the " + name
	}
	return name
}

// articled reports whether the text before a name ends on "the", or on
// "the" and one lower-case word that qualifies the name ("the late
// World's Columbian Exposition").
func articled(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	w := lastWord(before)
	if strings.EqualFold(w, "the") {
		return true
	}
	rest := strings.TrimSuffix(strings.TrimRight(before, " "), w)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !isFunctionWord(w) && strings.HasSuffix(rest, " ") && strings.EqualFold(lastWord(rest), "the")
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
	return each(pc.evidence(), "understand/key-word", 0.3, func(m material) bool { return m.s.n <= maxNearbyWords }, func(m material) string {
		return sf("Which word of %s matters most to %s? Say what it means here, in your own words.", cite(m.s), pc.subject())
	})
}

func understandSummarize(pc *pctx) []option {
	return whole(pc, "understand/summarize", 0.2, 2, func(refs string) string {
		return sf("In two sentences of your own, say what the passages quoted for %s (%s) have in common.", pc.subject(), refs)
	})
}

func analyzePurpose(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		text := sf("Read %s with the sentences around it. What does it do there: state a claim, give a reason, answer an objection, or something else?", m.s.p.Ref.Marker())
		if pc.b.voice.Narrates() {
			text = sf("Read %s with the sentences around it. What does it do there: move the action on, show us a character, set the scene, or something else?", m.s.p.Ref.Marker())
		}
		if pc.b.voice.Enacts() {
			text = sf("Read %s with the sentences around it. What does it do there: grant a right, set a rule, limit a power, or something else?", m.s.p.Ref.Marker())
		}
		out = append(out, prompt("analyze/purpose", 0.25*m.weight(), text, nil, m.s.p.Ref))
	}
	return out
}

func analyzeLabels(pc *pctx) []option {
	return whole(pc, "analyze/labels", 0.2, 2, func(refs string) string {
		if pc.b.voice.Enacts() {
			// A law states no facts and judges nothing: its
			// passages grant, require, forbid or set a procedure.
			return sf("Label each passage quoted for %s (%s) as granting a right, setting a rule, limiting a power or laying down a procedure, and say what in its words decided you.", pc.subject(), refs)
		}
		return sf("Label each passage quoted for %s (%s) as fact, interpretation or judgment, and say what in its words decided you.", pc.subject(), refs)
	})
}

func evaluateConvincing(pc *pctx) []option {
	return each(pc.evidence(), "evaluate/convincing", 0.3, doing(flat|judges|explains|prescribes|hedges, 0), func(m material) string {
		if pc.b.voice.Enacts() {
			// A provision is not offered to convince: it is
			// weighed by whether it settles the cases it names.
			return sf("Is %s clear enough to settle a real case? Answer in three sentences, citing one more passage that fills it out or leaves it open.", pc.show(m, flatRe, judgesRe, explainsRe, prescribesRe, hedgesRe))
		}
		return sf("Do you find %s convincing? Answer in three sentences, citing one more passage that supports or weakens it.", pc.show(m, flatRe, judgesRe, explainsRe, prescribesRe, hedgesRe))
	})
}

func evaluateMissing(pc *pctx) []option {
	if pc.told() {
		// A scene is not accepted or refused on sources.
		return nil
	}
	return whole(pc, "evaluate/missing", 0.2, 1, func(refs string) string {
		if pc.enacted() {
			return sf("What would you need to know, beyond %s, to apply %s to a real case? Name one kind of source that could tell you.", refs, pc.subject())
		}
		return sf("What would you need to know, beyond %s, before accepting %s%s? Name one kind of source that could tell you.", refs, pc.either(pc.b.voice.Text()+"'s answer to ", ""), pc.subject())
	})
}

func createLetter(pc *pctx) []option {
	if pc.told() {
		// A scene gives the author no claim to doubt.
		return nil
	}
	return whole(pc, "create/letter", 0.25, 1, func(string) string {
		// One sentence from one of them: "from [¶75], [¶72] and [¶74]"
		// asks for a sentence that stands in all three.
		if pc.b.voice.Enacts() {
			return sf("Write a short letter to the lawmakers about %s: quote one sentence you find unclear from %s, and say what case it leaves open.", pc.subject(), orList(pc.evidenceRefs()))
		}
		return sf("Write a short letter to %s about %s: quote one sentence you doubt from %s, and say what would persuade you.", pc.b.voice.Maker(), pc.subject(), orList(pc.evidenceRefs()))
	})
}

func createHeadline(pc *pctx) []option {
	return whole(pc, "create/headline", 0.2, 1, func(refs string) string {
		if pc.told() {
			return sf("Write a headline and a two-sentence report of %s, as a newspaper of the day might print it, citing %s.", pc.subject(), refs)
		}
		return sf("Write a headline and a two-sentence report of %s's %s %s, citing %s.", pc.b.voice.Text(), pc.either("answer to", "case for"), pc.subject(), refs)
	})
}

func counterOtherSide(pc *pctx) []option {
	return each(pc.evidence(), "counterpoint/other-side", 0.3, doing(flat|judges|explains|prescribes|defines, 0), func(m material) string {
		return sf("Who might have seen %s differently at the time? Name one such "+pc.b.voice.Reader()+", say what they would have argued, and what record would show it.", pc.show(m, flatRe, judgesRe, explainsRe, prescribesRe, definesRe))
	})
}

func understandDirect(pc *pctx) []option {
	return whole(pc, "understand/direct", 0.15, 1, func(refs string) string {
		return sf("Find the words of %s closest to the words of %s, and say in your own words what %s says there.", refs, pc.subject(), pc.b.voice.Text())
	})
}

func analyzePartial(pc *pctx) []option {
	var out []option
	for _, m := range pc.evidence() {
		text := sf("Does %s %s %s directly, or only in part? Point to the words that show it.", m.s.p.Ref.Marker(), pc.backs(), pc.subject())
		out = append(out, prompt("analyze/partial", 0.15*m.weight(), text, nil, m.s.p.Ref))
	}
	return out
}

func evaluateStrongest(pc *pctx) []option {
	return whole(pc, "evaluate/strongest", 0.15, 2, func(refs string) string {
		return sf("If you could quote only one of %s to %s %s, which would it be, and why that one?", refs, pc.backs(), pc.subject())
	})
}

// evaluateEffect asks of a scene what a story asks of its reader: a
// scene offers no claim to rank as support or accept on sources, and a
// memoir of six scenes ran out of evaluate prompts for its last.
func evaluateEffect(pc *pctx) []option {
	if !pc.told() {
		return nil
	}
	return whole(pc, "evaluate/effect", 0.12, 1, func(refs string) string {
		return sf("What does %s want its reader to feel or think at this point? Judge whether the passages quoted beside %s (%s) earn that response, or only ask for it.", pc.b.voice.Text(), pc.subject(), refs)
	})
}

func createTable(pc *pctx) []option {
	return whole(pc, "create/table", 0.15, 1, func(refs string) string {
		what := "what " + pc.b.voice.Text() + " claims"
		if pc.told() {
			what = "what happens"
		}
		return sf("Make a two-column table for %s: %s, and the words of %s that show it.", pc.subject(), what, refs)
	})
}

// givesView reports whether the text says what a person holds: a
// sentence reports a view and names them ("Maybe X and Y believed that
// ...").
func (b *builder) givesView(name string) bool {
	for _, s := range b.sents {
		if s.roles.has(reports) && indexWord(s.text, name) >= 0 {
			return true
		}
	}
	return false
}
