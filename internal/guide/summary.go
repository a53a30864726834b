package guide

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// maxSummary is the most paragraphs the summary gives a sentence: a text of
// more gets its weightiest paragraphs', in order. A teacher wants the
// brief under a page: forty sentences (Tolstoy's Second Epilogue gave 40
// of its 46 paragraphs) are a second reading of the text, not a brief.
// Fifteen keeps a text of the essay's length whole.
const maxSummary = 15

// thesisRe marks the author stating a position: "In fact", "I believe",
// "I suspect", "the real cause"; not "the real Eldorado", a name.
var thesisRe = lazyregexp.New(`(?i)\bin fact\b|\bI (?:believe|suspect|suggest|think|argue|contend|hold|maintain)\b|\bclearly\b|(?-i:\b[Tt]he (?:fundamental|central|real|main) \p{Ll}+\b)|\bmust have\b|\bit follows\b`)

// sumsUpRe marks the author drawing an argument's threads together: "The
// sum of the whole is, that ...", "In short", "To sum up". What follows
// is the claim the argument was made for.
var sumsUpRe = lazyregexp.New(`(?i)\bthe sum of (?:the whole|all|it)\b|^(?:in (?:short|sum|conclusion|brief)|to (?:sum up|conclude)|on the whole|all in all)\b|\b(?:I|we) (?:conclude|infer)\b`)

// central returns the sentence that best states what a passage claims,
// with its weight: one that shares the most with the rest of its passage
// and with the text's recurring words, and that claims rather than asks,
// leans or sets a scene. Its place in the passage plays no part.
func (b *builder) central(ref essay.Ref) (*sentence, float64) {
	ss := b.of[ref]
	var best *sentence
	bestScore := 0.0
	for _, s := range ss {
		if v := b.centrality(s, ss); best == nil || v > bestScore {
			best, bestScore = s, v
		}
	}
	return best, bestScore
}

// centrality weighs a sentence as the statement of its passage's claim.
func (b *builder) centrality(s *sentence, passage []*sentence) float64 {
	if len(s.stems) == 0 {
		return 0
	}
	var cohesion, salience float64
	for _, st := range inOrder(s.stems) {
		in, idf := s.stems[st], b.idf[st]
		shared := 0
		for _, o := range passage {
			if o != s {
				if _, ok := o.stems[st]; ok {
					shared++
				}
			}
		}
		cohesion += in * idf * float64(shared)
		salience += in * idf * math.Log(1+float64(b.spread(st)))
	}
	n := math.Sqrt(float64(len(s.stems)))
	v := (cohesion + salience) / n
	return v * claimFactor(s)
}

// cutShortRe ends a sentence on an abbreviation that stands before
// what it abbreviates ("McCulloch v.", "cf.", "e.g."): the sentence was
// cut short there.
var cutShortRe = lazyregexp.New(`(?:\s(?:v|vs|cf|e\.g|i\.e|viz)\.)$`)

// passiveReportRe tells a view in the passive, naming no one who holds
// it: "had been thought necessary", "is said to". "It may be said" is
// not one: it puts an objection the author goes on to answer.
var passiveReportRe = lazyregexp.New(`(?i)\b(?:had been|has been|was|were|is|are) (?:thought|said|believed|held|considered)\b`)

