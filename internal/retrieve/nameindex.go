package retrieve

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/sentence"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// sentenceIndex holds where the corpus names things, for the relation
// test: read one name at a time, when a question asks about it, from the
// passages BM25 lists for its stem. Pitfall: reading every sentence of
// the corpus up front made the first question of each process pay for
// the whole corpus, five seconds at 50,000 paragraphs.
type sentenceIndex struct {
	mu    sync.Mutex
	names map[string]*nameAt
	// windows caches the stems of the windows read (see window).
	windows map[sentenceAt]map[string]bool
	// twins caches the names spelt another way (see twins).
	twins map[string][]string
}

// nameAt is what the corpus does with one stem: whether it writes it as
// a name (capitalized inside its sentences, never in lower case), the
// sentences holding it capitalized, and whether there are more of them
// than maxNameSentences, which are then not all listed.
type nameAt struct {
	named bool
	many  bool
	at    []sentenceAt
	// cited is set when every sentence of at is a citation (see
	// citedOnly).
	cited bool
}

type sentenceAt struct {
	passage  *essay.Passage
	sentence int
}

// name returns what the corpus does with stem s, reading it on first use.
func (r *Retriever) name(s string) *nameAt {
	si := &r.sentenceIndex
	si.mu.Lock()
	defer si.mu.Unlock()
	if n, ok := si.names[s]; ok {
		return n
	}
	n := r.readName(s)
	if si.names == nil {
		si.names = map[string]*nameAt{}
	}
	si.names[s] = n
	return n
}

// readName reads stem s in the passages whose chunks BM25 lists for it.
// It stops at the first lower-case use, and once more than
// maxNameSentences sentences hold it capitalized.
func (r *Retriever) readName(s string) *nameAt {
	n := &nameAt{}
	capitals, lowers := map[string]bool{}, map[string]bool{}
	for _, p := range r.passagesNaming([]string{s}) {
		for j, sn := range p.Sentences {
			upper, first := stemForms(sn.Text, s, capitals, lowers)
			if sharesForm(capitals, lowers) {
				return &nameAt{}
			}
			if upper || first {
				n.at = append(n.at, sentenceAt{p, j})
			}
			if len(n.at) > maxNameSentences {
				n.many = true
				n.named = len(capitals) > 0
				return n
			}
		}
	}
	n.named = len(capitals) > 0 && len(n.at) > 0
	n.cited = len(n.at) > 0 && !slices.ContainsFunc(n.at, func(a sentenceAt) bool {
		return !citesSource(a.passage.Sentences[a.sentence].Text)
	})
	return n
}

// stemForms reads how sentence text writes stem s: it adds to capitals
// the words of stem s capitalized after the sentence's first word, and to
// lowers those in lower case, each by its form (see wordForm); and
// reports whether the sentence holds one capitalized after its first word
// (upper) or as its first word (first). Only words sharing s's first two
// letters are stemmed: a stem keeps its word's start.
func stemForms(text, s string, capitals, lowers map[string]bool) (upper, first bool) {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		c, _ := utf8.DecodeRuneInString(w)
		if len(w) < 2 || !unicode.IsLetter(c) || !strings.HasPrefix(s, strings.ToLower(w[:min(len(w), 2)])) {
			continue
		}
		if terms.Stem(strings.ToLower(w)) != s {
			continue
		}
		switch {
		case !unicode.IsUpper(c):
			lowers[wordForm(w)] = true
		case i == 0:
			first = true
		default:
			upper = true
			capitals[wordForm(w)] = true
		}
	}
	return upper, first
}

// wordForm is w in lower case and in the singular: "Doctors" and
// "doctor", "Parties" and "party" are one word.
func wordForm(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return strings.TrimSuffix(w, "es")
	}
	return strings.TrimSuffix(w, "s")
}

// sharesForm reports whether the corpus writes in lower case a word of
// the stem that is no adjective made from a word it writes capitalized
// (see derived): then the stem is a common word, not a name.
// "constitutional" beside "the 1936 Constitution" leaves the name a
// name, where "commanded" beside "Command" is the common word.
func sharesForm(capitals, lowers map[string]bool) bool {
	for f := range lowers {
		if !derived(f, capitals) {
			return true
		}
	}
	return false
}

