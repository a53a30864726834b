package guide

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// Every question of a guide has MinEvidence to MaxEvidence sentences of
// evidence, however they were chosen.
const (
	MinEvidence = 2
	MaxEvidence = 4
)

// Evidence choices.
const (
	// perQuestion is how many sentences the offline guide gives a
	// question.
	perQuestion = 3
	// maxServe is how many questions one sentence may serve.
	maxServe = 2
	// pool is how many passages retrieval ranks for a question; their
	// rank adds to their sentences' scores.
	pool = 12
	// rankWeight is what the first-ranked passage adds to its sentences'
	// topical share; the rest add less, by rank.
	rankWeight = 0.15
	// minTopical is the share of a question a sentence must speak to to
	// be its evidence, and relevantShare the share of the best sentence's.
	minTopical    = 0.15
	relevantShare = 0.3
	// studiesShare scales a sentence about how the past is studied or
	// written, for a question that does not ask about that.
	studiesShare = 0.5
	// keepShare: after the first MinEvidence, a sentence is added only if
	// it scores at least this share of the question's best.
	keepShare = 0.4
	// Spreading: a sentence that already serves a question, a passage
	// other questions already quote, and a second sentence from a passage
	// this question quotes each count for less.
	servedFactor = 0.5
	// newPassageBonus favours a passage no question quotes yet.
	newPassageBonus = 0.1
	passageFactor   = 0.85
	twiceFactor     = 0.4
)

// qkind is what a question asks for, read from how it opens.
type qkind int

const (
	askWhat qkind = iota
	askOutcome
	askWhy
	askHow
	askDegree
	askYesNo
	askWho
	askWhen
	askClaim
)

// fitting are the roles of a sentence that answer each kind of question.
var fitting = map[qkind]role{
	askWhat:    defines | judges | contrasts | flat | explains | prescribes,
	askOutcome: supposes | uncertain | judges | flat | explains,
	askWhy:     explains | contrasts | judges,
	askHow:     explains | defines | contrasts,
	askDegree:  judges | explains | hedges | flat,
	askYesNo:   judges | flat | hedges | supposes | contrasts | explains,
	askWho:     reports | cites,
	askWhen:    dates,
	askClaim:   explains | cites | flat | contrasts | reports | judges,
}

// claimRoles are the roles of a sentence that says something, rather than
// sets a scene.
const claimRoles = defines | hedges | flat | contrasts | explains | judges | supposes | reports | uncertain | prescribes

var (
	// roleRe marks a question about what something is for.
	roleRe    = lazyregexp.New(`(?i)\b(?:role|function|purpose|job|task|duty|place)\b`)
	outcomeRe = lazyregexp.New(`(?i)\b(?:have )?(?:worked|work|succeed(?:ed)?|fail(?:ed)?|prevent(?:ed)?|accomplish(?:ed)?|achieve[d]?|hastened|impeded)\b`)
	// bibRe opens a sentence that only points to a source: "See pp. 150",
	// "Cited in"; also after a bracket a footnote's marker left astray
	// ("4 ] Ibid. Phidias ..." in the Federalist's notes).
	bibRe = lazyregexp.New(`^(?:[\])]\s*)?(?:\(?See\b|Cf\.|Cited in\b|Quoted in\b|For (?:a few |an )?examples?\b|Full text\b|Ibid\b|Op\. cit\b|\(?Source\b)`)
)

// kindOf reads what a question asks for.
func kindOf(q *Question) qkind {
	if q.Origin == Claim {
		return askClaim
	}
	ws := strings.Fields(strings.ToLower(q.Text))
	for len(ws) > 0 && (ws[0] == "or" || ws[0] == "and" || ws[0] == "but" || ws[0] == "so") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return askWhat
	}
	switch first := strings.Trim(ws[0], `"“'‘(`); first {
	case "why":
		return askWhy
	case "how":
		if len(ws) > 1 && (ws[1] == "far" || ws[1] == "much" || ws[1] == "important") {
			return askDegree
		}
		return askHow
	case "who", "whom", "whose":
		return askWho
	case "when":
		return askWhen
	case "to", "in":
		if strings.Contains(q.Text, "extent") || strings.Contains(q.Text, "degree") {
			return askDegree
		}
	case "would", "could", "can", "will", "might":
		if outcomeRe.MatchString(q.Text) {
			return askOutcome
		}
		return askYesNo
	case "is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "should":
		return askYesNo
	}
	return askWhat
}

