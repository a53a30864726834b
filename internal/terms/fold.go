package terms

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// ligatures spells out the letters that Unicode decomposition leaves whole:
// a reader types "Caesar" for "Cæsar" and "Orsted" for "Ørsted".
var ligatures = strings.NewReplacer(
	"æ", "ae", "œ", "oe", "ß", "ss", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i",
)

// fold returns a lower-case word with its accents dropped and its
// ligatures spelt out ("mêlée" gives "melee", "cæsar" "caesar"), so that a
// question typed without them meets the text that has them, and the other
// way round. Words of ASCII letters come back as they are, without
// allocating.
func fold(w string) string {
	if isASCII(w) {
		return w
	}
	t := markStrippers.Get().(transform.Transformer)
	stripped, _, err := transform.String(t, ligatures.Replace(w))
	markStrippers.Put(t)
	if err != nil || stripped == "" {
		return w
	}
	return stripped
}

// markStrippers holds transformers that decompose and drop combining
// marks. A transformer keeps state, so each call takes one of its own;
// building one costs more than folding a word, and a text in a language
// with accents folds a word in every few, so they are reused
// (transform.String resets the one it is given).
var markStrippers = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
