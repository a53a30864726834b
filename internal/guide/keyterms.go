package guide

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// keyTerms picks the terms and people the guide explains, each with the
// sentence that defines it or, failing that, best shows what it means.
// People and terms take turns, so that neither crowds out the other.
// Marked terms come first: those the text defines, dated names ("the 1936
// Constitution"), and words it puts in quotation marks more than once or as
// a phrase; other names follow them. Within each, the terms that the
// guide's own passages use most lead.
func (b *builder) keyTerms(g *Guide) []Term {
	weight := b.passageWeights(g)
	glossesOf := map[*candidate][]glossing{}
	score := map[*candidate]float64{}
	editors := !b.footnoted(g)
	for _, cd := range b.cands {
		gs := b.glosses(cd, weight)
		if editors {
			gs = authorsOwn(gs)
		}
		glossesOf[cd] = gs
		if len(gs) > 0 && gs[0].kind == Defines && inBody(cd) {
			score[cd] += definedBonus + markedTier
		}
	}
	var people, names, others, ideaPool, places []*candidate
	for _, cd := range b.cands {
		if by := subsumer(cd, b.cands); by != nil {
			// "cult" speaks of the cult of personality: its uses count for
			// the longer term.
			score[by] += termScore(cd, weight) - markedBonus(cd)
		}
	}
	for _, cd := range b.cands {
		if subsumer(cd, b.cands) != nil || len(glossesOf[cd]) == 0 || spokenTerm(cd) || shortFor(cd, b.cands) || region(cd.Term) && !marked(cd) || generalTerm(cd.Term) && cd.Defined == nil {
			continue
		}
		score[cd] += termScore(cd, weight)
		if !inBody(cd) {
			// A name only the notes use is a source's, rarely a term of
			// the argument.
			score[cd] *= noteOnlyShare
		}
		switch {
		case cd.Name && pairedOnly(cd):
			// "Lewis and Clark were the first to explore the route":
			// a name the text only ever writes beside the same other
			// name is half of a pair, and a gloss of the one glosses
			// the pair. Turner's glossary gave "Clark" so.
			continue
		case cd.Person && !saysOf(cd, glossesOf[cd]) && !cd.Voice:
			// A person the text only mentions ("more readily quoted than
			// Alexander Cromwell", "a place at Lord's supper") is glossed
			// by nothing it says of them.
			continue
		case cd.Person:
			people = append(people, cd)
		case cd.Name && !marked(cd) && glossesOf[cd][0].kind != Defines:
			// A name the text uses everywhere is its setting ("the
			// USSR"), one used as an adjective ("Soviet history") is
			// part of other names, and a name no sentence says
			// anything of ("war on Mexico", "the constitution of the
			// United States") is a place or body only mentioned: its
			// gloss would explain nothing, and no glossary is filled
			// to a length with one.
			if 4*len(cd.Uses) > len(b.c.Passages) || modifies(cd) || emphasis(cd.Term) {
				continue
			}
			switch {
			case !saysOf(cd, glossesOf[cd]):
			case cd.Place && tailOfPlace(cd, b.cands):
			case cd.Place:
				// A place the text names without saying what it is
				// ("Pennsylvania", "Virginia", "New York") is a map's
				// to explain, not a term of the argument: Turner's
				// glossary gave six of eighteen entries to places. It
				// is glossed only where a text has too few terms.
				places = append(places, cd)
			case tailOfPlace(cd, b.cands):
			default:
				names = append(names, cd)
			}
		case cd.Idea > 0 && !markedAsTerm(cd):
			ideaPool = append(ideaPool, cd)
		default:
			others = append(others, cd)
		}
	}
	byScore := func(cs []*candidate) {
		sort.SliceStable(cs, func(i, j int) bool {
			if score[cs[i]] != score[cs[j]] {
				return score[cs[i]] > score[cs[j]]
			}
			return cs[i].Term < cs[j].Term
		})
	}
	byScore(people)
	byScore(names)
	byScore(others)
	byScore(ideaPool)
	var gl glossary
	var chosen []string
	add := func(cs *[]*candidate) bool {
		for len(*cs) > 0 {
			cd := (*cs)[0]
			*cs = (*cs)[1:]
			if overlaps(cd.Term, chosen) || !gl.add(cd, glossesOf[cd]) {
				continue
			}
			chosen = append(chosen, cd.Term)
			return true
		}
		return false
	}
	// The terms the text marks, its ideas, its people, and the names of
	// places, bodies and events take turns: term, person, idea, term,
	// person, idea, name, and again.
	turns := []*[]*candidate{&others, &people, &ideaPool, &others, &people, &ideaPool, &names}
	for i := 0; len(gl.terms) < maxTerms && len(people)+len(names)+len(others)+len(ideaPool) > 0; i++ {
		if !add(turns[i%len(turns)]) {
			for _, pool := range turns {
				if add(pool) {
					break
				}
			}
		}
	}
	byScore(places)
	for len(gl.terms) < minGlossary && len(places) > 0 {
		add(&places)
	}
	out := gl.terms
	for i := range out {
		out[i].Head = b.headOf(out[i], gl.cand[i], gl.alt[i])
	}
	sort.SliceStable(out, func(i, j int) bool {
		return strings.ToLower(out[i].Heading()) < strings.ToLower(out[j].Heading())
	})
	return out
}

