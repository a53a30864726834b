// Package lazyregexp is a regular expression compiled the first time it is
// used. A package-level regexp.MustCompile runs at start-up in every
// command that links its package, used or not; a package with many
// expressions, such as the guide builder's, slows down every question
// asked.
//
// It imports nothing of studyguide's, so that any package may use it.
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a regexp.Regexp compiled on first use. The pitfall: an invalid
// expression panics on first use rather than at start-up, so the tests of
// the package that declares it must use it.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	// need holds words one of which every match contains (see needed):
	// a text with none of them is passed over without running re.
	need []string
}

// New returns a Regexp for expr, not yet compiled.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

func (r *Regexp) get() *regexp.Regexp {
	r.once.Do(func() {
		r.re = regexp.MustCompile(r.expr)
		r.need = needed(r.expr)
	})
	return r.re
}

// cannot reports whether s holds none of the words every match needs, so
// that re cannot match it.
func (r *Regexp) cannot(s string) bool {
	r.get()
	return !mayMatch(r.need, s)
}

// The methods below are regexp.Regexp's.

func (r *Regexp) String() string { return r.expr }

func (r *Regexp) MatchString(s string) bool {
	return !r.cannot(s) && r.re.MatchString(s)
}

func (r *Regexp) FindString(s string) string {
	if r.cannot(s) {
		return ""
	}
	return r.re.FindString(s)
}

func (r *Regexp) FindStringIndex(s string) []int {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindStringIndex(s)
}

func (r *Regexp) FindStringSubmatch(s string) []string {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindStringSubmatch(s)
}

func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindStringSubmatchIndex(s)
}

func (r *Regexp) FindAllString(s string, n int) []string {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindAllString(s, n)
}

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindAllStringIndex(s, n)
}

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindAllStringSubmatch(s, n)
}

func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}

func (r *Regexp) ReplaceAllString(src, repl string) string {
	if r.cannot(src) {
		return src
	}
	return r.re.ReplaceAllString(src, repl)
}

func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if r.cannot(src) {
		return src
	}
	return r.re.ReplaceAllStringFunc(src, repl)
}

func (r *Regexp) Split(s string, n int) []string { return r.get().Split(s, n) }
