package retrieve

import (
	"slices"

	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// statedForm reports whether words[i], a question's words, belongs to
// what the asker says of the answer he wants rather than of what it is
// about: its length ("in one sentence", "in a few words"), what it is
// for, at the question's close ("for a wall label", "for my poster"), or
// the angle he asks from ("from a methodology POV").
// A passage sharing "sentence" or "label" with such a question says
// nothing of it, and a text that never says "wall" still answers it.
func statedForm(words []string, i int) bool {
	return inLength(words, i) || forDisplay(words, i) || fromViewpoint(words, i)
}

// lengthNouns measure an answer ("in one sentence", "in two lines").
// "Paragraph" is left out: "in paragraph 5" names a passage.
var lengthNouns = words("sentence", "sentences", "line", "lines", "words", "tweet")

// bareLengths need no count after "in" ("in a sentence", whose "a" the
// words leave out): "in line with" and "in words" mean other things.
var bareLengths = words("sentence", "tweet")

// lengthCounts may stand between "in" and a length noun; "a" is among
// the one-letter words a question's words leave out.
var lengthCounts = words("one", "two", "three", "few", "single", "short", "brief", "simple")

// inLength reports whether words[i] is in a length the answer is asked
// in: "in", up to two counts, and a length noun (see lengthNouns and
// bareLengths).
func inLength(words []string, i int) bool {
	for end := i; end < len(words) && end <= i+3; end++ {
		if !lengthNouns[words[end]] {
			continue
		}
		start := end - 1
		for start >= 0 && end-start <= 3 && lengthCounts[words[start]] {
			start--
		}
		counted := start < end-1 || bareLengths[words[end]]
		if start >= 0 && counted && words[start] == "in" && i >= start {
			return true
		}
	}
	return false
}

// displayNouns are what an asker may write an answer for: a label, a
// poster, a slide.
var displayNouns = words("label", "poster", "caption", "slide", "placard", "plaque", "flyer", "leaflet", "banner")

// displayReach is how many words may stand between "for" and the noun of
// a display ("for my museum wall label").
const displayReach = 3

// forDisplay reports whether words[i] is in a stated purpose closing the
// question: "for", up to displayReach words and a display noun as the
// question's last word (see displayNouns).
func forDisplay(words []string, i int) bool {
	last := len(words) - 1
	if last < 1 || !displayNouns[words[last]] {
		return false
	}
	for f := last - 1; f >= 0 && last-f <= displayReach+1; f-- {
		if words[f] == "for" {
			return i >= f
		}
	}
	return false
}

// retellingVerbs put what a text says in other words: "How would I sum
// up X?", "How should I gloss X?" ask what the text says of X, put
// shortly, not for instructions the text would have to give.
var retellingVerbs = words("sum", "summarize", "summarise", "gloss", "paraphrase", "describe",
	"characterize", "characterise")

// asksRetelling reports whether ws, a question opening "how" and an
// auxiliary of the asker ("how would I", "how should you"), goes on with
// a verb of retelling (see retellingVerbs).
func asksRetelling(ws []string) bool {
	return len(ws) > 3 && retellingVerbs[ws[3]]
}

// viewNouns name the angle a question is asked from ("from a teacher's
// perspective", texted "POV").
var viewNouns = words("pov", "perspective", "standpoint", "viewpoint")

// viewReach is how many words may stand between "from" and the noun of
// an angle ("from a strictly legal standpoint").
const viewReach = 3

// fromViewpoint reports whether words[i] is in the angle a question is
// asked from: "from", up to viewReach words and a view noun (see
// viewNouns) that no "of" follows. "From the perspective of the
// peasants" asks of the peasants, who stay, and so does "perspective":
// the text may speak of whose it is.
func fromViewpoint(words []string, i int) bool {
	for v := i; v < len(words) && v <= i+viewReach; v++ {
		if !viewNouns[words[v]] || v+1 < len(words) && words[v+1] == "of" {
			continue
		}
		for f := v - 1; f >= 0 && v-f <= viewReach+1; f-- {
			if words[f] == "from" {
				return i >= f
			}
		}
	}
	return false
}

// statedBeside returns the indices among terms.Words(text) of the words
// of the sentences the asker states after his question ("What other
// books has Jivago written? I'd like to find one for the club."), or nil
// when there are none or the clauses' words do not line up with
// terms.Words(text). Such a sentence says why he asks: a decline that
// says the text "never mentions “club”" blames the text for a word it
// was never asked about. A sentence before the question is left: the
// question points back to it ("Jivago's wife was arrested. Why?").
func statedBeside(text string) map[int]bool {
	cs := clausesOf(text)
	last := len(cs) - 1
	for last >= 0 && cs[last].statement {
		last--
	}
	var out map[int]bool
	total := 0
	for k, c := range cs {
		for _, at := range c.at {
			if at < 0 {
				continue
			}
			total++
			if last >= 0 && k > last {
				if out == nil {
					out = map[int]bool{}
				}
				out[at] = true
			}
		}
	}
	if total != len(terms.Words(text)) {
		return nil
	}
	return out
}

// familyHeld reports whether the corpus holds a word of stem s's family:
// a derivationally related form of it ("publication" for "published",
// see thesaurus.Forms). A decline must not say the text never mentions
// a word whose family it holds.
func (r *Retriever) familyHeld(s string) bool {
	return slices.ContainsFunc(thesaurus.Forms(s), r.Index.BM25.Has)
}

// askersRetelling reports whether words[i], a verb of retelling (see
// retellingVerbs), is the asker's own: it opens the question ("Sum up
// X"), or follows "how" and an auxiliary, with the asker between them
// left out as a word of one letter ("how would I sum up") or named
// ("how should we gloss").
func askersRetelling(words []string, i int) bool {
	switch {
	case i == 0:
		return true
	case i >= 2 && howToAuxiliaries[words[i-1]] && words[i-2] == "how":
		return true
	}
	return i >= 3 && askers2nd[words[i-1]] && howToAuxiliaries[words[i-2]] && words[i-3] == "how"
}
