package guide

import (
	"strings"

	"studyguide/internal/lazyregexp"
	split "studyguide/internal/sentence"
	"studyguide/internal/terms"
)

// A sentence that names its subject only by a pronoun ("He was never able
// to attain his goal of constitutional reforms.") cannot be read alone,
// though it may answer a question best. It is quoted as a run: the
// sentence before it that names whom the pronoun stands for, then the
// sentences that go on about them, in order, all of one block of one
// passage. A run of more than maxRunSentences sentences, or of more than
// maxRunWords words, keeps only its first and last, an ellipsis between.

// Bounds of a run.
const (
	// maxRunSentences is the most sentences a run quotes whole.
	maxRunSentences = 3
	// maxRunWords bounds a run's words; a sentence longer than cutWords
	// never joins one.
	maxRunWords = 80
	// maxRunGap is the furthest back, in sentences, a run looks for the
	// name.
	maxRunGap = 4
	// runShare scales a run's fit: of two sentences that answer alike, the
	// one a student reads alone is quoted.
	runShare = 0.85
)

// linkRuns gives every sentence of one passage that leans on a pronoun
// the run it is quoted in, and the stems of the names its pronoun may
// stand for, which count as its own words.
//
//   - ss: the sentences of one passage, in order.
//   - namesIn: the names a sentence gives (see names).
func linkRuns(ss []*sentence, namesIn func(string) []string) {
	for i, s := range ss {
		if s.leans != leansHard || s.n > cutWords {
			continue
		}
		at := anchorOf(ss, i, namesIn)
		if at < 0 {
			continue
		}
		run := runFrom(ss, at, i)
		if run == nil {
			continue
		}
		s.run = run
		s.referent = map[string]float64{}
		for _, n := range namesIn(ss[at].text) {
			for _, st := range terms.Stems(n) {
				s.referent[st] = 1
			}
		}
		s.referentAt = referentPlace(s.text)
	}
}

// anchorOf returns the index of the sentence before ss[i] that names whom
// its pronoun stands for: the nearest that does not lean hard itself, of
// the same block, a statement, within maxRunGap; -1 if there is none. A
// pronoun for a person ("he", "him", "she") needs a name there; "it" and
// "they" alone take the sentence before as it is.
func anchorOf(ss []*sentence, i int, namesIn func(string) []string) int {
	block := blockOf(ss[i])
	// leaner is the sentence of the run whose person pronoun the anchor
	// must name: a sentence the run passes through may lean on one too
	// ("The preparations ...; and he could see ... Indeed this was the
	// greatest movement ...").
	leaner := ss[i].text
	for j := i - 1; j >= 0 && i-j <= maxRunGap; j-- {
		a := ss[j]
		if blockOf(a) != block || a.question || a.shouts || a.n > cutWords || bibRe.MatchString(a.text) {
			return -1
		}
		if a.leans == leansHard {
			if personPronoun(leaner) != "" && namesOther(a.text, leaner, namesIn) {
				// "The best proof of this is furnished by Jivago.
				// Born long after ..., he nowhere calls ... He does
				// not even use ...": the name a leaning sentence
				// gives may be whom the pronoun means, and the
				// anchor further back names someone else.
				return -1
			}
			if personPronoun(leaner) == "" && personPronoun(a.text) != "" {
				leaner = a.text
			}
			continue
		}
		if personPronoun(leaner) != "" && !namesSubject(a.text, leaner, namesIn) {
			return -1
		}
		return j
	}
	return -1
}

// namesSubject reports whether anchor names, among its first words, whom
// the pronoun opening leaner may stand for. A name further in is seldom
// the one meant ("A representative could not be prouder of his election
// to ... Congress"), and an anchor that speaks of someone by the pronoun
// of the other sex ("Aunt Hester had ... disobeyed his orders") leaves
// open whom "he" is.
func namesSubject(anchor, leaner string, namesIn func(string) []string) bool {
	ns := namesIn(anchor)
	if len(ns) == 0 {
		return false
	}
	ws := terms.Words(anchor)
	open := " " + strings.Join(ws[:min(len(ws), subjectWords)], " ") + " "
	early := false
	for _, n := range ns {
		nw := terms.Words(n)
		early = early || len(nw) > 0 && strings.Contains(open, " "+nw[0]+" ")
	}
	if !early {
		return false
	}
	if heRe.MatchString(personPronoun(leaner)) {
		return !sheRe.MatchString(anchor)
	}
	return !heRe.MatchString(anchor)
}

