package guide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// placeName reports whether a name is a place's, though it acts ("North
// Carolina ceded to the Federal Government"): WordNet's commonest sense
// of it is a place, and the text never writes it after a title or a
// given name ("Mr. Washington", "George Washington").
func placeName(c *essay.Corpus, cd *candidate) bool {
	key := strings.ToLower(cd.Term)
	if !strings.Contains(key, " ") {
		key = terms.Stem(key)
	}
	if !thesaurus.Place(key) && !thesaurus.Landform(key) && !placedIn(cd) && !landformHead(cd.Term) {
		// WordNet files continents and rivers as natural objects, not
		// places: Turner's glossary read "Europe" as a person.
		return false
	}
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			prev := lastWord(text[:at])
			// "Tsarist Russia": a word that qualifies others is no
			// given name.
			// "Unfortunately Russia": nor is a common word that opens
			// the sentence ("George Washington" may open one).
			opens := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(text[:at], " "), prev), " ")
			opens = strings.TrimRight(opens, `"“”'’`)
			if (opens == "" || strings.HasSuffix(opens, ".") || strings.HasSuffix(opens, "!") || strings.HasSuffix(opens, "?")) && commonWord(prev) {
				continue
			}
			if wider := strings.ToLower(prev + " " + cd.Term); thesaurus.Place(wider) || thesaurus.Landform(wider) || compass[strings.ToLower(prev)] {
				// "North America" is a place's name too, and "North"
				// no given name, nor "Western" in "Western New York":
				// Turner's "America" read as a person.
				continue
			}
			if prev != "" && (titleRe.MatchString(prev+" X") || isUpper(prev) && !strings.ContainsAny(prev, ".!?,;:") && !terms.IsStopword(strings.ToLower(prev)) && !qualifies(uses(c, prev), prev)) {
				return false
			}
		}
	}
	return true
}

// tailOfPlace reports whether a name ends a place's longer name ("York"
// of "New York"): a sentence that opens on the longer name reads it as
// the shorter, and the Federalist's glossary gave "York" in place of
// the state.
func tailOfPlace(cd *candidate, cands []*candidate) bool {
	for _, o := range cands {
		if o.Place && strings.HasSuffix(o.Term, " "+cd.Term) {
			return true
		}
	}
	return false
}

// compass are the words of direction that stand before a place's name
// as part of it ("Western New York", "Upper Canada"), never as a given
// name.
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "upper": true, "lower": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// locativeRe ends the words before a name that the text puts things in
// or around: "in X", "the rest of X".
var locativeRe = lazyregexp.New(`(?i)\b(?:in|into|throughout|within|across|all over|the (?:rest|whole|parts?|coasts?|cities|shores) of|(?:across|over|beyond|crossed|crossing|along) the)\s+$`)

// landformHead reports whether a name of several words ends on a word
// WordNet files as land or water ("the Mississippi Valley", "the Rocky
// Mountains", "the Great Lakes"): a place's name, though WordNet lacks
// the whole.
func landformHead(term string) bool {
	ws := strings.Fields(term)
	if len(ws) < 2 || !isUpper(ws[len(ws)-1]) {
		return false
	}
	return thesaurus.Landform(terms.Stem(strings.ToLower(ws[len(ws)-1])))
}

// placedIn reports whether the text puts things in a name at least
// placedUses times ("in X", "the whole of X", "across the X"): a place
// WordNet does not know, though it acts ("X began to fit out fleets").
// A person is seldom what things happen in, and then seldom more than
// twice.
func placedIn(cd *candidate) bool {
	n := 0
	for _, p := range cd.Uses {
		text := p.Text()
		for _, at := range occurrences(text, cd.Term) {
			if locativeRe.MatchString(text[:at]) && !strings.HasPrefix(text[at+len(cd.Term):], "'") && !strings.HasPrefix(text[at+len(cd.Term):], "’") {
				n++
			}
		}
	}
	return n >= placedUses
}

// placedUses is how often a text must put things in a name for it to be
// a place.
const placedUses = 3

// afterArticle reports whether text ends with a determiner and a space,
// as it does before "the South" or "every Negro" but not before a
// person's name ("the aged Franklin" puts a word between); or with a
// determiner and a capitalized word or an ordinal, as before a body's
// name ("the Federal Government", "the first Congress").
func afterArticle(text string) bool {
	before, ok := strings.CutSuffix(text, " ")
	if !ok {
		return false
	}
	last := before[strings.LastIndexAny(before, " \n\t")+1:]
	if nounDeterminers[strings.ToLower(last)] {
		return true
	}
	if !isUpper(last) && !ordinals[last] || titleRe.MatchString(last+" X") || len(last) == len(before) {
		// "the Misses Cruikshanks": a title stands before a person.
		return false
	}
	return nounDeterminers[strings.ToLower(lastWord(before[:len(before)-len(last)]))]
}

// lastWord returns the last word of text that ends in a space.
func lastWord(text string) string {
	t := strings.TrimRight(text, " \n\t")
	return t[strings.LastIndexAny(t, " \n\t")+1:]
}

// ordinals stand between an article and a body's name: "the first
// Congress".
var ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true, "next": true,
}

// nounDeterminers are the words that open a noun phrase before a common
// noun and never before a person's bare name.
var nounDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "every": true, "each": true, "no": true, "any": true,
	"this": true, "that": true, "these": true, "those": true, "our": true, "their": true, "some": true,
}

// occurrences returns where term stands in text as whole words.
func occurrences(text, term string) []int {
	var out []int
	for from := 0; from < len(text); {
		i := indexWord(text[from:], term)
		if i < 0 {
			break
		}
		out = append(out, from+i)
		from += i + len(term)
	}
	return out
}

// uses returns the passages whose text holds term as whole words, in
// reading order.
func uses(c *essay.Corpus, term string) []*essay.Passage {
	var out []*essay.Passage
	for _, p := range c.Passages {
		if indexWord(p.Text(), term) >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// indexWord returns where term stands in text as whole words, or -1. A
// term starting with a capital must match exactly; others ignore case.
func indexWord(text, term string) int {
	if term == "" {
		return -1
	}
	hay, needle := text, term
	if !isUpper(term) {
		hay, needle = strings.ToLower(text), strings.ToLower(term)
		if len(hay) != len(text) {
			hay, needle = text, term
		}
	}
	for from := 0; from <= len(hay)-len(needle); {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			return -1
		}
		i += from
		if !wordRuneBefore(hay, i) && !wordRuneAt(hay, i+len(needle)) {
			return i
		}
		from = i + 1
	}
	return -1
}

func wordRuneBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
