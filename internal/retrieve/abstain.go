package retrieve

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/sentence"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// conceptCache keeps the concepts of the stems the abstention test has
// looked up: it meets the same best passages again and again.
type conceptCache struct {
	mu sync.Mutex
	of map[string][]thesaurus.Concept
}

// maxConceptCache bounds a retriever's cache of concepts, in stems.
const maxConceptCache = 1 << 16

// concepts returns the concepts of a stem or a pair of stems, cached.
func (r *Retriever) concepts(key string) []thesaurus.Concept {
	r.conceptCache.mu.Lock()
	cs, ok := r.conceptCache.of[key]
	r.conceptCache.mu.Unlock()
	if ok {
		return cs
	}
	cs = thesaurus.Concepts(key)
	r.conceptCache.mu.Lock()
	if r.conceptCache.of == nil {
		r.conceptCache.of = map[string][]thesaurus.Concept{}
	}
	if len(r.conceptCache.of) < maxConceptCache {
		r.conceptCache.of[key] = cs
	}
	r.conceptCache.mu.Unlock()
	return cs
}

// evidence is what the best passage holds of a question.
type evidence struct {
	// stems is how many content stems the question has.
	stems int
	// found counts the stems the passage holds; near counts those it holds
	// up to a shared prefix or through a related stem.
	found, near int
	// quotes is set when the question quotes words of the corpus (see
	// quotesText).
	quotes bool
	// foundNear is set when a passage holding none of the question's
	// words as typed still speaks to it: it holds a plain word for an
	// informal one ("leader" for "boss"), or holds some near and the
	// question asks what the text says (see asksTextNow).
	foundNear bool
	// coverage is the weight (IDF times specificity) of the stems the
	// passage holds, as a share of all the question's weight; known is the
	// weight of the stems the corpus holds anywhere, as a share of the
	// same. A stem the corpus lacks has the highest IDF.
	coverage, known float64
	// nearCoverage is the weight of the stems the passage holds or holds
	// near, as a share of all the question's weight.
	nearCoverage float64
	// nameCoverage is coverage without the stems of the question's names
	// made of common words that the passage does not name (Query.runs):
	// "war" in a passage says nothing of "the Second World War"; and with
	// those it names in other words ("medieval" for "the Middle Ages").
	nameCoverage float64
	// standIn is the weight of the stems the corpus lacks but holds words
	// standing in for ("pay" for "salaries"), as a share of all the
	// question's weight.
	standIn float64
	// common is the weight of the stems the corpus lacks, with nothing
	// standing in for them, times how common their words are in general
	// English (see commonness), as a share of all the question's weight:
	// "hate" or "money" is no sign of another subject, as "volcano" is.
	common float64
	// year is set when the passage gives a year, time when it places
	// something in time (see timeRe), count when it gives a number, each
	// in a sentence that holds what the question asks it of (see dates).
	// They are read only for a question that asks for one.
	year, time, count bool
	// day is set when the passage gives a day of a month ("March 17") in
	// a sentence that holds what the question asks it of; read only for
	// a question asking on what day (see asksDay).
	day bool
	// names is set when the question names something the corpus never
	// mentions, other than the given names of people it does (see
	// othersName).
	names bool
	// lackedAsker is set when a name the corpus never mentions (see
	// names) is whose thought, word or deed the question asks (see
	// askerNamed).
	lackedAsker bool
	// name is set when a sentence of the passage holding what the
	// question asks a name of names someone or something it does not
	// (see namesOther); read only for a question asking a name.
	name bool
	// relation is the share of what the question asks of the things it
	// names that the text says beside them, when relates is set: the
	// question asks something of a thing the corpus names (see relation).
	relation float64
	relates  bool
	// mixed is set when the question has a part that asks nothing of a
	// thing the corpus names beside the parts relation weighs.
	mixed bool
	// duration is set when the passage gives a length of time ("for one
	// night", "three years") in a sentence that holds what the question
	// asks it of; read only for a question asking how long or how old
	// (see asksDuration).
	duration bool
	// place is set when a sentence of the passage holding what a
	// question asks where of names a place (see places); read only for a
	// question asking where someone was born, lived or worked (see
	// asksWhere).
	place bool
	// strange is set when the noun the question asks for (see headStem)
	// is a word the corpus lacks, with no word standing in for it: "best
	// app to learn russian fast?" asks for an app, whatever its other
	// words share with a passage.
	strange bool
	// unstated is set when the question asks a fact of the text as a
	// publication, or of its author's life outside it, that no sentence
	// of the corpus states (see unstatedPublication): where it was
	// published, how to cite it, where its author teaches.
	unstated bool
	// unsaid is set when the question asks what a thing the corpus names
	// said or held about a topic that no sentence naming it holds (see
	// unsaidAbout), or what it said at all, when the text never reports
	// it saying anything (see neverReported).
	unsaid bool
	// unstatedNow is set when the question asks how a thing the corpus
	// names stands today, and no sentence naming it speaks of the
	// present (see unstatedNow).
	unstatedNow bool
	// neverDoer is set when the question asks what a thing did that the
	// corpus names only in passing, never as a doer (see neverDoer).
	neverDoer bool
	// untoldFate is set when the question asks what became of someone
	// later than the text tells of him (see untoldFate).
	untoldFate bool
	// onlyTitled is set when the question asks which things of a kind
	// did something, and the corpus writes the kind's word only in the
	// titles of works it cites (see askedOnlyTitled).
	onlyTitled bool
	// untitled is set when the question asks the title of a work of
	// someone the corpus names, and no sentence naming him gives one
	// (see titles).
	untitled bool
	// amount is set when a sentence of the passage holding what the
	// question asks a sum of money of gives one (see moneyRe); read only
	// for a question asking how much something cost or paid (see
	// asksAmount).
	amount bool
	// holder is set when a sentence of the passage names who held an
	// office over what the question asks it of (see namesHolder); read
	// only for a question asking that (see holderRe).
	holder bool
	// cause is set when a sentence of the passage holding what the
	// question asks of gives a cause of death (see causes); read only
	// for a question asking what someone died of (see asksCause).
	cause bool
	// citedYear is set when the question names a year the corpus gives
	// only as a citation's date, and no citation giving it holds another
	// of the question's words (see citedYear).
	citedYear bool
	// unauthored is set when the question asks who wrote or said the
	// words it quotes, and the passage quotes them naming no one beside
	// them (see unauthored).
	unauthored bool
	// unsucceeded is set when the question asks who came after someone
	// the text names, and no sentence naming him tells who did (see
	// unsucceeded).
	unsucceeded bool
	// commonOfName is set when the question asks of a common thing that
	// the text names only in a name (see commonOfName).
	commonOfName bool
	// instructs is set when a passage speaks to its reader, as
	// instructions do (see instructs); read only for a question asking
	// how the asker is to do something (see asksHowTo).
	instructs bool
	// unknownAcronym is set when the question types in capitals a name
	// the corpus neither uses nor writes out (see unknownAcronym).
	unknownAcronym bool
	// acronym is set when the question types in capitals a stop word the
	// corpus never writes so: "US" in "Who won the 1936 US presidential
	// election?" names a country, not "us" (see stopAcronym).
	acronym bool
	// unnamed is set when the question asks who did something and the
	// passage gives the doer only as an indefinite pronoun (see
	// unnamedDoer).
	unnamed bool
	// clauses are the clauses of a question asking two things, each
	// weighed on its own, when it asks a kind of fact the passages do
	// not give (see clauseAnswered).
	clauses []clause
	// otherWorks is set when the question asks what else someone wrote
	// than what the text cites of him, and no sentence naming him says
	// (see otherWorks).
	otherWorks bool
	// unconcluded is set when the question asks exactly what someone
	// concluded, and the text only says that he did (see
	// unstatedConclusion).
	unconcluded bool
	// undefined is set when the question asks only what a thing is that
	// the corpus names without defining or describing it (see
	// undefined).
	undefined bool
	// asks is which kinds of fact the question asks for, read once (see
	// asked).
	asks *asked
}

