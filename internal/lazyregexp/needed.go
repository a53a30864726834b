package lazyregexp

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNeeded bounds how many words a prefilter may hold: past it, checking
// each word costs about what the expression does.
const maxNeeded = 64

// needed returns words one of which every match of expr contains, in
// folded form (see fold), or nil when no such set is known. An expression
// that is an alternation of cue words, "\bmaybe\b|\bperhaps\b|...", needs
// one of its words; the regexp package finds that no faster than by
// trying every alternative at every position of the text, while a text
// that contains none of the words can be passed over at once.
func needed(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	ws := neededIn(re)
	if len(ws) == 0 || len(ws) > maxNeeded {
		return nil
	}
	return ws
}

// neededIn returns words one of which every match of re contains, or
// nil when none is known.
func neededIn(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{fold(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return neededIn(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil
		}
		return neededIn(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ws := neededIn(sub)
			if ws == nil {
				return nil
			}
			out = append(out, ws...)
		}
		return out
	case syntax.OpConcat:
		return bestOf(re.Sub)
	}
	return nil
}

// bestOf returns the needed words of the part of a concatenation whose
// shortest word is longest: each part's words are needed, and longer
// words rule out more texts.
func bestOf(parts []*syntax.Regexp) []string {
	var best []string
	bestLen := 0
	for _, p := range parts {
		ws := neededIn(p)
		if ws == nil {
			continue
		}
		if n := shortest(ws); n > bestLen || (n == bestLen && len(ws) < len(best)) {
			best, bestLen = ws, n
		}
	}
	return best
}

// shortest returns the length of the shortest of ws.
func shortest(ws []string) int {
	n := -1
	for _, w := range ws {
		if n < 0 || len(w) < n {
			n = len(w)
		}
	}
	return n
}

// fold maps each letter of s to one spelling of all the letters it
// matches without regard to case (the regexp package's simple folding:
// "K", "k" and the Kelvin sign alike), so that a case-insensitive match
// of a word in a text is a plain substring of the two folded. A
// case-sensitive match is one too.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	return strings.Map(foldRune, s)
}

// foldRune returns the lower case of the ASCII letter in r's folding
// orbit, or else the orbit's least rune.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			return unicode.ToLower(f)
		}
		least = min(least, f)
	}
	return least
}

// mayMatch reports whether text contains one of the needed words, or
// true when there are none to check.
func mayMatch(need []string, text string) bool {
	if need == nil {
		return true
	}
	t := fold(text)
	for _, w := range need {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