// pairedOnly reports whether the text writes a name only beside one
// other name, joined by "and" ("Lewis and Clark"), the same each time,
// and more than once: a pair named once ("the Greeks and Latins") may
// be two of a kind.
func pairedOnly(cd *candidate) bool {
	partner, n := "", 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			m := pairBeforeRe.FindStringSubmatch(text[:at])
			if m == nil {
				m = pairAfterRe.FindStringSubmatch(text[at+len(cd.Term):])
			}
			if m == nil || partner != "" && trimPossessive(m[1]) != partner {
				return false
			}
			partner = trimPossessive(m[1])
			n++
		}
	}
	return n >= 2
}

// pairBeforeRe and pairAfterRe find the other name of a pair: "Lewis and "
// before a name, " and Clark" after it.
var (
	pairBeforeRe = lazyregexp.New(`\b(\p{Lu}[\p{L}'’-]+)\s+and\s+$`)
	pairAfterRe  = lazyregexp.New(`^\s+and\s+(\p{Lu}[\p{L}'’-]+)\b`)
)

// region reports whether a one-word name is a place the text names by a
// common word ("from the North", "the West", "the District"), which a
// student knows without a gloss unless the text sets the word apart:
// WordNet files the commonest sense of its stem among places and knows
// the stem in lower case too. A sentence that seems to define one mostly
// sets a description beside another word ("one from the North, a lady
// of high character").
func region(term string) bool {
	if strings.Contains(term, " ") {
		return false
	}
	st := terms.Stem(strings.ToLower(term))
	return thesaurus.Place(st) && !thesaurus.Proper(st)
}

// timesUsed counts the times the text writes a term.
func timesUsed(cd *candidate) int {
	n := 0
	for _, p := range cd.Uses {
		n += len(occurrences(p.Text(), cd.Term))
	}
	return n
}

// emphasis reports whether a name is common words set in capitals for
// stress ("the power of ALTERING", "SUPREME TRIBUNAL"), not a name: every
// word is one WordNet knows, and not as a name. Acronyms ("USSR") and
// names in capitals that WordNet lacks stay names.
func emphasis(term string) bool {
	if strings.ToUpper(term) != term {
		return false
	}
	for _, w := range strings.Fields(term) {
		st := terms.Stem(strings.ToLower(w))
		if utf8.RuneCountInString(w) < 4 || thesaurus.Senses(st) == 0 || thesaurus.Proper(st) {
			return false
		}
	}
	return true
}

// modifies reports whether a one-word name mostly stands before another
// word, as an adjective does ("Roman history", "Prussian officers"), or
// as part of a longer name ("Prussian Army").
func modifies(cd *candidate) bool {
	if strings.Contains(cd.Term, " ") || strings.ToUpper(cd.Term) == cd.Term {
		return false
	}
	before, alone := 0, 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			rest := text[at+len(cd.Term):]
			m := wordRe.FindStringIndex(rest)
			if m != nil && m[0] == 1 && rest[0] == ' ' {
				next := rest[m[0]:m[1]]
				r, _ := utf8.DecodeRuneInString(next)
				if unicode.IsUpper(r) || unicode.IsLower(r) && !terms.IsStopword(next) && !modalRe.MatchString(next) {
					before++
					continue
				}
			}
			alone++
		}
	}
	return before > alone
}

// qualifier reports whether a one-word name mostly stands before a
// lower-case noun, as the adjective of a faith or a people does
// ("Christian ethics", "Christian morality"): a word that qualifies
// others names no person, though it sometimes acts ("No Christian more
// firmly believes").
func qualifier(cd *candidate) bool { return qualifies(cd.Uses, cd.Term) }

// qualifies is qualifier for a word as the given passages write it.
func qualifies(ps []*essay.Passage, term string) bool {
	if strings.Contains(term, " ") {
		return false
	}
	before, all := 0, 0
	for _, p := range ps {
		text := p.Text()
		for _, at := range occurrences(text, term) {
			all++
			rest := text[at+len(term):]
			m := wordRe.FindStringIndex(rest)
			if m == nil || m[0] != 1 || rest[0] != ' ' {
				continue
			}
			next := rest[m[0]:m[1]]
			if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) || terms.IsStopword(next) {
				continue
			}
			// A noun, as WordNet's tagged texts use it, or a word they
			// never use ("governmentalism"), and no verb a name is the
			// subject of ("Holmes scribbled").
			if nouns, others := thesaurus.Tagged(terms.Stem(strings.ToLower(next))); (nouns > 0 || others == 0) && !actsRe.MatchString(" "+next) {
				before++
			}
		}
	}
	return 2*before > all
}

