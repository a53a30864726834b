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
)

// A prompt is written on a template fitted to what the sentence it quotes
// does: a definition invites paraphrase, a hedge weighing, a flat claim a
// search for support, a reported view comparison, a contrast asking what
// is set against what. Each template may write only a few prompts of a
// guide (maxSkeleton), so that no two questions read alike.

// option is one prompt a template could write for a question, with how
// well it fits.
type option struct {
	template string
	score    float64
	prompt   Prompt
	// quotes are the sentences the prompt quotes.
	quotes []*sentence
	// linked are sentences the prompt quotes only the opening of, to say
	// where they stand ("At the same time, local leaders ..." follows
	// the dated sentence it quotes): their words are cited, but the
	// prompt does not draw on what they claim, so they do not count as
	// quoted for the question's other prompts.
	linked []*sentence
	// chosen, if set, runs when the prompt is chosen.
	chosen func()
}

// material is a sentence a question's prompts may quote: one of its
// evidence, or another of the evidence passages that bears on it.
type material struct {
	s        *sentence
	topical  float64
	evidence bool
}

// pctx is what the templates of one question work from.
type pctx struct {
	b     *builder
	g     *Guide
	th    *Theme
	q     *Question
	kind  qkind
	mats  []material
	terms []Term
	// used counts the prompts of this question that quote each sentence.
	used map[string]int
	// quoted are the quotations this question's prompts have made.
	quoted []Quote
	// whole holds the sentences a prompt of this question has quoted
	// whole or pointed to.
	whole map[string]bool
}

// maxNearbyWords is the longest sentence outside the evidence a prompt
// quotes: it quotes it whole.
const maxNearbyWords = 30

// Shares of fit for material that is not the question's evidence, for a
// sentence an earlier prompt already quoted, and for one a prompt of the
// same question quoted.
const (
	nearbyShare   = 0.7
	reusedShare   = 0.5
	ownReuseShare = 0.05
)

// writePrompts writes every question's discussion and historian's
// prompts, question by question.
func (b *builder) writePrompts(g *Guide) {
	qs := g.Questions()
	// A template may write two prompts of a guide of six questions, and a
	// third of the questions of a longer one.
	b.maxSkeleton = max(2, len(qs)/3)
	for _, th := range g.Themes {
		for _, q := range th.Questions {
			pc := b.context(g, th, q)
			// The counterpoint is written first: every question has one,
			// on the claim a critic would contest most, and the other
			// prompts turn to other sentences.
			counter, hasCounter := b.choose(pc, Counterpoint)
			for _, level := range []string{Understand, Analyze, Evaluate, Create} {
				p, ok := b.choose(pc, level)
				if !ok {
					// A level left out reads as a question half
					// written: a template past its share is better
					// than none.
					p, ok = b.chooseBeyondShare(pc, level)
				}
				if ok {
					q.Discussion = append(q.Discussion, p)
				}
			}
			q.Historian = b.writeMoves(pc)
			if hasCounter {
				q.Historian = append(q.Historian, counter)
			}
		}
	}
}

// writeMoves writes a question's historian's moves but the counterpoint:
// of sourcing, corroboration and contextualization the two that its
// material serves best, turn and turn about across the guide, the third
// when one of those two finds no prompt it may write.
func (b *builder) writeMoves(pc *pctx) []Prompt {
	// Reading order: where the evidence comes from, what backs it up,
	// when it was said, then who would disagree. The two best are
	// written in that order, so that the first does not take the
	// sentence the second was chosen for.
	order := map[string]int{Sourcing: 0, Corroboration: 1, Contextualization: 2}
	ranked := b.movesFor(pc)
	best := ranked[:min(2, len(ranked))]
	sort.SliceStable(best, func(i, j int) bool { return order[best[i]] < order[best[j]] })
	var out []Prompt
	for _, level := range append(best, ranked[len(best):]...) {
		if len(out) == 2 {
			break
		}
		if p, ok := b.choose(pc, level); ok {
			out = append(out, p)
			b.movesMade[level]++
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return order[out[i].Level] < order[out[j].Level] })
	return out
}

