package sentence

import (
	"regexp"
	"strings"
	"sync"

	"studyguide/internal/memo"
)

// A demonstrative that stands for a noun rather than before one ("have
// understood this to a degree", "These were never put into practice")
// points at what the sentence before says, as a pronoun points at a
// name: the sentence cannot be read alone. One that a clause of its own
// sentence precedes ("though leaders did disagree, this occurred rarely";
// "once we question the idea ..., it would not have accomplished this
// either") may point there, and does not count, unless it stands among
// the sentence's first words.
//
// The expressions are compiled on first use: the package is linked into
// every command, and, a leaf, it cannot use lazyregexp.
var demonstrativeRes = sync.OnceValue(func() demonstrativeExprs {
	return demonstrativeExprs{
		// bareDemonstrativeRe finds a demonstrative and the word after it.
		bareDemonstrativeRe: regexp.MustCompile(`\b([Tt]his|[Tt]hese|[Tt]hose|^That|^Such)\b(\s*[^\s\p{L}]|\s+[\p{L}'’-]+|\s*$)`),
		// verbFollowerRe is a verb after a demonstrative that is its subject:
		// "These were", "That is why", "Such was".
		verbFollowerRe: regexp.MustCompile(`^\s+(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|seems|seemed|means|meant|shows|showed|suggests|suggested|led|leads|became|occurred|happened)\b`),
		// pronounFollowerRe is what else follows "this" or "these" standing
		// alone: a preposition, an adverb, a conjunction, or punctuation
		// ("understood this to a degree", "accomplished this either").
		pronounFollowerRe: regexp.MustCompile(`^(?:\s*[.,;:!?)]|\s*$|\s+(?:be|been|do|does|did|made|to|of|in|on|for|with|by|from|into|at|as|about|against|through|either|too|also|again|alone|and|or|but)\b)`),
		// clauseBreakRe ends a clause within a sentence.
		clauseBreakRe: regexp.MustCompile(`[,;:]|\s--?\s|\s[—–]\s`),
		// joiningDashRe is a dash between two capitalized words, which
		// joins them as a hyphen would ("the State -- Party contradiction")
		// rather than ending a clause.
		joiningDashRe: regexp.MustCompile(`(\p{Lu}[\p{L}'’]*)\s(?:--?|[—–])\s(\p{Lu})`),
		// wordRe finds a word.
		wordRe: regexp.MustCompile(`[\p{L}\d][\p{L}\d'’-]*`),
		// commentRe is a clause opening a sentence that comments on its
		// claim, "as" standing for the object of a verb of knowing,
		// seeing or saying: "As any reader will realize,", "As we have
		// seen above,", "As Jivago points out,".
		commentRe: regexp.MustCompile(`^\W*As\s[^,;:]*?\b(?:realize|realise|realizes|realises|know|knows|known|see|sees|seen|saw|noted|note|notes|said|say|says|argued|argue|argues|shown|show|shows|showed|mentioned|mention|mentions|suggested|explained|stated|observed|remarked|discussed|pointed\s+out|points\s+out|point\s+out|expected|expect|recall|remember|remembers|understand|understands|understood)(?:\s+(?:above|below|earlier|before|already|previously|elsewhere|again|too))*\s*,`),
	}
})

// demonstrativeExprs are the expressions BareDemonstrative reads with.
type demonstrativeExprs struct {
	bareDemonstrativeRe, verbFollowerRe, pronounFollowerRe, clauseBreakRe, joiningDashRe, wordRe, commentRe *regexp.Regexp
}

// openingWords is how far into a sentence a demonstrative points back
// whatever comes before it: "This, of course, was".
const openingWords = 3

// BareDemonstrative returns the byte offset in text of a demonstrative
// that stands alone and points at the sentence before, or -1.
func BareDemonstrative(text string) int {
	if !holdsDemonstrative(text) {
		return -1
	}
	return bareDemonstratives.Get(text, bareDemonstrative)
}

// bareDemonstratives keeps what BareDemonstrative found in each sentence
// holding a demonstrative: the offline answers test the same sentences
// under every selection eval tries.
var bareDemonstratives = memo.Memo[string, int]{Max: maxMemo}

// bareDemonstrative is BareDemonstrative without the quick test that
// text holds a demonstrative at all.
func bareDemonstrative(text string) int {
	re := demonstrativeRes()
	for _, m := range re.bareDemonstrativeRe.FindAllStringSubmatchIndex(text, -1) {
		word, next := strings.ToLower(text[m[2]:m[3]]), text[m[4]:m[5]]
		alone := re.verbFollowerRe.MatchString(next)
		if word == "this" || word == "these" {
			// "Those of others", "That as even the best terms": only a
			// verb makes the other demonstratives stand alone.
			alone = alone || re.pronounFollowerRe.MatchString(next)
		}
		if !alone || strings.HasPrefix(strings.ToLower(text[m[0]:]), "that is,") {
			continue
		}
		before := text[:m[0]]
		if c := re.commentRe.FindStringIndex(before); c != nil {
			before = before[c[1]:]
		}
		before = re.joiningDashRe.ReplaceAllString(before, "$1-$2")
		if len(re.wordRe.FindAllString(before, -1)) < openingWords || !re.clauseBreakRe.MatchString(before) {
			return m[0]
		}
		return -1
	}
	return -1
}

// holdsDemonstrative reports whether text holds a demonstrative the
// expression looks for, anywhere: most sentences hold none, and the
// answers test every sentence they might quote, which costs the
// expression far more than these searches.
func holdsDemonstrative(text string) bool {
	for _, w := range []string{"this", "This", "these", "These", "those", "Those"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return strings.HasPrefix(text, "That") || strings.HasPrefix(text, "Such")
}
