package retrieve

import "strings"

// latinEndings pairs the endings of a Latin singular and its plural as
// the stemmer leaves them ("memorandum" and "memoranda", "stimulus" and
// "stimuli", "criterion" and "criteria"): English keeps the Latin plural
// of a learned word, and the stemmer, which knows English endings only,
// parts the two forms.
var latinEndings = [][2]string{{"um", "a"}, {"us", "i"}, {"on", "a"}}

// minLatinRoot is the fewest letters a stem keeps without its Latin
// ending: a shorter root would pair words that only end alike.
const minLatinRoot = 3

// latinForms returns the stems of the other number of stem, read as a
// Latin singular or plural (see latinEndings): candidates, which kin
// keeps only when the corpus holds them.
func latinForms(stem string) []string {
	var out []string
	for _, e := range latinEndings {
		for _, pair := range [][2]string{{e[0], e[1]}, {e[1], e[0]}} {
			if root, ok := strings.CutSuffix(stem, pair[0]); ok && len(root) >= minLatinRoot {
				out = append(out, root+pair[1])
			}
		}
	}
	return out
}