// support combines the evidence into one figure from 0 to 1.5: how much of
// the question the corpus knows at all, plus half the share of its words
// the best passage holds. Measured with the eval command, it parts
// questions the essay answers in other words ("perks" for "privileges")
// from questions about something else ("how do volcanoes form?") better
// than either part alone.
func (e evidence) support(p Params) float64 {
	if e.stems == 0 {
		return 0
	}
	return e.known + p.StandInKnown*e.standIn + p.CommonKnown*e.common + 0.5*float64(e.near)/float64(e.stems)
}

// commonness is how common a stem's words are in general English, from 0
// to 1: their count in WordNet's sense-tagged texts (see
// thesaurus.Tagged) on a log scale, 1 from commonTags on. A question put
// in everyday words the text does not use ("did he hate being
// worshipped") is no further from its subject for them; one put in the
// words of another subject ("volcano", "recipe") is. Its uses as a noun
// count for nounShare of its uses otherwise: a noun names what a
// question is about more often than a verb or an adjective does, yet a
// question framed in everyday nouns ("the line between X and Y", "the
// man who disagreed") is no further from its subject than one framed in
// everyday verbs.
//
// A word spelt the British way ("favour") is as common as its American
// spelling (see britishSpelt): the tagged texts are American, and "Did
// he favour levelling incomes?" read as put in words of another subject.
func commonness(s string) float64 {
	c := taggedCommonness(s)
	for _, t := range britishSpelt(s) {
		c = max(c, taggedCommonness(t))
	}
	return c
}

// taggedCommonness is commonness from stem s's own tags alone.
func taggedCommonness(s string) float64 {
	nouns, others := thesaurus.Tagged(s)
	used := float64(others) + nounShare*float64(nouns)
	if used == 0 {
		return 0
	}
	return min(1, math.Log1p(used)/math.Log1p(commonTags)) * used / float64(nouns+others)
}

// Everyday reports whether word w is among the commonest words of
// English, used some everydayTags times or more in WordNet's
// sense-tagged texts ("man", "thing", "way", "time"): any text may do
// without it, and a decline saying the text "never mentions “man”"
// tells the reader nothing of what it lacks.
func Everyday(w string) bool {
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return nouns+others >= everydayTags
}

// everydayTags is the tag count from which a word is an everyday one
// (see Everyday): "man" 1296, "time" 603, "world" 228; "wife" 121 and
// "navy" 10 are named.
const everydayTags = 200

