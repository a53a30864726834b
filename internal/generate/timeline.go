package generate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/retrieve"
)

// timelineAnswer answers a question asking the order of events or the
// time between them (see retrieve.Chronology) with the sentences that
// date each event, quoted verbatim in the question's order: the reader
// sets the dates side by side. It says which event the text does not
// date rather than guess. For the time between two events each dated
// by one year, it adds the tool's own subtraction, marked as such and
// citing the sentences whose years it reads. It reports false for
// another question.
func timelineAnswer(res *retrieve.Result, author, kind string) (Draft, bool) {
	c := res.Chronology
	if c == nil {
		return Draft{}, false
	}
	var chosen []candidate
	var undated, dated []string
	for _, e := range c.Events {
		if e.Passage == nil {
			undated = append(undated, e.Event)
			continue
		}
		dated = append(dated, e.Event)
		for _, j := range e.Sentences {
			if slices.ContainsFunc(chosen, func(x candidate) bool { return x.passage == e.Passage && x.index == j }) {
				continue
			}
			rank := slices.IndexFunc(res.Hits, func(h retrieve.Hit) bool { return h.Passage == e.Passage })
			chosen = append(chosen, candidate{passage: e.Passage, rank: rank, index: j, text: e.Passage.Sentences[j].Text, pick: len(chosen) + 1})
		}
	}
	if len(chosen) == 0 {
		return Draft{}, false
	}
	text := compose(chosen, author, kind)
	if len(undated) > 0 {
		// One sentence with the quotation it leads to, so that the
		// statement is read with the ref that bears it.
		text = fmt.Sprintf("The text gives no date for %s; of %s, %s", strings.Join(undated, " or "), strings.Join(dated, " and "), lowerLead(text))
	} else if c.Interval {
		text += yearsBetween(c.Events)
	}
	d := Draft{Text: text}
	for _, x := range chosen {
		d.Quoted = append(d.Quoted, x.passage.Ref)
	}
	return d, true
}

// lowerLead lowers the first letter of an answer's lead ("The author
// writes:") when it follows words of the answer's own, but not a name
// ("Thomas Paine writes:").
func lowerLead(text string) string {
	if rest, ok := strings.CutPrefix(text, "The author"); ok {
		return "the author" + rest
	}
	if rest, ok := strings.CutPrefix(text, "In a footnote"); ok {
		return "in a footnote" + rest
	}
	return text
}

// yearRe finds a year of the last two millennia.
var yearRe = lazyregexp.New(`\b(?:1[0-9]|20)[0-9]{2}\b`)

// yearsBetween returns the tool's own subtraction of the years dating
// two events, as a sentence citing the passages that give them, when
// the sentences dating each give one year and the years differ; or "".
// It is marked as the tool's arithmetic: no sentence of the text says
// it.
func yearsBetween(events []retrieve.DatedEvent) string {
	if len(events) != 2 {
		return ""
	}
	var years [2]int
	for i, e := range events {
		y, ok := soleYear(e.Passage, e.Sentences)
		if !ok {
			return ""
		}
		years[i] = y
	}
	lo, hi := min(years[0], years[1]), max(years[0], years[1])
	if lo == hi {
		return ""
	}
	refs := events[0].Passage.Ref.Marker()
	if events[1].Passage != events[0].Passage {
		refs += " " + events[1].Passage.Ref.Marker()
	}
	return fmt.Sprintf(" By the tool's own arithmetic on the years in these sentences, not the text's words: %d − %d = %d years %s.", hi, lo, hi-lo, refs)
}

// soleYear returns the one year the given sentences of p give, and
// false when they give none or several.
func soleYear(p *essay.Passage, sentences []int) (int, bool) {
	var years []string
	for _, j := range sentences {
		years = append(years, yearRe.FindAllString(p.Sentences[j].Text, -1)...)
	}
	slices.Sort(years)
	if years = slices.Compact(years); len(years) != 1 {
		return 0, false
	}
	y, err := strconv.Atoi(years[0])
	return y, err == nil
}
