package retrieve

import (
	"strings"
	"sync"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// The marks a question quotes a phrase in. Double quotes always quote.
// Single quotes also write apostrophes ("don't", "the people's"), so a
// phrase in them counts only when the marks are set apart from the
// words about them.
const (
	doubleQuoted = `["“]([^"”]+)["”]`
	singleQuoted = `(?:^|\s)['‘]([^'‘’]+)['’](?:\s|$|[?.,;:!])`
)

// quotationRe finds a phrase in double quotes, or in single quotes set
// apart; where the two overlap, the one starting first.
var quotationRe = lazyregexp.New(doubleQuoted + "|" + singleQuoted)

// quotation is a phrase a question quotes.
type quotation struct {
	text string
	// single is set for a phrase in single quotes. The abstention test
	// reads both kinds (see quotesText); the ranking favours the
	// passages holding a phrase in double quotes only (see
	// quotedHolders).
	single bool
}

// quotations returns the phrases text quotes, in order.
func quotations(text string) []quotation {
	var out []quotation
	for _, m := range quotationRe.FindAllStringSubmatch(text, -1) {
		out = append(out, quotation{text: m[1] + m[2], single: m[2] != ""})
	}
	return out
}

// quotedText holds the corpus's text as the tests of a quoted phrase
// read it, each table built the first time a question needs it:
// reading every passage afresh for each phrase a question quotes cost
// tens of milliseconds a question on a corpus of a few MB.
type quotedText struct {
	stemsOnce sync.Once
	// stems are the stems of each sentence of each passage, by position.
	stems     [][][]string
	wordsOnce sync.Once
	// words are each passage's words (see terms.Words), by position,
	// each with one space before and after.
	words     []string
	lowerOnce sync.Once
	// lower is every passage's words lower-cased (see wordsOnly), each
	// passage's with one space before and after and a line break
	// between passages: a phrase of words, spaces between, stands in it
	// only where it stands in one passage.
	lower string
}

// sentenceStems returns the stems of each sentence of the passage at
// position i.
func (r *Retriever) sentenceStems(i int) [][]string {
	t := &r.quotedText
	t.stemsOnce.Do(func() {
		t.stems = make([][][]string, len(r.Corpus.Passages))
		for j, p := range r.Corpus.Passages {
			t.stems[j] = make([][]string, len(p.Sentences))
			for k, s := range p.Sentences {
				t.stems[j][k] = terms.Stems(s.Text)
			}
		}
	})
	return t.stems[i]
}

// passageWords returns the words of the passage at position i (see
// terms.Words), one space between, before and after them.
func (r *Retriever) passageWords(i int) string {
	t := &r.quotedText
	t.wordsOnce.Do(func() {
		t.words = make([]string, len(r.Corpus.Passages))
		for j, p := range r.Corpus.Passages {
			t.words[j] = " " + strings.Join(terms.Words(p.Text()), " ") + " "
		}
	})
	return t.words[i]
}

// lowerText returns the words of every passage lower-cased (see
// quotedText.lower).
func (r *Retriever) lowerText() string {
	t := &r.quotedText
	t.lowerOnce.Do(func() {
		var b strings.Builder
		for _, p := range r.Corpus.Passages {
			b.WriteString(" ")
			writeWordsOnly(&b, p.Text())
			b.WriteString(" \n")
		}
		t.lower = b.String()
	})
	return t.lower
}