// claimFactor favours a sentence that states a position and disfavours
// one that asks, leans on the sentence before it, points to a source or
// speaks of the text itself.
func claimFactor(s *sentence) float64 {
	f := 1.0
	if thesisRe.MatchString(s.text) || sumsUpRe.MatchString(s.text) {
		f *= 1.6
	}
	if s.roles&(flat|judges|explains|contrasts|defines) != 0 {
		f *= 1.2
	}
	switch {
	case s.shouts:
		f *= 0.05
	case s.question:
		f *= 0.4
	case bibRe.MatchString(s.text):
		f *= 0.1
	}
	switch {
	case s.leans == leansHard && s.run == nil:
		// No run names whom its pronoun stands for.
		f *= 0.05
	case s.leans == leansHard:
		f *= 0.3
	case s.leans == leansLight:
		f *= 0.75
	}
	if s.run == nil && danglingPerson(s.text) {
		// Read alone, "but they put themselves on a level with wood"
		// leaves a student asking who: the brief gives no sentence
		// before it.
		f *= 0.3
	}
	if s.roles.has(meta) {
		f *= 0.5
	}
	if s.run == nil && withholds(s) {
		// "The point I make, then, is this." promises a claim the
		// brief does not give.
		f *= 0.1
	}
	if introducesNext(s.text) && s.n <= shortSentence {
		// "But the orator, looking askew, said:" gives the brief
		// nothing but a promise of the words after it; a longer one
		// says what comes ("Mr. Washington distinctly asks that black
		// people give up ... three things,--").
		f *= 0.05
	}
	if cutShortRe.MatchString(s.text) {
		// The splitter stopped at an abbreviation: "... in the case of
		// McCulloch v." is half a sentence.
		f *= 0.05
	}
	if s.roles.has(reports) && !passiveReportRe.MatchString(s.text) {
		// A view the author reports is not his claim, and read alone in
		// the brief it passes for one: "Another man says the locomotive
		// moves because its wheels go round." was a paragraph's summary,
		// in a paragraph that sets three such views up to refute them.
		// A view told in the passive ("incentives had been thought
		// necessary") is the author's account of the past, and stays.
		f *= 0.3
	}
	if s.voiced {
		// Others' demand in the author's words is not his summary:
		// Lincoln's ¶72 once gave "Senator Douglas's new sedition law
		// must be enacted ..." as his own.
		f *= 0.05
	}
	switch {
	case stray(s.text) || insideQuotation(s):
		// Part of a quotation that runs on into the next sentence, or
		// began in the one before ("In the discussion of ... in the census
		// reports.""): someone else's words, and a stray quote mark.
		f *= 0.02
	case quotedShare(s.text) > 0.5:
		// Mostly someone else's words: the author quotes, he does not
		// claim.
		f *= 0.3
	}
	switch {
	case s.run != nil || s.n <= cutWords:
	case tooLongAlone(s):
		// Neither cut nor whole does it state the paragraph in a
		// sentence a student reads at once: a brief gave 173 words of
		// a sentence that waits for its main clause ("But though the
		// golden age ... had more virtue ...: yet, ... men found it
		// necessary ...").
		f *= 0.01
	case fragmentary(s.text):
		// Cut to fit, the sentence leaves the brief a fragment: Mill's
		// ¶36 gave "Unless opinions favourable to democracy ... are
		// expressed with equal freedom …".
		f *= 0.1
	default:
		// A brief states each paragraph in a sentence a student reads
		// at once, not one cut to fit.
		f *= 0.6
	}
	if s.n < 7 && !thesisRe.MatchString(s.text) {
		f *= 0.7
	}
	return f
}

// spread counts the passages that use a stem.
func (b *builder) spread(st string) int {
	if b.spreadOf == nil {
		b.spreadOf = map[string]int{}
		for _, ss := range b.of {
			seen := map[string]bool{}
			for _, s := range ss {
				for t := range s.stems {
					seen[t] = true
				}
			}
			for t := range seen {
				b.spreadOf[t]++
			}
		}
	}
	return b.spreadOf[st]
}

