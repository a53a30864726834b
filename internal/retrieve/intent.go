package retrieve

// Intent is what a question asks of the text itself rather than of its
// subject: where its claims come from, for now.
type Intent uint8

const (
	// Sources: "Which books ...", "Where was it published?".
	Sources Intent = 1 << iota
)

// Has reports whether the intent includes i.
func (in Intent) Has(i Intent) bool { return in&i != 0 }

// sourceWords are the words of a question that asks where a claim comes
// from or where to read more: "Which books ...", "Where was it published?".
var sourceWords = map[string]bool{
	"source": true, "sources": true, "book": true, "books": true, "read": true,
	"published": true, "publication": true, "newspaper": true, "cite": true,
	"cited": true, "citation": true, "reference": true, "references": true,
	"bibliography": true,
}

// intentOf reads a question's intent from its words.
func intentOf(words []string) Intent {
	var in Intent
	for _, w := range words {
		if sourceWords[w] {
			in |= Sources
		}
	}
	return in
}

// frames reports whether w only says what the question asks of the text,
// and is no word of its subject.
func (in Intent) frames(w string) bool { return false }

// search adds to a query's terms what the intent looks for.
func (in Intent) search(ts []string, ws []float64, p Params) ([]string, []float64) {
	return ts, ws
}
