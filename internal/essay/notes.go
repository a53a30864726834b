package essay

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markersIn returns the note numbers text marks, in order: "[3]", "[^3]",
// "[FNA1-@3]",
// "(3)" set against a word, superscript digits, and digits set right against a word or its
// punctuation ("times.15", "prostitute,1", "liberty1 throughout"). A
// number after a space ("in 1936") or inside a decimal ("3.5") is not a
// marker. It scans by hand: a regular expression over every paragraph
// took most of the parse.
func markersIn(text string) []int {
	var out []int
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '[':
			j := i + 1
			if j < len(text) && text[j] == '^' {
				j++
			} else {
				j = anchorEnd(text, j)
			}
			k := digitsEnd(text, j)
			if n := noteNumber(text[j:k]); n > 0 && k < len(text) && text[k] == ']' {
				out = append(out, n)
				i = k + 1
				continue
			}
		case c == '(' && againstWord(text, i):
			k := digitsEnd(text, i+1)
			if n := noteNumber(text[i+1 : k]); n > 0 && k < len(text) && text[k] == ')' {
				out = append(out, n)
				i = k + 1
				continue
			}
		case c >= '0' && c <= '9':
			k := digitsEnd(text, i)
			if n := noteNumber(text[i:k]); n > 0 && (k == len(text) || isSpaceByte(text[k])) && againstWord(text, i) {
				out = append(out, n)
			}
			i = k
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[i:])
			if superDigit(r) > 0 {
				k := i + size
				for k < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[k:])
					if superDigit(r2) < 0 {
						break
					}
					k += s2
				}
				if n := superDigits(text[i:k]); n > 0 && n < 1000 {
					out = append(out, n)
				}
				i = k
				continue
			}
			i += size
			continue
		}
		i++
	}
	return out
}

// anchorEnd returns where the number of a Project Gutenberg anchor
// ("FNA1-@3") that starts at s[i] begins, or i when none does.
func anchorEnd(s string, i int) int {
	if !strings.HasPrefix(s[i:], "FNA") {
		return i
	}
	k := digitsEnd(s, i+3)
	if k == i+3 || !strings.HasPrefix(s[k:], "-@") {
		return i
	}
	return k + 2
}

func digitsEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// noteNumber reads one to three digits, not starting with 0, as a note
// number; anything else is 0.
func noteNumber(d string) int {
	if d == "" || len(d) > 3 || d[0] == '0' {
		return 0
	}
	n := 0
	for _, c := range []byte(d) {
		n = n*10 + int(c-'0')
	}
	return n
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// againstWord reports whether the digits at text[i] follow a letter or a
// word's closing punctuation, and not a decimal point or comma ("3.5",
// "2,3" in German) or a thousands separator ("12,500").
func againstWord(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if (r == '.' || r == ',') && i-size > 0 {
		if p := text[i-size-1]; p >= '0' && p <= '9' {
			return false
		}
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '”', '’', ')', ']':
		return true
	}
	return unicode.IsLetter(r)
}