// nounShare is how much a use of a word as a noun counts toward its
// commonness, against a use as a verb, adjective or adverb. Measured with
// the eval command over the essay's sets at the chosen minimum support,
// a quarter or more answered questions about other subjects ("What
// pension did a retired factory worker get?"), and less gave back fewer
// of the questions the text answers.
const nounShare = 0.15

// commonTags is the tag count from which a word counts as wholly common:
// about the hundred-thousandth part of the tagged texts ("hate" 59,
// "money" 92).
const commonTags = 50

// abstains reports whether the evidence is too thin for the corpus to
// count as addressing q under p's thresholds: the passage holds none of
// the question's words, the support (with p.SimilarityWeight times the
// cosine similarity of the vectors' nearest chunk) is below p.MinSupport,
// the noun it asks for is one the corpus lacks (see headStem), or the
// question is off the text's ground whatever its support: one of
// groundTests holds (see offGround).
func (e evidence) abstains(q *Query, p Params, similarity float64) bool {
	return e.declinedBy(q, p, similarity) != ""
}

// clauseAnswered reports whether a clause of a question asking two
// things (see asksBeside), weighed on its own against the same passages,
// is addressed: "What does X tell us, and in what year was X?" is
// answered for what X tells, though the text gives no year; "When did X
// die, and what was the cause?" is declined, neither clause being
// addressed.
func (e evidence) clauseAnswered(p Params) bool {
	return slices.ContainsFunc(e.clauses, func(c clause) bool {
		return !c.ev.abstains(c.q, p, 0) || c.own != nil && !c.own.abstains(c.q, p, 0)
	})
}

// clause is one clause of a question asking two things, and what the
// passages hold of it; own is what the passage that speaks of the clause
// best holds of it, when that is another.
type clause struct {
	q   *Query
	ev  evidence
	own *evidence
}

// clauses returns the clauses of q when it asks two things (see
// asksBeside), each weighed against passages; or nil.
func (r *Retriever) clauses(q *Query, passages []*essay.Passage) []clause {
	if !asksBeside(q) {
		return nil
	}
	before, after, _ := cutAt(q.Text, besideRe)
	m := besideRe.FindString(q.Text)
	// A second clause opening with its question word keeps it: "and in
	// what year was it" is the clause "in what year was it".
	if i := strings.LastIndexFunc(m, unicode.IsSpace); i >= 0 && !slices.Contains([]string{"and", "or", "but"}, strings.ToLower(strings.TrimSpace(m[i:]))) {
		after = strings.TrimLeft(m[strings.IndexFunc(m, unicode.IsSpace):], " ,;-–—") + after
		after = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(after), "and"))
		after = strings.TrimSpace(strings.TrimPrefix(after, "or"))
	}
	// "it" in the later clause is the thing the earlier names (see
	// withBackName).
	after = withBackName(before, after)
	var out []clause
	for _, text := range []string{before + "?", after} {
		cq, err := r.Analyse(text)
		// A clause stands on its own when it names what it asks about:
		// "what was the cause of his death?" and "what was the official
		// cause of death?" ask of what the other clause names, and are
		// addressed only as far as the question is.
		if err != nil || len(cq.Stems) == 0 || pointsBack(cq.Words) || !r.namesAny(cq) || r.asksOnlyWhich(cq) {
			continue
		}
		// Each clause is weighed against the passage that speaks of it
		// best as well: "When was X created, and what did the Xs do in
		// 1937?" is answered by one passage for when and by another for
		// what they did.
		c := clause{q: cq, ev: r.evidence(cq, passages)}
		if order := r.byPassage(r.Index.Lexical(cq.Stems, nil, coverageDepth)); len(order) > 0 {
			if p := r.Corpus.Passages[order[0]]; !slices.Contains(passages, p) {
				own := r.evidence(cq, []*essay.Passage{p})
				c.own = &own
			}
		}
		out = append(out, c)
	}
	return out
}

// namesAny reports whether q names something the corpus names (see
// nameRuns), or holds a word after its first typed in capitals, as a
// name, that the corpus holds: "When was the Lord Mayor's office
// created?" names what it asks about, though the text writes "first" in
// lower case elsewhere.
func (r *Retriever) namesAny(q *Query) bool {
	if len(r.nameRuns(q, q.Stems)) > 0 {
		return true
	}
	for s := range capitalStems(q.Text) {
		if r.Index.BM25.Has(s) && !terms.IsStopword(s) {
			return true
		}
	}
	return false
}

// asksOnlyWhich reports whether q names nothing but the kind of thing
// it asks which one of ("and by which congress?"; see askedKind): it
// asks for a congress, not of one, and points back to what the other
// clause names, as a pronoun does. A passage naming congresses does not
// answer it for that.
func (r *Retriever) asksOnlyWhich(q *Query) bool {
	runs := r.nameRuns(q, q.Stems)
	return len(askedKind(q, runs, r.adjacent)) > 0 && len(runs) == 0
}

// pointsBack reports whether a clause, given as its words, holds a
// pronoun pointing back to what another clause names (see
// backPronouns). One owning what follows it ("their own", "its own")
// after a word of the clause's own that is no stop word points to that
// word: "which states kept their own courts" names what "their" is.
func pointsBack(ws []string) bool {
	for i, w := range ws {
		if !backPronouns[w] {
			continue
		}
		owning := i+1 < len(ws) && ws[i+1] == "own"
		if !owning || !slices.ContainsFunc(ws[:i], func(b string) bool { return !terms.IsStopword(b) && !askers[b] }) {
			return true
		}
	}
	return false
}