// paragraphs returns the corpus's paragraphs (not its notes) that hold a
// sentence.
func (b *builder) paragraphs() []*essay.Passage {
	var out []*essay.Passage
	for _, p := range b.c.Passages {
		if p.Ref.Kind == essay.Paragraph && len(b.of[p.Ref]) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// centralPick is a paragraph's central sentence, its weight, and the
// paragraph's place among the text's paragraphs.
type centralPick struct {
	s *sentence
	v float64
	i int
}

// centrals returns the central sentence of every paragraph, in order.
func (b *builder) centrals() []centralPick {
	var out []centralPick
	for i, p := range b.paragraphs() {
		s, v := b.central(p.Ref)
		out = append(out, centralPick{s, v, i})
	}
	return out
}

// summary gives each paragraph its central sentence, in order; a text of
// more than maxSummary paragraphs gets those of briefPicks.
func (b *builder) summary() []Quote {
	var picks []centralPick
	for _, p := range briefPicks(b.centrals()) {
		if !tooLongAlone(p.s) {
			// A stretch whose every sentence is one is left out: the
			// brief is read at a glance.
			picks = append(picks, p)
		}
	}
	out := make([]Quote, len(picks))
	for i, p := range picks {
		out[i] = quoteOf(p.s)
		if p.s.run == nil {
			if out[i].Text == p.s.text {
				// A sentence whose usual cut leaves a fragment may end
				// readably at a semicolon (see cutAtClause).
				out[i].Text = cutAtClause(p.s.text)
			}
			out[i].Text = trimStrayMark(out[i].Text)
		}
		if next := b.after(p.s); p.s.run == nil && next != nil && cutShortRe.MatchString(p.s.text) {
			// Half a sentence ("... in the case of McCulloch v.") is
			// read with the words it stopped before, cut at a clause.
			out[i].Text = cut(p.s.text + " " + next.text)
		}
	}
	return out
}

// briefPicks keeps every paragraph's pick of a text of at most maxSummary
// paragraphs. Of a longer text it keeps the first and the last (they
// state and sum up what the text is about: a thesis often stands in the
// first) and the weightiest of each of equal stretches between, in order.
// A brief of the weightiest alone bunched where the sentences ran long
// and left whole stretches of the argument out, up to forty-four
// paragraphs in a row.
func briefPicks(picks []centralPick) []centralPick {
	n := len(picks)
	if n <= maxSummary {
		return picks
	}
	mid, k := picks[1:n-1], maxSummary-2
	out := []centralPick{picks[0]}
	for i := range k {
		out = append(out, weightiest(mid[i*len(mid)/k:(i+1)*len(mid)/k]))
	}
	return append(out, picks[n-1])
}

// weightiest returns the pick of most weight, the first of equals.
func weightiest(picks []centralPick) centralPick {
	best := picks[0]
	for _, p := range picks[1:] {
		if p.v > best.v {
			best = p
		}
	}
	return best
}

// trimStrayMark takes off the one quotation mark of a sentence when it
// stands at either end, opening what the sentence does not close or
// closing what it does not open: a paragraph that is all one speech ("I
// am going away to the Great House Farm! ...") has no sentence free of
// one, and the mark, alone, reads as a slip. What is left stands
// verbatim in the text.
func trimStrayMark(text string) string {
	for _, m := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		n := strings.Count(text, m[0])
		if m[1] != m[0] {
			n += strings.Count(text, m[1])
		}
		if n != 1 {
			// A line of dialogue that opens a speech and goes on
			// (""No effect without a cause," he answered; "the whole
			// is ...") keeps its marks, which pair as the text pairs
			// them.
			continue
		}
		if t, ok := strings.CutPrefix(text, m[0]); ok {
			return t
		}
		if t, ok := strings.CutSuffix(text, m[1]); ok {
			return t
		}
	}
	return text
}

// claims returns the text's central claims as the guide's questions: the
// central sentences of its weightiest paragraphs, statements a student
// can read alone, at most MaxClaims, no two from neighbouring paragraphs,
// in reading order.
func (b *builder) claims() []*Question {
	return b.claimsAvoiding(nil, MaxClaims)
}

// claimsAvoiding returns at most n central claims, as claims does, from
// paragraphs neither among nor next to those of avoid: the questions a
// text asks itself, which a guide fills out with its claims.
func (b *builder) claimsAvoiding(avoid []essay.Ref, n int) []*Question {
	var picks []centralPick
	var chosen []centralPick
	// A story's central sentences are its scenes, which need do nothing
	// a claim does: "Aunt Hester went out one night".
	story, weigh := b.voice.Narrates(), argues
	if story {
		weigh = b.happens
	}
	for i, p := range b.paragraphs() {
		if slices.Contains(avoid, p.Ref) {
			chosen = append(chosen, centralPick{i: i})
			continue
		}
		ss := b.of[p.Ref]
		var best *sentence
		bestV := 0.0
		for _, s := range ss {
			if s.question || !claimable(s, b.lower) || s.roles&claimRoles == 0 && !story || s.n < 6 || s.n > cutWords || bibRe.MatchString(s.text) || b.spoken(s) || unmarkedSpeechRe.MatchString(s.text) || verse(s.p, s.p.Sentences[s.i]) || procedure(s.text) {
				continue
			}
			if v := b.centrality(s, ss) * weigh(s); best == nil || v > bestV {
				best, bestV = s, v
			}
		}
		if best != nil {
			picks = append(picks, centralPick{best, bestV, i})
		}
	}
	sort.SliceStable(picks, func(i, j int) bool {
		// A paragraph that only tells what happened gives a claim only
		// when too few argue.
		if ni, nj := argues(picks[i].s) < narratedBelow, argues(picks[j].s) < narratedBelow; ni != nj && !story {
			return nj
		}
		// A story's paragraph that tells no event gives a scene only
		// when too few tell one.
		if ui, uj := b.happens(picks[i].s) < untoldBelow, b.happens(picks[j].s) < untoldBelow; story && ui != uj {
			return uj
		}
		return picks[i].v > picks[j].v
	})
	avoided := len(chosen)
	chosen = spreadPicks(picks, chosen, n+avoided, story)[avoided:]
	sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].i < chosen[j].i })
	out := make([]*Question, len(chosen))
	for i, c := range chosen {
		out[i] = &Question{Text: claimText(c.s), Ref: c.s.p.Ref, Origin: Claim}
	}
	return out
}

