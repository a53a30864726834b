package retrieve

import (
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/terms"
)

// asideClause is a stretch of a question between marks of punctuation,
// read with the one-letter words the question's words leave out ("I"): an
// aside about the asker is told by "I" and by where a sentence ends.
type asideClause struct {
	// toks are the clause's words in lower case, "i" and "d" ("I'd")
	// among them; at holds each one's index among the question's words,
	// or -1 for a word those leave out.
	toks []string
	at   []int
	// capital is set for a word, other than "I", that begins with a
	// capital letter other than the clause's first.
	capital []bool
	// statement is set when the sentence the clause belongs to ends with
	// a full stop or an exclamation mark, not a question mark.
	statement bool
	// sentence numbers the sentence the clause belongs to, from 0, and
	// opens is set for its first clause; dashed is set for a clause
	// after a dash.
	sentence      int
	opens, dashed bool
}

// clausesOf splits text into clauses at commas, semicolons, colons,
// brackets, dashes set apart by spaces and the marks ending sentences.
//
// It splits the words itself, for terms.Words, which the rest of
// retrieve reads a question with, cannot serve: it drops one-letter
// words ("I", the "d" of "I'd") and capitals, which tell an aside, and
// the punctuation a clause ends at. Each word is still counted as
// terms.Words counts it (see asideClause.at), so that the clauses line
// up with the question's words. Nor are sentences taken from
// sentence.Split: it does not end one at "Dr." or "e.g.", where a
// clause here ends and reads its sentence's mark from there on, so
// that using it would change which clauses are statements, a change
// to measure, not to make in passing.
func clausesOf(text string) []asideClause {
	var sc clauseScanner
	rs := []rune(text)
	for i, r := range rs {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sc.tok = append(sc.tok, r)
			continue
		}
		sc.endWord()
		switch {
		case r == '.' || r == '!' || r == '?':
			sc.endSentence(r != '?')
		case strings.ContainsRune("—–", r), r == '-' && (i == 0 || rs[i-1] == ' ' || i+1 == len(rs) || rs[i+1] == ' '):
			sc.endClause()
			sc.cur.dashed = true
		case strings.ContainsRune(",;:()", r):
			sc.endClause()
		}
	}
	sc.endClause()
	return sc.out
}

// clauseScanner is what clausesOf holds as it reads a text rune by rune.
type clauseScanner struct {
	// out are the clauses ended so far, cur the one being read and tok
	// its word being read.
	out []asideClause
	cur asideClause
	tok []rune
	// n counts the words terms.Words reads in the text so far; sentence
	// is the index in out of the first clause of the sentence being read,
	// and sentences counts the sentences ended.
	n, sentence, sentences int
}

// endWord adds the word being read, if any, to the clause.
func (sc *clauseScanner) endWord() {
	if len(sc.tok) == 0 {
		return
	}
	w := string(sc.tok)
	c := &sc.cur
	c.toks = append(c.toks, strings.ToLower(w))
	c.capital = append(c.capital, len(c.toks) > 1 && w != "I" && unicode.IsUpper(sc.tok[0]))
	if len(terms.Words(w)) == 1 {
		c.at = append(c.at, sc.n)
		sc.n++
	} else {
		c.at = append(c.at, -1)
	}
	sc.tok = sc.tok[:0]
}

// endClause ends the clause being read, kept if it holds a word.
func (sc *clauseScanner) endClause() {
	sc.endWord()
	if len(sc.cur.toks) > 0 {
		sc.cur.sentence, sc.cur.opens = sc.sentences, len(sc.out) == sc.sentence
		sc.out = append(sc.out, sc.cur)
	}
	sc.cur = asideClause{}
}

// endSentence ends the clause being read and its sentence, whose
// clauses are statements when it ends with a full stop or an
// exclamation mark.
func (sc *clauseScanner) endSentence(statement bool) {
	sc.endClause()
	for k := sc.sentence; k < len(sc.out); k++ {
		sc.out[k].statement = statement
	}
	sc.sentence = len(sc.out)
	sc.sentences++
}

// clauseAsides returns the indices among terms.Words(text) of the words
// of the asker's asides that need "I" or the end of a sentence to be
// told (see memoryAside, feelingAside, ownPeopleStatement and
// readingWish), or nil when the clauses' words do not line up with
// terms.Words(text). A name in an aside stays ("I'd like to read
// Jivago's book."): the question may be of it.
func clauseAsides(text string) map[int]bool {
	cs := clausesOf(text)
	total := 0
	asks := strings.Contains(text, "?")
	var out map[int]bool
	described := describedPeople(cs)
	for i, c := range cs {
		marked := make([]bool, len(c.toks))
		markRange(marked, 0, described[i]-1)
		memoryAside(c, marked)
		if marked[0] && c.toks[0] == "i" && c.dashed && !c.opens && !c.statement && otherClauseAsks(cs, i) {
			// "This 'guns or butter' business -- I thought that was
			// another war's slogan, so why is it here?": set off by a
			// dash in a sentence whose question another clause asks,
			// the asker's view is his whole clause, what he thought
			// included. After a comma it may be what he asks ("...,
			// I seem to recall him asking X, does he?").
			markRange(marked, 0, len(c.toks)-1)
		}
		feelingAside(c.toks, marked)
		if c.statement && asks {
			ownPeopleStatement(c, marked)
			readingWish(c.toks, marked)
		}
		for k, m := range marked {
			if c.at[k] >= 0 {
				total++
				if m && !c.capital[k] {
					if out == nil {
						out = map[int]bool{}
					}
					out[c.at[k]] = true
				}
			}
		}
	}
	if total != len(terms.Words(text)) {
		return nil
	}
	return out
}