// backPronouns point back to what another clause names.
var backPronouns = words("he", "his", "him", "she", "her", "it", "its", "they", "them", "their", "this", "that", "these", "those")

// besideRe finds where a question goes on to ask a second thing: "and"
// or "or" after a comma, or before a question word or an auxiliary
// ("..., and in what year was it?", "When was X made and could Y ...?").
var besideRe = lazyregexp.New(`(?i)(?:,|;|\s[-–—]\s)\s*(?:and|or|but)\s|\s(?:and|or)\s+(?:(?:in|on|at|for|from|by)\s+)?(?:what|when|where|who|whom|whose|which|how|why|did|does|do|is|was|were|are|could|can|would|should|has|had|have)\b`)

// asksBeside reports whether q asks a second thing beside its first
// ("What does X tell us, and in what year was X?"): a kind of fact that
// one clause asks for and the text does not give declines only that
// clause, not the question, whose other clause the text may answer.
func asksBeside(q *Query) bool {
	before, _, ok := cutAt(q.Text, besideRe)
	return ok && len(terms.Words(before)) >= besideWords
}

// besideWords is the fewest words the first clause of a question asking
// two things has ("When was X made, and ...").
const besideWords = 3

// cutAt cuts text around the first match of re.
func cutAt(text string, re *lazyregexp.Regexp) (before, after string, ok bool) {
	m := re.FindStringIndex(text)
	if m == nil {
		return text, "", false
	}
	return text[:m[0]], text[m[1]:], true
}

