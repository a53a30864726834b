package retrieve

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/index"
	"studyguide/internal/lazyregexp"
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

// yearRe finds a year of the last two millennia.
var yearRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]{2}\b`)

// timeRe finds a time: a year, a decade ("the '30s", "the 1920s"), a
// month, or a word placing something in time against something else
// ("after his death", "during the Revolution").
var timeRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]{2}s?\b|'[0-9]0s\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|[Cc]entury|[Aa]fter|[Bb]efore|[Dd]uring|[Uu]ntil|[Ss]ince)\b`)

// countRe finds a count: a number in digits or in words.
var countRe = lazyregexp.New(`\b[0-9]+\b|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Hh]undreds?|[Tt]housands?|[Mm]illions?|[Dd]ozens?|[Hh]alf|[Tt]wice|[Oo]nce|[Pp]ercent)\b`)

// evidence is what the best passage holds of a question.
type evidence struct {
	// stems is how many content stems the question has.
	stems int
	// found counts the stems the passage holds; near counts those it holds
	// up to a shared prefix or through a related stem.
	found, near int
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
	// name is set when a sentence of the passage holding what the
	// question asks a name of names someone or something it does not
	// (see namesOther); read only for a question asking a name.
	name bool
	// relation is the share of what the question asks of the things it
	// names that the text says beside them, when relates is set: the
	// question asks something of a thing the corpus names (see relation).
	relation float64
	relates  bool
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
	// unsaidAbout).
	unsaid bool
	// untitled is set when the question asks the title of a work of
	// someone the corpus names, and no sentence naming him gives one
	// (see titles).
	untitled bool
	// amount is set when a sentence of the passage holding what the
	// question asks a sum of money of gives one (see moneyRe); read only
	// for a question asking how much something cost or paid (see
	// asksAmount).
	amount bool
	// citedYear is set when the question names a year the corpus gives
	// only as a citation's date, and no citation giving it holds another
	// of the question's words (see citedYear).
	citedYear bool
	// unauthored is set when the question asks who wrote or said the
	// words it quotes, and the passage quotes them naming no one beside
	// them (see unauthored).
	unauthored bool
	// clauses are the clauses of a question asking two things, each
	// weighed on its own, when it asks a kind of fact the passages do
	// not give (see clauseAnswered).
	clauses []clause
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
// words of another subject ("volcano", "recipe") is.
func commonness(s string) float64 {
	nouns, others := thesaurus.Tagged(s)
	if others == 0 {
		return 0
	}
	return min(1, math.Log1p(float64(others))/math.Log1p(commonTags)) * float64(others) / float64(nouns+others)
}

// commonTags is the tag count from which a word counts as wholly common:
// about the hundred-thousandth part of the tagged texts ("hate" 59,
// "money" 92).
const commonTags = 50

// abstains reports whether the evidence is too thin for the corpus to
// count as addressing q under p's thresholds: the passage holds none of
// the question's words, the support (with p.SimilarityWeight times the
// cosine similarity of the vectors' nearest chunk) is below p.MinSupport,
// or the question names something the corpus never mentions and the
// passage holds less than p.NameCoverage of its weight.
//
// Some questions are declined outright: one that names something in
// capitals the corpus never mentions ("What did he think of the NEP?"),
// one that names a year the text never reaches, one that asks when, in
// what year or how many when no sentence of the passage gives it for
// what is asked about, and one that asks a fact of something the text
// names when no sentence naming it holds p.RelationCoverage of what is
// asked (see relation: "How did X die?" of a text naming X in passing).
func (e evidence) abstains(q *Query, p Params, similarity float64) bool {
	return e.found == 0 || e.support(p)+p.SimilarityWeight*similarity < p.MinSupport || e.strange || e.offGround(q, p)
}

// offGround reports whether the question is off the text's ground whatever
// its words' support: it names something the corpus never mentions and
// the passage holds less than p.NameCoverage of its weight, the name
// aside; it names something in capitals, or a year the corpus never
// reaches; or it asks in what year, when, or how many, and no sentence
// of the passage holding what is asked about gives a year, a time, or a
// number (see dates); or it asks something of a thing the corpus names
// that no sentence naming it says (see relation); or it asks a fact of
// publication the corpus never states (see unstatedPublication).
func (e evidence) offGround(q *Query, p Params) bool {
	return e.names && e.nameCoverage < p.NameCoverage || q.Acronym || askedYears(q) || e.citedYear || e.unstated || e.unsaid ||
		e.unasked(q) && !e.clauseAnswered(p) ||
		e.relates && e.relation < p.RelationCoverage
}

// unasked reports whether q asks for a kind of fact (a year, a time, a
// number, a place, a length of time, a day, a name) that no sentence of
// the passage holding what is asked about gives.
func (e evidence) unasked(q *Query) bool {
	return e.untitled || e.unauthored || asksAmount(q) && !e.amount || asksDate(q) && !e.year || asksWhere(q) && !e.place || asksDuration(q) && !e.duration || asksDay(q) && !e.day || asksWhen(q) && !e.time || q.AsksCount && !e.count || asksName(q) && !e.name
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
	var out []clause
	for _, text := range []string{before + "?", after} {
		cq, err := r.Analyse(text)
		// A clause stands on its own when it names what it asks about:
		// "what was the cause of his death?" and "what was the official
		// cause of death?" ask of what the other clause names, and are
		// addressed only as far as the question is.
		if err != nil || len(cq.Stems) == 0 || hasAny(cq.Words, backPronouns) || !r.namesAny(cq) {
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
// name, that the corpus holds: "When was the First Secretary post
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
	ev.relation, ev.relates = r.relation(q)
	ev.unstated = r.unstatedPublication(q) != ""
	ev.unsaid = r.unsaidAbout(q)
	top := map[string]bool{}
	for _, p := range passages {
		for _, s := range terms.Stems(p.Text()) {
			top[s] = true
		}
	}
	alike := r.soundsAlike(q, top)
	ev.strange = r.strangeHead(q) && !speechStems()[headStem(q)] && alike[headStem(q)] == ""
	asked := askedWords(q)
	ev.names = slices.ContainsFunc(q.Names, func(n string) bool {
		return !r.givenName(q, n) && !soundsNamed(n, alike) && slices.ContainsFunc(strings.Fields(n), func(w string) bool { return asked[w] })
	})
	for _, p := range passages {
		if asksDay(q) {
			ev.day = ev.day || r.dates(q, p, dayRe)
		}
		if asksDate(q) || asksWhen(q) || q.AsksCount {
			ev.year = ev.year || r.dates(q, p, yearRe)
			ev.time = ev.time || r.dates(q, p, timeRe)
			ev.count = ev.count || r.dates(q, p, countRe)
		}
		if asksName(q) {
			ev.name = ev.name || r.namesOther(q, p)
		}
		if asksAmount(q) {
			ev.amount = ev.amount || r.dates(q, p, moneyRe)
		}
		if asksDuration(q) {
			ev.duration = ev.duration || r.dates(q, p, durationRe)
		}
		if asksWhere(q) {
			ev.place = ev.place || r.places(q, p)
		}
	}
	ev.untitled = r.untitled(q)
	ev.citedYear = r.citedYear(q)
	ev.unauthored = unauthored(q, passages)
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
	var total, found, near, known, standIn, common, name float64
	for i, s := range stems {
		if r.chatWord(q, s) {
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
		switch {
		case r.Index.BM25.Has(s) || r.reaches(s):
			known += w
		case len(q.StandIns[s]) > 0 || r.plainIn(s, r.Index.BM25.Has):
			standIn += w
		default:
			common += w * commonness(s)
		}
		switch {
		case top[s]:
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
		case hasPrefixMatch(top, s) || slices.ContainsFunc(q.Related[s], func(t string) bool { return top[t] }) || r.kinIn(s, top) ||
			r.plainIn(s, func(t string) bool { return top[t] }):
			near += w
			ev.near++
		}
	}
	if total > 0 {
		ev.coverage, ev.known, ev.nearCoverage, ev.standIn = found/total, known/total, near/total, standIn/total
		ev.nameCoverage, ev.common = name/total, common/total
	}
	return ev
}

// sceneRe finds where a question that first sets a scene goes on to ask:
// a dash set between spaces, or a comma and "but", before a question word
// or an auxiliary ("The Russia of the nineties ... - does the essay say
// ...?", "I always thought X, but does he say ...?"). "X, so what ...?"
// asks of X itself.
var sceneRe = lazyregexp.New(`(?i)(?:\s[-–—]+|,\s*but)\s+(?:what|what's|when|where|who|whom|whose|which|how|why|did|does|do|is|was|were|are|could|can|would|should|has|had|have)\b`)

// askedWords returns the words of what q asks, lower-cased: after the
// scene it sets, if it sets one (see sceneRe), or all its words. A name
// or a year of the scene ("I always thought that came later under
// Brezhnev, but does he say when it started?") is the asker's premise:
// the text's silence on it is no silence on what is asked.
func askedWords(q *Query) map[string]bool {
	text := q.Text
	if at := sceneRe.FindAllStringIndex(text, -1); len(at) > 0 {
		text = text[at[len(at)-1][0]:]
	}
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		out[strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })] = true
	}
	for _, w := range terms.Words(text) {
		out[w] = true
	}
	return out
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

// soundsNamed reports whether every word of name, one of Query.Names,
// that the corpus lacks sounds like a name of the best passage (see
// soundsAlike): "Komuna" of a passage naming the Commune.
func soundsNamed(name string, alike map[string]string) bool {
	if len(alike) == 0 {
		return false
	}
	for _, w := range strings.Fields(name) {
		s := terms.Stem(w)
		if _, ok := alike[s]; !ok {
			return false
		}
	}
	return true
}

// reaches reports whether stem s is a decade the corpus writes another
// way: "the 1920's" is read as the year "1920", which a text speaking of
// "the 1920s" does not hold as a word. A decade the text only reaches
// by one of its years is not known for that: "How much did a worker earn
// in the 1930s?" asks of a time a text dating one event to 1936 does not
// speak of. A decade in words ("the twenties") is read as in figures.
func (r *Retriever) reaches(s string) bool {
	if d, ok := decadeStems[s]; ok {
		if r.Index.BM25.Has(terms.Stem(d)) {
			return true
		}
		s = d
	}
	if !yearWordRe.MatchString(s) {
		return false
	}
	if decade, ok := strings.CutSuffix(s, "s"); ok {
		return r.Index.BM25.Has(decade)
	}
	return strings.HasSuffix(s, "0") && r.Index.BM25.Has(terms.Stem(s+"s"))
}

// asksWhen reports whether q asks when: it opens with "When", and that is
// no clause placing the question asked after it in time ("When the old
// minister was talking to a journalist, what was he worried about?": see
// openingClause).
func asksWhen(q *Query) bool {
	return q.AsksWhen && openingClause(q.Text) == ""
}

// openingClause returns the clause a question opens with before a comma
// or a dash, when a question word or an auxiliary follows it ("When X did Y, how was
// Z treated?", "If X, why Y?"): a clause that sets the scene for what is
// asked; or "". A clause asking itself ("When did X die, what killed
// him?") sets no scene: an auxiliary follows its first word.
func openingClause(text string) string {
	before, after, ok := cutAt(text, clauseEndRe)
	if !ok {
		return ""
	}
	// The opening clause is read word for word, "I" and all: "When I
	// was young, ..." sets a scene, "When was X, ..." asks.
	ws, opening := terms.Words(after), strings.Fields(strings.ToLower(before))
	if len(ws) == 0 || !askers[ws[0]] || len(opening) < 2 || askers[opening[1]] {
		return ""
	}
	return before
}

// clauseEndRe finds where an opening clause ends: a comma, or a dash
// set between spaces ("When I was young we read of X - does the text say
// ...?").
var clauseEndRe = lazyregexp.New(`,|\s[-–—]+\s`)

// askers open a question: question words and the auxiliaries that open
// one asking yes or no.
var askers = words("what", "who", "whom", "whose", "which", "why", "how", "where", "when",
	"did", "does", "do", "is", "was", "were", "are", "can", "could", "would", "should", "has", "had", "have")

// asksDate reports whether q asks in what year or on what date: as
// Query.AsksYear, or with a word between ("On what exact date ...?",
// "In which calendar year ...?").
func asksDate(q *Query) bool {
	if q.AsksYear {
		return true
	}
	ws := q.Words
	for i := 2; i < len(ws); i++ {
		if (ws[i] == "year" || ws[i] == "date") && (ws[i-2] == "what" || ws[i-2] == "which") && !terms.IsStopword(ws[i-1]) {
			return true
		}
	}
	return false
}

// dayRe finds a day of a month: "March 17", "17 March", "the 5th of
// March".
var dayRe = lazyregexp.New(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\.? [0-3]?[0-9]\b|\b[0-3]?[0-9](?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// asksDay reports whether q asks on what day or date something happened
// ("What day did he die?", "On which exact day ...?", "what is the exact
// date he died?"): a year does not answer it, nor a month alone. A date
// is a day of a month; "in what year" asks no date.
func asksDay(q *Query) bool {
	ws := q.Words
	for i := 1; i < len(ws); i++ {
		if ws[i] != "day" && ws[i] != "date" {
			continue
		}
		// "what", "which" before, with at most one word of content
		// between ("what is the exact date").
		content := 0
		for j := i - 1; j >= 0 && i-j <= dayGap; j-- {
			if ws[j] == "what" || ws[j] == "which" {
				return true
			}
			if !terms.IsStopword(ws[j]) {
				if content++; content > 1 {
					break
				}
			}
		}
	}
	return false
}

// dayGap is how far before "day" or "date" the word asking it may stand
// ("what is the exact date").
const dayGap = 4

// givenName reports whether name, one of q.Names, is a given name or
// title of someone the corpus names: each of its words stands in the
// question just before a name the corpus writes ("Charles Darwin" of a
// text that says "Darwin"), or it holds such a name itself ("Charles
// Darwin" as one run). The question asks of the text's own Darwin, not of someone it
// never mentions.
func (r *Retriever) givenName(q *Query, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if slices.ContainsFunc(ws, func(w string) bool { return r.writesName(terms.Stem(w)) }) {
		return true
	}
	for _, w := range ws {
		i := slices.Index(q.Words, w)
		for i >= 0 && i+1 < len(q.Words) && slices.Contains(ws, q.Words[i+1]) {
			i++
		}
		if i < 0 || i+1 >= len(q.Words) || !r.writesName(terms.Stem(q.Words[i+1])) {
			return false
		}
	}
	return len(ws) > 0
}

// writesName reports whether the corpus writes stem s as a name the
// dictionary knows only as a name, or not at all (see nameStem, named).
func (r *Retriever) writesName(s string) bool {
	return r.Index.BM25.Has(s) && nameStem(s) && r.named(s)
}

// nameRe finds a question asking a name: "What was the name of X?",
// "What's the author's name?".
var nameRe = lazyregexp.New(`(?i)\bthe name of\b|['’]s name\b`)

// asksName reports whether q asks the name of someone or something.
func asksName(q *Query) bool {
	return nameRe.MatchString(q.Text)
}

// namesOther reports whether a sentence of passage p holds, or holds
// near, a word of what q asks the name of (see dates) and a word
// capitalized after its first that q does not hold: a name it gives. A
// text that tells of "the jailer" and never names him does not answer
// "What was the jailer's name?".
func (r *Retriever) namesOther(q *Query, p *essay.Passage) bool {
	subject := q.Subject
	if len(subject) == 0 {
		subject = q.Stems
	}
	subject = slices.DeleteFunc(slices.Clone(subject), func(s string) bool { return s == "name" })
	// The name of a person ("the man", "the jailer") is a person's:
	// "Christianity" in the sentence does not give it.
	asked, person := map[string]bool{}, false
	for _, w := range q.Words {
		asked[terms.Stem(w)] = true
		person = person || !terms.IsStopword(w) && thesaurus.Person(w)
	}
	for _, s := range q.Stems {
		asked[s] = true
	}
	for _, sn := range p.Sentences {
		held := words(terms.Stems(sn.Text)...)
		if len(subject) > 0 && !slices.ContainsFunc(subject, func(s string) bool { return r.heldNear(q, s, held) }) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			s := terms.Stem(strings.ToLower(w))
			if !asked[s] && !terms.IsStopword(s) && (!person || thesaurus.Person(w) || thesaurus.Senses(s) == 0) {
				return true
			}
		}
	}
	return false
}

// givenNames returns the words of a sentence capitalized after its first
// word, leaving out those that open a quotation or a clause after a colon
// ("the jailer said, \"Come, boys\""): capitalized as its first word, not
// as a name.
func givenNames(text string) []string {
	var out []string
	prev := '.'
	start := -1
	for i, c := range text + " " {
		if unicode.IsLetter(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := text[start:i]
			first, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(first) && !strings.ContainsRune("\"“‘'(:;.!?[", prev) {
				out = append(out, w)
			}
			start = -1
			prev = 'a'
		}
		if !unicode.IsSpace(c) {
			prev = c
		}
	}
	return out
}

// chatWord reports whether stem s of q is a word of chat ("ppl", "nah",
// "idk"): at most chatLetters letters, typed in lower case, known neither
// to the corpus nor to WordNet. It abbreviates or interjects, and says
// nothing the corpus could lack: weighed as a word the corpus does not
// know, it declined "was he the boss or nah". A short name typed in
// capitals is a name, weighed as such.
func (r *Retriever) chatWord(q *Query, s string) bool {
	if len(s) > chatLetters || r.Index.BM25.Has(s) || thesaurus.Senses(s) > 0 {
		return false
	}
	typed := strings.FieldsFunc(q.Asked, func(c rune) bool { return !unicode.IsLetter(c) })
	return slices.Contains(typed, s)
}

// durationRe finds a length of time: a number or a count word, and a
// unit of time ("one night", "3 years", "a few months", "half an hour").
var durationRe = lazyregexp.New(`(?i)\b(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a|an|few|several|many|some)\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?|centuries)\b`)

// asksDuration reports whether q asks how long something lasted or how
// old someone was: a year or a count of other things does not answer it
// ("How long did the speech last?" of a text giving only the year it
// was made).
func asksDuration(q *Query) bool {
	for i := 1; i < len(q.Words); i++ {
		if q.Words[i-1] == "how" && (q.Words[i] == "long" || q.Words[i] == "old") {
			return true
		}
	}
	return false
}

// asksWhere reports whether q asks where someone was born, lived, worked
// or died (see placedVerbs): only a passage naming a place beside it
// answers it. Other questions asking where ("Where can I read the full
// text?", "Where does the phrase come from?") are answered by a source
// or a cause as well as by a place.
//
// The verb must follow "where" with at most placedGap content words
// between, as its own verb: "Where does he get the idea that X's papers
// were destroyed after he died?" asks for a source, not a place of death.
func asksWhere(q *Query) bool {
	if asksSchool(q.Words) {
		return true
	}
	if len(q.Words) < 2 || q.Words[0] != "where" || openingClause(q.Text) != "" {
		return false
	}
	between := 0
	for _, w := range q.Words[1:] {
		switch {
		case placedVerbs[w]:
			return true
		case !terms.IsStopword(w):
			between++
		}
		if between > placedGap {
			return false
		}
	}
	return false
}

// asksSchool reports whether ws ask at what school someone teaches,
// works or studies: "what university does X teach at", "which college
// did he study at". It asks a place as "where" does.
func asksSchool(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if schools[ws[i]] && (ws[i-1] == "what" || ws[i-1] == "which") {
			return slices.ContainsFunc(ws[i+1:], func(w string) bool { return placedVerbs[w] })
		}
	}
	return false
}

// placedGap is how many content words may stand between "where" and the
// verb it asks of ("Where was the author of this essay born?").
const placedGap = 3

// placedVerbs say where a person is: born, living, working, teaching,
// studying, dying, buried.
var placedVerbs = words("born", "live", "lives", "lived", "living", "work", "works", "worked", "working",
	"teach", "teaches", "taught", "teaching", "study", "studies", "studied", "die", "died", "buried", "grew", "raised")

// places reports whether a sentence of passage p holds, or holds near, a
// placed verb of q (see asksWhere) and names a place: a capitalized word
// after its first whose commonest sense is a place ("Moscow", "New
// Jersey"), or a school ("University"). "... has a lot to teach future
// generations" does not say where its author teaches.
func (r *Retriever) places(q *Query, p *essay.Passage) bool {
	var verbs []string
	for _, w := range q.Words {
		if placedVerbs[w] {
			verbs = append(verbs, terms.Stem(w))
		}
	}
	for _, sn := range p.Sentences {
		held := words(terms.Stems(sn.Text)...)
		if !slices.ContainsFunc(verbs, func(s string) bool { return r.heldNear(q, s, held) }) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			lower := strings.ToLower(w)
			if schools[lower] || thesaurus.Place(terms.Stem(lower)) {
				return true
			}
		}
	}
	return false
}

// schools name a place of teaching or study.
var schools = words("university", "college", "school", "institute", "academy", "seminary")

// chatLetters is the most letters a word of chat has (see chatWord).
const chatLetters = 3

// dates reports whether a sentence of passage p both gives what re finds
// (a year, a time, a count: see gives) and holds, or holds near, a word
// of what q asks it of: one of q.Subject, or of its stems when it has
// none. A time in another sentence is not the time asked for: "When did
// X die?" is not answered by a passage that names X and, elsewhere, a
// year.
func (r *Retriever) dates(q *Query, p *essay.Passage, re *lazyregexp.Regexp) bool {
	subject := q.Subject
	if len(subject) == 0 {
		subject = q.Stems
	}
	// A count of what a name the corpus gives is made of ("How many
	// people were executed in the Night of the Long Knives?") is a count
	// of its other words: a citation of the name gives pages, not people.
	if re == countRe {
		names := r.nameRuns(q, subject)
		if own := slices.DeleteFunc(slices.Clone(subject), func(s string) bool { return names[s] > 0 }); len(own) > 0 {
			subject = own
		}
	}
	about := func(held map[string]bool) bool {
		return slices.ContainsFunc(subject, func(s string) bool { return r.heldNear(q, s, held) })
	}
	own := map[string]bool{}
	for _, w := range q.Words {
		own[w] = true
	}
	for _, sn := range p.Sentences {
		if !re.MatchString(sn.Text) {
			continue
		}
		held := words(terms.Stems(sn.Text)...)
		if about(held) && gives(re, sn.Text, own, func(w string) bool { return about(map[string]bool{terms.Stem(w): true}) }) {
			return true
		}
	}
	return false
}

// gives reports whether text holds a match of re that gives a time or a
// count, about telling whether a word is of what is asked. A match the
// question itself holds, own, gives nothing it did not know: "On what
// date was the 1936 Constitution adopted?" is not answered by a sentence
// whose only year is the 1936 of the Constitution's name. Two matches
// give none either:
//
//   - a word placing something against what is asked ("after his death",
//     "during the Revolution"): it dates something else by it, and "When
//     did he die?" is not answered by "created after his death";
//   - "one" as a pronoun ("one of the charges", "the one that had no
//     Party"): no count.
func gives(re *lazyregexp.Regexp, text string, own map[string]bool, about func(word string) bool) bool {
	for _, m := range re.FindAllStringIndex(text, -1) {
		if own[strings.ToLower(text[m[0]:m[1]])] {
			continue
		}
		after := terms.Words(text[m[1]:])
		before := terms.Words(text[:m[0]])
		switch strings.ToLower(text[m[0]:m[1]]) {
		case "after", "before", "during", "until", "since":
			if slices.ContainsFunc(after[:min(anchorWords, len(after))], about) {
				continue
			}
		case "one":
			if len(after) > 0 && pronounAfter[after[0]] || len(before) > 0 && before[len(before)-1] == "the" {
				continue
			}
		}
		return true
	}
	return false
}

// anchorWords is how many words after "after", "before" and the like may
// name what they place something against.
const anchorWords = 4

// pronounAfter are the words after which "one" is a pronoun.
var pronounAfter = words("of", "that", "who", "which")

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

// namesRun reports whether the stems of a passage name a name made of
// common words, run (the corpus never holds it as such: see unknownRuns),
// in a word of its own concept: one that WordNet says pertains to what two
// neighbours of it name ("mediev" for "middl age"), or is a kind of it.
// A word it is a kind of ("war" for "the Second World War") does not.
func (r *Retriever) namesRun(run []string, stems map[string]bool) bool {
	for i := 1; i < len(run); i++ {
		pair := r.concepts(run[i-1] + " " + run[i])
		if len(pair) == 0 {
			continue
		}
		for t := range stems {
			if leads(pair, r.concepts(t)) {
				return true
			}
		}
	}
	return false
}

// kinIn reports whether stems hold a word of the same concept as stem s
// (see kin).
func (r *Retriever) kinIn(s string, stems map[string]bool) bool {
	cs := r.concepts(s)
	if len(cs) == 0 {
		return false
	}
	for t := range stems {
		if kin(cs, r.concepts(t)) {
			return true
		}
	}
	return false
}

// kin reports whether two words' concepts say nearly the same: the
// commonest sense of one is a sense of the other, or what the other is a
// kind of ("mariner" is a kind of "sailor"; "perquisite" a sense of
// "benefit"). Concepts shared further up, or by rarer senses, join words
// too loosely to count ("engineer" and "use").
func kin(a, b []thesaurus.Concept) bool {
	return leads(a, b) || leads(b, a)
}

// leads reports whether a concept a word stands for in its commonest
// sense (weight 1) stands in b at kinWeight or more.
func leads(a, b []thesaurus.Concept) bool {
	for _, c := range a {
		if c.Weight < 1 {
			break
		}
		for _, d := range b {
			if d.ID == c.ID && d.Weight >= kinWeight {
				return true
			}
		}
	}
	return false
}

// kinWeight is the least weight of a concept in a word for kin: a second
// sense (1/2) or the commonest sense's direct hypernym (0.6), as the table
// rounds them to ninths. The index keeps the corpus's concepts down to the same weight.
const kinWeight = float64(index.MinConceptNinths) / 9

// sameConcept returns the corpus's stems of nearly the same concept as
// stem (see kin), leaving out those already searched: "pay" for
// "paycheck", "expert" for "specialist", which WordNet does not list as
// synonyms of their commonest senses.
func (r *Retriever) sameConcept(stem string, searched []string) []string {
	cs := r.concepts(stem)
	if len(cs) == 0 {
		return nil
	}
	var out []string
	add := func(t string) {
		if t != stem && !slices.Contains(searched, t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	for _, c := range cs {
		if c.Weight < kinWeight {
			break
		}
		// The index lists the corpus's stems standing for c at kinWeight
		// or more. Kin either way: the stem's commonest sense is one of
		// t's (leads(cs, t)), or t's commonest sense is one of the stem's.
		r.Index.ConceptStems(c.ID, func(t string, weight float64) {
			if c.Weight >= 1 || weight >= 1 {
				add(t)
			}
		})
	}
	slices.Sort(out)
	return out
}

// titleRe finds a question asking the title of a work: "What is the
// title of X's book?", "What's X's book called?", "What book did X
// write?".
var titleRe = lazyregexp.New(`(?i)\b(?:what|which)(?:'s| is| was)? (?:the )?(?:exact |full )?title\b|\btitle of\b|['’]s (?:\w+ )?title\b|\b(?:what|which) (?:book|article|memoir|study|biography)s? (?:did|does|has|had) (?:\w+ ){1,3}(?:write|wrote|written|publish|published|author|edit|edited)\b`)

// untitled reports whether q asks the title of a work of someone the
// corpus names (see titleRe) and no sentence naming him gives a title
// beside his name (see givesTitle). A text that cites "Smith, p. 220"
// or tells of "conversations with X" names the author, not the work.
// A question naming no one ("What is the title of the essay?") is left
// to the other tests.
func (r *Retriever) untitled(q *Query) bool {
	if !titleRe.MatchString(q.Text) {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	if len(runs) == 0 {
		return false
	}
	for n := range runs {
		for _, at := range r.name(n).at {
			if givesTitle(at.passage.Sentences[at.sentence].Text, n) {
				return false
			}
		}
	}
	return true
}

// givesTitle reports whether sentence text gives the title of a work of
// the name whose stem is n: the name followed by a comma or a colon and
// a capitalized word or a quotation ("John Smith, Times of Trouble",
// "Jones, \"Kings and Courts ...\""), by "'s" and a quotation, or
// standing in a title itself ("The Letters of Anna Smith"). A page
// ("Smith, p. 220") or a clause ("Smith, and Jones") is no title.
func givesTitle(text, n string) bool {
	ws := strings.Fields(text)
	for i, w := range ws {
		word := strings.TrimRightFunc(w, func(c rune) bool { return !unicode.IsLetter(c) })
		word = strings.TrimLeftFunc(word, func(c rune) bool { return !unicode.IsLetter(c) })
		if word == "" || !unicode.IsUpper([]rune(word)[0]) || terms.Stem(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s"))) != n {
			continue
		}
		// "The Letters of Anna Smith": the name, given names and
		// all, after "of" in a run of capitalized words.
		j := i - 1
		for j >= 0 && startsUpper(ws[j]) && !strings.ContainsAny(ws[j], ",;:") {
			j--
		}
		if j >= 1 && ws[j] == "of" && startsUpper(ws[j-1]) {
			return true
		}
		if i+1 >= len(ws) {
			continue
		}
		next := ws[i+1]
		switch {
		case strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":"):
			if startsQuote(next) || startsUpper(next) && !strings.HasSuffix(next, ".") {
				return true
			}
		case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			if startsQuote(next) {
				return true
			}
		}
	}
	return false
}

// startsUpper reports whether w opens with a capital letter.
func startsUpper(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// startsQuote reports whether w opens a quotation.
func startsQuote(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("\"“‘", c)
}

// quoteRe finds a quotation.
var quoteRe = lazyregexp.New(`["“]([^"”]+)["”]`)

// whoWroteRe finds a question asking who wrote, said or edited
// something.
var whoWroteRe = lazyregexp.New(`(?i)^\W*who\b.*\b(?:wrote|writes|write|written|authored|said|says|say|spoke|coined|edited|penned|published)\b`)

// unauthored reports whether q asks who wrote or said the words it
// quotes ("Who wrote the article \"Welcome to ...\"?"), and a sentence
// of passages quotes them with no name standing just before the
// quotation (see authorGap) nor after it by "by": "A contemporary author
// has well spoken of \"...\"" and "see \"...\", The Weekly" quote
// without saying whose the words are.
func unauthored(q *Query, passages []*essay.Passage) bool {
	m := quoteRe.FindStringSubmatch(q.Text)
	if m == nil || !whoWroteRe.MatchString(q.Text) {
		return false
	}
	want := terms.Stems(m[1])
	if len(want) == 0 {
		return false
	}
	asked := map[string]bool{}
	for _, w := range q.Words {
		asked[w] = true
	}
	quoted := false
	for _, p := range passages {
		for _, sn := range p.Sentences {
			for _, at := range quoteRe.FindAllStringSubmatchIndex(sn.Text, -1) {
				held := words(terms.Stems(sn.Text[at[2]:at[3]])...)
				n := 0
				for _, t := range want {
					if held[t] {
						n++
					}
				}
				if 2*n < len(want)+1 {
					continue
				}
				quoted = true
				before := givenNames(sn.Text[:at[0]])
				words := terms.Words(sn.Text[:at[0]])
				near := words[max(0, len(words)-authorGap):]
				for _, w := range before {
					lw := strings.ToLower(w)
					if slices.Contains(near, lw) && !asked[lw] && !terms.IsStopword(lw) {
						return false
					}
				}
				after := terms.Words(sn.Text[at[1]:])
				if len(after) > 1 && after[0] == "by" {
					return false
				}
			}
		}
	}
	return quoted
}

// authorGap is how many words before a quotation may name whose it is
// ("Raymond Baker, Centre for International Policy, \"...\"").
const authorGap = 6

// speechWords name a way of speaking: "What metaphor does the author
// use?" asks how the text speaks, which it does without naming the
// figure; the text lacking the word is no sign it speaks of something
// else.
var speechWords = []string{"metaphor", "metaphors", "simile", "analogy", "comparison", "image", "imagery", "illustration",
	"anecdote", "phrase", "expression", "idiom", "slogan", "figure", "symbol", "allegory", "parable", "irony", "rhetoric"}

// speechStems returns the stems of speechWords.
var speechStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range speechWords {
		out[terms.Stem(w)] = true
	}
	return out
})

// citedYear reports whether q names a year that the corpus gives only in
// citations (see citeRe: "Historical Review 63 (2004)"), none of whose
// passages holds citedShare of q's other words. A year a text gives only as the date of a work
// it cites is a time it does not reach: "Who won the 2004 election?" is
// off its ground; "What does the 2004 Historical Review article argue?"
// asks of the citation.
func (r *Retriever) citedYear(q *Query) bool {
	for _, w := range q.Words {
		if !yearWordRe.MatchString(w) || !r.Index.BM25.Has(terms.Stem(w)) {
			continue
		}
		cited, other := true, false
		seen := map[*essay.Passage]bool{}
		for _, post := range r.Index.BM25.Postings[terms.Stem(w)] {
			p, ok := r.Corpus.Passage(r.Index.Chunks[post.Doc].Ref)
			if !ok || seen[p] {
				continue
			}
			seen[p] = true
			for _, sn := range p.Sentences {
				if !strings.Contains(sn.Text, w) {
					continue
				}
				if !citeRe.MatchString(sn.Text) {
					cited = false
					break
				}
				other = other || r.asksCitation(q, terms.Stem(w), words(terms.Stems(p.Text())...))
			}
		}
		if cited && !other && len(seen) > 0 {
			return true
		}
	}
	return false
}

// asksCitation reports whether q, naming year, asks of a citation whose
// passage's stems are held: the passage holds one of q's other stems
// that few passages hold (at most citedRare chunks: "ROSSPEN", "Knopf"),
// or citedShare of their weight (IDF times specificity). "What did the
// 2004 Russian Review article say?" asks of "Russian Review 63 (2004)";
// "Who won the 2004 Russian presidential election?", sharing only
// "Russian" with it, a word of many passages, does not.
func (r *Retriever) asksCitation(q *Query, year string, held map[string]bool) bool {
	var in, total float64
	for i, s := range q.Stems {
		if s == year {
			continue
		}
		w := r.Index.BM25.IDF(s) * q.Specificity[i]
		total += w
		if held[s] {
			if len(r.Index.BM25.Postings[s]) <= citedRare {
				return true
			}
			in += w
		}
	}
	return total > 0 && in/total >= citedShare
}

// citedRare is how many chunks may hold a word that, held by a citation,
// ties a question to it (see asksCitation).
const citedRare = 2

// citedShare is the least share of a question's weight, its year aside,
// that the passage of a citation giving the year must hold for the
// question to ask of it (see asksCitation).
const citedShare = 0.5

// moneyRe finds a sum of money: a figure with a currency's sign or name
// ("$40", "300 rubles", "a thousand pounds"), or a currency named.
var moneyRe = lazyregexp.New(`[$£€¥]\s?[0-9]|(?i)\b(?:rubles?|roubles?|kopecks?|dollars?|cents?|pounds?|shillings?|pence|francs?|marks|euros?|yuan|guineas?|crowns?|dimes?|nickels?|sterling)\b`)

// asksAmount reports whether q asks how much something cost, how much
// someone earned or was paid, or how many of a currency: a sum of money answers it, not a count
// ("pp. 66-67") nor a year.
func asksAmount(q *Query) bool {
	ws := q.Words
	for i := 1; i < len(ws); i++ {
		if ws[i-1] != "how" {
			continue
		}
		// "How many dollars", "how many billions of dollars": a count
		// of money is a sum.
		if ws[i] == "many" && moneyRe.MatchString(strings.Join(ws[i+1:min(len(ws), i+1+countedGap)], " ")) {
			return true
		}
		if ws[i] != "much" {
			continue
		}
		for _, w := range ws[i+1 : min(len(ws), i+1+amountGap)] {
			if moneyWords[w] {
				return true
			}
		}
	}
	return false
}

// countedGap is how many words after "how many" may name a currency
// ("how many billions of dollars").
const countedGap = 3

// amountGap is how many words after "how much" may name what a sum of
// money is asked of ("How much does the new edition of his diary cost?").
const amountGap = 10

// moneyWords ask a sum of money after "how much".
var moneyWords = words("cost", "costs", "costed", "price", "priced", "pay", "pays", "paid", "earn", "earns", "earned", "money",
	"salary", "salaries", "wage", "wages", "charge", "charged", "charges", "spend", "spent", "make", "made", "income", "worth", "sell", "sold")
