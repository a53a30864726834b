package retrieve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// titleRe finds a question asking the title of a work: "What is the
// title of X's book?", "What's X's book called?", "What is X's memoir
// titled?", "What book did X write?", "What's the name of X's book?";
// and one put as a note's heading: "Title and year of X's memoir?", "X
// book title?" (and as keywords in any order: see keywordAsksTitle).
var titleRe = lazyregexp.New(`(?i)\b(?:what|which)(?:'s| is| was)? (?:the )?(?:exact |full )?title\b|\btitle of\b|\bname of (?:\S+ ){1,3}(?:book|article|memoir|study|biography|diary)s?\b|['’]s (?:\w+ )?title\b|\b(?:what|which) (?:book|article|memoir|study|biography)s? (?:did|does|has|had) (?:\w+ ){1,3}(?:write|wrote|written|publish|published|author|edit|edited)\b|['’]s (?:book|article|memoir|study|biography|diary)s? (?:is |was |are |were )?(?:called|titled|named)\b|^\W*title (?:and \w+ )?of\b|\b(?:book|article|memoir|study|biography|diary)s? title\W*$`)

// untitled reports whether q asks the title of a work of someone the
// corpus names (see titleRe) and no sentence naming him gives a title
// beside his name (see givesTitle). A text that cites "Smith, p. 220"
// or tells of "conversations with X" names the author, not the work.
// A question naming no one ("What is the title of the essay?") is left
// to the other tests.
func (r *Retriever) untitled(q *Query) bool {
	if !titleRe.MatchString(q.Text) && !keywordAsksTitle(q.Text, q.Words) {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	if len(runs) == 0 {
		runs = r.namesTyped(q)
	}
	if len(runs) == 0 {
		return r.authorsWork(q) && !r.titlesOwnWork()
	}
	for n := range runs {
		for _, at := range r.name(n).at {
			if givesTitle(at.passage.Sentences[at.sentence].Text, n) || titlesHisWork(at) {
				return false
			}
		}
	}
	return true
}

// titlesHisWork reports whether the sentence after one naming someone
// gives the title of his work by a pronoun ("X attributes this to Y.
// (See also his article "Z" at ...)"): a note goes on citing the man it
// named without naming him again.
func titlesHisWork(at sentenceAt) bool {
	next := at.sentence + 1
	return next < len(at.passage.Sentences) && hisTitleRe.MatchString(at.passage.Sentences[next].Text)
}

// hisTitleRe finds a pronoun's work given by its title in quotation
// marks: "his article "Z"".
var hisTitleRe = lazyregexp.New(`(?i)\b(?:his|her)\s+(?:article|book|essay|study|paper|memoir|biography|diary|chapter|monograph)s?,?\s+["“‘]`)

// namesTyped returns the stems of q that the corpus writes only as
// names, however q types them: a question asking a title names whose
// work it asks of, in lower case too ("what's the title of amy knight's
// book"), though "knight" is a word of the dictionary as well.
func (r *Retriever) namesTyped(q *Query) map[string]int {
	out := map[string]int{}
	for _, s := range q.Stems {
		if r.named(s) {
			out[s] = 1
		}
	}
	return out
}

// authorsWork reports whether q asks of a work of the text's author by
// his name ("Smith's article"): the text speaks of it in the first
// person, if at all, and never by his name.
func (r *Retriever) authorsWork(q *Query) bool {
	author := r.authorWords()
	for _, f := range strings.Fields(q.Text) {
		w, ok := strings.CutSuffix(strings.ReplaceAll(f, "’", "'"), "'s")
		if ws := terms.Words(w); ok && len(ws) == 1 && author[ws[0]] {
			return true
		}
	}
	return false
}

// titlesOwnWork reports whether a sentence of the corpus gives the title
// of a work of its author's own: "my" or "an" before a word for a work,
// then its title in quotation marks or after "entitled" ("my article
// \"Title\"", "a book entitled ..."). "I am writing an article on
// the \"Y\" affair" names what the article is about, not its title.
func (r *Retriever) titlesOwnWork() bool {
	for _, p := range r.Corpus.Passages {
		for _, sn := range p.Sentences {
			if ownTitleRe.MatchString(sn.Text) {
				return true
			}
		}
	}
	return false
}

// ownTitleRe finds the author giving the title of a work of his own.
var ownTitleRe = lazyregexp.New(`(?i)\b(?:my|an?)\s+(?:article|book|essay|study|paper|chapter|monograph)s?,?\s+(?:["“'‘]|(?:entitled|titled|called)\b)`)

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