// evidence weighs the question's stems by BM25's IDF and their specificity
// against the given passages and the whole corpus. A stem the passages lack
// counts as near when they hold one of its related stems, or a word of
// the same concept (see kin).
func (r *Retriever) evidence(q *Query, passages []*essay.Passage) evidence {
	stems := q.Stems
	ev := evidence{stems: len(stems)}
	if len(stems) == 0 || len(passages) == 0 {
		return ev
	}
	ev.asks = asking(q)
	ev.quotes = r.quotesText(q)
	ev.relation, ev.relates, ev.mixed = r.relation(q)
	ev.unstated = r.unstatedPublication(q) != ""
	ev.unsaid = r.unsaidAbout(q) || r.neverReported(q)
	ev.unstatedNow = r.unstatedNow(q)
	ev.neverDoer = r.neverDoer(q)
	ev.untoldFate = r.untoldFate(q)
	ev.onlyTitled = r.askedOnlyTitled(q)
	top := map[string]bool{}
	for _, p := range passages {
		for _, s := range terms.Stems(p.Text()) {
			top[s] = true
		}
	}
	alike := r.soundsAlike(q, top)
	head := headStem(q)
	frame := r.askerFrame(q, passages)
	ev.strange = r.strangeHead(q) && !framedHead(q, frame, head) && !speechStems()[head] && !conveyed()[head] && !argued()[head] && alike[head] == "" && (!saidHead(q, head) || r.strange(q, aboutStem(q))) &&
		!((pageStems[head] || factKinds[head]) && r.citesPages())
	asked := askedWords(q)
	setting := placeSettings(q)
	lacks := func(n string) bool {
		// A name of common words the passage gives in other words
		// ("medieval" for "the Middle Ages") is no name the corpus
		// lacks.
		if r.commonHead(n, top) || r.commonRunIn(q, n, top) || r.namedOtherwise(q, n, top) {
			return false
		}
		return !r.givenName(q, n) && !soundsNamed(n, alike) && !setting[strings.ToLower(n)] && slices.ContainsFunc(strings.Fields(n), func(w string) bool { return asked[w] }) &&
			!r.textsOwnName(q, n)
	}
	unknown := append(slices.Clone(q.Names), r.namesUncapitalized(q)...)
	ev.names = slices.ContainsFunc(unknown, lacks)
	ev.lackedAsker = slices.ContainsFunc(unknown, func(n string) bool { return askerNamed(q, n) && lacks(n) })
	ev.unknownAcronym = r.unknownAcronym(q, alike)
	for _, p := range passages {
		if asksDay(q) {
			ev.day = ev.day || r.dates(q, p, dayRe)
		}
		if asksDate(q) || asksYears(q) || asksWhen(q) || q.AsksCount {
			ev.year = ev.year || r.dates(q, p, yearRe) || asksYears(q) && r.dates(q, p, decadeRe) || r.datesWriting(q)
			ev.time = ev.time || r.dates(q, p, timeRe) || r.datesWriting(q)
			ev.count = ev.count || r.dates(q, p, countRe) || asksTimes(q.Words) && r.dates(q, p, frequencyRe)
		}
		if asksName(q) {
			ev.name = ev.name || r.namesOther(q, p)
		}
		if asksAmount(q) {
			ev.amount = ev.amount || r.dates(q, p, moneyRe) || r.paysTold(q, p)
		}
		if asksCause(q) {
			ev.cause = ev.cause || r.causes(q, p)
		}
		if heldOver(q) != "" {
			ev.holder = ev.holder || r.namesHolder(q, p)
		}
		if asksDuration(q) {
			ev.duration = ev.duration || r.dates(q, p, durationRe)
		}
		if asksWhere(q) {
			ev.place = ev.place || r.places(q, p)
		}
		if asksHowTo(q) {
			ev.instructs = ev.instructs || instructs(p)
		}
	}
	ev.untitled = r.untitled(q)
	ev.citedYear = r.citedYear(q)
	ev.unauthored = unauthored(q, passages)
	ev.unnamed = unnamedDoer(q, passages)
	ev.unsucceeded = r.unsucceeded(q)
	ev.undefined = r.undefined(q)
	ev.otherWorks = r.otherWorks(q)
	ev.unconcluded = r.unstatedConclusion(q)
	ev.commonOfName = r.commonOfName(q) || r.lowerCommonOfName(q)
	ev.acronym = r.stopAcronym(q)
	if ev.unasked(q) {
		ev.clauses = r.clauses(q, passages)
	}
	// A named run the passage names in other words ("medieval" for "the
	// Middle Ages") is held.
	named, unnamed := map[string]bool{}, map[string]bool{}
	for _, run := range q.runs {
		if r.givenName(q, strings.Join(run, " ")) {
			continue
		}
		set := unnamed
		if r.namesRun(run, top) {
			set = named
		}
		for _, s := range run {
			set[s] = true
		}
	}
	tags := tagStems(q.Text)
	light := lightUses(q)
	// Stand-ins for the whole of what a cause is asked of count for
	// nothing (see framedOnly).
	seq, framed := r.framedOnly(q)
	// The thing whose cause is asked, a word the corpus lacks, is then
	// named only by the stand-ins that count for nothing: "What causes
	// inflation?" asks for a thing the text never names, however many
	// of its passages speak of an increase.
	if framed && head != "" && alike[head] == "" && !r.Index.BM25.Has(head) && !r.reaches(head) && !r.plainIn(head, r.Index.BM25.Has) {
		ev.strange = true
	}
	var total, found, near, known, standIn, common, name float64
	plain := false
	for i, s := range stems {
		// A verb of portraying the corpus lacks ("How does he
		// characterise X?") asks how the text puts X, and says nothing
		// of a subject the text lacks, as a kind word does.
		// A year offered to be checked is the asker's guess, not a word
		// of what he asks about (see offeredYears). A light verb says
		// nothing of what is asked (see lightUses), nor does the asker's
		// casting of it (see askerFrame).
		if r.chatWord(q, s) || light[s] || frame[s] || (kindWord(s) || portraying[s]) && !r.Index.BM25.Has(s) || tags[s] || q.offered[s] {
			ev.stems--
			continue
		}
		w := r.Index.BM25.IDF(s) * q.Specificity[i]
		total += w
		// A name spelt as it sounds is weighed as the passage's name it
		// stands for.
		if t, ok := alike[s]; ok {
			s = t
		}
		paired := framed && r.inUnwrittenPair(seq, s)
		switch {
		case paired:
			common += w * commonness(s)
		case r.Index.BM25.Has(s) || r.reaches(s):
			known += w
		case !framed && len(q.StandIns[s]) > 0 || r.plainIn(s, r.Index.BM25.Has):
			standIn += w
		default:
			common += w * commonness(s)
		}
		switch {
		case paired:
		case top[s] || r.demonymIn(s, top):
			found += w
			if !unnamed[s] {
				name += w
			}
			near += w
			ev.found++
			ev.near++
		case named[s]:
			name += w
			near += w
			ev.near++
		case r.plainIn(s, func(t string) bool { return top[t] }):
			plain = true
			near += w
			ev.near++
		case framed:
		case hasPrefixMatch(top, s) || slices.ContainsFunc(q.Related[s], func(t string) bool { return top[t] }) || r.kinIn(s, top):
			near += w
			ev.near++
		}
	}
	ev.foundNear = ev.near > 0 && (plain || r.asksTextNow(q))
	if total > 0 {
		ev.coverage, ev.known, ev.nearCoverage, ev.standIn = found/total, known/total, near/total, standIn/total
		ev.nameCoverage, ev.common = name/total, common/total
	}
	return ev
}

// quotesText reports whether q quotes, in quotation marks, a run of at
// least minQuotedWords words that a passage of the corpus holds as
// written, case and punctuation aside: "\"if it was theirs\" - what
// plan is he unsure belonged to them?" asks of the sentence it quotes,
// though its words are all words of grammar, which weigh nothing.
//
// A shorter quotation counts when it is a name of capitalized words the
// corpus writes so, case and all ("the title \"Lord Mayor\""):
// quoted as the text writes it, it is the text's term, not two words
// that meet by chance.
func (r *Retriever) quotesText(q *Query) bool {
	for _, qt := range quotations(q.Text) {
		quoted := qt.text
		if len(terms.Words(quoted)) < minQuotedWords && len(strings.Fields(quoted)) < minQuotedWords {
			if fs := strings.Fields(quoted); len(fs) >= 2 && allCapitalized(fs) && r.writes(strings.Join(fs, " ")) {
				return true
			}
			continue
		}
		if strings.Contains(r.lowerText(), " "+wordsOnly(quoted)+" ") {
			return true
		}
	}
	return false
}

