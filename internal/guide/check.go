package guide

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/answer"
	"studyguide/internal/essay"
	"studyguide/internal/generate"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Check-your-reading questions.
const (
	// maxChecks is how many short-answer questions a guide asks.
	maxChecks = 10
	// maxCheckWords bounds a question and its answer sentence.
	maxCheckWords   = 28
	maxAnswerWords  = 60
	minSubjectWords = 1
	maxSubjectWords = 14
	// checksPerPassage is the most check questions one passage answers;
	// passages take turns, one question each a round.
	checksPerPassage = 3
)

// A check question is made from the sentence that answers it, by the
// transformations a teacher makes by hand: "The material benefits of high
// Party office must have played ..." asks "What must have played ...?";
// "Transcripts ... show that ..." asks "What do transcripts ... show?";
// "X was never Y" asks "Was X ever Y?". Each is kept only if retrieval,
// asked it, finds the passage of its answer first: a student searching the
// text finds it too.

var (
	// auxRe is a finite verb a subject question can turn on.
	auxRe = lazyregexp.New(`^(?:is|are|was|were|has|have|had|must|might|can|could|would|will|should|may|did|does|do|shall)$`)
	// verbRe is a common verb of doing or saying in the past or third
	// person, which ends a subject as well.
	verbRe = lazyregexp.New(`^(?:made|developed|became|began|led|took|gave|held|kept|left|found|built|created|founded|formed|wrote|said|thought|believed|argued|claimed|mused|worried|condemned|denounced|disguised|retained|reported|stated|denied|destroyed|won|lost|ruled|fought|signed|passed|declared|established|introduced|abolished|refused|rejected|demanded|proposed|opposed|supported|attacked|defended|agreed|failed|tried|sought|used|saw|knew|feared|hoped|wanted|needed|went|came|told|got|felt|brought|stood|sat|ran|read|met|paid|sent|spent|heard|fell|rose|drew|threw|broke|spoke|wore|drove|rode|taught|caught|bought|chose|forgot|understood|lay|laid|arose|grew|bore|struck|sprang|fled|swept|overcame|undertook|shows?|suggests?|indicates?|reveals?|proves?|reflects?|believes?|thinks?|argues?|holds?|claims?|contends?|maintains?|insists?)$`)
	// relativeRe is a relative clause inside a subject: "A step, which
	// had been heard", "A man entered who".
	relativeRe = lazyregexp.New(`(?i)(?:,|\b)\s*(?:which|who|whom|whose|that|where|when)\s*$|,\s*(?:which|who|whom)\b|\b\p{Ll}+ed\s+who\b|\b(?:whereof|wherein|whereby|whereupon)\b`)
	// verbInSubjectRe is a verb and its object inside what would be the
	// subject: "An able surgeon cured Candide".
	verbInSubjectRe = lazyregexp.New(`\b\p{Ll}+ed\s+(?:\p{Lu}|the\b|a\b|an\b|his\b|her\b|their\b)`)
	// whRe is a question word, which a subject to be asked about cannot
	// hold.
	whRe = lazyregexp.New(`(?i)\b(?:what|which|how|why)\b`)
	// secondClauseRe is a second main clause after the first: "The lamps
	// had been lit, but the blinds had not".
	secondClauseRe = lazyregexp.New(`,\s+(?:but|and|yet|so)?\s*(?:I|he|she|we|they|you|it)\s|,\s+(?:but|and|yet|so)?\s*(?:the|a|an|his|her|their)\s+\S+\s+(?:was|were|had|is|are|has|stood|came|went)\b`)
	// reportVerbRe takes a "that" clause a question asks about: "X show
	// that ...".
	reportVerbRe = lazyregexp.New(`^(?:shows?|suggests?|indicates?|reveals?|proves?|demonstrates?|believes?|thinks?|argues?|holds?|claims?|contends?|maintains?|insists?)$`)
	// introRe is a sentence's opening phrase that a question keeps in
	// front ("In the USSR,") or drops ("In fact,", "But").
	introRe     = lazyregexp.New(`^(?:(?:But|And|Yet|So|Nor|Or|Still|Also)\s+|(?:In fact|Of course|Indeed|Clearly|Certainly|Surely|However|Nevertheless|Nonetheless|Furthermore|Meanwhile|Moreover|Thus|Finally|At the same time|Whatever the [\p{L}]+|For example|As a result|In short|At length|At last|Thereupon|Then|Hence|Therefore|Accordingly|Afterwards|Later|Soon|(?:The next|Next|One|That|The same|Some|Every) (?:day|night|morning|evening|year|week|time)|For)\s*,?\s+)`)
	keptIntroRe = lazyregexp.New(`^((?:In|During|After|Before|By|Throughout|Under|Within|Among|If|When|Whenever|Unless|Until|Once)\s+[^,;:]{2,90}?),\s+`)
	timeVerbRe  = lazyregexp.New(`^(?:created|founded|established|formed|abolished|introduced|adopted|destroyed|built|signed|published|written|passed|held|begun|started|ended|dissolved|set up)$`)
	timeAfterRe = lazyregexp.New(`^(?:only\s+)?(?:after|before|in|during|on|by|until)\s`)
	determiners = map[string]bool{"the": true, "a": true, "an": true, "one": true, "never": true, "not": true, "no": true, "also": true, "only": true, "still": true, "always": true, "often": true, "to": true, "in": true, "of": true, "at": true, "on": true, "by": true, "for": true, "from": true, "with": true, "that": true, "this": true, "these": true, "those": true, "more": true, "less": true, "so": true, "too": true, "as": true, "such": true, "mainly": true, "both": true, "either": true, "neither": true, "all": true, "any": true, "some": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "being": true, "been": true, "had": true, "have": true, "has": true, "indeed": true, "already": true, "said": true, "widely": true, "long": true}
	// personalRe is a pronoun a question must not lean on.
	personalRe = lazyregexp.New(`(?i)\b(?:he|she|they|him|her|them|his|their|it|its|this|these|those|we|us|our|I|my|me|mine|one's|here|you|your)\b`)
	// selfRe is "this" naming the text itself, which a student holds:
	// "this article", "this amendment".
	selfRe = lazyregexp.New(`(?i)\bthis (?:article|amendment|section|act|constitution|chapter|essay|book|paper|document)\b`)
	// ownRe is a possessive a question may hold after its verb, when it
	// asks who or what: the one asked for is the one it stands for ("Who
	// seemed worthy of his father?").
	ownRe = lazyregexp.New(`(?i)\b(?:his|her|their|himself|herself|themselves)\b`)
	// kinOfAnotherRe asks who someone is by a possessive right after
	// the copula: "Who was his mother's brother?" names the answer by
	// someone else, whom the question never names.
	kinOfAnotherRe = lazyregexp.New(`^Who (?:is|was|are|were) (?:his|her|their)\b`)
)