// context gathers what the templates of q work from.
func (b *builder) context(g *Guide, th *Theme, q *Question) *pctx {
	pc := &pctx{b: b, g: g, th: th, q: q, kind: kindOf(q), terms: g.Terms, used: map[string]int{}, whole: map[string]bool{}}
	w := b.focusOf(q.Text, "", "")
	w.within(b.sents)
	seen := map[*sentence]bool{}
	for _, e := range q.Evidence {
		if s := b.sentenceOf(e); s != nil {
			pc.mats = append(pc.mats, material{s: s, topical: max(w.relevance(s), 0.3), evidence: true})
			seen[s] = true
		}
	}
	for _, e := range q.Evidence {
		for _, s := range b.of[e.Ref] {
			if seen[s] || s.question || s.leans != standsAlone || s.roles.has(meta) || s.n > maxNearbyWords || bibRe.MatchString(s.text) {
				continue
			}
			if t := w.relevance(s); t > 0 {
				pc.mats = append(pc.mats, material{s: s, topical: t})
				seen[s] = true
			}
		}
	}
	return pc
}

// sentenceOf finds the sentence a quote was made from: for a run, the
// sentence that leans on the others.
func (b *builder) sentenceOf(q Quote) *sentence {
	parts := q.Parts()
	if len(parts) == 0 {
		return nil
	}
	for _, s := range b.of[q.Ref] {
		if s.run != nil && runText(s.run) == q.Text {
			return s
		}
	}
	for _, s := range b.of[q.Ref] {
		if strings.HasPrefix(s.text, parts[0]) {
			return s
		}
	}
	return nil
}

// movesFor ranks sourcing, corroboration and contextualization by how
// well a question's material serves each, a move the guide has made less
// often first among equals; a move with nothing to write is left out.
func (b *builder) movesFor(pc *pctx) []string {
	type move struct {
		level string
		score float64
	}
	var ms []move
	for _, level := range []string{Sourcing, Contextualization, Corroboration} {
		best := 0.0
		for _, o := range b.options(pc, level) {
			if b.skeletons[o.template] < b.maxSkeleton && !pc.requotes(o) {
				best = max(best, o.score)
			}
		}
		ms = append(ms, move{level, best / float64(1+b.movesMade[level])})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].score > ms[j].score })
	var out []string
	for _, m := range ms {
		if m.score > 0 {
			out = append(out, m.level)
		}
	}
	return out
}

// choose writes the best prompt at a level whose template has not written
// its share of the guide yet.
func (b *builder) choose(pc *pctx, level string) (Prompt, bool) {
	opts := b.options(pc, level)
	sort.SliceStable(opts, func(i, j int) bool { return opts[i].score > opts[j].score })
	for _, o := range opts {
		if b.skeletons[o.template] >= b.maxSkeleton || b.written[o.prompt.Text] || b.written[usage(o)] || pc.requotes(o) {
			continue
		}
		b.skeletons[o.template]++
		b.written[o.prompt.Text], b.written[usage(o)] = true, true
		for _, s := range o.quotes {
			b.prompted[s.key()]++
			pc.used[s.key()]++
		}
		if o.chosen != nil {
			o.chosen()
		}
		o.prompt.Level = level
		o.prompt.Quotes = quotesIn(o.prompt.Text, append(o.quotes, o.linked...))
		pc.quoted = append(pc.quoted, o.prompt.Quotes...)
		for _, s := range o.quotes {
			if pointsTo(o.prompt.Text, s) || strings.Contains(o.prompt.Text, curly(quoteOf(s).Text)) {
				pc.whole[s.key()] = true
			}
		}
		return o.prompt, true
	}
	return Prompt{}, false
}

// chooseBeyondShare is choose for a level every template of which has
// written its share of the guide: the share is raised for this prompt
// alone.
func (b *builder) chooseBeyondShare(pc *pctx, level string) (Prompt, bool) {
	share := b.maxSkeleton
	b.maxSkeleton = math.MaxInt
	defer func() { b.maxSkeleton = share }()
	return b.choose(pc, level)
}