// minQuotedWords is the fewest words a quotation must have for
// quotesText: two words stand together anywhere.
const minQuotedWords = 3

// wordsOnly returns text's words lower-cased, one space between them.
func wordsOnly(text string) string {
	var b strings.Builder
	writeWordsOnly(&b, text)
	return b.String()
}

// writeWordsOnly writes wordsOnly(text) to b, for a caller joining the
// words of many texts without a string and a slice for each.
func writeWordsOnly(b *strings.Builder, text string) {
	sep := ""
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		b.WriteString(sep)
		b.WriteString(w)
		sep = " "
	}
}

// asksTextNow reports whether q asks what the text or its author does,
// in the present tense ("What does the author say about X?", "Which
// topics does he flag?"; see ofTheText): the passage that answers it
// may speak of X in words of its own, holding none of the question's.
// Asked in the past ("who was the author married to"), it asks of his
// life, not of what the text says.
func (r *Retriever) asksTextNow(q *Query) bool {
	return !hasAny(q.Words, pastAuxiliaries) && r.ofTheText(q)
}

// pastAuxiliaries are the auxiliaries of a question asked in the past.
var pastAuxiliaries = words("was", "were", "did", "had")

// sceneRe finds where a question that first sets a scene goes on to ask:
// a dash set between spaces, or a comma and "but", before a question word
// or an auxiliary ("The Paris of the nineties ... - does the essay say
// ...?", "I always thought X, but does he say ...?"). "X, so what ...?"
// asks of X itself.
var sceneRe = lazyregexp.New(`(?i)(?:\s[-–—]+|,\s*but)\s+(?:what|what's|when|where|who|whom|whose|which|how|why|did|does|do|is|was|were|are|could|can|would|should|has|had|have)\b`)

// openingSceneRe finds a clause opening a question that sets a scene
// before the question proper, up to its comma: "While X were away
// fighting, how did Y behave?", "Although X, did Y ...?". What the
// clause names is the asker's premise, as a scene set before a dash is.
var openingSceneRe = lazyregexp.New(`(?i)^\s*(?:while|whilst|although|though)\s[^,?]+,\s*`)

// askedWords returns the words of what q asks, lower-cased: after the
// statements it opens with (see askingSentences) and the scene it sets,
// if it sets one (see sceneRe, openingSceneRe), or all its words. A
// name or a year of the scene ("I always thought that came later under
// Napoleon, but does he say when it started?") is the asker's premise:
// the text's silence on it is no silence on what is asked, unless what
// is asked is asked of "him", whom the premise names.
func askedWords(q *Query) map[string]bool {
	text := askingSentences(q.Text)
	if at := sceneRe.FindAllStringIndex(text, -1); len(at) > 0 {
		text = text[at[len(at)-1][0]:]
	} else if at := openingSceneRe.FindStringIndex(text); at != nil {
		text = text[at[1]:]
	}
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		out[strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })] = true
	}
	for _, w := range terms.Words(text) {
		out[w] = true
	}
	// "What became of him?" asks of the man the statements before it
	// name: "Jivago, I have read, was shot. What became of him?" asks of
	// Jivago, and the text's silence on him is silence on what is asked.
	if out["him"] {
		for _, n := range q.Names {
			for _, w := range strings.Fields(strings.ToLower(n)) {
				out[w] = true
			}
		}
	}
	return out
}

// tagStems returns the stems of the tags that end a question's sentences
// ("He admits he didn't do this research himself, yes?", "..., right?"),
// and of the answer's form it asks for ("Was he all-powerful, yes or
// no?", "True or false: ..."): the asker seeks agreement with what he
// states, or a verdict on it, and the tag says nothing the text could
// lack. Weighed as a word, "yes" declined the question.
func tagStems(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range tagRe.FindAllStringSubmatch(text, -1) {
		out[terms.Stem(strings.ToLower(m[1]))] = true
	}
	for _, m := range verdictFormRe.FindAllStringSubmatch(text, -1) {
		out[terms.Stem(strings.ToLower(m[1]))] = true
		out[terms.Stem(strings.ToLower(m[2]))] = true
	}
	return out
}

// tagRe finds a tag after a comma that ends a question.
var tagRe = lazyregexp.New(`(?i),\s*(yes|yeah|right|correct|true|ok|okay)\s*\?`)

// verdictFormRe finds the pair of verdicts a question offers its answer
// anywhere in it: "yes or no", "yes/no", "true or false".
var verdictFormRe = lazyregexp.New(`(?i)\b(yes|true)\s*(?:or|/)\s*(no|false)\b`)

// askingSentences returns text from its first sentence that asks a
// question, when statements come before it: "In the papers we read X
// was shot in December 1953. The author thinks differently?" asks what
// the author thinks; the statement is what the asker read, and the
// text's silence on its names and years is no silence on what is asked.
func askingSentences(text string) string {
	for _, sp := range sentence.Split(text) {
		if sentence.IsQuestion(text[sp.Start:sp.End]) {
			return text[sp.Start:]
		}
	}
	return text
}

// askedYears reports whether what q asks (see askedWords) names a year
// or a decade the text never reaches (see Query.Years).
func askedYears(q *Query) bool {
	if len(q.Years) == 0 {
		return false
	}
	asked := askedWords(q)
	for w := range asked {
		if d := decadeWords[w]; d != "" {
			asked[d] = true
		}
	}
	return slices.ContainsFunc(q.Years, func(y string) bool { return asked[y] })
}

