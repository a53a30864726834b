package guide

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// builder holds what every step of building a guide shares.
type builder struct {
	c     *essay.Corpus
	r     *retrieve.Retriever
	voice Voice
	// sents is every sentence of the corpus, in reading order; of holds
	// each passage's.
	sents []*sentence
	of    map[essay.Ref][]*sentence
	// idf weighs a stem by how few sentences use it.
	idf   map[string]float64
	cands []*candidate
	// lists holds each question's scored sentences, best first.
	lists map[*Question][]scored
	// served counts the questions each sentence is evidence for.
	served map[string]int
	// skeletons counts the prompts written on each template.
	skeletons map[string]int
	// prompted records the sentences prompts have quoted, so that later
	// prompts turn to others.
	prompted map[string]int
	// paired records the pairs of people already staged together.
	paired map[string]bool
	// reviews counts the reviewer prompts written, so that the next
	// takes another role (see createReviewer).
	reviews int
	// lower and midCaps are lowerWords and midSentenceCaps of the corpus.
	lower, midCaps map[string]bool
	// nounCaps is whether the text capitalizes common nouns as a habit.
	nounCaps bool
	// movesMade counts the historian's moves the guide has made.
	movesMade map[string]int
	// written records the prompts written, and each template's use on
	// its sentences.
	written map[string]bool
	// termsAsked records the key terms a prompt has asked students to
	// write with.
	termsAsked map[string]bool
	// maxSkeleton is how many prompts of the guide one template may
	// write.
	maxSkeleton int
	// orderOf is each passage's place in the corpus; see order.
	orderOf map[essay.Ref]int
	// spreadOf counts the passages that use each stem; see spread.
	spreadOf map[string]int
}

func newBuilder(c *essay.Corpus, r *retrieve.Retriever) *builder {
	b := &builder{c: c, r: r, voice: voiceOf(c), of: map[essay.Ref][]*sentence{},
		served: map[string]int{}, lists: map[*Question][]scored{}, skeletons: map[string]int{}, prompted: map[string]int{}, paired: map[string]bool{}, movesMade: map[string]int{}, termsAsked: map[string]bool{}, written: map[string]bool{}}
	b.lower, b.nounCaps = lowerAndNouns(c)
	b.midCaps = midSentenceCaps(c)
	b.sents = analyze(c, b.lower, b.midCaps)
	if b.voice.Enacts() {
		// A law gives no one's view: "Representatives shall be
		// apportioned among the several States according to their
		// respective numbers" read as a report, and its prompts asked
		// whose view it gives.
		for _, s := range b.sents {
			s.roles &^= reports
		}
	}
	df := map[string]int{}
	for _, s := range b.sents {
		b.of[s.p.Ref] = append(b.of[s.p.Ref], s)
		for st := range s.stems {
			df[st]++
		}
	}
	b.idf = make(map[string]float64, len(df))
	n := float64(len(b.sents))
	for st, d := range df {
		b.idf[st] = math.Log(1 + n/float64(d))
	}
	b.cands = candidates(c, b.lower, b.midCaps)
	return b
}

// weakWords carry little of what a sentence is about, though no stop word
// list drops them; matching on them alone finds nothing.
var weakWords = map[string]bool{
	"take": true, "toward": true, "towards": true, "whose": true, "make": true,
	"made": true, "way": true, "ways": true, "one": true, "even": true,
	"still": true, "yet": true, "given": true, "fair": true, "ask": true,
	"asks": true, "question": true, "questions": true, "answer": true,
	"answers": true, "begin": true, "mean": true, "means": true,
	"extent": true, "etc": true, "first": true, "already": true, "many": true,
	"much": true, "specific": true, "such": true, "come": true, "let": true,
	"proper": true, "text": true, "passage": true, "writer": true,
	"less": true, "more": true, "most": true, "least": true, "fewer": true,
	"greater": true, "lesser": true, "smaller": true, "larger": true, "better": true,
	"worse": true, "able": true,
	// Adverbs of frequency: "Law never made men ..." is not about
	// whatever else "never" was said of.
	"never": true, "always": true, "often": true, "seldom": true, "sometimes": true,
	// Connectives join a claim to the one before it: Hobbes's "And
	// therefore if any two men desire the same thing ..." is not about
	// every other sentence he opens on "And therefore".
	"therefore": true, "wherefore": true, "thus": true, "hence": true, "moreover": true,
	"furthermore": true, "however": true, "nevertheless": true, "neverthelesse": true,
	"nonetheless": true, "accordingly": true, "consequently": true, "notwithstanding": true,
}