// requotes reports whether an option quotes words that another prompt of
// the same question quotes already, whole or in part, or points to a
// passage ("the passage quoted from [¶57] above") that another prompt
// quotes whole or points to: a teacher reads one quotation twice in a question
// as filler. Two clauses of one long sentence are two quotations.
func (pc *pctx) requotes(o option) bool {
	for _, q := range quotesIn(o.prompt.Text, append(o.quotes, o.linked...)) {
		for _, p := range pc.quoted {
			if qt, pt := bareQuote(q.Text), bareQuote(p.Text); q.Ref == p.Ref && (strings.Contains(pt, qt) || strings.Contains(qt, pt)) {
				return true
			}
		}
	}
	for _, s := range o.quotes {
		if pointsTo(o.prompt.Text, s) && pc.whole[s.key()] {
			return true
		}
	}
	return false
}

// pointsTo reports whether a prompt points to a sentence shown above
// rather than quoting it.
func pointsTo(text string, s *sentence) bool {
	return strings.Contains(text, " quoted from "+s.p.Ref.Marker()+" above")
}

// usage names a template used on a sentence: no two questions get the
// same prompt on the same sentence.
func usage(o option) string {
	u := o.template
	for _, s := range o.quotes {
		u += "\x00" + s.key()
	}
	if len(o.quotes) == 0 {
		// A template that quotes nothing is told apart by its text.
		u += "\x00" + o.prompt.Text
	}
	return u
}

// quotesIn returns the quotations of a prompt's text, each with the ref
// of the sentence it comes from.
func quotesIn(text string, from []*sentence) []Quote {
	var out []Quote
	for _, m := range quotationRe.FindAllStringSubmatch(text, -1) {
		for _, s := range from {
			if q := bareQuote(m[1]); strings.Contains(s.text, q) || strings.Contains(quoteOf(s).Text, q) {
				out = append(out, Quote{Ref: s.p.Ref, Text: m[1]})
				break
			}
		}
	}
	return out
}

// quotationRe finds a quotation in the guide's own text.
var quotationRe = lazyregexp.New(`“([^“”]*)”`)

// options lists the prompts every template of a level could write. A
// template fitted to what a sentence does comes before any that every
// question can take.
func (b *builder) options(pc *pctx, level string) []option {
	var out []option
	for _, t := range templates[level] {
		for _, o := range t(pc) {
			if fitted[o.template] {
				o.score++
			}
			o.score *= pc.fresh(o.quotes...)
			out = append(out, o)
		}
	}
	return out
}

// fitted are the templates written for what one sentence does.
var fitted = map[string]bool{
	"understand/definition": true, "understand/in-use": true, "understand/cause": true,
	"understand/restate": true, "understand/view": true,
	"analyze/contrast": true, "analyze/views": true, "analyze/chain": true, "analyze/assumption": true,
	"evaluate/hedge": true, "evaluate/flat": true, "evaluate/supposed": true, "evaluate/unknown": true,
	"evaluate/judgment": true, "create/exchange": true,
	"sourcing/person": true, "sourcing/reported": true, "sourcing/kind": true, "sourcing/note": true,
	"sourcing/rests": true, "sourcing/unsupported": true, "corroboration/note": true, "corroboration/outside": true,
	"context/date": true, "context/asked": true, "context/written": true,
	"counterpoint/flat": true, "counterpoint/cause": true, "counterpoint/view": true,
	"counterpoint/hedge": true, "counterpoint/judgment": true,
}

// fresh scales a fit by whether earlier prompts quoted the sentences: a
// prompt of the same question most, for a question's prompts should draw
// on different sentences where its evidence allows.
func (pc *pctx) fresh(ss ...*sentence) float64 {
	f := 1.0
	for _, s := range ss {
		for range pc.used[s.key()] {
			f *= ownReuseShare
		}
		for range pc.b.prompted[s.key()] - pc.used[s.key()] {
			f *= reusedShare
		}
	}
	return f
}

// weight is how much a material sentence counts: its bearing on the
// question, less for one outside the evidence.
func (m material) weight() float64 {
	if m.evidence {
		return m.topical
	}
	return m.topical * nearbyShare
}