// namesOther reports whether a sentence a run would skip names someone
// the leaning sentence does not: whom its pronoun stands for is then in
// doubt.
func namesOther(skipped, leaner string, namesIn func(string) []string) bool {
	for _, n := range namesIn(skipped) {
		if !strings.Contains(leaner, n) {
			return true
		}
	}
	return false
}

// subjectWords is how far into an anchor its subject's name may stand:
// "An able surgeon cured Candide".
const subjectWords = 5

var (
	heRe  = lazyregexp.New(`(?i)\b(?:he|him|his)\b`)
	sheRe = lazyregexp.New(`(?i)\b(?:she|her|hers)\b`)
)

// personOpenRe finds a pronoun for one person among a sentence's first
// words.
var personOpenRe = lazyregexp.New(`(?i)^(?:\S+\s+){0,3}(?:he|she|him|her|his)\b`)

// clausePersonRe finds "he" or "she" opening a clause after a semicolon
// or colon ("...; and he could see ...").
var clausePersonRe = lazyregexp.New(`[;:]\s+(?:(?:and|but|yet|for|so|nor|or)\s+)?(?:he|she)\b`)

// personPronoun returns the words up to the pronoun for one person that a
// sentence opens on, or opens a clause on, or "" if it has none: a
// sentence that leans on such a pronoun needs a name in its anchor.
func personPronoun(text string) string {
	if m := personOpenRe.FindString(text); m != "" {
		return m
	}
	return clausePersonRe.FindString(text)
}

// runFrom returns the run from ss[at] to ss[i]: whole when it is short
// enough, else its first and last sentences; nil when even those are too
// long, or do not stand in the text as the run joins them.
func runFrom(ss []*sentence, at, i int) []*sentence {
	run := ss[at : i+1]
	if len(run) > maxRunSentences || runWords(run) > maxRunWords {
		run = []*sentence{ss[at], ss[i]}
	}
	if runWords(run) > maxRunWords {
		return nil
	}
	out := append([]*sentence{}, run...)
	block := ss[i].p.Blocks[blockOf(ss[i])]
	for k := 1; k < len(out); k++ {
		if out[k].i == out[k-1].i+1 && !strings.Contains(block, out[k-1].text+" "+out[k].text) {
			return nil
		}
	}
	return out
}

func runWords(ss []*sentence) int {
	n := 0
	for _, s := range ss {
		n += s.n
	}
	return n
}

func blockOf(s *sentence) int { return s.p.Sentences[s.i].Block }

// runText joins the sentences of a run as the guide quotes them: a space
// between neighbours, an ellipsis where sentences are left out.
func runText(run []*sentence) string {
	var b strings.Builder
	for k, s := range run {
		if k > 0 {
			if s.i == run[k-1].i+1 {
				b.WriteString(" ")
			} else {
				b.WriteString(" " + Ellipsis + " ")
			}
		}
		b.WriteString(s.text)
	}
	return b.String()
}

// referentPlace returns the place, among a sentence's words, of what
// stands for its run's referent: its first personal pronoun, else a
// demonstrative standing alone ("understood this to a degree").
func referentPlace(text string) int {
	if at := pronounAt(text); at > 0 || pronounRe.MatchString(text) || itRe.MatchString(text) {
		return at
	}
	if d := split.BareDemonstrative(text); d >= 0 {
		return len(terms.Words(text[:d]))
	}
	return 0
}