// kinOf maps each stem of the corpus to the query stems it matches.
func (b *builder) kinOf(stems map[string]float64) map[string]map[string]float64 {
	kin := map[string]map[string]float64{}
	add := func(t, q string, m float64) {
		if kin[t] == nil {
			kin[t] = map[string]float64{}
		}
		kin[t][q] = max(kin[t][q], m)
	}
	for q := range stems {
		for _, t := range thesaurus.Related(q) {
			if _, ok := b.idf[t]; ok {
				add(t, q, relatedMatch)
			}
		}
		for t := range b.idf {
			if t == q {
				add(t, q, exactMatch)
			} else if sameStemFamily(q, t) {
				add(t, q, familyMatch)
			}
		}
	}
	return kin
}

// familyIDF is the IDF of the corpus's stem of the same family as s, if it
// has one.
func (b *builder) familyIDF(s string) (float64, bool) {
	best, ok := 0.0, false
	for t, v := range b.idf {
		if sameStemFamily(s, t) && v > best {
			best, ok = v, true
		}
	}
	return best, ok
}

func specificity(stem string) float64 {
	n := max(1, thesaurus.Senses(stem))
	return 1 / math.Sqrt(1+math.Log(float64(n)))
}

// Match strengths of a sentence's word for a query's stem.
const (
	exactMatch   = 1
	familyMatch  = 0.7
	relatedMatch = 0.35
)

// sameStemFamily reports whether two stems are forms of one word the
// stemmer parts ("leader" and "leadership", "democrat" and "democraci",
// "communist" and "communism"): with at most one derivational ending taken
// off each, they meet in a base of five letters or more. "proper" and
// "properti" do not.
func sameStemFamily(a, b string) bool {
	if a == b {
		return true
	}
	if terms.CommonPrefix(a, b) < 5 {
		return false
	}
	for _, x := range bases(a) {
		for _, y := range bases(b) {
			if x == y && len(x) >= 5 {
				return true
			}
		}
	}
	return false
}

// derivations are endings that turn one form of an English word into
// another, as the Snowball stemmer leaves them.
var derivations = []string{"ship", "alism", "alist", "ism", "ist", "ation", "iz", "ic", "ical", "al", "ci", "i", "y", "t", "e", "er", "ment", "ness", "ity"}

// bases returns a stem and what is left of it without each derivational
// ending.
func bases(s string) []string {
	out := []string{s}
	for _, d := range derivations {
		if strings.HasSuffix(s, d) && len(s)-len(d) >= 5 {
			out = append(out, strings.TrimSuffix(s, d))
		}
	}
	return out
}

// Quote lengths, in words.
const (
	// cutWords: a sentence longer than this may be cut.
	cutWords = 60
	// keepWords is about how much of a cut sentence is kept.
	keepWords = 45
	// minKeepWords is the shortest cut kept.
	minKeepWords = 20
)

// quoteOf quotes a sentence as a student can read it: whole, or cut at a
// clause boundary with an ellipsis when it is longer than cutWords; a
// sentence that leans on a pronoun in the run that names whom it stands
// for (see linkRuns).
func quoteOf(s *sentence) Quote {
	if s.run != nil {
		return Quote{Ref: s.p.Ref, Text: runText(s.run)}
	}
	return sentenceQuote(s)
}

// sentenceQuote quotes one sentence alone, whole or cut; whole when its
// cut would leave a fragment: a long sentence a student can read is
// better than a short one he cannot ("... a file of soldiers, colonel,
// captain, corporal, privates, powder-monkeys …").
func sentenceQuote(s *sentence) Quote {
	if fragmentary(s.text) {
		return Quote{Ref: s.p.Ref, Text: s.text}
	}
	return Quote{Ref: s.p.Ref, Text: cut(s.text)}
}