// with returns the material whose sentences do r.
func (pc *pctx) with(r role) []material {
	var out []material
	for _, m := range pc.mats {
		if m.s.quotedRoles().has(r) {
			out = append(out, m)
		}
	}
	return out
}

// evidence returns the question's evidence sentences.
func (pc *pctx) evidence() []material {
	var out []material
	for _, m := range pc.mats {
		if m.evidence {
			out = append(out, m)
		}
	}
	return out
}

// cite writes a sentence as a quotation and its marker: “...” [¶53].
func cite(s *sentence) string {
	return curly(quoteOf(s).Text) + " " + s.p.Ref.Marker()
}

// shortWords is the longest evidence sentence a prompt quotes whole; of a
// longer one, shown in full just above the prompt, it quotes the clause
// that does what the prompt asks about.
const shortWords = 16

// show writes a material sentence as a prompt quotes it, with its marker:
// whole; or, for a long sentence or a run of the evidence (shown in full
// just above the prompt), the clause where the first of res matches, or
// else a pointer to it ("the sentence quoted from [¶46] above").
func (pc *pctx) show(m material, res ...*lazyregexp.Regexp) string {
	if !shownAbove(m) {
		return cite(m.s)
	}
	if ex := excerptOf(m.s, res); ex != "" {
		return curly(ex) + " " + m.s.p.Ref.Marker()
	}
	what := "the sentence"
	if m.s.run != nil {
		what = "the passage"
	}
	pointer := what + " quoted from " + m.s.p.Ref.Marker() + " above"
	if pc.quotesAbove(m.s.p.Ref) > 1 {
		// Civil Disobedience's first claim and two of its evidence
		// come from [¶1]: "the sentence quoted from [¶1] above" left
		// the student to guess which.
		pointer += " that begins " + curly(opening(quoteOf(m.s).Text))
	}
	return pointer
}

// quotesAbove counts the quotations of a passage shown above a
// question's prompts: the question, when the text asks or states it
// there, and its evidence.
func (pc *pctx) quotesAbove(ref essay.Ref) int {
	n := 0
	if pc.q.HasRef() && pc.q.Ref == ref {
		n++
	}
	for _, q := range pc.q.Evidence {
		if q.Ref == ref {
			n++
		}
	}
	return n
}

// openingWords is how many words of a sentence's opening tell it from
// others of its passage.
const openingWords = 5

// opening returns a sentence's first words, to tell it from the others
// of its passage, ending on a word that is not a function word and
// marked as cut.
func opening(text string) string { return openingOf(text, openingWords) }

// openingOf is opening of at least n words.
func openingOf(text string, n int) string {
	ws := strings.Fields(text)
	if len(ws) <= n+2 {
		return text
	}
	for n < len(ws)-2 && isFunctionWord(strings.ToLower(strings.Trim(ws[n-1], `"“”‘’'.,;:-`))) {
		n++
	}
	return strings.TrimRight(strings.Join(ws[:n], " "), ",;:-") + " " + Ellipsis
}

// bare is show without the marker, for a prompt that names the passage
// before it quotes it; a long sentence it cannot cut stays whole.
func (pc *pctx) bare(m material, res ...*lazyregexp.Regexp) string {
	if shownAbove(m) {
		if ex := excerptOf(m.s, res); ex != "" {
			return curly(ex)
		}
	}
	return curly(quoteOf(m.s).Text)
}

// shownAbove reports whether a prompt should not quote a material
// sentence whole: it is evidence, shown in full just above the prompt,
// and too long to read twice, a long sentence or a run of sentences.
func shownAbove(m material) bool {
	return m.evidence && (m.s.n > shortWords || m.s.run != nil && wordCount(quoteOf(m.s).Text) > shortWords)
}

// excerptOf returns the clause of a long sentence where the first of res
// matches; of a run, the clause, or the whole of a short sentence, of
// one that reads alone (not one that leans on the sentence before); or "".
func excerptOf(s *sentence, res []*lazyregexp.Regexp) string {
	if s.run == nil {
		return clauseOf(s.text, res)
	}
	for _, re := range res {
		for i := len(s.run) - 1; i >= 0; i-- {
			r := s.run[i]
			if r.leans != standsAlone || !re.MatchString(r.text) {
				continue
			}
			if r.n <= shortWords {
				return r.text
			}
			if ex := clauseOf(r.text, []*lazyregexp.Regexp{re}); ex != "" {
				return ex
			}
		}
	}
	return ""
}

