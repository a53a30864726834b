package guide

import (
	"strings"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// subsumer returns the longest term that the essay marks as a term, holds
// this one and is used nearly as widely ("Red" within "Red vs expert"; but
// "democracy" stays beside "inner-party democracy"), or nil.
func subsumer(cd *candidate, all []*candidate) *candidate {
	var best *candidate
	for _, o := range all {
		if o == cd || len(o.Term) <= len(cd.Term) || !(o.Quoted > 0 || o.Defined != nil) {
			continue
		}
		if indexWord(o.Term, cd.Term) >= 0 && len(cd.Uses) < len(o.Uses)+3 && (best == nil || len(o.Term) > len(best.Term)) {
			best = o
		}
	}
	return best
}

// overlaps reports whether term is a chosen term, or one word of the same
// family as one ("democratic" beside "democracy"), or a form of a chosen
// name ("Prime Minister" beside "Prime Ministers"). A phrase that holds
// a chosen word ("representative democracy" beside "democracy") is a term
// of its own.
func overlaps(term string, chosen []string) bool {
	for _, c := range chosen {
		if sameHead(term, c) || shortName(term, c) || shortName(c, term) || titledName(term, c) || titledName(c, term) || numberedName(term, c) || numberedName(c, term) {
			return true
		}
		if strings.EqualFold(c, term) || strings.EqualFold(c+"s", term) || strings.EqualFold(c, term+"s") ||
			strings.EqualFold(c+"es", term) || strings.EqualFold(c, term+"es") || sameFamily(term, c) || sameFamilyPhrase(term, c) {
			return true
		}
	}
	return false
}

// titledName reports whether name a is one-word name b with a word
// before it, as a title stands before a name: "Master Pangloss",
// "Miss Cunegonde" of "Pangloss", "Cunegonde".
func titledName(a, b string) bool {
	wa := strings.Fields(a)
	return len(wa) == 2 && !strings.Contains(b, " ") && isUpper(wa[0]) && isUpper(b) && wa[1] == b
}

// numberedName reports whether name a is name b with the number that
// tells him from others of his name: "Alexander the Sixth" of
// "Alexander".
func numberedName(a, b string) bool {
	wa := strings.Fields(a)
	return len(wa) == 3 && wa[0] == b && wa[1] == "the" && regnalOrdinals[wa[2]]
}

// shortName reports whether name a is name b with words left out between
// its first and its last: "Miss Willard" of "Miss Frances Willard".
func shortName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) <= len(wa) || !isUpper(a) || wa[0] != wb[0] || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	j := 1
	for _, w := range wb[1 : len(wb)-1] {
		if j < len(wa)-1 && w == wa[j] {
			j++
		}
	}
	return j == len(wa)-1
}

// sameFamilyPhrase reports whether two phrases of as many words are word
// for word of one family.
func sameFamilyPhrase(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	for i := range wa {
		if !strings.EqualFold(wa[i], wb[i]) && !sameFamily(wa[i], wb[i]) {
			return false
		}
	}
	return true
}

// sameFamily reports whether two single words share most of their letters
// from the start: at least six, and three quarters of the shorter.
func sameFamily(a, b string) bool {
	if strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 6 && 4*n >= 3*min(len(ra), len(rb))
}

// sameHead reports whether a one-word name is the last word of a name of
// three words or more, which names the same thing: "Exposition" and
// "World's Columbian Exposition". A name of two ("Vice President") is
// often another thing than its last word, and lower-case terms
// ("democracy", "representative democracy") stay apart: a qualified term
// is a term of its own.
func sameHead(a, b string) bool {
	if strings.Contains(a, " ") == strings.Contains(b, " ") {
		return false
	}
	if strings.Contains(a, " ") {
		a, b = b, a
	}
	ws := strings.Fields(b)
	return len(ws) >= 3 && isUpper(a) && isUpper(ws[0]) && ws[len(ws)-1] == a
}

