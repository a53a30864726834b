package retrieve

import "strings"

// silentOpenings are the letters English writes at a word's opening
// and does not sound, as a speller by ear leaves them out: "wr" is heard
// as "r" ("rong" for "wrong"), "kn" as "n" ("nowledge" for
// "knowledge").
var silentOpenings = [][2]string{{"r", "wr"}, {"n", "kn"}}

// soundedAs returns the spellings that w, a word typed as it sounds, may
// stand for: w with the silent letter of its opening written (see
// silentOpenings), and with "-or" for its ending "-er", which sounds the
// same ("sailers" for "sailors"). Neither is one slip from the word
// meant, and the sound key keeps vowels.
func soundedAs(w string) []string {
	var out []string
	for _, o := range silentOpenings {
		if rest, ok := strings.CutPrefix(w, o[0]); ok {
			out = append(out, o[1]+rest)
		}
	}
	for _, end := range [][2]string{{"er", "or"}, {"ers", "ors"}} {
		if base, ok := strings.CutSuffix(w, end[0]); ok && len(base) >= minShortTypoLen {
			out = append(out, base+end[1])
		}
	}
	return out
}

// heardSpelling returns the common word of general English that w, a
// misspelt word, is typed as it sounds (see soundedAs), or "" when none
// is or two are: "wat was rong with the local party bosses" and "wy dose
// he talk about old sailers and maps" were declined as never mentioning
// the word, which no slip of one letter reaches.
func heardSpelling(w string) string {
	if len(w) < minShortTypoLen {
		return ""
	}
	read := ""
	for _, c := range soundedAs(w) {
		if !commonWord(c) || c == read {
			continue
		}
		if read != "" {
			return ""
		}
		read = c
	}
	return read
}
