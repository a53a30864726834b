package retrieve

import (
	"strconv"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// placeWords name a passage by where it stands in the text, before a ref
// word ("the last paragraph", "the first footnote", "his eighth
// footnote"): 1 for the first, -1 for the last.
var placeWords = map[string]int{
	"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"last": -1, "final": -1, "closing": -1, "concluding": -1,
}

// placeOf returns the place w names (see placeWords), a word or a number
// with an ordinal's ending ("8th", "2nd": "the item in his 8th footnote"),
// and whether it names one.
func placeOf(w string) (int, bool) {
	if place, ok := placeWords[w]; ok {
		return place, true
	}
	for _, end := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, end); ok && isNumber(n) && len(n) <= 3 {
			place, err := strconv.Atoi(n)
			return place, err == nil && place > 0
		}
	}
	return 0, false
}

// endingRe matches a question asking how the text itself ends ("How does
// the essay end?", "How does he close the speech?"): its last paragraph
// answers it. The text word must be what ends, so that "How does the war
// end?" or "How does he conclude that ...?" is not read so.
var endingRe = lazyregexp.New(`^how (?:does|do|did) (?:(?:the|this|his|her|their) ` + textWord + ` (?:end|close|conclude|finish)\b|[\w'’ ]{1,40}? (?:end|close|conclude|finish) (?:the|this|his|her|their) ` + textWord + `\b)`)

const textWord = `(?:essay|speech|text|article|lecture|address|letter|pamphlet|piece)`

// placedRefs returns the passages a question names by their place in the
// text: "in the last paragraph" names the text's last paragraph, "the
// first footnote" its first note, a question asking how the text ends
// its last paragraph, and one asking only for its closing or opening
// piece ("Closing image?") its last or first paragraph. Only in a text
// of one source whose numbering runs through it: where numbering
// restarts under headings, "the last paragraph" may be a section's.
//
//   - words: the question's lower-cased words (see Query.Words).
func (r *Retriever) placedRefs(words []string) []*essay.Passage {
	var out []*essay.Passage
	for i := 1; i < len(words); i++ {
		place, ok := placeOf(words[i-1])
		kind, ref := refWords[words[i]]
		if !ok || !ref {
			continue
		}
		if p := r.passageAt(kindOf(kind), place); p != nil {
			out = appendPassage(out, p)
		}
	}
	// Only a question opening "how" can match: the others need not
	// compile the expression, nor join their words.
	if len(words) > 1 && words[0] == "how" && endingRe.MatchString(strings.Join(words, " ")) {
		if p := r.passageAt(essay.Paragraph, -1); p != nil {
			out = appendPassage(out, p)
		}
	}
	// "Closing image?" asks for the last paragraph's (see placedPiece).
	if place, ok := placedPiece(words); ok {
		if p := r.passageAt(essay.Paragraph, place); p != nil {
			out = appendPassage(out, p)
		}
	}
	// Checked last: it reads every passage, and most questions name
	// no place.
	if len(out) == 0 || !r.numberedThrough() {
		return nil
	}
	return out
}

// numberedThrough reports whether the corpus is one source whose refs
// name no section.
func (r *Retriever) numberedThrough() bool {
	if len(r.Corpus.Sources) != 1 {
		return false
	}
	for _, p := range r.Corpus.Passages {
		if p.Ref.Section != "" || p.Ref.Source != "" {
			return false
		}
	}
	return true
}

// passageAt returns the passage of kind at place in reading order: 1 for
// the first, -1 for the last; nil when there are not so many.
func (r *Retriever) passageAt(kind essay.Kind, place int) *essay.Passage {
	var of []*essay.Passage
	for _, p := range r.Corpus.Passages {
		if p.Ref.Kind == kind {
			of = append(of, p)
		}
	}
	switch {
	case place < 0 && len(of) > 0:
		return of[len(of)-1]
	case place > 0 && place <= len(of):
		return of[place-1]
	}
	return nil
}

// kindOf returns the kind of passage a ref word's kind names (see
// refWords).
func kindOf(kind string) essay.Kind {
	if kind == "note" {
		return essay.Note
	}
	return essay.Paragraph
}
