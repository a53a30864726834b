package retrieve

import (
	"slices"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// An asker may put his question in a figure of his own ("Were the
// provincial governors obedient to him, like clergy to a pope?", "Was
// the salary limit a kind of vow of poverty?"): a simile borrowed from
// another field, whose words the text never uses. Weighed as words of
// the question, they made it look like one about clergy or vows, and it
// was declined. The question is what remains without the figure, as it
// is without an aside about the asker (see aside.go).

// similes returns the indices among terms.Words(text), the question's
// words ws, of the words of the asker's similes (see simileAt), or nil
// when it has none or too little the corpus holds would remain of it
// without them (see holdsBeyond): "Is the Pope like a king?" is still of
// the Pope, and declined.
//
//   - asides: the words already read past (see clauseAsides), which
//     do not remain.
func (r *Retriever) similes(text string, ws []string, asides map[int]bool) map[int]bool {
	cs := clausesOf(text)
	total := 0
	var out map[int]bool
	for _, c := range cs {
		total += len(slices.DeleteFunc(slices.Clone(c.at), func(a int) bool { return a < 0 }))
		for k := 0; k < len(c.toks); k++ {
			from, to := r.simileAt(c, k)
			if to < 0 {
				continue
			}
			for t := from; t <= to; t++ {
				if c.at[t] >= 0 {
					if out == nil {
						out = map[int]bool{}
					}
					out[c.at[t]] = true
				}
			}
			k = to
		}
	}
	if out == nil || total != len(ws) || !r.holdsBeyond(ws, out, asides) {
		return nil
	}
	return out
}

// holdsBeyond reports whether minHeldBeyond content words of ws or more,
// outside both figures and asides, are words the corpus holds. "Was the
// king like a pharaoh?" is no question of the king alone: likening him
// to something the text never speaks of, it is left as asked, and
// declined.
func (r *Retriever) holdsBeyond(ws []string, figures, asides map[int]bool) bool {
	author := r.authorWords()
	held := map[string]bool{}
	for i, w := range ws {
		if figures[i] || asides[i] || terms.IsStopword(w) || author[w] {
			continue
		}
		if s := terms.Stem(w); r.Index.BM25.Has(s) {
			held[s] = true
		}
	}
	return len(held) >= minHeldBeyond
}

// minHeldBeyond is how many of the corpus's words a question keeps
// beside a simile for the simile to be read past (see holdsBeyond).
const minHeldBeyond = 2

// simileAt returns the first and last index among c.toks of a simile
// that opens at c.toks[k], or -1, -1. A simile opens with "like a",
// "like an", "a kind of", "a sort of" or "akin to", or with "like"
// opening a clause after a comma or a dash ("..., like clergy to a
// pope?"); "like" after a pronoun or an auxiliary is the verb ("did he
// like a drink?"). Then comes what it likens to (see figureNoun), and
// the phrases after it whose words the corpus never uses either ("to a
// pope"), up to a word it uses ("a vow of poverty | for its
// members"), a conjunction or the end of the clause.
func (r *Retriever) simileAt(c asideClause, k int) (int, int) {
	toks := c.toks
	at := func(i int) string {
		if i >= 0 && i < len(toks) {
			return toks[i]
		}
		return ""
	}
	from, v := k, -1
	switch w := toks[k]; {
	case w == "like" && (at(k+1) == "a" || at(k+1) == "an") && !likeVerb(toks, k):
		v = k + 2
	case w == "like" && k == 0 && !c.opens:
		v = k + 1
		if at(v) == "a" || at(v) == "an" {
			v++
		}
	case (w == "kind" || w == "sort") && at(k-1) == "a" && at(k+1) == "of":
		from, v = k-1, k+2
	case w == "akin" && at(k+1) == "to":
		v = k + 2
		if at(v) == "a" || at(v) == "an" {
			v++
		}
	}
	if v < 0 {
		return -1, -1
	}
	end := r.figureNoun(c, v)
	if end < 0 {
		return -1, -1
	}
	for {
		next := r.foreignPhrase(c, end+1)
		if next < 0 {
			return from, end
		}
		end = next
	}
}

// likeVerb reports whether toks[k], "like", is the verb: after a pronoun
// or an auxiliary ("did he like", "I'd like", "not like"), or after a
// noun or a name that an auxiliary before it makes its subject ("Did
// the generals like a good joke?"), where a simile would
// follow a verb ("Did he rule like a pharaoh?", read as the verb too
// where the verb is as often a noun).
func likeVerb(toks []string, k int) bool {
	if k == 0 || likeVerbBefore[toks[k-1]] {
		return k > 0
	}
	if !slices.ContainsFunc(toks[:k], func(w string) bool { return doSupport[w] }) {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(toks[k-1]))
	return nouns >= others
}

// likeVerbBefore are the words after which "like" is the verb, not a
// simile.
var likeVerbBefore = words("i", "you", "we", "they", "he", "she", "who", "people", "to", "not", "t", "d",
	"do", "does", "did", "would", "will", "could", "should", "might", "may", "really", "also", "always", "never", "ever")

// doSupport are the auxiliaries that ask a question of a verb after its
// subject ("Did the leaders like ...?").
var doSupport = words("do", "does", "did", "don", "doesn", "didn")

// figureNoun returns the index among c.toks of the last word of the noun
// a simile likens to, its words running from c.toks[v] to the first stop
// word, preposition (see figurePreps) or the end of the clause: "like a
// secular sacrament | beyond", "like a Trojan horse | and". The last
// word, the noun, must be one the corpus neither uses nor has a word
// for (see foreignWord): a text that speaks of idols or has a word for
// them ("like a tyrant" of a text saying "despot") may be asked whether
// something is one. Words before it may be the text's ("a deep state"
// is not foreign for "deep"). -1 when there is no such noun.
func (r *Retriever) figureNoun(c asideClause, v int) int {
	end := v
	for end < len(c.toks) && c.at[end] >= 0 && !terms.IsStopword(c.toks[end]) && !figurePreps[c.toks[end]] {
		end++
	}
	end--
	if end < v || end-v >= maxFigureNoun || c.capital[end] || !r.foreignWord(c.toks[end]) {
		return -1
	}
	return end
}

// maxFigureNoun is the most words the noun of a simile has ("a secular
// sacrament", "a fair-weather friend").
const maxFigureNoun = 3

// foreignPhrase returns the index among c.toks of the last word of a
// phrase after a simile's noun, opening at c.toks[j] with a preposition
// (see figurePreps), whose words are all words the corpus never uses,
// none a name or a number: "to a pope", "of poverty". -1 when there is
// none.
func (r *Retriever) foreignPhrase(c asideClause, j int) int {
	if j >= len(c.toks) || !figurePreps[c.toks[j]] {
		return -1
	}
	end, content := j+1, 0
	for ; end < len(c.toks); end++ {
		w := c.toks[end]
		if terms.IsStopword(w) || c.at[end] < 0 {
			if content > 0 {
				break
			}
			continue
		}
		if c.capital[end] || isNumber(w) || r.Index.BM25.Has(terms.Stem(w)) {
			return -1
		}
		content++
	}
	if content == 0 {
		return -1
	}
	return end - 1
}

// figurePreps open a phrase that may belong to a simile's noun ("a vow
// of poverty", "clergy to a pope", "a sacrament beyond dispute").
var figurePreps = words("of", "to", "for", "in", "from", "with", "beyond", "on", "at", "into", "over")

// foreignWord reports whether word w is one the dictionary knows and the
// corpus neither uses nor has a word for: no form of it, no word the
// thesaurus relates to it or of its concept, no plain word for it (see
// plainIn). A simile likens to a thing the reader knows: a word no
// dictionary knows is a name, a slip or chat ("like, tl;dr").
func (r *Retriever) foreignWord(w string) bool {
	s := terms.Stem(w)
	if isNumber(w) || thesaurus.Senses(s) == 0 || r.Index.BM25.Has(s) || len(r.demonyms(s)) > 0 || r.familyHeld(s) {
		return false
	}
	return len(r.kin(s, nil)) == 0 && len(r.sameConcept(s, nil)) == 0 && !r.plainIn(s, r.Index.BM25.Has)
}

// joined returns the indices a or b holds; a itself when b holds none.
func joined(a, b map[int]bool) map[int]bool {
	if len(b) == 0 {
		return a
	}
	out := make(map[int]bool, len(a)+len(b))
	for i := range a {
		out[i] = true
	}
	for i := range b {
		out[i] = true
	}
	return out
}

// dropFigureNames leaves out of Names, and of runs, the names every word
// of which belongs to one of the question's similes (figures, indices
// among Words): the "Trojan" of "like a Trojan horse" names nothing the
// question asks of.
func (q *Query) dropFigureNames(figures map[int]bool) {
	if len(figures) == 0 {
		return
	}
	in := map[string]bool{}
	for i := range figures {
		in[q.Words[i]] = true
		in[terms.Stem(q.Words[i])] = true
	}
	all := func(ws []string) bool {
		return !slices.ContainsFunc(ws, func(w string) bool { return !in[w] })
	}
	q.Names = slices.DeleteFunc(q.Names, func(n string) bool { return all(terms.Words(n)) })
	q.runs = slices.DeleteFunc(q.runs, all)
}