// procedureRe is a step of a plan the text lays out, "let" and a thing
// to be done ("In the next assembly, let a county be taken by lot
// ..."), or the author's announcement of what follows ("I offer the
// following hints; ..."). "Let us ..." urges, "let it go" judges, and
// "the data presented in the following chapters bear out ..." argues:
// each stays a claim.
var procedureRe = lazyregexp.New(`(?i)^(?:[^,;:]{0,80},\s*)?let\s+(?:a|an|the|each|every|one|some|no|this|that|these|those)\s+[^,;:]{1,40}?\bbe\s+\p{L}+(?:ed|en|wn)\b|\bI\s+(?:offer|propose|submit|subjoin|lay before you)\s+(?:\p{L}+\s+){0,2}?(?:the following|as follows)\b|\bas follows\b`)

// procedure reports whether a sentence lays out a step of a plan or
// announces what follows (see procedureRe): a class can carry it out or
// read on, but has nothing to argue. Paine's claims included "Wherefore,
// as an opening into that business, I offer the following hints; ..."
// and "In the next Congress, let a colony be taken by lot from twelve
// only, ...".
func procedure(text string) bool { return procedureRe.MatchString(text) }

// suchThatRe is "such" looking ahead to what it is, not back: "in such a
// way that", "such a thing as".
var suchThatRe = lazyregexp.New(`(?i)\bsuch\s+(?:\p{L}+\s+){0,3}?(?:that|as)\b`)

// claimable reports whether a sentence can be a claim a student reads
// alone: it stands alone, or leans only by an opening connective or a
// pronoun its own sentence gives the person for ("Nevertheless a prince
// ought to inspire fear in such a way that, if he does not win love, he
// avoids hatred"), not by a word that stands for something said before
// ("this characteristic", "such observance"). An author who ties every
// sentence to the last by "Therefore" or "Nevertheless" left whole
// chapters without a claim.
//
//   - lower: the words the text writes in lower case (see leaningIn).
func claimable(s *sentence, lower map[string]bool) bool {
	switch s.leans {
	case standsAlone:
		return true
	case leansHard:
		return false
	}
	rest := selfRefRe.ReplaceAllString(connectiveRe.ReplaceAllString(s.text, ""), "")
	rest = suchThatRe.ReplaceAllString(rest, "")
	if r, size := utf8.DecodeRuneInString(rest); size > 0 {
		// "And that was how ..." points back as "That was how" does.
		rest = string(unicode.ToUpper(r)) + rest[size:]
	}
	return !demonstrativeRe.MatchString(rest) && !pointsBack(rest) && pronounHasPerson(rest, lower)
}

// anyoneSubjectRe opens a sentence on anyone of a kind, whom a later
// "he" stands for: "a prince ought to ... if he does not win love".
var anyoneSubjectRe = lazyregexp.New(`(?i)^(?:a|an|every|any|each)\s+\p{L}+`)

// pronounHasPerson reports whether the first personal pronoun of text,
// if any, has before it in text a name, a plural noun for "they", or,
// for "he" or "she", a subject that is anyone of a kind. "Even after the
// victory they obtained on their arrival" names nobody "they" could be.
func pronounHasPerson(text string, lower map[string]bool) bool {
	loc := pronounRe.FindStringIndex(text)
	if loc == nil || hasNameBefore(text, loc[0], lower) {
		return true
	}
	return !strings.HasPrefix(strings.ToLower(text[loc[0]:loc[1]]), "th") && anyoneSubjectRe.MatchString(text)
}