// cutAtClause is cut for evidence whose usual cut leaves a fragment: a
// sentence of more than cutWords words is cut at its first semicolon or
// colon whose opening reads alone and is from minKeepWords to cutWords
// long. A sentence of 150 words, its main clause first and a list of
// paired vices after its first semicolon, was quoted whole, for its usual
// cut ended inside the participles that open it; one of 100 whose usual
// cut ended on a concession ("may indeed be earned, but ...") was quoted
// whole, though its second semicolon closes the concession's answer.
func cutAtClause(text string) string {
	if wordCount(text) <= cutWords {
		return text
	}
	for from := 0; ; {
		i := strings.IndexAny(text[from:], ";:")
		if i < 0 {
			return text
		}
		at := from + i
		kept := text[:at]
		n := wordCount(kept)
		if n > cutWords {
			return text
		}
		if n >= minKeepWords && balanced(kept) && readsAlone(text, kept) {
			return kept + " " + Ellipsis
		}
		from = at + 1
	}
}

// boundaries are where a clause may end, strongest first.
var boundaries = []string{"; ", ": ", " -- ", " — ", ", but ", ", and ", ", while ", ", though ", ", which ", ", so ", ", "}

// cut returns text whole if it is at most cutWords long, else its longest
// opening run of clauses up to keepWords words, balanced in its quotation
// marks and brackets, and an ellipsis.
func cut(text string) string {
	if wordCount(text) <= cutWords {
		return text
	}
	for _, sep := range boundaries {
		best := -1
		for from := 0; ; {
			i := strings.Index(text[from:], sep)
			if i < 0 {
				break
			}
			at := from + i
			n := wordCount(text[:at])
			if n > keepWords {
				break
			}
			if n >= minKeepWords && balanced(text[:at]) {
				best = at
			}
			from = at + len(sep)
		}
		if best > 0 {
			// A closing bracket ends a note's marker ("increases[41];"):
			// it stays with the "[" it closes.
			return strings.TrimRightFunc(text[:best], func(r rune) bool { return unicode.IsPunct(r) && r != ')' && r != ']' && r != '"' && r != '”' }) + " " + Ellipsis
		}
	}
	return text
}

// fragmentary reports whether the opening a long sentence is cut to
// reads as less than a clause a student can read alone (see readsAlone).
func fragmentary(text string) bool {
	q := cut(text)
	if q == text {
		return false
	}
	return !readsAlone(text, strings.TrimSuffix(q, " "+Ellipsis))
}

// readsAlone reports whether kept, an opening of text, reads as a clause
// a student can read alone: not a subordinate clause whose main clause
// was cut off ("Unless opinions favourable to democracy ..., are
// expressed with equal freedom …"), nor a clause the words cut off
// finish, as an apposition or a list's next item does ("the marks of
// being a fraud, a make-shift for a malignant purpose …", "a file of
// soldiers, colonel, captain, corporal, privates, powder-monkeys …"),
// nor a list of subjects whose verb comes after a dash that sums them
// up (resumedLater).
func readsAlone(text, kept string) bool {
	if leadsSubordinate(kept) && !mainClauseIn(kept) || awaitsVerb(kept) || resumedLater(text, kept) {
		return false
	}
	rest := strings.TrimLeft(text[len(kept):], ",;:-— ")
	if strings.Contains(strings.ToLower(kept), "not only") && strings.HasPrefix(rest, "but ") {
		// "I not only reject it because ..." leaves off the "but" it
		// promises.
		return false
	}
	if strings.HasPrefix(rest, "but ") && concedesRe.MatchString(finalClause(kept)) {
		// "friendships that are obtained by payments ... may indeed be
		// earned …" leaves off the "but they are not secured" that
		// the concession is made for: cut there, it says the opposite.
		return false
	}
	if strings.HasPrefix(text[len(kept):], ";") || strings.HasPrefix(text[len(kept):], ":") {
		return true
	}
	return endsClause(rest) && !leftOpen(kept) && !apposite(kept) && !inList(kept)
}

