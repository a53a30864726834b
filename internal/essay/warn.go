package essay

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// warn adds a warning, with what to try, for each sign that the parse went
// wrong: one passage holding most of the text, or paragraphs far longer
// than the text's usual one, most passages a single short line, or the
// text's own paragraph numbers skipping.
func (p *parser) warn() {
	paras, words, oneLine := 0, 0, 0
	var biggest *Passage
	most := 0
	sizes := make([]int, 0, len(p.src.Passages))
	for _, ps := range p.src.Passages {
		if ps.Ref.Kind != Paragraph {
			continue
		}
		paras++
		n, longest := 0, 0
		for _, b := range ps.Blocks {
			w := wordCount(b)
			n += w
			longest = max(longest, w)
		}
		sizes = append(sizes, longest)
		words += n
		if n > most {
			biggest, most = ps, n
		}
		if len(ps.Blocks) == 1 && utf8.RuneCountInString(ps.Blocks[0]) < 60 {
			oneLine++
		}
	}
	if paras >= 3 && words >= 300 && most*2 > words {
		p.warnf("%s holds %d%% of the text (line %d): if its paragraphs are not separated by blank lines, add them; if it numbers its paragraphs, check the numbers", biggest.Ref, most*100/words, biggest.Line)
	} else {
		p.warnLong(sizes)
	}
	if paras >= 10 && oneLine*10 >= paras*7 {
		p.warnf("%d of %d paragraphs are one short line: if the text is verse or a list that is right; if not, put a blank line between paragraphs, not after every line", oneLine, paras)
	}
	p.warnGaps()
	p.warnRepeats()
}

// warnRepeats says where a heading repeats an earlier one and how refs
// tell its section apart, when refs name sections at all.
func (p *parser) warnRepeats() {
	for _, gr := range p.groups {
		if gr.repeats == 0 {
			continue
		}
		for _, ps := range p.src.Passages {
			if ps.Ref.Section == gr.label {
				p.warnf("the heading %q at line %d repeats the one at line %d: its section is cited as %q (%s)", gr.title, gr.line, p.groups[gr.repeats].line, gr.label, ps.Ref)
				break
			}
		}
	}
}

// longParagraph is how many words make a block of text too long to cite
// well when it is also longParagraphTimes the text's usual one: a run of
// paragraphs with no break between them in the file (some transcriptions
// run a whole chapter together). Blocks, not passages: a long letter
// quoted as indented blocks continues the paragraph that introduces it.
// A block of runOnParagraph words or more is too long whatever the usual
// one: when every chapter of a file runs together, the median is itself
// a run-on (no paragraph of the real texts in testdata reaches 1,100).
const (
	longParagraph      = 1000
	longParagraphTimes = 8
	runOnParagraph     = 1500
)

// warnLong warns once about paragraphs that hold a block far longer than
// the text's usual one (the median), or longer than runOnParagraph,
// naming the first.
//
//   - sizes: the words of each paragraph's longest block, in order.
func (p *parser) warnLong(sizes []int) {
	if len(sizes) < 3 {
		return
	}
	usual := slices.Clone(sizes)
	slices.Sort(usual)
	median := max(usual[len(usual)/2], 1)
	var first *Passage
	firstWords, n, k := 0, 0, 0
	for _, ps := range p.src.Passages {
		if ps.Ref.Kind != Paragraph {
			continue
		}
		if w := sizes[k]; w >= runOnParagraph || w >= longParagraph && w >= longParagraphTimes*median {
			if n++; first == nil {
				first, firstWords = ps, w
			}
		}
		k++
	}
	switch {
	case n == 1:
		p.warnf("%s (line %d) runs %d words without a break, where the text's usual paragraph has %d: if it holds several paragraphs, put a blank line between them", first.Ref, first.Line, firstWords, median)
	case n > 1:
		p.warnf("%d paragraphs run on for over %d words without a break (the first, %s at line %d, has %d; the text's usual paragraph has %d): if they hold several paragraphs, put a blank line between them", n, longParagraph, first.Ref, first.Line, firstWords, median)
	}
}

// warnGaps warns once about the text's own paragraph numbers skipping
// ahead, which is how a paragraph joined to the one before shows.
func (p *parser) warnGaps() {
	if !p.numbered {
		return
	}
	var prev *Passage
	for _, ps := range p.src.Passages {
		if ps.Ref.Kind != Paragraph || ps.prefix == "" {
			continue
		}
		if prev != nil && prev.Ref.Section == ps.Ref.Section && ps.Ref.N != prev.Ref.N+1 {
			p.warnf("paragraph numbers jump from %s to %s (line %d): if a paragraph is missing, check that its number starts a line after a blank line", prev.Ref, ps.Ref, ps.Line)
			return
		}
		prev = ps
	}
}

func (p *parser) warnf(format string, args ...any) {
	p.src.Warnings = append(p.src.Warnings, fmt.Sprintf(format, args...))
}
