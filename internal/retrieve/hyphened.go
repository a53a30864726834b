package retrieve

import (
	"strings"

	"studyguide/internal/terms"
)

// joinHyphened reads a name of the corpus typed with a hyphen inside
// it as the name: a learner who breaks a name into its syllables, or
// marks where he would stress it, writes one hyphen inside it, and the
// parts, split at the hyphen, are no words of the text ("Beri" and "a").
// A word of two words the text uses ("anti-communist", "Anglo-Soviet")
// is left as typed: each part is read on its own.
func (r *Retriever) joinHyphened(fields []string) ([]string, []Respelling) {
	var made []Respelling
	for i, f := range fields {
		core := strings.TrimFunc(f, func(c rune) bool { return !isLetterRune(c) && c != '-' })
		before, after, ok := strings.Cut(core, "-")
		if !ok || strings.Contains(after, "-") {
			continue
		}
		read := r.hyphenedName(before, after)
		if read == "" {
			continue
		}
		at := strings.Index(f, core)
		if first := before[:1]; strings.ToUpper(first) == first {
			read = terms.Capitalize(read)
		}
		fields[i] = f[:at] + read + f[at+len(core):]
		made = append(made, Respelling{Typed: core, Read: read})
	}
	return fields, made
}

// hyphenedName returns the name of the corpus that the two parts typed
// either side of a hyphen make together, as the corpus writes it, or "":
// the joined word must be one the corpus writes as a name (see named),
// and one part at least no word of the corpus.
func (r *Retriever) hyphenedName(before, after string) string {
	a, b := strings.ToLower(before), strings.ToLower(after)
	if a == "" || b == "" || !isLetters(a) || !isLetters(b) {
		return ""
	}
	if r.usesWord(a) && r.usesWord(b) {
		return ""
	}
	w := a + b
	if len(w) < minHyphenedName || !r.usesWord(w) || !r.named(terms.Stem(w)) {
		return ""
	}
	return w
}

// minHyphenedName is the fewest letters of a name joinHyphened reads: a
// shorter word of two parts ("e-mail", "x-ray") is a word of its own.
const minHyphenedName = 5

// isLetterRune reports whether c is a letter a to z in either case.
func isLetterRune(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