// describedPeople returns, by clause, how many of its first words belong
// to an aside naming one of the asker's own people whom a clause between
// commas describes before he says something ("My brother-in-law, who's
// a bit of a radical between you and me, says ..."): the person's
// clause, the describing clause and the verb of saying, whose claim
// stays, as ownPeopleAside leaves it. Without the describing clause,
// ownPeopleAside reads the aside in the question's words.
func describedPeople(cs []asideClause) map[int]int {
	out := map[int]int{}
	for i := 0; i+2 < len(cs); i++ {
		c := cs[i]
		p := ownedPerson(c.toks, 0)
		if p < 0 || slices.ContainsFunc(c.toks[p+1:], func(w string) bool { return !inLaw[w] }) ||
			cs[i+1].toks[0] != "who" && cs[i+1].toks[0] != "whose" || !asideVerbs[cs[i+2].toks[0]] ||
			cs[i+1].sentence != c.sentence || cs[i+2].sentence != c.sentence {
			continue
		}
		out[i], out[i+1], out[i+2] = len(c.toks), len(cs[i+1].toks), 1
	}
	return out
}

// inLaw are the words that may follow the person of an aside in his
// own clause ("my brother-in-law").
var inLaw = words("in", "law")

// otherClauseAsks reports whether a clause of the sentence of cs[i],
// other than cs[i], asks a question: it opens with a question word or
// an auxiliary (see openers), or holds a question word (see whWords).
func otherClauseAsks(cs []asideClause, i int) bool {
	for k, c := range cs {
		if k == i || c.sentence != cs[i].sentence {
			continue
		}
		if openers[c.toks[0]] || slices.ContainsFunc(c.toks, func(w string) bool { return whWords[w] || contracted[w] }) {
			return true
		}
	}
	return false
}

// memoryAside marks in c the asker's saying how he came by a claim:
// that he remembers it ("I remember", "I seem to recall", "I vaguely
// remember reading", "I have a dim memory that", "if memory serves"),
// heard or read it ("I heard", "I read long ago that") or always
// thought it ("I had always assumed"). The claim stays: "I remember
// Jivago being shot" asks whether he was. Where or from whom he had it
// goes too, up to the "that" or "saying" the claim begins with ("I
// remember from my school days that ...", "I heard a professor on the
// wireless saying ..."), unless a name is among those words: "I heard
// Jivago say" may ask of him. "Where can I read ...?" asks where to.
func memoryAside(c asideClause, marked []bool) {
	toks := c.toks
	for k := 0; k < len(toks); k++ {
		if toks[k] == "memory" && k > 0 && toks[k-1] == "if" && k+1 < len(toks) && toks[k+1] == "serves" {
			markRange(marked, k-1, k+1)
			continue
		}
		if toks[k] != "i" || k > 0 && invertingWords[toks[k-1]] {
			continue
		}
		v := memoryVerbAfter(toks, k+1)
		if v < 0 {
			continue
		}
		markRange(marked, k, v)
		e := v
		for e+1 < len(toks) && memoryAfter[toks[e+1]] {
			e++
			marked[e] = true
		}
		if t := claimStart(c, e+1); t > 0 {
			markRange(marked, e+1, t)
			e = t
		}
		k = e
	}
}

// claimStart returns the index of the "that" or "saying" that begins
// the claim the asker came by, when the words from c.toks[j] to it say
// only where or from whom ("from my school days", "on a documentary",
// "a professor on the wireless"): no more than sourceReach of them, none
// a name; or -1. Only "saying" or "say" ends words that open with an
// article: "the party was purged so that ..." is the claim.
func claimStart(c asideClause, j int) int {
	if j >= len(c.toks) || !sourceOpeners[c.toks[j]] && !sourceArticles[c.toks[j]] {
		return -1
	}
	for t := j; t < min(len(c.toks), j+sourceReach+1); t++ {
		w := c.toks[t]
		switch {
		case c.capital[t]:
			return -1
		case w == "saying" || w == "say":
			return t
		case w == "that" && sourceOpeners[c.toks[j]]:
			return t
		}
	}
	return -1
}

// sourceReach is how many words may say where or from whom the asker
// had a claim ("from my university days in the seventies").
const sourceReach = 8