// chatWord reports whether stem s of q is a word of chat ("ppl", "nah",
// "idk"): at most chatLetters letters, typed in lower case, known neither
// to the corpus nor to WordNet. It abbreviates or interjects, and says
// nothing the corpus could lack: weighed as a word the corpus does not
// know, it declined "was he the boss or nah". A short name typed in
// capitals is a name, weighed as such. Texting's spellings of words of
// grammar ("smth", "bout") are chat too, however long (see shorthand).
func (r *Retriever) chatWord(q *Query, s string) bool {
	typed := strings.FieldsFunc(q.Asked, func(c rune) bool { return !unicode.IsLetter(c) })
	if shorthand[s] && !r.Index.BM25.Has(s) {
		return slices.Contains(typed, s)
	}
	if len(s) > chatLetters || r.Index.BM25.Has(s) || thesaurus.Senses(s) > 0 {
		return false
	}
	return slices.Contains(typed, s)
}

// shorthand holds texting's spellings of words of grammar: "is he writing
// smth else bout X" asks what "is he writing something else about X"
// does. Weighed as words the corpus lacks ("bout" is a fight to WordNet),
// they declined questions the text answers. The list is general English.
var shorthand = map[string]bool{
	"smth": true, "sth": true, "smthg": true, "bout": true, "abt": true,
	"cuz": true, "coz": true, "bc": true, "bcuz": true, "tho": true,
	"thru": true, "rly": true, "srsly": true, "wht": true, "wot": true,
	"sb": true, "smb": true,
}

// chatLetters is the most letters a word of chat has (see chatWord).
const chatLetters = 3

// commonRunIn reports whether name n of q is one of its names made of
// common words (Query.runs) that stems name only in other words, a word
// of its own concept (see namesRun). A passage holding a word of the
// name itself ("Webster" for "Daniel Webster") is weighed as the name's
// coverage says, not as naming it.
func (r *Retriever) commonRunIn(q *Query, n string, stems map[string]bool) bool {
	run := terms.Stems(n)
	return slices.ContainsFunc(q.runs, func(rn []string) bool { return slices.Equal(rn, run) }) &&
		!slices.ContainsFunc(run, func(s string) bool { return stems[s] }) && r.namesRun(run, stems)
}

// demonymIn reports whether stems hold the adjective of the place stem s
// names, or the place an adjective s is made from (see demonyms): a
// passage telling of "the Peruvian silver mines" holds what "what
// does Peru have to do with it" names, as a passage naming the place
// would.
func (r *Retriever) demonymIn(s string, stems map[string]bool) bool {
	return slices.ContainsFunc(r.demonyms(s), func(t string) bool { return stems[t] })
}

// hasPrefixMatch reports whether set holds a stem that shares its first
// prefixMatch letters with s.
func hasPrefixMatch(set map[string]bool, s string) bool {
	if len(s) < prefixMatch {
		return false
	}
	for t := range set {
		if len(t) >= prefixMatch && t[:prefixMatch] == s[:prefixMatch] {
			return true
		}
	}
	return false
}

// placeSettings returns the names of places, lower-cased, in which q sets
// what it asks: a place after "in" or another word placing it (see
// placing), and a name joined to one by "or" or "and" ("Is voting in
// America or Europe democratic?"). A place the question sets its question in is
// no thing it asks of: the text may answer of voting in general,
// without naming the place.
func placeSettings(q *Query) map[string]bool {
	out := map[string]bool{}
	ws := q.Words
	for i := 1; i < len(ws); i++ {
		joined := i >= 2 && out[ws[i-2]] && (ws[i-1] == "or" || ws[i-1] == "and")
		if placing[ws[i-1]] && thesaurus.Place(terms.Stem(ws[i])) || joined && thesaurus.Proper(terms.Stem(ws[i])) {
			out[ws[i]] = true
		}
	}
	return out
}

// stopAcronym reports whether q types wholly in capitals a word of two
// letters or more that reads as a stop word in lower case ("US", "IT"),
// in a question not typed wholly in capitals, and the corpus never
// writes that word so: the asker names something (a country, a
// trade), as with any acronym (see Query.Acronym), and the text, never
// naming it, does not discuss it. Read as "us", it weighs nothing, and
// "Who won the 1936 US presidential election?" met a text giving 1936
// and elections. Only a pronoun that also stands for a country or a
// trade counts (acronymStops): other stop words are typed in capitals
// for emphasis ("what will NOT solve the problem?"). Typed with full
// stops ("U.S.") it counts too (see dottedAcronym), and a corpus writing
// the capitalized words it stands for ("United States") names it.
func (r *Retriever) stopAcronym(q *Query) bool {
	if r.dottedAcronym(q) {
		return true
	}
	if q.Text == strings.ToUpper(q.Text) {
		return false
	}
	for _, f := range strings.FieldsFunc(q.Text, func(c rune) bool { return !unicode.IsLetter(c) }) {
		if len(f) < 2 || f != strings.ToUpper(f) || !acronymStops[strings.ToLower(f)] {
			continue
		}
		if !r.writes(f) && !r.capitalsOf(f) {
			return true
		}
	}
	return false
}