// doctrineRe ends the name of a faith, a doctrine or a quality
// ("Christianity", "Protestantism"), which acts in a text as people do
// but names none.
var doctrineRe = lazyregexp.New(`\p{L}{3}(?:ism|ity)$`)

// modalRe is a verb that follows a name as its subject.
var modalRe = lazyregexp.New(`^(?:shall|may|must|will|can|could|would|should|might)$`)

// maxGlossUses is how many terms one sentence may gloss, when it defines
// each of them. One: two entries quoting one sentence ("What is called
// Christian, but should rather be termed theological, morality") read
// as one entry twice, and the second says nothing of its own term.
const maxGlossUses = 1

// glossary gives each key term the sentence that explains it: one that
// defines it, even if it glosses another term too (at most maxGlossUses),
// else the best that glosses no other term. A sentence that only uses a
// term, already shown for another, explains neither.
type glossary struct {
	terms []Term
	// cand holds each term's candidate, and alt the other name the
	// sentence defining it gives the same thing, if any.
	cand, alt []*candidate
	// of holds each term's glossings, best first, and at the one chosen.
	of [][]glossing
	at []int
	// uses counts the terms each sentence glosses, by glossKey.
	uses map[string]int
}

// movedShare is the least share of its score an earlier term's next gloss
// must keep for the term to give up its gloss to a later one, whose best
// it is too: "the aged X mused ..." for X, so that "... can be traced at
// least to Y" glosses Y.
const movedShare = 0.75

func glossKey(q Quote) string { return q.Ref.String() + "\x00" + q.Text }

// add glosses cd with the first of its glossings gs that is free, and
// reports whether one was.
func (gl *glossary) add(cd *candidate, gs []glossing) bool {
	if gl.uses == nil {
		gl.uses = map[string]int{}
	}
	if len(gs) == 0 {
		return false
	}
	if i := gl.alternative(cd, gs[0]); i >= 0 {
		gl.alt[i] = cd
		return true
	}
	if gs[0].kind != Defines {
		share := movedShare
		if !gl.anyFree(gs) {
			// A term with no gloss of its own ("mob law", named in two
			// sentences) takes one from an earlier term that has another.
			share = 0
		}
		gl.makeRoom(glossKey(gs[0].q), share)
	}
	for i, g := range gs {
		n := gl.uses[glossKey(g.q)]
		if n == 0 || g.kind == Defines && n < maxGlossUses {
			gl.terms = append(gl.terms, Term{Term: cd.Term, Kind: g.kind, Person: cd.Person, Quote: g.q})
			gl.cand, gl.alt = append(gl.cand, cd), append(gl.alt, nil)
			gl.of, gl.at = append(gl.of, gs), append(gl.at, i)
			gl.uses[glossKey(g.q)]++
			return true
		}
	}
	return false
}

// anyFree reports whether one of glossings gs is free to gloss a term.
func (gl *glossary) anyFree(gs []glossing) bool {
	for _, g := range gs {
		if n := gl.uses[glossKey(g.q)]; n == 0 || g.kind == Defines && n < maxGlossUses {
			return true
		}
	}
	return false
}

// makeRoom moves the one term that sentence key glosses, if it only uses
// it, to its next free gloss of the same kind, if that keeps share of
// its score.
func (gl *glossary) makeRoom(key string, share float64) {
	if gl.uses[key] != 1 {
		return
	}
	for t := range gl.terms {
		if glossKey(gl.terms[t].Quote) != key {
			continue
		}
		cur := gl.of[t][gl.at[t]]
		if cur.kind == Defines {
			return
		}
		for j := gl.at[t] + 1; j < len(gl.of[t]); j++ {
			alt := gl.of[t][j]
			if alt.score < share*cur.score {
				return
			}
			if alt.kind == cur.kind && gl.uses[glossKey(alt.q)] == 0 {
				gl.uses[key]--
				gl.uses[glossKey(alt.q)]++
				gl.at[t] = j
				gl.terms[t].Quote = alt.q
				return
			}
		}
		return
	}
}

// ideaShare scales an idea's weight in the text (see ideaWeight) against
// its uses in the guide's passages.
const ideaShare = 2