// clauseOf returns the clause of text around the last match of the first
// of res that matches, or "".
func clauseOf(text string, res []*lazyregexp.Regexp) string {
	for _, re := range res {
		// The last cue first: a sentence's claim comes after its
		// conditions ("even if implemented, would not have").
		locs := re.FindAllStringIndex(text, -1)
		for i := len(locs) - 1; i >= 0; i-- {
			if ex := excerpt(text, locs[i]); ex != "" {
				return ex
			}
		}
	}
	return ""
}

// Lengths of an excerpt, in words.
const (
	minExcerpt = 6
	maxExcerpt = 26
)

// excerpt returns a run of whole clauses of text that holds the span at:
// the longest of at most maxExcerpt words and at least minExcerpt, the
// sentence's opening first among equals, balanced in its quotation marks
// and not opening on a conjunction, marked with an ellipsis where it was
// cut; "" when the sentence has none shorter than itself.
func excerpt(text string, at []int) string {
	starts, ends := clauses(text)
	for at[0] < at[1] && !unicode.IsLetter(rune(text[at[0]])) {
		at = []int{at[0] + 1, at[1]}
	}
	best, bestScore := "", -1.0
	for lo := range starts {
		if starts[lo] > at[0] {
			break
		}
		if lo > 0 && !clauseOpens(text, starts[lo]) {
			continue
		}
		for hi := lo; hi < len(ends); hi++ {
			if ends[hi] < at[1] {
				continue
			}
			if lo == 0 && hi == len(ends)-1 {
				break
			}
			span := strings.TrimRight(text[starts[lo]:ends[hi]], ",;: ")
			n := wordCount(span)
			if n > maxExcerpt {
				break
			}
			if n < minExcerpt || !balanced(span) || conjunctionRe.MatchString(span) || pronounLean(span, nil) == leansHard {
				continue
			}
			if hi < len(ends)-1 && (!endsClause(text[starts[hi+1]:]) || opensNounPhrase(span) || wordCount(text[starts[hi]:ends[hi]]) < 2) {
				// The words after the cut finish what the clause
				// began: "an important, even a decisive …" leaves
				// off "role in the development of ..."; or the cut
				// ends on a word set off by commas ("necessary,
				// first …").
				continue
			}
			if lo == 0 && hi < len(ends)-1 && leadsSubordinate(span) && !mainClauseIn(span) {
				// The sentence's opening clause waits for its main
				// clause, which the cut leaves off: "Thus, though
				// looking back as far as records give us any account
				// of peopling the world, and the history of nations …"
				// says nothing of what the records show.
				continue
			}
			if hi < len(ends)-1 && phraseOpenRe.MatchString(span) && !hasFiniteVerb(span) {
				// Phrases of time or place that lead to a main clause
				// the cut leaves off: "So that before the time of
				// Civill Society, or in the interruption thereof by
				// Warre …" says nothing of what holds then.
				continue
			}
			if hi < len(ends)-1 && introducesQuote(text[starts[lo]:ends[hi]], text[ends[hi]:]) {
				// A clause that only introduces the words after it
				// ("Adams states the situation as follows: "...") says
				// nothing of its own: they are what it quotes.
				continue
			}
			if hi < len(ends)-1 && wordCount(text[min(at[1], ends[hi]):ends[hi]]) < 2 {
				// Cut just past the cue, the clause leaves off what
				// the cue says: "yet there is, perhaps …".
				continue
			}
			score := float64(n)
			if lo == 0 {
				score += 6
			}
			if hi == len(ends)-1 {
				score += 4
			}
			if score > bestScore {
				best, bestScore = elided(span, lo > 0, hi < len(ends)-1), score
			}
		}
	}
	return best
}

