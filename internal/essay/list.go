package essay

import (
	"strconv"
	"strings"

	"studyguide/internal/lazyregexp"
)

// maxListItems bounds the items a paragraph's list is read with.
const maxListItems = 9

// ordinals are the words a list set as paragraphs counts its items with
// ("First, political power,").
var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}

// itemNumberRe reads the number a list item set as a paragraph opens
// with: "1 - ", "2. ", "3) ", "(4) ".
var itemNumberRe = lazyregexp.New(`^\(?([1-9])\s*(?:[-–—.)]|\))\s`)

// findLists sets the List of every paragraph whose last sentence
// introduces a list (it ends with a colon or a dash) that the paragraphs
// after it make, counted from one or "First": two items or more, under
// the same heading.
func (src *Source) findLists() {
	for i, p := range src.Passages {
		if p.Ref.Kind != Paragraph || len(p.Sentences) == 0 || !IntroducesList(p.Sentences[len(p.Sentences)-1].Text) {
			continue
		}
		var items []*Passage
		for _, q := range src.Passages[i+1:] {
			if q.Ref.Kind != Paragraph || q.Section != p.Section || len(items) == maxListItems || itemNumber(q.Text()) != len(items)+1 {
				break
			}
			items = append(items, q)
		}
		if len(items) >= 2 {
			p.List = items
		}
	}
}

// IntroducesList reports whether a sentence ends as one that introduces
// a list: with a colon, or a dash ("three things,--").
func IntroducesList(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "--") || strings.HasSuffix(s, "—")
}

// itemNumber returns the number a list item opens with ("2 - ",
// "Second,"), or 0.
func itemNumber(text string) int {
	if m := itemNumberRe.FindStringSubmatch(text); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	word, _, _ := strings.Cut(text, " ")
	word = strings.ToLower(strings.TrimRight(word, ",.:;"))
	for i, o := range ordinals {
		if word == o || word == o+"ly" {
			return i + 1
		}
	}
	return 0
}
