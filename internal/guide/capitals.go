package guide

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Terms set in capitals where a text defines them. Older texts print
// the term a sentence defines in capitals, as later ones print it in
// italics: "A LAW OF NATURE, (Lex Naturalis,) is a Precept ...", "The
// mutuall transferring of Right, is that which men call CONTRACT." The
// capitals alone do not mark a term (a text also sets words in capitals
// for stress: "the power of ALTERING"); they do where the sentence's own
// shape defines the words: they open it as the subject of "is", or
// follow "call", "called" or "said to be".
var (
	// capsRunRe is a run of words in capitals: "RIGHT OF NATURE".
	capsRunRe = lazyregexp.New(`\p{Lu}{2,}(?:\s+\p{Lu}{2,})*`)
	// capsOpenRe comes before a term in capitals that opens its
	// sentence: an article, "By", or a connective.
	capsOpenRe = lazyregexp.New(`^(?:(?:And|But|So|Now)\s+)?(?:(?:The|A|An|By|the|a|an)\s+)?$`)
	// capsCopulaRe follows such a term: an aside in brackets, or a
	// relative clause between commas, then "is" or "are" ("The RIGHT OF
	// NATURE, which Writers commonly call Jus Naturale, is the
	// Liberty", "By LIBERTY, is understood ...").
	capsCopulaRe = lazyregexp.New(`^,?\s*(?:\([^()]{1,80}\),?\s*|(?:which|that)\s[^,;:()]{1,80},\s*)?(?:is|are)\s`)
	// capsNamedRe comes before a term in capitals that a sentence names,
	// or before the second of two ("is called PACT, or COVENANT").
	capsNamedRe = lazyregexp.New(`\b(?:call|calls|called|termed|named|known as|said to be)\s+(?:the\s+)?(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})*,?\s+or\s+)?$`)
)

// capsFunctionWords may stand inside a term set in capitals, not at its
// ends.
var capsFunctionWords = map[string]bool{"OF": true, "AND": true, "THE": true, "OR": true, "TO": true, "IN": true}

// capsTerms returns the terms a sentence sets in capitals and defines.
func capsTerms(text string) []string {
	if essay.MostlyCapitals(text) {
		return nil
	}
	var out []string
	for _, at := range capsRunRe.FindAllStringIndex(text, -1) {
		if t, ok := capsTermAt(text, at[0], at[1]); ok {
			out = append(out, t)
		}
	}
	return out
}

// capsTermAt returns the term set in capitals at text[i:j], trimmed of
// the small words at its ends, if the sentence defines it there.
func capsTermAt(text string, i, j int) (string, bool) {
	if wordRuneBefore(text, i) || wordRuneAt(text, j) {
		return "", false
	}
	ws := strings.Fields(text[i:j])
	for len(ws) > 0 && capsFunctionWords[ws[len(ws)-1]] {
		j -= len(ws[len(ws)-1])
		ws = ws[:len(ws)-1]
		j = i + len(strings.TrimRight(text[i:j], " "))
	}
	if len(ws) == 0 || capsFunctionWords[ws[0]] || !commonWords(ws) {
		return "", false
	}
	if !capsDefines(text[:i], text[j:]) {
		return "", false
	}
	return text[i:j], true
}

// capsDefines reports whether the words around a term in capitals
// define it: it opens the sentence as the subject of "is", or the
// sentence names it.
func capsDefines(before, after string) bool {
	return capsOpenRe.MatchString(before) && capsCopulaRe.MatchString(after) || capsNamedRe.MatchString(before)
}

// commonWords reports whether every word of a term set in capitals,
// but its small words, is one WordNet knows, and not as a name: a name
// in capitals ("SEJANUS", "AUSTRIA") is no term the text defines.
func commonWords(ws []string) bool {
	for _, w := range ws {
		if capsFunctionWords[w] {
			continue
		}
		st := terms.Stem(strings.ToLower(w))
		if len(w) < 3 || thesaurus.Senses(st) == 0 || thesaurus.Proper(st) {
			return false
		}
	}
	return true
}

// inCapitals reports whether term stands at text[i:] set in capitals
// where the sentence defines it.
func inCapitals(text string, i int, term string) bool {
	if strings.ToUpper(term) != term || !isUpper(term) {
		return false
	}
	t, ok := capsTermAt(text, i, i+len(term))
	return ok && t == term
}