// phraseOpenRe opens a span on a preposition's phrase, after a
// conjunction that links it to the sentence before ("So that before the
// time of ...", "And in the meantime ...").
var phraseOpenRe = lazyregexp.New(`(?i)^(?:(?:so|and|but|yet|for|now|thus)\s+)?(?:that\s+)?(?:before|after|in|on|at|by|with|from|of|for|during|since|until|till|under|upon|within|without|through|throughout|among|between|against|about|to|into|beyond|toward|towards)\s`)

// introducesQuote reports whether span, cut before rest, only introduces
// what rest goes on to say: it ends at a colon before a quotation, or
// at a colon after a verb of speaking ("declares:", "as follows:").
func introducesQuote(span, rest string) bool {
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	after := strings.TrimLeft(rest[1:], " ")
	return strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "“") || strings.HasPrefix(after, "'") || strings.HasPrefix(after, "‘") || introducesRe.MatchString(strings.TrimSpace(span)+":")
}

// elided shows where an excerpt was cut from its sentence: an ellipsis
// before it when the sentence goes on before, after it when the sentence
// goes on after, so that a student never reads a clause as the whole of
// what the author wrote (a view that "they perceive, and attribute to"
// two men, read as a finished sentence).
func elided(span string, before, after bool) string {
	if before {
		span = Ellipsis + " " + span
	}
	if after {
		span += " " + Ellipsis
	}
	return span
}

// bareQuote is a quotation without the ellipses that mark where it was
// cut at either end: the words that stand verbatim in the text.
func bareQuote(text string) string {
	return strings.TrimSpace(strings.Trim(text, Ellipsis+" "))
}

// endsClause reports whether a clause may end before rest, the words
// after it: when they open a clause or phrase of their own (a
// conjunction, a preposition, a subject pronoun, an adverb, a
// participle, a name), not when they go on with the noun phrase the
// clause began or the object its verb wants ("role in the development",
// "the mistaken notion that ...", "anti-communist and ...").
func endsClause(rest string) bool {
	w := strings.Trim(firstWord(rest), "\"'“”‘’(")
	if w == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return true
	}
	lw := strings.ToLower(w)
	return clauseOpenerWords[lw] || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")
}

// opensNounPhrase reports whether a span ends on a phrase it leaves
// open: a determiner and a word that is mostly no noun ("played an
// important"), or a word that introduces what follows ("declared that").
func opensNounPhrase(span string) bool {
	ws := strings.Fields(strings.TrimRight(span, ",;: "))
	if len(ws) < 2 {
		return false
	}
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:"))
	return determinerWords[strings.ToLower(ws[len(ws)-2])] && !mostlyNoun(last) || determinerWords[last] || danglingWords[last]
}

// danglingWords cannot end a quotation cut short: what they introduce
// is left off ("declared that …").
var danglingWords = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "whether": true, "than": true, "to": true, "of": true, "in": true, "by": true, "with": true, "for": true, "from": true, "and": true, "or": true, "but": true, "as": true}

// determinerWords open a noun phrase.
var determinerWords = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "this": true, "these": true, "those": true, "some": true, "any": true, "every": true, "no": true}

// firstWord is the first word of s.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// clauseOpenerWords open a clause or phrase of their own after a comma.
var clauseOpenerWords = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true, "for": true,
	"which": true, "who": true, "whom": true, "whose": true, "that": true, "while": true,
	"though": true, "although": true, "as": true, "if": true, "when": true, "where": true,
	"because": true, "since": true, "unless": true, "until": true, "whether": true, "than": true,
	"in": true, "of": true, "to": true, "with": true, "by": true, "from": true, "at": true,
	"on": true, "under": true, "over": true, "through": true, "after": true, "before": true,
	"during": true, "without": true, "within": true, "like": true, "including": true, "not": true,
	"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true, "there": true,
	"then": true, "however": true, "moreover": true, "therefore": true,
	"perhaps": true, "indeed": true, "also": true, "thus": true, "hence": true,
	"i.e.": true, "e.g.": true, "etc.": true, "etc": true,
}

