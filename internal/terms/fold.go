package terms

import (
	"strings"
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
	stripped, _, err := transform.String(stripMarks(), ligatures.Replace(w))
	if err != nil || stripped == "" {
		return w
	}
	return stripped
}

// stripMarks decomposes and drops combining marks. A transformer keeps
// state, so each call gets its own.
func stripMarks() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
