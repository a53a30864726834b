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

// passageMemo keeps what one reading of a passage finds, read once per
// passage: eval writes the answer to every question under dozens of
// selections of sentences, each from the same passages, and reading them
// afresh each time was most of cross-validation's CPU.
type passageMemo[V any] struct {
	mu sync.Mutex
	of map[*essay.Passage]V
}

// maxPassageMemo bounds each memo, in passages, so that a long run over
// many large texts cannot grow it without limit.
const maxPassageMemo = 1 << 14

// get returns read(p), read once.
func (m *passageMemo[V]) get(p *essay.Passage, read func(*essay.Passage) V) V {
	m.mu.Lock()
	v, ok := m.of[p]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = read(p)
	m.mu.Lock()
	if m.of == nil {
		m.of = map[*essay.Passage]V{}
	}
	if len(m.of) < maxPassageMemo {
		m.of[p] = v
	}
	m.mu.Unlock()
	return v
}

// casings and objections keep each passage's casing (see writtenNames)
// and whether it raises an objection (see replyTo).
var (
	casings    passageMemo[casing]
	objections passageMemo[bool]
)

// casingOf returns the casing of passage p, read once.
func casingOf(p *essay.Passage) casing { return casings.get(p, readCasing) }

// raisesObjection reports whether passage p states an objection to be
// answered (see objectionRe), read once.
func raisesObjection(p *essay.Passage) bool {
	return objections.get(p, func(p *essay.Passage) bool { return objectionRe.MatchString(p.Text()) })
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