// clauseOpens reports whether an excerpt may start at a clause: after a
// semicolon or colon, or after a comma where a new subject starts ("it
// follows that"), not in the middle of a list ("extremely wealthy, and").
func clauseOpens(text string, at int) bool {
	if pronounOpensRe.MatchString(text[at:]) {
		return false
	}
	before := text[:at]
	if strings.HasSuffix(before, "; ") || strings.HasSuffix(before, ": ") {
		return true
	}
	if !subjectOpenRe.MatchString(text[at:]) {
		return false
	}
	prev := lastClause(before)
	if conditionRe.MatchString(prev) {
		// The clause is what holds only on the condition before it:
		// "and if he is not thus impressed, it will only be because
		// ..." was quoted from "it will only be", which then claims
		// what the text claims of one case alone.
		return false
	}
	if ws := strings.Fields(prev); len(ws) > 0 && asideAfterWords[strings.ToLower(ws[len(ws)-1])] {
		// The comma sets off an aside inside a clause: "and, it may
		// be, fall asleep", "who, there is every ground for believing,
		// honestly found him guilty".
		return false
	}
	if i := strings.Index(text[at:], ", "); i >= 0 && parentheticalRe.MatchString(text[at:at+i]) {
		// The clause is itself an aside the clause around it goes on
		// after: "the tribunal, there is every ground for believing,
		// honestly found him guilty".
		return false
	}
	if determinerOpenRe.MatchString(text[at:]) {
		// A noun phrase after a comma is mostly an apposition or a
		// list's next item ("the marks of being a fraud, a make-shift
		// for ...", "the struggle and sacrifice, the stupendous loss
		// ..."): it opens a clause only with a verb of its own, or
		// after an opening clause ("whenever a war breaks out ..., the
		// trade of America goes to ruin").
		first := text[at:]
		if i := strings.Index(first, ", "); i >= 0 {
			first = first[:i]
		}
		if loc := nounRelativeRe.FindStringIndex(first); loc != nil {
			first = first[:loc[0]]
		}
		return finiteRe.MatchString(first) || leadInRe.MatchString(prev)
	}
	return true
}

// lastClause is the clause that before ends with: the words after its
// last clause separator.
func lastClause(before string) string {
	before = strings.TrimRight(before, ",;: ")
	at := 0
	for _, sep := range clauseSeps {
		if i := strings.LastIndex(before, sep); i >= 0 && i+len(sep) > at {
			at = i + len(sep)
		}
	}
	return before[at:]
}

// asideAfterWords end a clause only to let an aside in: what follows the
// comma after them is inserted, not a clause of its own.
var asideAfterWords = map[string]bool{"and": true, "or": true, "but": true, "nor": true, "yet": true, "who": true, "which": true, "that": true, "whom": true, "whose": true, "where": true, "when": true, "if": true, "though": true, "although": true, "because": true}

// parentheticalRe is a clause put in as an aside, ending on its verb of
// thinking or being: "it may be", "there is every ground for believing",
// "I think".
var parentheticalRe = lazyregexp.New(`(?i)^(?:it|there|I|we)\b[^,;:]{0,50}\b(?:believing|be|seems?|think|suppose|say|says|thought|appears?|confess|grant|admit|own)$`)

// determinerOpenRe opens a span on a noun phrase.
var determinerOpenRe = lazyregexp.New(`^(?:the|this|these|a|an)\b`)

// nounRelativeRe opens a relative clause, whose verb is not its noun's.
var nounRelativeRe = lazyregexp.New(`\b(?:that|which|who|whom|whose)\b`)

// finiteRe is a finite auxiliary or copula.
var finiteRe = lazyregexp.New(`(?i)\b(?:is|are|was|were|am|has|have|had|will|would|shall|should|can|cannot|could|may|might|must|does|do|did)\b`)

// leadInRe opens a clause that leads to the main one (after a
// conjunction that joins it to what went before).
var leadInRe = lazyregexp.New(`(?i)^(?:(?:and|but|or|yet)\s+)?(?:if|when|whenever|while|although|though|because|since|as|once|after|before|until|unless|where|wherever)\b`)

// conditionRe is a clause of condition that ends a clause, which the
// clause after it holds under: "soul,--and if he is not thus impressed".
var conditionRe = lazyregexp.New(`(?i)\b(?:if|unless)\s[^,;:]*$`)

