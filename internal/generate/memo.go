package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/memo"
	"studyguide/internal/terms"
)

// casing holds the stems of the words one passage writes capitalized
// inside a sentence (upper) and those it writes in lower case (lower).
type casing struct {
	upper, lower map[string]bool
}

// maxPassageMemo bounds each memo of a passage, in passages, so that a
// long run over many large texts cannot grow it without limit.
const maxPassageMemo = 1 << 14

// casings and objections keep each passage's casing (see writtenNames)
// and whether it raises an objection (see replyTo), read once per
// passage: eval writes the answer to every question under dozens of
// selections of sentences, each from the same passages, and reading them
// afresh each time was most of cross-validation's CPU.
var (
	casings    = memo.Memo[*essay.Passage, casing]{Max: maxPassageMemo}
	objections = memo.Memo[*essay.Passage, bool]{Max: maxPassageMemo}
)

// casingOf returns the casing of passage p, read once.
func casingOf(p *essay.Passage) casing { return casings.Get(p, readCasing) }

// raisesObjection reports whether passage p states an objection to be
// answered (see objectionRe), read once.
func raisesObjection(p *essay.Passage) bool {
	return objections.Get(p, func(p *essay.Passage) bool { return objectionRe.MatchString(p.Text()) })
}

// readCasing reads the casing of passage p. A word opening a sentence is
// capitalized whatever it is, so it counts for neither.
func readCasing(p *essay.Passage) casing {
	c := casing{upper: map[string]bool{}, lower: map[string]bool{}}
	for _, sn := range p.Sentences {
		for i, f := range strings.Fields(sn.Text) {
			f = strings.Trim(f, "\"“”'‘’(),;:.!?[]")
			f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
			if i == 0 || f == "" {
				continue
			}
			into := c.lower
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
				into = c.upper
			}
			for _, st := range terms.Stems(f) {
				into[st] = true
			}
		}
	}
	return c
}
