package retrieve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// Speller bounds. A short word is one edit from many others, so a guess
// at it is often wrong; a long one costs many guesses (54 a letter), so the
// speller tries words up to maxTypoLen letters, and at most maxRespelled
// of them a question, however long it is.
const (
	minTypoLen   = 5
	maxTypoLen   = 20
	maxRespelled = 8
)

// Respelling is a misspelt word of a question and the word it was read as.
type Respelling struct {
	Typed, Read string
}

// correct returns the question with each misspelt word replaced by the
// word it most likely stands for ("realy all powerfull" gives "really all
// powerful"), and the replacements made. A word counts as
// misspelt when no passage holds its stem, WordNet does not know it (so a
// real word the corpus happens to lack, "volcano", is left alone), and a
// single edit (a letter dropped, added, changed or two swapped) makes it
// a stop word or a word whose stem the corpus holds. Of several such
// words, a stop word comes first, then the stem most passages hold.
func (r *Retriever) correct(question string) (string, []Respelling) {
	fields := strings.Fields(question)
	var made []Respelling
	tries := 0
	for i, f := range fields {
		lower := strings.ToLower(f)
		// Lower-casing a few letters ("İ") changes their length, and the
		// offsets found in lower would then miss in f.
		if len(lower) != len(f) {
			continue
		}
		for _, w := range terms.Words(f) {
			if tries == maxRespelled || !r.misspelt(w) {
				continue
			}
			tries++
			fix := r.respell(w)
			j := strings.Index(lower, w)
			if fix == "" || j < 0 {
				continue
			}
			if first, _ := utf8.DecodeRuneInString(f[j:]); unicode.IsUpper(first) {
				fix = strings.ToUpper(fix[:1]) + fix[1:]
			}
			made = append(made, Respelling{Typed: f[j : j+len(w)], Read: fix})
			f = f[:j] + fix + f[j+len(w):]
			lower = strings.ToLower(f)
		}
		fields[i] = f
	}
	if len(made) == 0 {
		return question, nil
	}
	return strings.Join(fields, " "), made
}

// misspelt reports whether w may be misspelt: a word of plain letters that
// is not a stop word, whose stem no passage holds and WordNet does not know.
func (r *Retriever) misspelt(w string) bool {
	if len(w) < minTypoLen || len(w) > maxTypoLen || !isLetters(w) || terms.IsStopword(w) {
		return false
	}
	stem := terms.Stem(w)
	return !r.Index.BM25.Has(stem) && thesaurus.Senses(stem) == 0
}

// respell returns the word that the misspelt word w most likely stands
// for, or "" if nothing one edit away fits.
func (r *Retriever) respell(w string) string {
	best, bestIDF := "", 0.0
	for _, c := range edits(w) {
		if terms.IsStopword(c) {
			return c
		}
		s := terms.Stem(c)
		if !r.Index.BM25.Has(s) {
			continue
		}
		if idf := r.Index.BM25.IDF(s); best == "" || idf < bestIDF || (idf == bestIDF && c < best) {
			best, bestIDF = c, idf
		}
	}
	return best
}

// edits returns the words one edit from w: deletions, swaps of
// neighbours, changes, then insertions.
func edits(w string) []string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	var out []string
	for i := range len(w) {
		out = append(out, w[:i]+w[i+1:])
	}
	for i := range len(w) - 1 {
		out = append(out, w[:i]+w[i+1:i+2]+w[i:i+1]+w[i+2:])
	}
	for i := range len(w) {
		for _, c := range letters {
			if byte(c) != w[i] {
				out = append(out, w[:i]+string(c)+w[i+1:])
			}
		}
	}
	for i := range len(w) + 1 {
		for _, c := range letters {
			out = append(out, w[:i]+string(c)+w[i:])
		}
	}
	return out
}

// isLetters reports whether w is made of the letters a to z alone: the
// speller leaves numbers, names in other scripts and accented words be.
func isLetters(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
