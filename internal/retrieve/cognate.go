package retrieve

import (
	"strings"

	"studyguide/internal/terms"
)

// cognateRule rewrites a spelling another European language gives a word
// into the one English gives its cognate: German and Dutch write "k" where
// English writes "c" ("Kandidat"), end in "-ei" where English ends in "-y"
// ("Partei"), in "-tie" where it ends in "-cy" ("Aristokratie"); Spanish
// ends in "-dad" where English ends in "-ty" ("sociedad").
type cognateRule struct {
	from, to string
	// end is whether the rule rewrites the word's ending only.
	end bool
}

// cognateRules are the spellings cognates reads, endings first. Each is
// common to many words, none to a single one: a glossary of the words a
// text happens to use would read only that text.
var cognateRules = []cognateRule{
	{"eien", "ies", true},  // plural of "-ei": parties
	{"ei", "y", true},      // party
	{"tien", "cies", true}, // aristocracies
	{"tie", "cy", true},    // aristocracy
	{"ien", "ies", true},   // theories
	{"ie", "y", true},      // theory
	{"ellen", "als", true}, // plural of "-elle": intellectuals
	{"elle", "als", true},  // a plural typed without its "n"
	{"elle", "al", true},   // an adjective's ending: intellectual
	{"ell", "al", true},    // cultural
	{"ischen", "ic", true}, // an adjective's endings: politic
	{"ische", "ic", true},
	{"isch", "ic", true},
	{"isch", "ical", true}, // political
	{"ismus", "ism", true}, // socialism
	{"itat", "ity", true},  // "-ität" with its mark folded: university
	{"ik", "ics", true},    // politics
	{"ik", "ic", true},     // public
	{"ar", "ary", true},    // "-är" with its mark folded: secretary
	{"at", "ate", true},    // candidate
	{"ur", "ure", true},    // culture
	{"ado", "ate", true},   // Spanish "-ado": delegate, state
	{"ato", "ate", true},   // Spanish "-ato": candidate
	{"dad", "ty", true},    // Spanish "-dad": university, society
	{"cion", "tion", true}, // Spanish "-ción" with its mark folded: revolution
	{"k", "c", false},      // communist
	{"z", "c", false},      // social
	{"sch", "sh", false},   // shock
}

// openingRules rewrite a word's opening before a consonant: Spanish and
// Portuguese open with "es-" where English opens with "s-" ("estado",
// "especial", "estudiante").
var openingRules = [][2]string{{"es", "s"}}

// maxCognateRules bounds how many rules cognates applies to one word: a
// word differs from its cognate in a few spellings, and more rules make
// words by chance.
const maxCognateRules = 3

// cognates returns the spellings w, a lower-case word, would have as the
// English cognate of a word of another European language, by how many
// of cognateRules made them: out[0] holds those one rule made, and so on
// up to maxCognateRules; w itself is left out.
func cognates(w string) [][]string {
	seen := map[string]bool{w: true}
	level := []string{w}
	var out [][]string
	for range maxCognateRules {
		var next []string
		for _, v := range level {
			for _, c := range rewrites(v) {
				if !seen[c] {
					seen[c] = true
					next = append(next, c)
				}
			}
		}
		out = append(out, next)
		level = next
	}
	return out
}

// rewrites returns w with one rule of cognateRules applied, each way it
// applies: an ending rule at the end, another at every place, an
// opening rule (see openingRules) at the start.
func rewrites(w string) []string {
	var out []string
	for _, rule := range cognateRules {
		if rule.end {
			if stem, ok := strings.CutSuffix(w, rule.from); ok && stem != "" {
				out = append(out, stem+rule.to)
			}
			continue
		}
		for i := 0; i+len(rule.from) <= len(w); i++ {
			if w[i:i+len(rule.from)] == rule.from {
				out = append(out, w[:i]+rule.to+w[i+len(rule.from):])
			}
		}
	}
	for _, rule := range openingRules {
		if rest, ok := strings.CutPrefix(w, rule[0]); ok && rest != "" && !isVowel(rest[0]) {
			out = append(out, rule[1]+rest)
		}
	}
	return out
}

// cognateWord returns the word of the corpus that w, a misspelt word, is
// the cognate of in another European language (see cognates), or "": a
// student who writes English with German habits types "Partei" for
// "party" and "Intellektuelle" for "intellectuals", which no slip of one
// letter reads, or reads as another word ("Partei" as "Part", a word of a
// heading). A word the corpus uses as written comes first, the fewer rules
// made it the better, then a word of general English whose stem the
// corpus holds; of those as near, the one more passages hold. A word with
// no cognate ("Verfassung") is left to the speller.
func (r *Retriever) cognateWord(w string) string {
	if len(w) < minTypoLen || !isLetters(w) {
		return ""
	}
	var best string
	var bestRank [3]float64
	for n, level := range cognates(w) {
		for _, c := range level {
			used := r.usesWord(c) && !isFunctionWord(c)
			if !used && !(commonWord(c) && r.Index.BM25.Has(terms.Stem(c))) {
				continue
			}
			rank := [3]float64{b2f(!used), float64(n), -float64(r.df(terms.Stem(c)))}
			if best == "" || less(rank, bestRank) || rank == bestRank && c < best {
				best, bestRank = c, rank
			}
		}
	}
	return best
}