// memoryVerbAfter returns the index of the verb or noun of remembering
// ("remember", "a dim memory") that the words from toks[j] lead to
// through the words that only hedge it ("seem to", "vaguely", "have
// a"), or -1.
func memoryVerbAfter(toks []string, j int) int {
	have := j < len(toks) && haveWords[toks[j]]
	for t := j; t < min(len(toks), j+memoryHedgeReach+1); t++ {
		switch w := toks[t]; {
		case memoryVerbs[w], have && memoryNouns[w]:
			return t
		case !have && !memoryHedges[w]:
			return -1
		}
	}
	return -1
}

// memoryHedgeReach is how many hedging words may come between "I" and
// the verb of remembering ("I seem to vaguely remember").
const memoryHedgeReach = 3

// feelingAside marks in toks the asker's saying how a claim struck him
// ("It struck me as terribly sad, ...", "I found it rather honest that
// ..."): up to the end of the clause or the "that" the claim begins
// with, for what struck him is in the rest of the question.
func feelingAside(toks []string, marked []bool) {
	for k := 0; k+3 < len(toks); k++ {
		struck := (toks[k] == "it" || toks[k] == "that" || toks[k] == "this") &&
			(toks[k+1] == "struck" || toks[k+1] == "strikes") && toks[k+2] == "me" && toks[k+3] == "as"
		found := toks[k] == "i" && (toks[k+1] == "found" || toks[k+1] == "find") && toks[k+2] == "it"
		if !struck && !found {
			continue
		}
		e := len(toks) - 1
		for t := k + 3; t < len(toks); t++ {
			if toks[t] == "that" {
				e = t
				break
			}
		}
		markRange(marked, k, e)
		return
	}
}

// ownPeopleStatement marks in toks, a clause of a sentence that states
// rather than asks, beside a question, what it says of one of the
// asker's own people ("My father worked in a mill and had opinions about
// that.", "my uncle was taken"): from "my" to the end of the clause.
// One who says, asks or wants something ("My student needs the
// publisher of ...") is left to ownPeopleAside, which takes off only
// the framing: what he says is the question. So is a statement naming
// a place or a person ("My grandfather lived in Jivagograd."): what the
// question asks may be of it.
func ownPeopleStatement(c asideClause, marked []bool) {
	toks := c.toks
	for k := range toks {
		if !asideOwners[toks[k]] {
			continue
		}
		p := ownedPerson(toks, k)
		if p < 0 || asideVerb(toks, p) > 0 || slices.Contains(c.capital[k:], true) {
			continue
		}
		markRange(marked, k, len(toks)-1)
		return
	}
}

// readingWish marks in toks, a clause of a sentence that states rather
// than asks, beside a question, the asker's wish to read what he asks
// about ("I'd like to read one of them."): the question says what.
func readingWish(toks []string, marked []bool) {
	for k := 0; k+3 < len(toks); k++ {
		if toks[k] != "i" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j] == "d" || toks[j] == "would" || toks[j] == "really") {
			j++
		}
		if j+2 < len(toks) && wishVerbs[toks[j]] && toks[j+1] == "to" && toks[j+2] == "read" {
			markRange(marked, k, len(toks)-1)
			return
		}
	}
}

// markRange marks marked[from] to marked[to], both included.
func markRange(marked []bool, from, to int) {
	for t := max(0, from); t <= to && t < len(marked); t++ {
		marked[t] = true
	}
}

var (
	// memoryVerbs say the asker remembers.
	memoryVerbs = words("remember", "recall", "recollect", "heard", "read", "thought", "assumed", "believed",
		"understood", "think", "assume", "believe", "suppose", "supposed", "imagined", "reckon", "guess")
	// invertingWords before "I" make a question of what he does ("Where
	// can I read ...?", "Did I get that right?").
	invertingWords = words("can", "could", "should", "would", "will", "shall", "may", "might", "must",
		"do", "did", "does", "am", "was", "have", "where", "what", "how", "which", "to")
	// sourceOpeners begin the words saying where or when the asker had a
	// claim ("from my school days", "on a documentary", "long ago").
	sourceOpeners = words("from", "on", "in", "at", "long", "years", "back", "once", "somewhere")
	// sourceArticles begin the words saying from whom ("a professor on the
	// wireless saying").
	sourceArticles = words("a", "an", "the", "some", "someone", "somebody")
	// memoryNouns say it after "I have a ...".
	memoryNouns = words("memory", "recollection", "impression")
	// haveWords lead to a noun of remembering ("I have a dim memory",
	// "I get the impression").
	haveWords = words("have", "had", "get", "got")
	// memoryHedges may stand between "I" and a verb of remembering.
	memoryHedges = words("seem", "seemed", "to", "vaguely", "half", "dimly", "faintly", "still",
		"also", "do", "did", "can", "could", "never", "distinctly", "clearly", "definitely", "always", "once", "just",
		"d", "would", "have", "had")
	// memoryAfter are the words after a verb of remembering that say how
	// the asker came by the claim ("I remember reading that ...").
	memoryAfter = words("reading", "hearing", "seeing", "rightly", "correctly")
	// wishVerbs say the asker wishes to do something.
	wishVerbs = words("like", "love", "want", "wish", "hope", "plan")
)
