package terms

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// eachWord calls fn with every word of text, lower-cased, in order: the
// words Words returns, until fn returns false. It splits and lowers in one pass, so a word already
// in lower case is passed as a substring of text and costs no allocation;
// indexing a large corpus calls it for every chunk.
//
// The pitfall it avoids: splitting must test the lower-cased rune, as
// Words always did (it lowered the whole text first), because a few runes
// become letters only once lowered (the Kelvin sign becomes "k").
func eachWord(text string, fn func(w string) bool) {
	start, runes, changed := -1, 0, false
	for i, r := range text {
		lr, word := lowerRune(r)
		if !word {
			if start >= 0 && !emit(text[start:i], runes, changed, fn) {
				return
			}
			start = -1
			continue
		}
		if start < 0 {
			start, runes, changed = i, 0, false
		}
		runes++
		changed = changed || lr != r
	}
	if start >= 0 {
		emit(text[start:], runes, changed, fn)
	}
}

// lowerRune returns r in lower case and whether it is part of a word: a
// letter or a digit once lowered.
func lowerRune(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A', true
		}
		return r, 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	lr := unicode.ToLower(r)
	return lr, unicode.IsLetter(lr) || unicode.IsDigit(lr)
}

// emit passes on a word of more than one rune, or a digit, lowering it
// if any of its runes changes case and folding its accents and ligatures
// (fold). A single digit is a number ("6, 6 and 5"), which a question
// may quote to find the passage giving it; a single letter is an
// initial or an article. It returns fn's answer, true for a word
// skipped.
func emit(w string, runes int, changed bool, fn func(string) bool) bool {
	if runes < 2 && (w[0] < '0' || w[0] > '9') {
		return true
	}
	if changed {
		w = strings.ToLower(w)
	}
	return fn(fold(w))
}
