package retrieve

import "slices"

// useVerbs say a text draws on something. Beside a noun of a source
// ("What sources does he use?", "What evidence does the author use?")
// the two say what is asked of the text, not what it is about: searched,
// "use" finds any sentence saying how a word is used, and "evidence" one
// weighing the evidence on a single matter, before the passages naming
// the sources the text rests on.
var useVerbs = words("use", "uses", "used", "using", "employ", "employs", "employed", "employing")

// usedSourceNouns name what a text uses as a source.
var usedSourceNouns = words("source", "sources", "evidence", "document", "documents", "record", "records",
	"material", "materials", "archive", "archives", "citation", "citations", "reference", "references")

// useReach is how many words may stand between a use verb and its source
// noun: "What sources does the author use?", "uses what sources".
const useReach = 4

// usesSources reports whether ws[i] is a use verb with a noun of a source
// asked which (see askedWhich) at most useReach words before or after it,
// or such a noun with a use verb as near. A noun not asked which is the
// subject: "the secret documents and who is using them".
func usesSources(ws []string, i int) bool {
	lo, hi := max(0, i-useReach), min(len(ws), i+1+useReach)
	switch {
	case useVerbs[ws[i]]:
		for j := lo; j < hi; j++ {
			if usedSourceNouns[ws[j]] && askedWhich(ws, j) {
				return true
			}
		}
		return false
	case usedSourceNouns[ws[i]] && askedWhich(ws, i):
		return slices.ContainsFunc(ws[lo:hi], func(v string) bool { return useVerbs[v] })
	}
	return false
}

// usesAnySources reports whether a question, given as its words, asks
// what sources something uses (see usesSources): "What evidence does the
// author use?" asks the text's sources as "What does he cite?" does.
func usesAnySources(ws []string) bool {
	for i := range ws {
		if usesSources(ws, i) {
			return true
		}
	}
	return false
}

// askedWhich reports whether ws[i] is the noun a question asks which of:
// after "what" or "which", "what kind of", "which sort of", with at most
// one word between ("which archive documents").
func askedWhich(ws []string, i int) bool {
	wh := func(j int) bool { return j >= 0 && (ws[j] == "what" || ws[j] == "which") }
	if i >= 3 && ws[i-1] == "of" && kindOfWords[ws[i-2]] {
		i -= 2
	}
	return wh(i-1) || wh(i-2)
}

// kindOfWords ask which kind: "what kind of records".
var kindOfWords = words("kind", "kinds", "sort", "sorts", "type", "types")