// awaitsVerb reports whether a cut opening ends on a participle's phrase
// set off by a comma ("having accustomed them to the rule of one man")
// and no clause of it has a finite verb: the phrase qualifies a subject
// whose verb the cut leaves off. "First then, in the beginning of
// things, the father's government of the childhood of those sprung from
// him, having accustomed them to the rule of one man …" claims nothing.
func awaitsVerb(kept string) bool {
	clause := kept[strings.LastIndexAny(kept, ";:")+1:]
	chunks := strings.Split(clause, ", ")
	if len(chunks) < 2 || !participlePhraseRe.MatchString(strings.TrimSpace(chunks[len(chunks)-1])) {
		return false
	}
	for _, c := range chunks[:len(chunks)-1] {
		if hasFiniteVerb(c) {
			return false
		}
	}
	return true
}

// participlePhraseRe opens a participle's phrase: "having accustomed
// them", "being simple", "leading the way".
var participlePhraseRe = lazyregexp.New(`^(?:having|being|\p{Ll}{3,}ing)\b`)

// hasFiniteVerb reports whether a clause holds a word that reads as a
// finite verb: an auxiliary or copula, a common verb in the past or the
// third person, or a word in -ed after a noun or a name.
func hasFiniteVerb(clause string) bool {
	ws := strings.Fields(clause)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, `,"“”'‘’()`))
		if finiteRe.MatchString(lw) || lw == "hath" || lw == "doth" || verbRe.MatchString(lw) || i > 0 && pastVerb(ws[:i], lw) {
			return true
		}
	}
	return false
}

// concedesRe grants a point that a "but" after it answers.
var concedesRe = lazyregexp.New(`(?i)\b(?:may|might|indeed|it is true|true it is|no doubt|doubtless|certainly|granted)\b`)

// finalClause returns the words of text after its last comma,
// semicolon or colon.
func finalClause(text string) string {
	return text[strings.LastIndexAny(text, ",;:")+1:]
}

// inList reports whether a cut opening ends inside a list of short items
// ("a file of soldiers, colonel, captain, corporal, privates,
// powder-monkeys …"): what the list belongs to comes after the cut.
func inList(kept string) bool {
	items := strings.Split(kept, ", ")
	if len(items) < 4 {
		return false
	}
	for _, it := range items[len(items)-3:] {
		if wordCount(it) > 2 || finiteRe.MatchString(it) {
			return false
		}
	}
	return true
}

// leftOpen reports whether a cut opening ends on a phrase it leaves open
// ("played an important …"); a name ends one ("Christ or the
// Apostles").
func leftOpen(kept string) bool {
	ws := strings.Fields(kept)
	r, _ := utf8.DecodeRuneInString(ws[len(ws)-1])
	return !unicode.IsUpper(r) && opensNounPhrase(kept)
}