// authorsOwn keeps the glosses from the body of the text: in a text older
// than citing by footnote (see footnoted) the notes are an editor's, and
// a term they alone use (a translator's rendering of a word), or a gloss
// they give, is not what the text means.
func authorsOwn(gs []glossing) []glossing {
	var out []glossing
	for _, g := range gs {
		if g.q.Ref.Kind == essay.Paragraph {
			out = append(out, g)
		}
	}
	return out
}

// noteOnlyShare scales the score of a term only footnotes use.
const noteOnlyShare = 0.3

// inBody reports whether a paragraph of the text uses the term.
func inBody(cd *candidate) bool {
	for _, p := range cd.Uses {
		if p.Ref.Kind == essay.Paragraph {
			return true
		}
	}
	return false
}

// countPeople counts the people among terms.
func countPeople(ts []Term, b *builder) int {
	n := 0
	for _, t := range ts {
		if b.isPerson(t.Term) {
			n++
		}
	}
	return n
}

// plainName reports whether a key term is a name the text neither defines
// nor sets apart ("Africa", "Southern States"): a place or body to know,
// not a term of the author's to define or argue with.
func (b *builder) plainName(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return cd.Name && !marked(cd)
		}
	}
	return false
}

// termAsWritten returns key term t as the glossary writes it when it stands
// alone: a prompt that asks for "the author's terms" names them as the
// glossary heads them ("contract", "promise"), not in the capitals the
// text sets them in to define them ("CONTRACT") or gives every noun
// ("Promise"), and one of two names the glossary heads together
// ("pact, or covenant") alone.
func (b *builder) termAsWritten(t Term) string {
	for _, cd := range b.cands {
		if cd.Term == t.Term {
			if h := b.head(t.Term, cd); h != "" {
				return h
			}
			break
		}
	}
	return t.Term
}

// quoted reports whether the text sets a key term in quotation marks.
func (b *builder) quoted(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return cd.Quoted > 0
		}
	}
	return false
}

// isPerson reports whether a key term names a person.
func (b *builder) isPerson(term string) bool {
	for _, cd := range b.cands {
		if cd.Term == term {
			return cd.Person
		}
	}
	return false
}

// termScore rates a candidate: how often the guide's passages use it,
// weighed by passage, plus bonuses for the ways the essay marks a term.
func termScore(cd *candidate, weight func(*essay.Passage) float64) float64 {
	var s float64
	for _, p := range cd.Uses {
		n := len(occurrences(p.Text(), cd.Term))
		s += weight(p) * float64(min(n, maxCounted))
	}
	if cd.Idea > 0 {
		// An idea's weight counts its uses already; the guide's
		// passages only tip the balance.
		s *= ideaUseShare
	}
	return s + markedBonus(cd)
}

// ideaUseShare scales an idea's uses in the guide's passages.
const ideaUseShare = 0.25

// markedBonus is what a candidate scores for the ways the essay marks it.
func markedBonus(cd *candidate) float64 {
	var s float64
	if cd.Defined != nil {
		s += definedBonus
	}
	if cd.Quoted >= 2 {
		s += quotedBonus
	}
	if cd.Quoted > 0 && cd.Name {
		s += namedBonus
	}
	if cd.Voice {
		s += voiceBonus
	}
	// An idea's weight in the whole text, which titles and pairs of words
	// raise, counts beside its uses in the guide's passages.
	s += ideaShare * cd.Idea
	if marked(cd) {
		s += markedTier
	}
	return s
}

// markedAsTerm reports whether the text marks a candidate as a term itself:
// by defining it or quoting it.
func markedAsTerm(cd *candidate) bool {
	return cd.Defined != nil || cd.Quoted > 0
}

// marked reports whether the essay marks a candidate as a term or person:
// by defining it, dating it, quoting it, or repeating it as an idea.
func marked(cd *candidate) bool {
	multiword := len(strings.Fields(cd.Term)) > 1
	return cd.Defined != nil || (cd.Name && isYear(strings.Fields(cd.Term)[0])) ||
		cd.Quoted >= 2 || (cd.Quoted > 0 && multiword) || cd.Idea > 0
}

// passageWeights weighs each passage by its place in the guide: the
// passages that ask the questions most, then those quoted as evidence,
// then the rest; footnotes the guide does not quote weigh less.
func (b *builder) passageWeights(g *Guide) func(*essay.Passage) float64 {
	cited := map[essay.Ref]bool{}
	askers := map[essay.Ref]bool{}
	for _, th := range g.Themes {
		for _, q := range th.Questions {
			askers[q.Ref] = true
			for _, e := range q.Evidence {
				cited[e.Ref] = true
			}
		}
	}
	return func(p *essay.Passage) float64 {
		w := 1.0
		if cited[p.Ref] {
			w += evidenceWeight
		}
		if askers[p.Ref] {
			w += askerWeight
		}
		if p.Ref.Kind == essay.Note {
			w *= noteWeight
		}
		return w
	}
}
