package terms

import (
	"unicode"
	"unicode/utf8"
)

// Capitalize returns s with its first letter in upper case. It works on
// runes, so that a name such as "ørsted" becomes "Ørsted"; an empty or
// invalid start is returned as it is.
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// CommonPrefix returns how many leading bytes a and b share: stems that
// share a long prefix are often one word stemmed two ways ("publish",
// "public").
func CommonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
