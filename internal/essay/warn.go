package essay

import (
	"fmt"
	"unicode/utf8"
)

// warn adds a warning, with what to try, for each sign that the parse went
// wrong: one passage holding most of the text, most passages a single
// short line, or the text's own paragraph numbers skipping.
func (p *parser) warn() {
	paras, words, oneLine := 0, 0, 0
	var biggest *Passage
	most := 0
	for _, ps := range p.src.Passages {
		if ps.Ref.Kind != Paragraph {
			continue
		}
		paras++
		n := 0
		for _, b := range ps.Blocks {
			n += wordCount(b)
		}
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
	}
	if paras >= 10 && oneLine*10 >= paras*7 {
		p.warnf("%d of %d paragraphs are one short line: if the text is verse or a list that is right; if not, put a blank line between paragraphs, not after every line", oneLine, paras)
	}
	p.warnGaps()
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
