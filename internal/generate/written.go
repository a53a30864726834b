package generate

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// casing holds the stems of the words one passage writes capitalized
// inside a sentence (upper) and those it writes in lower case (lower).
type casing struct {
	upper, lower map[string]bool
}

// casings keeps each passage's casing once read: eval writes the answer
// to every question under dozens of selections of sentences, each from
// the same passages, and reading their words afresh each time was a
// quarter of cross-validation's CPU.
var casings = struct {
	sync.Mutex
	of map[*essay.Passage]casing
}{of: map[*essay.Passage]casing{}}

// maxCasings bounds the passages whose casing is kept, so that a long
// run over many large texts cannot grow it without limit.
const maxCasings = 1 << 14

// casingOf returns the casing of passage p, read once.
func casingOf(p *essay.Passage) casing {
	casings.Lock()
	c, ok := casings.of[p]
	casings.Unlock()
	if ok {
		return c
	}
	c = readCasing(p)
	casings.Lock()
	if len(casings.of) < maxCasings {
		casings.of[p] = c
	}
	casings.Unlock()
	return c
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