// pronounAt returns the place, among a sentence's words, of its first
// personal pronoun, or 0.
func pronounAt(text string) int {
	for i, w := range terms.Words(text) {
		if pronounRe.MatchString(w) || w == "it" {
			return i
		}
	}
	return 0
}

// quotedRoles is what a quote of s does: the roles of every sentence of
// its run ("In fact, X was never all-powerful. He was stymied ..." is a
// flat claim), or its own. Prompts choose by it; scoring reads the
// sentence's own roles.
func (s *sentence) quotedRoles() role {
	var r role
	for _, p := range s.pieces() {
		r |= p.shownRoles()
	}
	return r
}

// shownRoles returns the roles of a sentence that its quotation shows: a
// quote cut before the clause that gives a role's cue does not do what
// the cue does. Douglass's "I met this shameless defence of crime ...,
// in a solemn paper by Prof. Weeks, of North Carolina …" is cut before
// "as necessary and justifiable in order to secure Anglo-Saxon
// supremacy", and a counterpoint asked students to reject "the
// explanation" in it. A role the sentences around it give (another's
// view goes on) stays, and so does one whose cue stands in a clause a
// prompt can quote by itself.
func (s *sentence) shownRoles() role {
	shown := sentenceQuote(s).Text
	if shown == s.text {
		return s.roles
	}
	inCut := roles(strings.TrimSuffix(shown, Ellipsis))
	out := s.roles
	for _, c := range roleCues {
		if out.has(c.r) && !inCut.has(c.r) && clauseOf(s.text, []*lazyregexp.Regexp{c.re}) == "" {
			// A prompt on a cut sentence quotes the clause that holds
			// the cue (see pctx.show), when one reads alone; else it
			// points to the cut quote above, which lacks it.
			out &^= c.r
		}
	}
	return out
}

// pieces returns the sentences a quote of s holds: its run, or itself.
func (s *sentence) pieces() []*sentence {
	if s.run != nil {
		return s.run
	}
	return []*sentence{s}
}

// holds calls fn with each stem a sentence speaks of, its weight and its
// places among the sentence's words: its own as evidence reads them (see
// readSenses), and the names its pronoun may stand for, at the pronoun's
// place. The order is the maps': fn must
// not sum floats across calls.
func (s *sentence) holds(fn func(stem string, weight float64, pos []int)) {
	stems := s.stems
	if s.heard != nil {
		stems = s.heard
	}
	for t, w := range stems {
		fn(t, w, s.pos[t])
	}
	for t, w := range s.referent {
		if _, own := stems[t]; !own {
			fn(t, w, []int{s.referentAt})
		}
	}
}

// withholdsRe is a sentence that names a thing only as what the next
// sentence states: "The real cause I consider to be the one which was
// formally most kept out of sight.", "The point I make, then, is this.",
// "... is, in brief, as follows.". Read alone it says nothing of what it
// promises.
var withholdsRe = lazyregexp.New(`(?i)\b(?:is|are|was|were|be)\s+the ones?\s+(?:which|that|who)\b|\bas follows\s*[.:]?$|\b(?:is|are|was|were)\s+(?:this|these)\s*[.:]?$`)

// withholds reports whether a sentence leaves what it names to the next.
func withholds(s *sentence) bool { return !s.question && withholdsRe.MatchString(s.text) }

// linkForward gives every sentence of one passage that withholds what it
// names (see withholdsRe) the run of itself and the sentence after it,
// which states it, when the two are short enough to quote together and
// stand so in the text: the claim is the pair.
func linkForward(ss []*sentence) {
	for i, s := range ss[:max(len(ss)-1, 0)] {
		next := ss[i+1]
		if s.run != nil || s.leans != standsAlone || !withholds(s) || next.question || next.leans == leansHard || next.n > cutWords || blockOf(next) != blockOf(s) || next.i != s.i+1 {
			continue
		}
		run := []*sentence{s, next}
		if runWords(run) > maxRunWords || !strings.Contains(s.p.Blocks[blockOf(s)], s.text+" "+next.text) {
			continue
		}
		s.run = run
	}
}