// singular maps a plural verb to the form a "who" or "what" question takes.
var singular = map[string]string{"are": "is", "were": "was", "have": "has", "do": "does"}

// checks writes the guide's short-answer questions from the text's
// sentences, spread across its paragraphs, each answered by the sentence it
// was made from.
func (b *builder) checks(ctx context.Context, g *Guide) ([]Check, error) {
	// Every paragraph's central sentence is favoured, not only those the
	// brief has room for: a brief cut to a page left the check questions
	// of a long text to minor sentences ("What occurred great debates?").
	central := map[string]bool{}
	for _, p := range b.centrals() {
		central[p.s.key()] = true
	}
	var cands []checkCand
	for _, s := range b.sents {
		if s.question || s.shouts || b.spoken(s) || verse(s.p, s.p.Sentences[s.i]) || bibRe.MatchString(s.text) || s.leans == leansHard || s.roles.has(meta) || s.voiced || cutShortRe.MatchString(s.text) || saysAsideRe.MatchString(s.text) || thatClauseRe.MatchString(s.text) {
			// A demand the author puts in others' mouths ("Senator X's new
			// law must be enacted") keyed as an answer reads as his own;
			// so does a view whose speaker stands in an aside ("All men,
			// say they, are born under government"), which a question
			// leaves out.
			continue
		}
		if s.p.Ref.Kind == essay.Note && (len(s.p.CitedBy) == 0 || editorialRe.MatchString(s.text)) {
			// A note no paragraph marks belongs to a part of the text the
			// student does not have; one on how the text was printed
			// ("The words ... are omitted in the Testina addition")
			// asks nothing of what it says.
			continue
		}
		// A sentence too long to key whole, or one that leans a little on
		// the one before ("And thus every man ..."), answers a question
		// only when the plainer sentences leave the guide short.
		extra := s.leans != standsAlone || s.n > maxAnswerWords || bareDefiniteRe.MatchString(s.text)
		for _, q := range b.asks(s.text) {
			if q == "" || wordCount(q) > maxCheckWords || leansOutside(q) || contentWords(q) < minCheckContent || strings.Contains(q, "[") || asksCount(s.text, q) {
				continue
			}
			if s.n > maxAnswerWords && !keyedInCut(s, q) {
				continue
			}
			v := 1.0
			if central[s.key()] {
				v += 1
			}
			if s.p.Ref.Kind == essay.Note {
				v *= 0.6
			}
			v -= float64(wordCount(q)) / 60
			cands = append(cands, checkCand{s, q, v, extra})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var out []Check
	used := map[essay.Ref]int{}
	var keep []checkCand
	for _, tier := range checkTiers {
		for round := 1; round <= checksPerPassage && len(keep) < maxChecks; round++ {
			for _, c := range cands {
				if c.extra != tier.extra || len(keep) == maxChecks || used[c.s.p.Ref] >= round || hasCheck(keep, c.s) || asksAgain(keep, c) {
					continue
				}
				at, err := b.findsAt(ctx, c.q, c.s.p.Ref)
				if err != nil {
					return nil, err
				}
				if at < 0 || at > tier.rank {
					continue
				}
				if i := answeredIn(keep, c); i >= 0 {
					// c's answer holds what keep[i] asks: the question
					// of the two that a student needs is c.
					keep[i] = c
					continue
				}
				keep = append(keep, c)
				used[c.s.p.Ref]++
			}
		}
	}
	sort.SliceStable(keep, func(i, j int) bool {
		a, z := keep[i].s, keep[j].s
		if a.p.Ref != z.p.Ref {
			return b.before(a.p.Ref, z.p.Ref)
		}
		return a.i < z.i
	})
	for i, c := range keep {
		q := quoteOf(c.s)
		out = append(out, Check{Question: attributedCheck(c.q, b.voice, i), Answer: &q})
	}
	return out, nil
}

// bareDefiniteRe opens a sentence on "the" and one common noun as its
// subject, then its verb or an aside: "The resemblance is indeed far
// from superficial.", "The attempt, however, was checked for the
// moment". The noun names what the sentence before spoke of (which
// resemblance? whose attempt?), and a check question that asks for it
// is answered by a word the student cannot place.
var bareDefiniteRe = lazyregexp.New(`^The\s+\p{Ll}+(?:,\s+\p{Ll}+,\s+|\s+(?:\p{Ll}+ly\s+)?)(?:is|was|are|were|had|has|have)\b`)

// thatClauseRe opens a sentence on a clause of "that" and its subject: a
// resolution's article set apart ("That no slave should be imported into
// the Territory from foreign parts.") or a clause the main verb comes
// after. Cooper Union's check asked "what should that no slave be
// imported into?".
var thatClauseRe = lazyregexp.New(`^That\s+(?:no|the|a|an|all|every|each|any|some|such)\s`)

// countSubjectRe opens a sentence whose subject is a bare count: "Volumes
// have been written on ...", "Thousands are already ruined by ...".
var countSubjectRe = lazyregexp.New(`^(?:Thousands|Hundreds|Millions|Volumes|Numbers|Multitudes|Dozens|Scores|Many|Few|Most|Some|Others)\s+(?:are|were|is|was|have|has|had|will|would|can|could|may|might|must|shall|should|do|did)\b`)

// asksCount reports whether q asks for the subject of a sentence that is
// only a count: "What has been written on the subject of the struggle
// ...?" is answered "Volumes", which tells a student nothing of the text.
func asksCount(text, q string) bool {
	return countSubjectRe.MatchString(introRe.ReplaceAllString(text, "")) && (strings.HasPrefix(q, "What ") || strings.HasPrefix(q, "Who "))
}

// keyedInCut reports whether a sentence too long to key whole holds what
// question q asks, and its answer, in the opening its quotation is cut
// to: the answer key shows the cut ("The only way whereby any one
// divests himself of his natural liberty, and puts on the bonds of civil
// society, is by agreeing with other men to join and unite into a
// community …"), and a student finds the answer there. Long sentences
// are the rule in older prose: a treatise whose statements ran past 60
// words got one check question. The cut must go on at least
// minAnswerTail words past the question's last word, where the answer
// stands.
func keyedInCut(s *sentence, q string) bool {
	cut := sentenceQuote(s).Text
	if cut == s.text {
		return false
	}
	kept := map[string]int{}
	for i, w := range terms.Words(strings.TrimSuffix(cut, Ellipsis)) {
		kept[terms.Stem(w)] = i + 1
	}
	last := 0
	for _, w := range terms.Words(q) {
		if terms.IsStopword(w) || auxRe.MatchString(w) {
			continue
		}
		at, ok := kept[terms.Stem(w)]
		if !ok {
			return false
		}
		last = max(last, at)
	}
	return len(kept) > 0 && len(terms.Words(strings.TrimSuffix(cut, Ellipsis))) >= last+minAnswerTail
}

// minAnswerTail is the fewest words a cut answer goes on past what its
// question asks.
const minAnswerTail = 4

// describeRe opens a question asking how the text describes something.
var describeRe = lazyregexp.New(`(?i)\bhow does \S+(?: \S+)? describe\b`)

// minCheckContent is the fewest content words a check question holds:
// "What is impaired?" asks nothing a student learns by finding.
const minCheckContent = 2

// contentWords counts the words of a question that are neither stop
// words nor verbs it turns on; "How does the author describe X?" counts
// as X's and one more.
func contentWords(q string) int {
	n := 0
	if describeRe.MatchString(q) {
		n++
	}
	for _, w := range terms.Words(q) {
		if !terms.IsStopword(w) && !auxRe.MatchString(w) && !degreeWords[strings.ToLower(w)] {
			n++
		}
	}
	return n
}

// degreeWords only say how much: "Who was only less great?" asks of one
// word, "great".
var degreeWords = map[string]bool{"only": true, "less": true, "more": true, "most": true, "least": true, "very": true, "quite": true, "rather": true, "too": true, "even": true, "just": true}

// checkCand is a check question that may be asked, with its answer.
type checkCand struct {
	s     *sentence
	q     string
	score float64
	// extra is a candidate asked only when the plain ones run short.
	extra bool
}

// asksAgain reports whether check question c asks again what one of cs asks,
// or gives its answer away. Two questions that share most of their words
// ("What is the only conception that can explain the movement of the
// locomotive?", "... of the peoples?") ask the same thing twice; one that
// holds most of what another's answer adds to its question ("What
// suppressed the ideas of the Revolution ...?" beside "What produced
// Jivago's power?", answered "The ideas of the Revolution ... produced
// Jivago's power.") answers it for the student.
func asksAgain(cs []checkCand, c checkCand) bool {
	mine := checkStems(c.q)
	for _, k := range cs {
		theirs := checkStems(k.q)
		if n := inBoth(mine, theirs); n >= minEchoWords && float64(n) >= echoShare*float64(min(len(mine), len(theirs))) {
			return true
		}
		if givesAway(mine, k) || givesAway(theirs, c) || askedInAnswer(c, k) {
			return true
		}
	}
	return false
}

// Echoes: two check questions that share at least minEchoWords content
// words, and echoShare of the shorter's, ask the same thing; a question
// that holds minGiveWords, and giveShare, of what another's answer adds
// gives it away. An answer of two words ("The modern age") shares them
// with other questions by chance.
const (
	minEchoWords = 2
	echoShare    = 0.6
	minGiveWords = 3
	giveShare    = 0.75
)

// givesAway reports whether a question of stems q holds most of what the
// answer to check c adds to c's question.
func givesAway(q map[string]bool, c checkCand) bool {
	asked := checkStems(c.q)
	adds := map[string]bool{}
	for st := range checkStems(quoteOf(c.s).Text) {
		if !asked[st] {
			adds[st] = true
		}
	}
	n := inBoth(q, adds)
	return n >= minGiveWords && float64(n) >= giveShare*float64(len(adds))
}

// answeredIn returns the index of the check of cs whose question c's
// answer holds (see askedInAnswer), or -1.
func answeredIn(cs []checkCand, c checkCand) int {
	for i, k := range cs {
		if askedInAnswer(k, c) {
			return i
		}
	}
	return -1
}

// askedInAnswer reports whether every content word of check c's
// question, two at least, stands in the answer to check k of the same
// passage: "What is like paper money?" beside "What is like money in
// circulation?", answered "... is like money in circulation--paper
// money and coin.", asks again of the comparison the first answer
// already draws. Of the two, the guide asks k, the question of the
// comparison itself.
func askedInAnswer(c, k checkCand) bool {
	if c.s.p.Ref != k.s.p.Ref {
		return false
	}
	asked := checkStems(c.q)
	return len(asked) >= minEchoWords && inBoth(asked, checkStems(k.s.text)) == len(asked)
}

// checkStems returns the stems of the content words of text: neither stop
// words, nor the verbs a question turns on, nor words of degree.
func checkStems(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range terms.Words(text) {
		if !terms.IsStopword(w) && !auxRe.MatchString(w) && !degreeWords[strings.ToLower(w)] {
			out[terms.Stem(w)] = true
		}
	}
	return out
}

// inBoth counts the stems a and b both hold.
func inBoth(a, b map[string]bool) int {
	n := 0
	for st := range a {
		if b[st] {
			n++
		}
	}
	return n
}

func hasCheck(cs []checkCand, s *sentence) bool {
	for _, c := range cs {
		if c.s == s {
			return true
		}
	}
	return false
}

// before reports whether passage a comes before b in the corpus.
func (b *builder) before(a, z essay.Ref) bool {
	return b.order(a) < b.order(z)
}

func (b *builder) order(r essay.Ref) int {
	if b.orderOf == nil {
		b.orderOf = map[essay.Ref]int{}
		for i, p := range b.c.Passages {
			b.orderOf[p.Ref] = i
		}
	}
	return b.orderOf[r]
}

// checkTiers are the passes that choose check questions, each only
// while the ones before left the guide short: first the plain sentences
// whose question `ask` answers from their passage first, then the long or
// leaning ones so answered, then those whose passage `ask` cites after
// another. A text that argues one point in many paragraphs (a treatise
// on consent) answers a question from the paragraph before as well, and
// the answer key's sentence is still one a student finds asking it.
var checkTiers = []struct {
	extra bool
	rank  int
}{{false, 0}, {true, 0}, {false, 1}, {true, 1}}

// findsAt returns where among the passages `ask`, offline, cites in
// answering q the passage want stands, or -1: at 0, a student who asks
// the text finds the answer there first.
func (b *builder) findsAt(ctx context.Context, q string, want essay.Ref) (int, error) {
	svc := answer.Service{Corpus: b.c, Retriever: b.r, Generator: generate.Extractive{}}
	ans, err := svc.Ask(ctx, answer.Request{Question: q})
	if err != nil {
		if errors.Is(err, answer.ErrNoWords) {
			return -1, nil
		}
		return -1, fmt.Errorf("check question %q: %w", q, err)
	}
	if ans.Abstained {
		return -1, nil
	}
	for i, c := range ans.Citations {
		if c.Ref == want.String() {
			return i, nil
		}
	}
	return -1, nil
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// timeVerb returns where rest holds a verb of making or ending followed by
// a time ("only created after ..."), or -1.
func timeVerb(rest []string) int {
	for i := 0; i < len(rest) && i < 2; i++ {
		if timeVerbRe.MatchString(strings.ToLower(rest[i])) && i+1 < len(rest) && timeAfterRe.MatchString(strings.Join(rest[i+1:], " ")+" ") {
			return i
		}
		if strings.ToLower(rest[i]) != "only" {
			break
		}
	}
	return -1
}

// adjectival reports whether the words after a copula describe rather than
// name: "authoritarian, and deeply anti-democratic".
func adjectival(rest []string) bool {
	w := strings.ToLower(strings.Trim(rest[0], `,"“”`))
	return strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ive") ||
		strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "al") ||
		strings.HasSuffix(w, "ble") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ent") || strings.HasSuffix(w, "ant")
}

// askWhatReported asks what a source shows or a person believes: "What do
// transcripts of Central Committee Plena show?"
func (b *builder) askWhatReported(subject, verb string) string {
	do := "does"
	base := verb
	if strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss") {
		base = strings.TrimSuffix(verb, "s")
	} else {
		do = "do"
	}
	return terms.Capitalize("what " + do + " " + b.lowerFirst(subject) + " " + base + "?")
}

// spoken reports whether a sentence is a character's words: it opens a
// quotation, or stands inside one that opened before it in its block.
func (b *builder) spoken(s *sentence) bool {
	if opensQuote(s.text) {
		return true
	}
	blk := b.block(s)
	at := strings.Index(blk, s.text)
	if at < 0 {
		return false
	}
	before := blk[:at]
	return strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// block returns the block of its passage a sentence stands in.
func (b *builder) block(s *sentence) string {
	i := s.p.Sentences[s.i].Block
	if i < len(s.p.Blocks) {
		return s.p.Blocks[i]
	}
	return ""
}

// isName reports whether a word is a name the corpus uses.
func (b *builder) isName(w string) bool {
	for _, cd := range b.cands {
		if cd.Name && cd.Term == w {
			return true
		}
	}
	return false
}

// whoSays names who describes something: the author of an argument,
// the speaker of a speech, or the work itself ("the story", "the
// document", "the text").
func (b *builder) whoSays() string {
	if b.voice.Argues() || b.voice.Speaks() {
		return b.voice.Maker()
	}
	return b.voice.Text()
}

// personNoun reports whether a word names a person or people in its
// commonest sense, as WordNet files it (see thesaurus.Person): "leaders",
// "scholars", "minors", "gentlemen"; "people", the plural of "person".
func personNoun(w string) bool {
	w = strings.Trim(trimPossessive(strings.Trim(w, `,;:."“”'’()`)), `"“”`)
	return thesaurus.Person(w) || strings.EqualFold(w, "people")
}

// stemmed writes words as the thesaurus keys a phrase: each word's stem.
func stemmed(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = terms.Stem(w)
	}
	return strings.Join(out, " ")
}

// human reports whether a subject names people: a person the text names,
// a word for people, or a capitalized plural ("Federalists", "Jacobins").
func (b *builder) human(subject string) bool {
	name, _, _ := strings.Cut(subject, ",")
	if ws := strings.Fields(strings.ToLower(strings.Trim(name, `"“” `))); len(ws) > 1 && thesaurus.Place(stemmed(ws)) {
		// "New Orleans" is a city, though "Orleans" ends as "Americans"
		// does.
		return false
	}
	head := subject
	for _, cut := range []string{" who ", " whose ", " motivated ", " of ", " in ", " to ", " for ", " by ", " with ", " from ", " on ", " at ", " (", ","} {
		if i := strings.Index(head, cut); i > 0 {
			head = head[:i]
		}
	}
	if peoplePlural(head) {
		// The head names what the subject is: "The power of the
		// Ionians" is a power, not the Ionians.
		return true
	}
	if titled(head) {
		return true
	}
	// Each part of "Thirty kings and two minors" is read by its last
	// word, the noun it names: "the true place for a just man" is a
	// place, "the trial documents" are documents.
	for _, part := range strings.Split(conjRe.ReplaceAllString(head, "\x00"), "\x00") {
		ws := strings.Fields(part)
		for len(ws) > 1 && strings.HasSuffix(ws[len(ws)-1], "ly") {
			ws = ws[:len(ws)-1]
		}
		if len(ws) == 0 {
			continue
		}
		last := strings.Trim(trimPossessive(ws[len(ws)-1]), `"“”`)
		if personNoun(last) {
			return true
		}
		if isUpper(last) && len(b.peopleIn(strings.Join(ws, " "))) > 0 {
			return true
		}
		if isUpper(last) && len(ws) > 1 && isLowerWord(ws[len(ws)-2]) && personNoun(ws[len(ws)-2]) {
			// A name after the word for what its bearer is: "the
			// universal historian Jivago".
			return true
		}
	}
	return false
}

// peoplePlural reports whether words hold a capitalized plural that names
// people: "Federalists", "Jacobins", "Southerners".
func peoplePlural(words string) bool {
	for _, w := range strings.Fields(words) {
		w = strings.Trim(w, `,"“”`)
		if isUpper(w) && len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !openers[strings.ToLower(w)] {
			if strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "iks") || strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ites") {
				return true
			}
		}
	}
	return false
}

// conjRe joins the parts of a subject.
var conjRe = lazyregexp.New(`\s+(?:and|or|nor)\s+`)

// lowerFirst lowers a subject's first letter unless it starts a name.
func (b *builder) lowerFirst(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return s
	}
	first := strings.Trim(trimPossessive(ws[0]), `"“`)
	if len(ws) > 1 && isUpper(ws[1]) && isUpper(first) && !determiners[strings.ToLower(first)] && !nounDeterminers[strings.ToLower(first)] {
		// A title before a name: "Dr. Godwin", "Bishop Haygood"; not
		// "Each" before "State", which asked "what would Each State
		// pursue?".
		return s
	}
	for _, cd := range b.cands {
		if cd.Name && (cd.Term == first || strings.HasPrefix(cd.Term, first+" ")) {
			return s
		}
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}