// derived reports whether form is an adjective or adverb made from a
// word of capitals by a suffix (see adjectiveSuffixes):
// "constitutional" from "constitution".
func derived(form string, capitals map[string]bool) bool {
	for _, suf := range adjectiveSuffixes {
		if capitals[strings.TrimSuffix(form, suf)] && strings.HasSuffix(form, suf) {
			return true
		}
	}
	return false
}

// adjectiveSuffixes make an adjective or adverb of a noun whose stem
// they share: "constitution" gives "constitutional", "constitutionally".
var adjectiveSuffixes = []string{"al", "ally"}

// window returns the stems of sentence at and of the sentences after it
// that go on speaking of what it names, by a pronoun or by "Nor" (see
// continuesBefore), cached: the windows of a name are read once per
// lexical weighting and per part.
func (r *Retriever) window(at sentenceAt) map[string]bool {
	si := &r.sentenceIndex
	si.mu.Lock()
	out, ok := si.windows[at]
	si.mu.Unlock()
	if ok {
		return out
	}
	out = map[string]bool{}
	sents := at.passage.Sentences
	for j := at.sentence; j < len(sents) && (j == at.sentence || continuesBefore(sents[j].Text)); j++ {
		for _, s := range terms.Stems(sents[j].Text) {
			out[s] = true
		}
		if j > at.sentence && opensNor(sents[j].Text) {
			break
		}
	}
	si.mu.Lock()
	if si.windows == nil {
		si.windows = map[sentenceAt]map[string]bool{}
	}
	si.windows[at] = out
	si.mu.Unlock()
	return out
}

// continuesBefore reports whether a sentence goes on speaking of what
// the one before it names: it opens with a pronoun pointing back (see
// sentence.LeadingPronoun), or with "Nor" (see opensNor).
func continuesBefore(text string) bool {
	return opensNor(text) || sentence.LeadingPronoun(text) != ""
}

// opensNor reports whether a sentence opens with "Nor", which adds one
// more thing the sentence before denies of its subject ("X does not show
// A. Nor, since B, does it explain C."), its pronoun put after the verb,
// beyond where a leading one is looked for. The window ends there: the
// denials that follow it ("Nor does it ...", "Finally, it ...") speak of
// what its pronoun stands for, one step further from the name, and a
// window of four sentences held words of a person that only the first
// named in passing.
func opensNor(text string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(text, "\"'“‘( "), " ")
	return strings.TrimRight(first, ",") == "Nor"
}

// readCase adds the stems of the words of sentence text after its first
// to capital or lower, by their case.
func readCase(text string, capital, lower map[string]bool) {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if i == 0 || len(words[i]) < 2 || !unicode.IsLetter(first) {
			continue
		}
		s := terms.Stem(strings.ToLower(w))
		if unicode.IsUpper(first) {
			capital[s] = true
		} else {
			lower[s] = true
		}
	}
}

// capitalStems returns the stems of the words of text after its first
// that are capitalized.
func capitalStems(text string) map[string]bool {
	out := map[string]bool{}
	readCase(text, out, map[string]bool{})
	return out
}

// named reports whether the corpus writes stem s as a name: capitalized
// inside its sentences, never in lower case.
func (r *Retriever) named(s string) bool {
	return r.name(s).named
}

// nameStem reports whether a question's stem names someone or something
// by the dictionary: WordNet knows it only as a name, or not at all ("a
// word no dictionary knows"), and it is no number.
func nameStem(s string) bool {
	return (thesaurus.Senses(s) == 0 || thesaurus.Proper(s)) && !strings.ContainsFunc(s, unicode.IsDigit)
}

// spellings returns the sentences naming n as a name (see nameAt), and
// those naming it spelt another way (see twins): a text may write one
// name two ways ("Dostoyevsky", "Dostoevsky"), and says of him in each
// what it says. A place the corpus never names is named by the
// adjective it does write (see placeRuns): "Jivagan" names Jivago.
func (r *Retriever) spellings(n string) []sentenceAt {
	at := r.name(n).at
	for _, t := range r.twins(n) {
		at = append(slices.Clone(at), r.name(t).at...)
	}
	if len(at) == 0 && !r.Index.BM25.Has(n) {
		for _, t := range r.demonyms(n) {
			if r.named(t) {
				at = append(slices.Clone(at), r.name(t).at...)
			}
		}
	}
	return at
}
