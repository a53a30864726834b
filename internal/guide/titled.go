package guide

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// titleSubjects returns the nouns of the text's own title that most of
// its paragraphs use, each weighed as an idea of the text (see ideas):
// the title names what the text is about. "The Significance of the
// Frontier in American History" uses "frontier" in 41 of 56 paragraphs,
// yet no idea holds it (WordNet knows it in three senses, and no ending
// marks it abstract), and Turner's glossary filled with "government",
// "legislation" and "society". A title word fewer than half the
// paragraphs use ("history", "significance") names no subject of its
// own.
func titleSubjects(c *essay.Corpus) map[string]float64 {
	if len(c.Sources) != 1 {
		return nil
	}
	var paras []*essay.Passage
	for _, p := range c.Passages {
		if p.Ref.Kind == essay.Paragraph {
			paras = append(paras, p)
		}
	}
	out := map[string]float64{}
	for _, k := range ideaKeys(c.Title(), true) {
		w := k.form
		if strings.Contains(k.key, " ") || thesaurus.Senses(terms.Stem(w)) > generalSenses {
			continue
		}
		if nouns, _ := thesaurus.Tagged(terms.Stem(w)); nouns == 0 || nouns >= everyTextNouns {
			// No noun, or a noun of every text ("war", "history",
			// "sea" of "Sea Power"): its gloss would explain nothing.
			continue
		}
		n := 0
		for _, p := range paras {
			if indexWord(strings.ToLower(p.Text()), w) >= 0 {
				n++
			}
		}
		if 2*n >= len(paras) && n >= minIdeaSentences {
			out[w] = float64(n)
		}
	}
	return out
}

// everyTextNouns is how often WordNet's tagged texts use a noun for it
// to be a word of every text rather than a subject of one's own:
// "frontier" 6 times, "empire" 4; "sea" 40, "war" 106, "history" 107.
const everyTextNouns = 20