// shortFor reports whether a one-word name mostly stands for a longer
// name that ends in it ("the Exposition" for "the World's Columbian
// Exposition"): the longer one, used at least half as often, is glossed
// instead.
func shortFor(cd *candidate, all []*candidate) bool {
	if !cd.Name || strings.Contains(cd.Term, " ") {
		return false
	}
	for _, o := range all {
		if o.Name && sameHead(cd.Term, o.Term) && 2*len(o.Uses) >= len(cd.Uses) {
			return true
		}
	}
	return false
}

// everyTextSenses is how many senses WordNet knows a noun in, at least,
// for "the" and the noun to be a word of every text.
const everyTextSenses = 5

// generalTerm reports whether a term is "the" and a noun of many senses
// ("the truth", "the world"): a text sets such words in quotation marks
// for stress or as others say them, and a student knows them; the gloss
// would be a passing sentence.
func generalTerm(term string) bool {
	ws := strings.Fields(term)
	if len(ws) != 2 || strings.ToLower(ws[0]) != "the" || strings.ToLower(ws[1]) != ws[1] {
		return false
	}
	return thesaurus.Senses(terms.Stem(ws[1])) >= everyTextSenses
}

// alternative returns the term of the glossary that g defines as another
// name of cd ("is called PACT, or COVENANT", "said to be OBLIGED, or
// BOUND"), or -1. The two share one entry: the sentence glosses one
// thing, and a second entry would quote it again.
func (gl *glossary) alternative(cd *candidate, g glossing) int {
	if g.kind != Defines {
		return -1
	}
	for i, t := range gl.terms {
		if t.Kind != Defines || gl.alt[i] != nil || glossKey(t.Quote) != glossKey(g.q) {
			continue
		}
		if strings.Contains(g.q.Text, t.Term+", or "+cd.Term) || strings.Contains(g.q.Text, cd.Term+", or "+t.Term) {
			return i
		}
	}
	return -1
}

// headOf returns how the glossary heads term t of candidate cd, with
// alt, the other name its sentence gives it, in the order the sentence
// names them: "pact, or covenant".
func (b *builder) headOf(t Term, cd, alt *candidate) string {
	h := b.head(t.Term, cd)
	if alt == nil {
		return h
	}
	first, second := t.Term, alt.Term
	if h == "" {
		h = t.Term
	}
	h2 := b.head(alt.Term, alt)
	if h2 == "" {
		h2 = alt.Term
	}
	if indexWord(t.Quote.Text, second) < indexWord(t.Quote.Text, first) {
		return h2 + ", or " + h
	}
	return h + ", or " + h2
}

// head returns how the glossary heads a term, or "" to head it as the
// text writes it. A common term the text sets in capitals where it
// defines it ("LAW OF NATURE", "PACT") is set so for the eye, as a later
// text sets it in italics; one the text capitalizes as it does every
// noun ("Lawes", "Keeping Of Promise") is the same word a student writes
// in lower case. A name keeps its capitals, and so does a term a word of
// which the text never writes in lower case; a person the text always
// names after one title is headed with it (see withTitle), and one it
// names once in full and otherwise by his surname by that full name (see
// fullName).
func (b *builder) head(term string, cd *candidate) string {
	if cd.Person && term == cd.Term {
		if h := withTitle(cd); h != term {
			return h
		}
		if h := b.fullName(cd); h != "" {
			return h
		}
	}
	ws := strings.Fields(term)
	caps := strings.ToUpper(term) == term
	if caps && !commonWords(ws) || cd.Person || cd.Name && !(caps && cd.Defined != nil) {
		// A term defined in capitals that the text never writes in
		// lower case ("PACT") reads as a name, and is none.
		return ""
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if w != lw && !capsFunctionWords[strings.ToUpper(w)] && strings.ToUpper(term) != term && !(b.nounCaps && b.lower[lw]) {
			// Outside a text that capitalizes every noun, a capital
			// may mark a title ("the Pastoral Letter").
			return ""
		}
	}
	if lw := strings.ToLower(term); lw != term {
		return lw
	}
	return ""
}