// candidate sentences for one question, scored.
type scored struct {
	s       *sentence
	score   float64
	topical float64
}

// assignEvidence chooses each question's evidence, spreading it across
// the text: every question draws on the sentences that answer it best,
// a sentence serves at most maxServe questions, and passages that other
// questions already quote count for less. Questions take turns, the
// strongest claim on a sentence going first in each round.
func (b *builder) assignEvidence(ctx context.Context, themes []*Theme) error {
	var qs []*Question
	var lists [][]scored
	for _, th := range themes {
		theme := ""
		if th.Named != nil {
			// The text's own name for the theme says what its questions
			// are about ("the role of the party").
			theme = th.Name
		}
		for _, q := range th.Questions {
			list, err := b.scoreFor(ctx, q, theme, b.sentenceBefore(q))
			if err != nil {
				return err
			}
			qs, lists = append(qs, q), append(lists, list)
			b.lists[q] = list
		}
	}
	picked := make([][]scored, len(qs))
	passageUse := map[essay.Ref]int{}
	for round := 0; round < perQuestion; round++ {
		done := map[int]bool{}
		for len(done) < len(qs) {
			bi, bc, badj := -1, scored{}, 0.0
			for qi := range qs {
				if done[qi] {
					continue
				}
				c, adj, ok := b.offer(lists[qi], picked[qi], passageUse, round)
				if !ok {
					done[qi] = true
					continue
				}
				if round >= MinEvidence {
					// Past the quotes every question needs, each bids
					// for an optional one on its own scale, its score
					// against the question's best, as keepShare gates
					// it: on raw scores a question the text answers
					// only weakly took what the others left, though
					// it was a third quote one of them answered best
					// with.
					adj /= lists[qi][0].score
				}
				if bi < 0 || adj > badj {
					bi, bc, badj = qi, c, adj
				}
			}
			if bi < 0 {
				break
			}
			done[bi] = true
			picked[bi] = append(picked[bi], bc)
			b.serve(bc.s, 1)
			if !hasPassage(picked[bi][:len(picked[bi])-1], bc.s.p.Ref) {
				passageUse[bc.s.p.Ref]++
			}
		}
	}
	b.widen(picked, lists, passageUse)
	for qi, q := range qs {
		ps := picked[qi]
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].score > ps[j].score })
		for _, c := range ps {
			q.Evidence = append(q.Evidence, b.evidenceQuote(c.s, lists[qi]))
		}
	}
	return nil
}

// Widening: the guide's evidence should draw on most of the text's
// paragraphs. While fewer than that are quoted, a question takes a
// sentence of a paragraph no question quotes: as one more piece of
// evidence, if it has fewer than MaxEvidence and the sentence scores at
// least addShare of its weakest; or in place of a sentence whose
// paragraph stays quoted, if it scores at least swapShare of it. The move
// that loses least goes first; a sentence much weaker than those it
// joins is never taken to make up the number.
const (
	coverShare = 0.6
	swapShare  = 0.6
	addShare   = 0.5
)

