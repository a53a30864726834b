package generate

import (
	"fmt"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// usedWord returns, for a declined question asking only what a word
// means (see retrieve.MeaningAsked), the word as the best retrieved
// passage using it writes it, the sentence there that uses it, and that
// passage: "what does stymied mean" of a text saying only "He was
// stymied by ..." is shown the word in use. It returns a nil passage for
// any other question, or a word no retrieved passage uses.
//
// Pitfall: the sentence is no answer, any more than nearby's is; the
// draft stays Abstained.
func usedWord(res *retrieve.Result) (word, text string, p *essay.Passage) {
	if res == nil {
		return "", "", nil
	}
	asked := terms.Stems(retrieve.MeaningAsked(res.Query))
	if len(asked) != 1 {
		return "", "", nil
	}
	for _, h := range res.Hits {
		for _, s := range h.Passage.Sentences {
			if w := writtenAs(s.Text, asked[0]); w != "" {
				return w, s.Text, h.Passage
			}
		}
	}
	return "", "", nil
}

// writtenAs returns the first word of text whose stem is st, as text
// writes it, or "".
func writtenAs(text, st string) string {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if stems := terms.Stems(w); len(stems) == 1 && stems[0] == st {
			return w
		}
	}
	return ""
}

// declineUsed is the decline of a question asking what a word means that
// the text uses without defining: it shows the sentence using it.
func declineUsed(word, text string, p *essay.Passage) string {
	return fmt.Sprintf("The text does not say what “%s” means; it uses the word here: “%s” %s", word, shorten(quoteText(text)), p.Ref.Marker())
}
