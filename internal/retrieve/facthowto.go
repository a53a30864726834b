package retrieve

import (
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// asksHowTo reports whether q asks how the asker is to do something:
// "How do I cite a website?", "how can you tell ...", "how to fix ...".
// It asks for instructions, not for what a text says of a thing.
func asksHowTo(q *Query) bool {
	// Read word for word: terms drops "I", a word of one letter.
	ws := strings.FieldsFunc(strings.ToLower(q.Text), func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' })
	if len(ws) < 3 {
		return false
	}
	if ws[0] != "how" {
		return asksBestWay(ws)
	}
	return ws[1] == "to" || howToAuxiliaries[ws[1]] && askers2nd[ws[2]] && !asksRetelling(ws)
}

// articles are the articles that may open a noun phrase.
var articles = words("the", "a", "an")

// asksBestWay reports whether ws open by asking the best way to do
// something, of the asker ("whats the best way to study for the exam",
// "best way to learn russian fast"), which asks for instructions as "how
// do I" does. Asked of someone ("What did X think was the best way to
// stop Y?"), it asks what he thought, and opens otherwise.
func asksBestWay(ws []string) bool {
	switch {
	case len(ws) > 1 && (ws[0] == "what's" || ws[0] == "whats" || ws[0] == "wats") && articles[ws[1]]:
		ws = ws[2:]
	case len(ws) > 2 && ws[0] == "what" && ws[1] == "is" && articles[ws[2]]:
		ws = ws[3:]
	case articles[ws[0]]:
		ws = ws[1:]
	}
	return len(ws) > 2 && bestWays[ws[0]] && ws[1] == "way" && ws[2] == "to"
}

// bestWays are the adjectives that ask for the way to do something.
var bestWays = words("best", "good", "easiest", "quickest", "fastest", "simplest")

// howToAuxiliaries and askers2nd make "how do I", "how can you", "how
// should one".
var (
	howToAuxiliaries = words("do", "can", "could", "should", "would", "shall")
	askers2nd        = words("i", "you", "we", "one")
)

// instructs reports whether a sentence of passage p speaks to its reader,
// as instructions do: in the second person ("you", "your"), or of what
// "one" must or should do. A text that argues in the third person gives
// no instructions, whatever words it shares with "How do I write a good
// thesis statement?".
func instructs(p *essay.Passage) bool {
	for _, sn := range p.Sentences {
		ws := terms.Words(sn.Text)
		for i, w := range ws {
			if w == "you" || w == "your" || w == "yourself" || w == "yourselves" ||
				w == "one" && i+1 < len(ws) && (ws[i+1] == "must" || ws[i+1] == "should" || ws[i+1] == "ought" || ws[i+1] == "can" || ws[i+1] == "may") {
				return true
			}
		}
	}
	return false
}