// widen moves evidence toward paragraphs no question quotes.
func (b *builder) widen(picked [][]scored, lists [][]scored, passageUse map[essay.Ref]int) {
	target := int(math.Ceil(coverShare * float64(len(b.paragraphs()))))
	for covered(passageUse) < target {
		bq, bi, bc, best := -1, -1, scored{}, 0.0
		for qi, ps := range picked {
			c, ok := b.fresh(lists[qi], passageUse)
			if !ok {
				continue
			}
			if len(ps) < MaxEvidence && len(ps) > 0 {
				if r := c.score / weakest(ps); r >= addShare && r > best {
					bq, bi, bc, best = qi, -1, c, r
				}
			}
			for i, old := range ps {
				if passageUse[old.s.p.Ref] < 2 && countPassage(ps, old.s.p.Ref) < 2 {
					continue
				}
				if r := c.score / old.score; r >= swapShare && r > best {
					bq, bi, bc, best = qi, i, c, r
				}
			}
		}
		if bq < 0 {
			return
		}
		if bi < 0 {
			picked[bq] = append(picked[bq], bc)
		} else {
			old := picked[bq][bi]
			b.serve(old.s, -1)
			if countPassage(picked[bq], old.s.p.Ref) == 1 {
				passageUse[old.s.p.Ref]--
			}
			picked[bq][bi] = bc
		}
		b.serve(bc.s, 1)
		passageUse[bc.s.p.Ref]++
	}
}

// serve counts a sentence quoted as evidence for one more question (n =
// 1) or one fewer (n = -1): every sentence of its quote.
func (b *builder) serve(s *sentence, n int) {
	for _, p := range s.pieces() {
		b.served[p.key()] += n
	}
}

// servedMost is how many questions the most used sentence of s's quote
// serves.
func (b *builder) servedMost(s *sentence) int {
	most := 0
	for _, p := range s.pieces() {
		most = max(most, b.served[p.key()])
	}
	return most
}

// fresh returns the best sentence of a list from a paragraph no question
// quotes.
func (b *builder) fresh(list []scored, passageUse map[essay.Ref]int) (scored, bool) {
	for _, c := range list {
		if passageUse[c.s.p.Ref] == 0 && c.s.p.Ref.Kind == essay.Paragraph && b.servedMost(c.s) < maxServe {
			return c, true
		}
	}
	return scored{}, false
}

func weakest(ps []scored) float64 {
	w := ps[0].score
	for _, p := range ps[1:] {
		w = min(w, p.score)
	}
	return w
}

func covered(use map[essay.Ref]int) int {
	n := 0
	for r, u := range use {
		if u > 0 && r.Kind == essay.Paragraph {
			n++
		}
	}
	return n
}

func countPassage(cs []scored, ref essay.Ref) int {
	n := 0
	for _, c := range cs {
		if c.s.p.Ref == ref {
			n++
		}
	}
	return n
}

// offer returns the question's sentence not yet taken that scores best
// once spread over the guide, with that score, or false when none is good
// enough.
func (b *builder) offer(list []scored, mine []scored, passageUse map[essay.Ref]int, round int) (scored, float64, bool) {
	if len(list) == 0 {
		return scored{}, 0, false
	}
	top := list[0].score
	var best scored
	bestAdj, found := 0.0, false
	for _, c := range list {
		served := b.servedMost(c.s)
		if served >= maxServe || hasSentence(mine, c.s) {
			continue
		}
		adj := c.score
		for range served {
			adj *= servedFactor
		}
		others := passageUse[c.s.p.Ref]
		if hasPassage(mine, c.s.p.Ref) {
			others--
			if round < MinEvidence || !outscores(c, mine) {
				// Past the quotes every question needs, the stronger
				// of two sentences of a passage is not discounted for
				// the weaker taken first (see outscores).
				adj *= twiceFactor
			}
		}
		for range max(0, others) {
			adj *= passageFactor
		}
		if passageUse[c.s.p.Ref] == 0 {
			adj *= 1 + newPassageBonus
		}
		if round >= MinEvidence && c.score < keepShare*top {
			continue
		}
		if !found || adj > bestAdj {
			best, bestAdj, found = c, adj, true
		}
	}
	return best, bestAdj, found
}