// subjectOpenRe opens a clause with its subject.
// A clause that opens on "he", "she" or "they" is not one: quoted alone,
// it names no one the pronoun stands for.
var subjectOpenRe = lazyregexp.New(`^(?:it|we|I|there|the|this|these|a|an)\b|^\p{Lu}`)

// pronounOpensRe opens a clause on a pronoun for someone it does not name.
var pronounOpensRe = lazyregexp.New(`^(?i:he|she|they|him|her|them)\b`)

// conjunctionRe opens a clause that leans on the one before it.
var conjunctionRe = lazyregexp.New(`^(?:and|or|but|nor|which|who|whom|that|while|though|as|so|if|to|in|of)\b`)

// clauseSeps split a sentence into clauses.
var clauseSeps = []string{", ", "; ", ": ", " -- ", " — ", " – "}

// clauses returns the byte ranges of the clauses of text.
func clauses(text string) (starts, ends []int) {
	start := 0
	for i := 0; i < len(text); i++ {
		for _, sep := range clauseSeps {
			if i >= start && strings.HasPrefix(text[i:], sep) {
				starts, ends = append(starts, start), append(ends, i)
				start = i + len(sep)
				break
			}
		}
	}
	return append(starts, start), append(ends, len(text))
}

// subject names what the question is: "this question", "this claim".
// either returns claim for a claim and question for a question: a
// claim is weighed or supported, not answered ("Write a paragraph that
// answers this claim" read as a slip).
func (pc *pctx) either(question, claim string) string {
	if pc.q.Origin == Claim {
		return claim
	}
	return question
}

// backs is what a passage does for the question: it answers a
// question, supports a claim, and explains a story's scene.
func (pc *pctx) backs() string {
	if pc.told() {
		return "explain"
	}
	return pc.either("answer", "support")
}

func (pc *pctx) subject() string {
	if pc.q.Origin == Claim {
		return "this " + pc.b.voice.Claim()
	}
	return "this question"
}

// told reports whether the question is a passage of a story: it tells
// what happened and argues nothing, so prompts that sort its reasons or
// ask whether it holds do not fit it.
func (pc *pctx) told() bool {
	return pc.q.Origin == Claim && pc.b.voice.Narrates()
}

// enacted reports whether the question is a provision of a law: no
// author argues for it, so prompts that weigh reasons or write to the
// author do not fit it.
func (pc *pctx) enacted() bool {
	return pc.q.Origin == Claim && pc.b.voice.Enacts()
}

// prompt builds an option quoting the given sentences and citing their
// refs and any others.
func prompt(template string, score float64, text string, quoted []*sentence, refs ...essay.Ref) option {
	p := Prompt{Text: tidy(text)}
	for _, s := range quoted {
		refs = append(refs, s.p.Ref)
	}
	p.Refs = dedupe(refs)
	return option{template: template, score: score, prompt: p, quotes: quoted}
}

// tidy makes a prompt read as a sentence: its first letter a capital
// (unless it opens on a quotation, whose words are the text's), and no
// period after a quotation that ends its own sentence (“... rule.”.).
func tidy(text string) string {
	if r, size := utf8.DecodeRuneInString(text); unicode.IsLower(r) {
		text = string(unicode.ToUpper(r)) + text[size:]
	}
	return doubleStopRe.ReplaceAllString(text, "$1")
}

// doubleStopRe is a period after a quotation that ends on its own.
var doubleStopRe = lazyregexp.New(`([.?!]["'’]?”)\.`)

// evidenceRefs returns the refs of a question's evidence.
func (pc *pctx) evidenceRefs() []essay.Ref {
	return refsOf(pc.q.Evidence...)
}

// sf is fmt.Sprintf.
var sf = fmt.Sprintf

// termsOwner is whose terms a prompt asks students to use: a law's are
// the document's, since no author argues in it, and a story's the
// story's, told by a narrator and its characters.
func (pc *pctx) termsOwner() string {
	if pc.b.voice.Enacts() || pc.b.voice.Narrates() {
		return pc.b.voice.Text() + "'s"
	}
	return possessive(pc.b.voice.Maker())
}