// dottedAcronym reports whether q types with a full stop after each
// capital ("U.S.") a stop word that names a country (see acronymStops),
// and the corpus writes it neither so, nor without the stops, nor as the
// capitalized words it stands for (see capitalsOf): read as words, the
// letters were split apart and weighed nothing, and "Who won the 1936
// U.S. presidential election?" met a text giving 1936 and elections, as
// "US" did before stopAcronym. Stops before a capitalized word are a
// person's initials ("U.S. Grant"), whom the name after them names.
func (r *Retriever) dottedAcronym(q *Query) bool {
	for _, m := range dottedRe.FindAllStringIndex(q.Text, -1) {
		if before, _ := utf8.DecodeLastRuneInString(q.Text[:m[0]]); unicode.IsLetter(before) || before == '.' {
			continue
		}
		form := q.Text[m[0]:m[1]]
		if rest := strings.TrimLeft(q.Text[m[1]:], " "); rest != "" {
			if c, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(c) {
				continue
			}
		}
		letters := strings.ReplaceAll(form, ".", "")
		if acronymStops[strings.ToLower(letters)] && !r.writes(form) && !r.writes(letters) && !r.capitalsOf(letters) {
			return true
		}
	}
	return false
}

// capitalsOf reports whether a passage of the corpus writes
// capitalized words one after another, no stop between them, whose
// initials are letters ("United States" for "U.S."): spelledOut reads no
// acronym of two letters, which begin pairs of words in lower case too
// often. The answer is kept for the corpus (see capitalRuns): it reads
// every passage, and eval asks it of each question typing "US".
func (r *Retriever) capitalsOf(letters string) bool {
	key := strings.ToLower(letters)
	c := &r.capitals
	c.mu.Lock()
	defer c.mu.Unlock()
	if has, ok := c.of[key]; ok {
		return has
	}
	if c.of == nil {
		c.of = map[string]bool{}
	}
	c.of[key] = r.writesCapitalsOf([]rune(key))
	return c.of[key]
}

// writesCapitalsOf reports whether a passage of the corpus writes
// capitalized words, no stop between them, whose initials are want (see
// capitalsOf).
func (r *Retriever) writesCapitalsOf(want []rune) bool {
	for _, p := range r.Corpus.Passages {
		fields := strings.Fields(p.Text())
		for i := 0; i+len(want) <= len(fields); i++ {
			run := fields[i : i+len(want)]
			if initials(run, want) && allCapitalized(run) && !slices.ContainsFunc(run[:len(run)-1], endsInStop) {
				return true
			}
		}
	}
	return false
}

// capitalRuns holds, by its lower-cased letters, whether the corpus
// writes the capitalized words an acronym stands for (see capitalsOf).
type capitalRuns struct {
	mu sync.Mutex
	of map[string]bool
}

// endsInStop reports whether a word as written ends in a mark that
// parts it from the next ("States." before "They").
func endsInStop(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return !unicode.IsLetter(last)
}

// dottedRe finds an acronym typed with a full stop after each of two or
// more capitals.
var dottedRe = lazyregexp.New(`(?:\p{Lu}\.){2,}`)

// acronymStops are the stop words that, typed in capitals, name
// something: "US", "IT", "ME" (a state).
var acronymStops = words("us", "it", "me")

// writes reports whether a passage of the corpus holds word w as typed,
// case and all, as a word of its own.
func (r *Retriever) writes(w string) bool {
	for _, p := range r.Corpus.Passages {
		text := p.Text()
		for i := strings.Index(text, w); i >= 0; {
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[i+len(w):])
			if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
				return true
			}
			next := strings.Index(text[i+1:], w)
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	return false
}

// proForms are the adverbs that stand for a place, a time or a manner
// without naming one ("anywhere", "somehow"): words of grammar, like
// stop words, neither searched nor weighed (see Analyse). "Does he
// admit the archives give different figures anywhere?" asks no more
// than without "anywhere", and weighed as a word the corpus lacks, it
// declined the question; "Does he admit his own bias anywhere?", its
// other words all framing a question of his stance, was left with
// "anywhere" alone to search.
var proForms = []string{"anywhere", "everywhere", "somewhere", "nowhere", "anyhow", "somehow", "anyway", "anyways"}

// proFormStems returns the stems of proForms.
var proFormStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range proForms {
		out[terms.Stem(w)] = true
	}
	return out
})

// askerNamed reports whether name n opens the subject of what q asks,
// right after "what did", "how did" or "why did" (a "the" between), or
// after a "what" inside the question ("tell me what Jivagan leaders
// thought of it"): the question asks what they thought, said or did. A
// text that never names them does not say, however many of the other
// words its passage holds ("leaders", "thought", the thing thought of).
func askerNamed(q *Query, n string) bool {
	first := strings.ToLower(strings.Fields(n)[0])
	ws := q.Words
	for i, w := range ws {
		if w != first {
			continue
		}
		j := i - 1
		if j >= 0 && ws[j] == "the" {
			j--
		}
		switch {
		case j >= 1 && (ws[j] == "did" || ws[j] == "do" || ws[j] == "does") && (ws[j-1] == "what" || ws[j-1] == "how" || ws[j-1] == "why"):
			return true
		case j >= 1 && ws[j] == "what":
			return true
		}
	}
	return false
}