// outscores reports whether c scores above every sentence of mine from
// its passage. A second sentence of a passage a question quotes counts
// twiceFactor, to spread the evidence; but when the one taken first is
// the weaker (taken while the stronger served another question), the
// stronger is what the question quotes the passage for, and an optional
// third quote keeps its weight: "Or did this model ... hasten ... the
// evolution of the Jivago state towards capitalism?" lost the sentence
// that answers it best, "Nor does democracy mean that capitalism itself
// could ever be voted out", to one on a coup and "hostile capitalist
// powers".
func outscores(c scored, mine []scored) bool {
	for _, m := range mine {
		if m.s.p.Ref == c.s.p.Ref && m.score >= c.score {
			return false
		}
	}
	return true
}

// hasSentence reports whether a quote of cs holds a sentence of s's.
func hasSentence(cs []scored, s *sentence) bool {
	for _, c := range cs {
		for _, x := range c.s.pieces() {
			for _, y := range s.pieces() {
				if x == y {
					return true
				}
			}
		}
	}
	return false
}

func hasPassage(cs []scored, ref essay.Ref) bool {
	for _, c := range cs {
		if c.s.p.Ref == ref {
			return true
		}
	}
	return false
}

// scoreFor scores every sentence that may answer q, best first: how much
// of what the question is about it speaks to (see focus), what retrieval
// thinks of its passage, and whether it does what the question asks for
// (a cause for "why", a judgment for "would it have worked"). A sentence
// that speaks to much less of the question than the best is left out,
// however well it fits.
//
//   - theme: the theme's name as the text gives it, or "".
//   - before: the question asked just before q in the same block, or "".
func (b *builder) scoreFor(ctx context.Context, q *Question, theme, before string) ([]scored, error) {
	// "Is it Democracy as in France, or ...?" after "But what do people
	// mean who proclaim that liberty is the palm ...?" asks about
	// liberty: the question before says what this one is about, and its
	// own words offer answers.
	prev := b.followedOn(q)
	text := strings.TrimSpace(prev + " " + q.Text)
	res, err := b.r.Retrieve(ctx, text, pool)
	if err != nil {
		return nil, fmt.Errorf("find evidence for %q: %w", q.Text, err)
	}
	rank := map[essay.Ref]int{}
	for i, h := range res.Hits {
		if _, ok := rank[h.Passage.Ref]; !ok {
			rank[h.Passage.Ref] = i
		}
	}
	f := b.focusOf(q.Text, theme, before)
	switch {
	case prev != "":
		f = b.followFocus(prev, q.Text, theme)
	case q.Origin == Claim:
		f = b.claimFocus(q.Text, theme, before)
	}
	var quotable []*sentence
	for _, s := range b.sents {
		if b.quotable(s, q) {
			quotable = append(quotable, s)
		}
	}
	f.within(quotable)
	rel := make([]float64, len(quotable))
	best := 0.0
	for i, s := range quotable {
		rel[i] = f.relevance(s)
		best = max(best, rel[i])
	}
	kind := kindOf(q)
	asksRole := roleRe.MatchString(q.Text)
	asksStudies := studiesRe.MatchString(q.Text) || citesRe.MatchString(q.Text)
	var qwords []string
	for _, w := range terms.Words(q.Text) {
		if !terms.IsStopword(w) && !weakWords[w] {
			qwords = append(qwords, w)
		}
	}
	var out, spare []scored
	// The MinEvidence most relevant sentences stay in, however little
	// they speak to the question: a question needs evidence to read.
	floor := nth(rel, MinEvidence)
	for i, s := range quotable {
		t := rel[i]
		if t == 0 || (t < minTopical || t < relevantShare*best) && t < floor {
			continue
		}
		oneWord := q.Origin == Claim && s.p.Ref != q.Ref && !b.bearsOnClaim(q.Text, s)
		// Speaking to the question counts first: a sentence that does
		// just what the question asks, about something else, does not
		// answer it.
		base := t * t
		if r, ok := rank[s.p.Ref]; ok {
			base += rankWeight * t / float64(1+r)
		}
		fs := fit(s, kind, definesAny(s.text, qwords))
		if asksRole && s.roles.has(prescribes) {
			// What something is for is answered by what it should do.
			fs *= 1.4
		}
		if s.roles.has(studies) && !asksStudies {
			// How the past is written answers a question about the past
			// only in passing.
			fs *= studiesShare
		}
		if q.Origin == Claim && b.near(q.Ref, s.p) {
			// A claim's evidence is the argument around it: what its
			// section says for it before what the rest of the text says.
			fs *= nearClaim
		}
		if oneWord {
			// A sentence of another paragraph that shares one word with
			// a claim ("case", "free") speaks of something else: it is
			// quoted only if the claim has too little evidence without it.
			spare = append(spare, scored{s: s, score: base * fs, topical: t})
			continue
		}
		out = append(out, scored{s: s, score: base * fs, topical: t})
	}
	if len(out) < MinEvidence {
		// Only as many as the claim lacks, the best of them: Turner's
		// claim on democracy drew "Good soils have been the most
		// continuous attraction to the farmer's frontier." beside the
		// sentences that spoke to it.
		sort.SliceStable(spare, func(i, j int) bool { return spare[i].score > spare[j].score })
		out = append(out, spare[:min(len(spare), MinEvidence-len(out))]...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return b.answerFirst(q, out), nil
}

// maxFollowing is the most items of a list after a question that closes
// its paragraph are read as its answer.
const maxFollowing = 4

// following returns the sentences that answer a question the text asks
// at the end of a paragraph (or before only a sentence that ends in a
// colon) when a list follows it: two or more short passages of one
// sentence each ("1 - The disfranchisement of the Negro."). Retrieval
// misses such an answer, which shares no words with its question. None
// for a question inside its paragraph, whose answer is the text around
// it, or one a paragraph follows, which may answer it or ask on.
func (b *builder) following(q *Question) []*sentence {
	if q.Origin != Asked {
		return nil
	}
	own := b.of[q.Ref]
	for len(own) > 0 && strings.HasSuffix(strings.TrimSpace(own[len(own)-1].text), ":") {
		// "In these years there have occurred:" announces the answer.
		own = own[:len(own)-1]
	}
	if len(own) == 0 || strings.TrimSpace(own[len(own)-1].text) != strings.TrimSpace(q.Text) {
		return nil
	}
	at, ok := b.c.Passage(q.Ref)
	if !ok {
		return nil
	}
	var out []*sentence
	for i := b.order(q.Ref) + 1; i < len(b.c.Passages) && len(out) < maxFollowing; i++ {
		p := b.c.Passages[i]
		if p.Ref.Kind != at.Ref.Kind || p.Ref.Source != at.Ref.Source || p.Section != at.Section {
			break
		}
		ss := b.of[p.Ref]
		if len(ss) == 0 {
			break
		}
		if len(ss) > 1 || ss[0].n > maxListItemWords || ss[0].question || b.spoken(ss[0]) {
			// A reply in a dialogue is no item of a list.
			break
		}
		out = append(out, ss[0])
	}
	if len(out) < 2 {
		// One short passage is a reply or an aside, not a list; a
		// paragraph after a question may answer it or ask on.
		return nil
	}
	return out
}

// maxListItemWords is the most words of a one-sentence passage read as
// an item of a list.
const maxListItemWords = 25

// answerFirst puts the sentences that follow a question as its answer
// (see following) first among its evidence, in the text's order.
func (b *builder) answerFirst(q *Question, out []scored) []scored {
	after := b.following(q)
	if len(after) == 0 {
		return out
	}
	top, topical := 1.0, 1.0
	if len(out) > 0 {
		top, topical = out[0].score, out[0].topical
	}
	var first []scored
	for i, s := range after {
		if b.quotable(s, q) {
			first = append(first, scored{s: s, score: top * (1 + float64(len(after)-i)/10), topical: topical})
		}
	}
	for _, sc := range out {
		if !slices.Contains(after, sc.s) {
			first = append(first, sc)
		}
	}
	return first
}

// nearClaim scales a sentence standing near the claim it is evidence for
// (see near).
const nearClaim = 2.0

// nearSpan is how many passages either side of a claim's stand near it in
// a text without sections.
const nearSpan = 3

// near reports whether passage p stands near the passage of ref: in its
// section, or, in a text without sections, within nearSpan passages.
func (b *builder) near(ref essay.Ref, p *essay.Passage) bool {
	at, ok := b.c.Passage(ref)
	if !ok || at.Ref.Source != p.Ref.Source {
		return false
	}
	if at.Section != "" {
		return p.Section == at.Section
	}
	d := b.order(at.Ref) - b.order(p.Ref)
	return max(d, -d) <= nearSpan
}

// followedOn returns the question the text asks just before q, in the
// same block, when q only follows on from it (see followsOn); else "".
func (b *builder) followedOn(q *Question) string {
	if q.Origin != Asked || !followsOn(q.Text) {
		return ""
	}
	own := b.of[q.Ref]
	for i := 1; i < len(own); i++ {
		s, prev := own[i], own[i-1]
		if s.text == q.Text && prev.question && prev.p.Sentences[prev.i].Block == s.p.Sentences[s.i].Block {
			return prev.text
		}
	}
	return ""
}

// followOnRe opens a question that names nothing it asks about: a
// pronoun subject after the verb ("Is it Democracy as in France, or
// ...?", "Was she his client, his friend, or his mistress?"), or an
// answer to the question before put as a question ("Not the king of
// England's; for he must have leave ... nor the king of France's; for
// how then ...?").
var followOnRe = lazyregexp.New(`(?i)^(?:(?:and|or|but|nor)\s+)?(?:(?:is|are|was|were|has|have|had|must|might|can|could|would|will|should|may|did|does|do|shall)\s+(?:it|they|he|she)\b|(?:not|no|neither|none)\s)`)

// emptyItQuestionRe is an empty "it" whose real subject comes later:
// "Is it not possible to take a step further ...?", "Is it to be
// presumed that ...".
var emptyItQuestionRe = lazyregexp.New(`(?i)^(?:(?:and|or|but|nor)\s+)?\S+\s+it\b[^;:,]*\b(?:that|to|whether|how|why)\b`)

// followsOn reports whether a question the text asks follows on from the
// one before it, whose subject it leaves unsaid (see followOnRe).
func followsOn(text string) bool {
	return followOnRe.MatchString(text) && !emptyItQuestionRe.MatchString(text)
}

// sentenceBefore returns what the text says just before the sentence
// that asks q: the sentence before it in the same block, and the one
// before that too when it leans on it in turn ("this form of
// government"); for a question that opens its passage, the last of the
// passage before. It is what the question's "this" or "they" points to. A
// question the text does not ask has none.
func (b *builder) sentenceBefore(q *Question) string {
	if q.Origin != Asked {
		return ""
	}
	var ss []*sentence
	for _, p := range b.c.Passages {
		ss = append(ss, b.of[p.Ref]...)
		if p.Ref == q.Ref {
			break
		}
	}
	at := -1
	for i, s := range ss {
		if s.p.Ref == q.Ref && s.text == q.Text {
			at = i
			break
		}
	}
	var out []string
	for i := at - 1; i >= 0 && len(out) < 2; i-- {
		s, next := ss[i], ss[i+1]
		sameBlock := s.p == next.p && s.p.Sentences[s.i].Block == next.p.Sentences[next.i].Block
		if !sameBlock && (s.p == next.p || next.i != 0 || s.p.Ref.Kind != next.p.Ref.Kind) {
			break
		}
		out = append([]string{s.text}, out...)
		if s.leans == standsAlone {
			break
		}
	}
	return strings.Join(out, " ")
}

// nth returns the n-th greatest of vs, or 0 when there are fewer.
func nth(vs []float64, n int) float64 {
	if len(vs) < n {
		return 0
	}
	sorted := append([]float64{}, vs...)
	sort.Sort(sort.Reverse(sort.Float64Slice(sorted)))
	return sorted[n-1]
}

// inRun reports whether a sentence's run quotes text.
func inRun(s *sentence, text string) bool {
	for _, r := range s.run {
		if r.text == text {
			return true
		}
	}
	return false
}

// quotable reports whether sentence s may be evidence for q: a statement a
// student can read alone, not the question itself or its passage, not a
// bare pointer to a source nor words that only introduce the next, and not a footnote whose marking sentence the
// corpus holds (that sentence is quoted instead, the note after it).
func (b *builder) quotable(s *sentence, q *Question) bool {
	switch {
	case s.question, s.shouts, s.leans == leansHard && s.run == nil, bibRe.MatchString(s.text), wordCount(s.text) < 4:
		return false
	case q.Origin == Claim && s.p.Ref == q.Ref && (strings.Contains(q.Text, s.text) || inRun(s, q.Text)):
		// Nor a run that quotes the claim again: Civil Disobedience's
		// first claim, "I heartily accept the motto ...", stood in its
		// own evidence, in a run with the sentence after it.
		return false
	case introducesNext(s.text):
		// A sentence that only introduces what follows it ("Such men
		// feel in conscience bound to ask of this nation three
		// things:") says nothing a student can read alone.
		return false
	case tooLongAlone(s):
		return false
	}
	if s.p.Ref.Kind == essay.Note {
		if len(s.p.CitedBy) > 0 {
			return false
		}
		// A note read alone must name its own subject: "Smith believes
		// this was a fatal mistake." leans on a sentence the reader cannot
		// see.
		return s.leans == standsAlone
	}
	return true
}

// fit scales a sentence's score by what it does: one that does what the
// question asks for counts most, one that says something counts more than
// one that sets a scene, and one that leans on the sentence before it, or
// speaks of the text itself, counts less.
//
//   - defined: whether the sentence defines a word of the question; a
//     sentence that defines another word ("the class
//     called the yeomanry") does not answer "What is ...?" by that.
func fit(s *sentence, kind qkind, defined bool) float64 {
	f := 1.0
	n := 0
	for r := role(1); r <= prescribes; r <<= 1 {
		if r == defines && !defined {
			continue
		}
		if fitting[kind].has(r) && s.roles.has(r) {
			n++
		}
	}
	f += 0.2 * float64(min(n, 3))
	if s.roles&claimRoles != 0 {
		f += 0.1
	}
	if s.leans == leansLight {
		f *= 0.7
	}
	if s.run != nil {
		f *= runShare
	}
	if s.roles.has(meta) {
		f *= 0.35
	}
	if s.quoted {
		// Another writer's words the author quotes answer a question of
		// the text less than his own: Mahan's Jomini, on firearms and
		// tactics, stood as evidence on why fleets met at one place.
		f *= quotedShareOfFit
	}
	if s.p.Ref.Kind == essay.Note {
		// A note mostly points to sources; the body argues. A note no
		// paragraph of the corpus marks belongs to a part of the text
		// the reader does not have.
		f *= 0.7
		if len(s.p.CitedBy) == 0 {
			f *= 0.6
		}
	}
	if s.n < 8 {
		f *= 0.8
	}
	// A long sentence holds more of any question's words by its length
	// alone.
	if s.n > 20 {
		f /= math.Sqrt(float64(s.n) / 20)
	}
	return f
}

// quotedShareOfFit is how much a quoted writer's sentence counts as
// evidence against the author's own.
const quotedShareOfFit = 0.6

// definesAny reports whether text defines one of words.
func definesAny(text string, words []string) bool {
	for _, w := range words {
		if d, _ := definesTerm(text, w); d {
			return true
		}
	}
	return false
}

// evidenceQuote quotes a chosen sentence, and the footnote it marks after
// it: the note's sentence that speaks most to the question, else its first.
func (b *builder) evidenceQuote(s *sentence, list []scored) Quote {
	q := quoteOf(s)
	if q.Text == s.text {
		// Evidence is read beside other evidence: a sentence of 150
		// words hides the others. A gloss or an answer keeps its
		// sentence whole, for the term or the answer may come late.
		q.Text = cutAtClause(s.text)
	}
	switch {
	case s.quoted && s.opens:
	case s.quoted:
		q.Says = b.voice.quotesLead(s.quotes, s.p.Ref.Kind == essay.Note)
	case s.voiced && demandRe.MatchString(s.text):
		q.Says = b.voice.othersDemand()
	case s.voiced:
		q.Says = b.voice.othersView()
	}
	if s.note == 0 {
		return q
	}
	ref := s.p.NoteRef(s.note)
	note := b.of[ref]
	if len(note) == 0 {
		return q
	}
	var best *sentence
	for _, c := range list {
		if c.s.p.Ref == ref && !foreign(c.s.text) && !c.s.quoted {
			best = c.s
			break
		}
	}
	for _, n := range note {
		if best == nil && !foreign(n.text) && !n.quoted {
			best = n
		}
	}
	if best == nil {
		// A note in another language ("Jhering says: “Die Schrift,
		// ...") tells a student nothing, and one of another writer's
		// words, after the author's sentence, reads as his.
		return q
	}
	nq := quoteOf(best)
	q.Note = &nq
	return q
}

// tooLongAlone reports whether a sentence is quoted whole at more than
// twice cutWords words, for no cut of it reads alone: beside other
// evidence, or in the brief, it hides the rest, and cut inside its
// opening clause ("Thus, whether a family by degrees grew up ...,
// tacitly submitted to it …") it says nothing.
func tooLongAlone(s *sentence) bool {
	return s.run == nil && s.n > 2*cutWords && sentenceQuote(s).Text == s.text && cutAtClause(s.text) == s.text
}

// basisRe marks what the author says the work rests on.
var basisRe = lazyregexp.New(`(?i)\bresearch\b|\bbasis\b|\bsources?\b|\bdrawn on\b|\bdocuments?\b|\barchives?\b`)

// ownWorkRe speaks of the text's own work: "The conclusions reached
// here", "my sources", "I have drawn on". A first-person sentence about
// sources of something else ("I believe that other ethics than any which
// can be evolved from exclusively Christian sources, must exist ...") says
// nothing of what the text rests on.
var ownWorkRe = lazyregexp.New(`(?i)\bhere\b|\bthis (?:essay|article|paper|chapter|book|study|work|section)\b|\b(?:my|our) (?:own )?(?:research|sources?|study|account|argument|conclusions|evidence|reading|materials?)\b|\bI (?:have )?(?:drawn|drew|relied|rely|used|use|consulted|consult|based)\b`)

// basis finds where the author says what the text's conclusions rest on,
// in the first person, preferring the passages that ask the guide's
// questions.
func (b *builder) basis(qs []*Question) *Quote {
	askers := map[essay.Ref]bool{}
	for _, q := range qs {
		if q.HasRef() {
			askers[q.Ref] = true
		}
	}
	var first, rest []*sentence
	for _, s := range b.sents {
		if s.question || s.p.Ref.Kind == essay.Note || !basisRe.MatchString(s.text) || !ownWorkRe.MatchString(s.text) {
			continue
		}
		if askers[s.p.Ref] {
			first = append(first, s)
		} else {
			rest = append(rest, s)
		}
	}
	for _, ss := range [][]*sentence{first, rest} {
		for _, s := range ss {
			if s.leans != leansHard {
				q := quoteOf(s)
				return &q
			}
		}
	}
	return nil
}