// spreadPicks adds picks, weightiest first, to chosen until it holds n:
// first those of paragraphs not next to a chosen one, then the other
// arguing ones, and only then narration from anywhere. An author who
// states his method in three paragraphs in a row ("the conclusions I have
// drawn ... may safely be relied on") argues in each, and a claim kept
// apart from its neighbours told of a king taking a throne instead.
// The paragraphs chosen already (those of the text's own questions) keep
// their neighbours out in every turn.
//
// A story's picks all tell (story): none waits for arguing ones, and
// as many make a guide as arguing ones do.
func spreadPicks(picks, chosen []centralPick, n int, story bool) []centralPick {
	taken, asked := map[int]bool{}, map[int]bool{}
	for _, c := range chosen {
		taken[c.i], asked[c.i] = true, true
	}
	near := func(p centralPick) bool { return taken[p.i-1] || taken[p.i+1] }
	add := func(ok func(centralPick) bool) {
		for _, p := range picks {
			if len(chosen) >= n {
				return
			}
			if !taken[p.i] && !asked[p.i-1] && !asked[p.i+1] && ok(p) {
				chosen = append(chosen, p)
				taken[p.i] = true
			}
		}
	}
	if story {
		add(func(p centralPick) bool { return !near(p) && len(chosen) < len(asked)+enoughArguing })
		return chosen
	}
	argued := func(p centralPick) bool { return argues(p.s) >= narratedBelow }
	add(func(p centralPick) bool { return argued(p) && !near(p) })
	add(argued)
	if arguing := len(chosen) - len(asked); arguing < enoughArguing {
		n = min(n, len(asked)+enoughArguing)
		add(func(p centralPick) bool { return !near(p) })
	}
	return chosen
}

// enoughArguing is how many claims that argue make a guide: past them,
// no narrated paragraph is added to reach MaxClaims.
const enoughArguing = 6

// Cues of a scene and of others' speech: a narrated event ("I was put
// into a jail once on this account, for one night") tells what happened
// (for its tense, see tenseOf).
var (
	sceneRe = lazyregexp.New(`(?i)\b(?:once|one (?:night|day|morning|evening)|(?:the )?next (?:day|morning|night)|that (?:night|day|morning|evening|time)|in the (?:morning|evening|night)|yesterday|last night)\b`)
	// unmarkedSpeechRe is speech given without quotation marks: "the Lord
	// said unto Samuel, Hearken unto ...".
	unmarkedSpeechRe = lazyregexp.New(`\b(?:said|saith|says|answered|replied|cried)(?:\s+(?:unto|to)\s+\p{L}+)?,\s+\p{Lu}`)
	personRe         = lazyregexp.New(`\b(?:I|we|We|me|us|my|My|our|Our)\b`)
)

// arguesNow reports whether text has a verb of the present or a modal
// by which a claim argues what is or must be; "has" and "have" make the
// perfect of a past event too ("I have seen him whip a woman"), and
// argue nothing by themselves.
func arguesNow(text string) bool { return tenseOf(text).has(present&^presentHave | presentNeed) }

// arguesPast reports whether text tells what happened: a past
// auxiliary, "used to", or a pronoun's verb in "-ed" ("they raided"),
// not a participle that may qualify a noun of the present.
func arguesPast(text string) bool { return tenseOf(text).has(pastAux | usedTo | pastEdAfterPronoun) }

// narratedBelow is the weight under which argues reads a sentence as
// telling what happened.
const narratedBelow = 0.5

// argues weighs a sentence as a claim a class can argue: one in the
// present or with a modal verb, judging or prescribing, counts for more;
// one that only tells what happened, in the past and with no judgment,
// for less, and less again when it sets a scene or the author tells of
// himself.
func argues(s *sentence) float64 {
	present, past := arguesNow(s.text), arguesPast(s.text)
	weighs := s.roles&(judges|prescribes|supposes|uncertain) != 0 || thesisRe.MatchString(s.text) || sumsUpRe.MatchString(s.text)
	f := 1.0
	switch {
	case present && !past:
		f = 1.25
	case past && !present && !weighs:
		f = 0.35
	}
	if sceneRe.MatchString(s.text) {
		f *= 0.5
	}
	if past && personRe.MatchString(s.text) && !weighs {
		f *= 0.6
	}
	if weighs {
		f *= 1.2
	}
	if s.roles.has(reports) {
		// "Let us take care, it may be said, ...": an objection the
		// author states to answer it is no claim of his.
		f *= reportedClaim
	}
	if namingClaimRe.MatchString(s.text) && !weighs {
		// "I suppose the "thirty-nine" ... may be fairly called our
		// fathers": a definition sets the terms an argument uses; it is
		// not what the text argues.
		f *= definitionClaim
	}
	return f
}