// apposite reports whether a cut opening ends on a noun phrase set off
// by a comma with no verb of its own, an apposition whose clause goes on
// past the cut: "... and Dr. Godwin, a celebrated divine of his time …".
func apposite(kept string) bool {
	i := strings.LastIndex(kept, ", ")
	if i < 0 {
		return false
	}
	last := kept[i+2:]
	if !determinerOpenRe.MatchString(last) || finiteRe.MatchString(last) {
		return false
	}
	for i, w := range wordRe.FindAllString(last, -1) {
		// A participle after the determiner qualifies the noun ("a
		// celebrated divine"); one further on may be the verb.
		if i > 1 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// subordinateOpenRe opens a clause that leans on a main clause to come:
// "If ...", "Unless ...", "Inasmuch as ...", "Not ... but".
var subordinateOpenRe = lazyregexp.New(`(?i)^["“‘']?(?:if|unless|when|whenever|although|though|because|since|whereas|inasmuch|whether|while|until|not|provided)\b`)

// linkRe is the conjunction that joins a sentence to the one before it,
// before a subordinate clause that may open it: Hobbes's "But though
// there had never been any time, wherein ... warre one against another
// …" was cut before its main clause ("yet in all times, Kings ... are in
// continuall jealousies") and quoted as evidence.
var linkRe = lazyregexp.New(`^["“‘']?(?:But|And|Yet|For|Now|So|Nor|Or),?\s+`)

// setOffRe is an adverb a comma sets off at a sentence's opening, one
// that links it to what came before ("Thus, whether a family ..., or
// whether ...", "However, if ..."): the clause after it opens the
// sentence as much as its first word would. A subject an aside follows
// ("England, since the conquest, hath known ...") is none.
var setOffRe = lazyregexp.New(`^["“‘']?(?:\p{L}+ly|Thus|Hence|However|Therefore|Wherefore|Again|Now|Then|Still|Yet|Besides|Moreover|Indeed|Further|Furthermore|Nevertheless|Nonetheless|Otherwise|Thereafter|Hereafter|Afterwards|Meanwhile|Instead|Likewise|First|Secondly|Thirdly),\s+`)

// leadsSubordinate reports whether text opens on a subordinate clause
// once the conjunction or set-off word that links it to the sentence
// before is put aside: "But though the golden age ... had more virtue
// ..." and "Thus, whether a family by degrees grew up ..." wait for
// their main clauses ("yet, ...", "certain it is ...") as "Though" and
// "Whether" do.
func leadsSubordinate(text string) bool {
	text = strings.TrimSpace(text)
	return opensSubordinate(text) || opensSubordinate(linkRe.ReplaceAllString(text, "")) || opensSubordinate(setOffRe.ReplaceAllString(text, ""))
}

// opensSubordinate reports whether text opens on a subordinate clause.
func opensSubordinate(text string) bool {
	return subordinateOpenRe.MatchString(strings.TrimSpace(text))
}

// mainClauseIn reports whether a clause of text after its first opens
// on a subject and is no subordinate clause itself: "If a man who has
// no property refuses ..., he is put in prison".
func mainClauseIn(text string) bool {
	for from := 0; ; {
		i := strings.IndexAny(text[from:], ",;:")
		if i < 0 {
			return false
		}
		at := from + i + 1
		rest := strings.TrimLeft(text[at:], " -—")
		if (subjectOpenRe.MatchString(rest) || pronounOpensRe.MatchString(rest) || correlativeRe.MatchString(rest) || quantifiedMain(rest)) && !opensSubordinate(rest) {
			return true
		}
		from = at
	}
}

// quantifiedMain reports whether a clause is a main clause that
// subjectOpenRe misses: the "let" of a clause that urges or commands,
// which has no subject before its verb ("since nothing but blows will
// do, for pity's sake, let us come to a final separation"), or a
// subject a quantifier or a possessive opens with a finite verb before
// the clause's next comma ("If we omit it now, some Jivago may hereafter
// arise ..."). Without the verb it is an absolute phrase that waits for
// the main clause as the opening does ("every one in his turn growing
// up under it").
func quantifiedMain(clause string) bool {
	if hortativeRe.MatchString(clause) {
		return true
	}
	if !quantifierOpenRe.MatchString(clause) {
		return false
	}
	if i := strings.IndexAny(clause, ",;:"); i >= 0 {
		clause = clause[:i]
	}
	return hasFiniteVerb(clause)
}

// hortativeRe opens a clause that urges: "let us", "let their business be".
var hortativeRe = lazyregexp.New(`^let\s+(?:us|them|him|her|it|me|each|every|all|the|this|these|those|his|its|their|our|my|your|no)\b`)

// quantifierOpenRe opens a subject on a quantifier or a possessive.
var quantifierOpenRe = lazyregexp.New(`^(?:some|any|no|every|each|all|many|few|most|such|both|neither|either|nothing|none|his|its|their|our|my|your|those)\b`)

// correlativeRe opens the main clause that an opening "if" or "though"
// looks to: "When a man hath ... abandoned ... his Right; then is he
// said to be OBLIGED", "though the gift be Free, yet may the Right be
// understood to passe".
var correlativeRe = lazyregexp.New(`^(?:then|yet)\b`)

// balanced reports whether a span opens no quotation or bracket that it
// does not close.
func balanced(s string) bool {
	return strings.Count(s, `"`)%2 == 0 &&
		strings.Count(s, "(") == strings.Count(s, ")") &&
		strings.Count(s, "“") == strings.Count(s, "”") &&
		strings.Count(s, "[") == strings.Count(s, "]")
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// refsOf returns the refs of quotes without repeats, in order.
func refsOf(qs ...Quote) []essay.Ref {
	refs := make([]essay.Ref, 0, len(qs))
	for _, q := range qs {
		refs = append(refs, q.Ref)
		if q.Note != nil {
			refs = append(refs, q.Note.Ref)
		}
	}
	return dedupe(refs)
}

// refsUnion joins lists of refs without repeats, in reading order.
func refsUnion(lists ...[]essay.Ref) []essay.Ref {
	var all []essay.Ref
	for _, l := range lists {
		all = append(all, l...)
	}
	out := dedupe(all)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

func dedupe(refs []essay.Ref) []essay.Ref {
	var out []essay.Ref
	seen := map[essay.Ref]bool{}
	for _, r := range refs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// curly puts text in curly double quotes: in the guide they mark words
// quoted verbatim, and nothing else.
func curly(text string) string { return "“" + text + "”" }

// joinList joins items as "a, b and c".
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// markersOf writes refs as citation markers, without repeats, in order:
// "[¶50], [¶53] and [note 7]".
func markersOf(refs []essay.Ref) string {
	var out []string
	for _, r := range dedupe(refs) {
		out = append(out, r.Marker())
	}
	return joinList(out)
}

// inOrder returns m's keys sorted. Sums of floats must be taken in one
// order: map order changes from run to run, and with it the last bits of
// a sum, which can flip a near tie and so change the guide.
func inOrder(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// maxRun is the most sentences Around quotes together.
const maxRun = 3

// Around returns the whole sentences of passage p that hold the span
// [at, end) of p.Text(), such as the words a model quoted, found there
// verbatim: a quote a student can read on its own, as the guide quotes
// evidence. A run of up to maxRun sentences is quoted whole; a single
// sentence of more than cutWords words is cut at a clause boundary, with
// an ellipsis, when the cut keeps the span. The footnote the last
// sentence marks, if the corpus holds it, is quoted after it.
//
//   - c: the corpus p belongs to, for its footnotes.
//   - p: the passage.
//   - at, end: byte offsets into p.Text().
func Around(c *essay.Corpus, p *essay.Passage, at, end int) (Quote, bool) {
	if p == nil {
		return Quote{}, false
	}
	text := p.Text()
	if at < 0 || end > len(text) || at >= end {
		return Quote{}, false
	}
	var run []essay.Sentence
	from := 0
	for _, s := range p.Sentences {
		found, ok := citation.Verbatim(text[from:], s.Text)
		if !ok {
			continue
		}
		i := from + strings.Index(text[from:], found)
		j := i + len(found)
		from = j
		if j <= at || i >= end {
			continue
		}
		run = append(run, s)
	}
	if len(run) == 0 || len(run) > maxRun {
		return Quote{}, false
	}
	var parts []string
	for _, s := range run {
		parts = append(parts, s.Text)
	}
	q := Quote{Ref: p.Ref, Text: strings.Join(parts, " ")}
	if len(run) == 1 {
		// A cut keeps the sentence's opening: it may stand only when the
		// span ends before it.
		if cut := cut(run[0].Text); cut != run[0].Text {
			if _, keeps := citation.Verbatim(strings.TrimSuffix(cut, " "+Ellipsis), text[at:end]); keeps {
				q.Text = cut
			}
		}
	}
	if n := run[len(run)-1].Note; n != 0 && c != nil {
		if note, ok := c.Passage(p.NoteRef(n)); ok && len(note.Sentences) > 0 {
			q.Note = &Quote{Ref: note.Ref, Text: cut(note.Sentences[0].Text)}
		}
	}
	return q, true
}
