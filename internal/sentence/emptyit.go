package sentence

import (
	"regexp"
	"sync"
)

// emptyItRe is "it" with no antecedent, the empty subject of a sentence
// that puts its real subject after the verb: "It is a tragedy that ...",
// "it follows that ...", "It could be argued whether ...". Such a
// sentence reads alone, though it opens with a pronoun. Compiled on first
// use, as the package is linked into every command.
var emptyItRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:(?:But|And|Nor|Yet|So|Or|Instead|Still|Then|Clearly|Finally|From there|Here|Hence|Thus),?\s+)?(?:It|it)\s+(?:is|was|seems|seemed|appears|appeared|follows|could be|can be|might be|may be|would be|will be|has been|had been)\b[^.;]*\b(?:that|to|whether|how|why)\b`)
})

// EmptyIt reports whether a sentence opens with an empty "it" (see
// emptyItRe): "It is a tragedy that we do not have ...".
func EmptyIt(text string) bool { return emptyItRe().MatchString(text) }