// definitionClaim scales a sentence that names what something may be
// called, as a claim.
const definitionClaim = 0.5

// namingClaimRe is a sentence's predicate that names something ("may be
// fairly called our fathers"), not an aside that borrows a name ("what
// are called the wise and the good"); or a subject that is a name ("The
// young man's name was Ned Roberts").
var namingClaimRe = lazyregexp.New(`(?i)(?:^|[^t] )(?:is|are|was|were|be)\s+(?:\p{L}+ly\s+)?(?:called|termed|named|known as)\b|\bnames? (?:is|are|was|were)\s+\p{Lu}`)

// reportedClaim scales a sentence that gives someone else's view, as a
// claim of the author's.
const reportedClaim = 0.3

// stray reports whether a sentence is a fragment a reader cannot take as
// written: its quotation marks or brackets do not balance (it opens a
// quotation the next sentence closes, or closes one the sentence before
// opened), or it opens on punctuation that ends or continues something
// (a closing mark, a comma, a dash).
func stray(text string) bool {
	text = strings.TrimSpace(text)
	if !balanced(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	return strings.ContainsRune(`)]}”’,;:.—–-`, r)
}

// insideQuotation reports whether a sentence stands inside a quotation
// that an earlier sentence of its block opened and has not closed: the
// middle of a long quoted speech ("... But what will become of the West
// ...", inside Beecher's words), balanced in itself but not the author's.
func insideQuotation(s *sentence) bool {
	open := false
	block := s.p.Sentences[s.i].Block
	for _, o := range s.p.Sentences[:s.i] {
		if o.Block != block {
			continue
		}
		for _, r := range o.Text {
			switch r {
			case '"':
				open = !open
			case '“':
				open = true
			case '”':
				open = false
			}
		}
	}
	return open
}

// quotedShare is the share of a sentence's words that stand inside
// quotation marks: someone else's words, or terms set apart.
func quotedShare(text string) float64 {
	total := wordCount(text)
	if total == 0 {
		return 0
	}
	in := 0
	for _, m := range quotedSpanRe.FindAllString(text, -1) {
		in += wordCount(m)
	}
	return float64(in) / float64(total)
}

// quotedSpanRe is a span in quotation marks, straight or curly.
var quotedSpanRe = lazyregexp.New(`"[^"]*"|“[^”]*”`)

// after returns the sentence after s in its block, or nil.
func (b *builder) after(s *sentence) *sentence {
	for _, o := range b.of[s.p.Ref] {
		if o.i == s.i+1 && o.p.Sentences[o.i].Block == s.p.Sentences[s.i].Block {
			return o
		}
	}
	return nil
}

// subjectPronounRe is a pronoun that stands for people as a clause's subject or
// object.
var subjectPronounRe = lazyregexp.New(`\b(?:[Hh]e|[Ss]he|[Tt]hey|him|her|them)\b`)

// danglingPerson reports whether a sentence speaks of people by a pronoun
// it names no one for: "This is no reason why I should do as they do".
// "He who knows only his own side" stands for anyone.
func danglingPerson(text string) bool {
	for _, loc := range subjectPronounRe.FindAllStringIndex(text, -1) {
		if hasNameBefore(text, loc[0], nil) {
			return false
		}
		if !genericRe.MatchString(text[loc[1]:]) {
			return true
		}
	}
	return false
}

// claimText is a claim as the guide states it: the sentence, or with the
// sentence after it when it leaves what it names to that one ("The real
// cause I consider to be the one which was formally most kept out of
// sight. The growth of the power of Athens ... made war inevitable.").
func claimText(s *sentence) string {
	if s.run != nil && s.run[0] == s {
		return runText(s.run)
	}
	return s.text
}
