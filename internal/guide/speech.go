package guide

import (
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// speaks reports whether a text is a speech: its first paragraph opens
// by addressing its hearers ("MR. PRESIDENT AND FELLOW-CITIZENS OF NEW
// YORK:--The facts with which I shall deal this evening ..."), or its
// title or a heading calls it one ("Speech at the Cooper Institute"),
// and it speaks to them as "you" in at least minAddresses of its
// paragraphs' sentences. A paper written to the public may say "my
// fellow-citizens" on its way (the Federalist), but opens on no hearers
// and is headed by no "Speech". Its guide then speaks of the speaker
// and the audience, not of an author and a reader.
func speaks(c *essay.Corpus) bool {
	if len(c.Sources) != 1 {
		return false
	}
	_, you := paragraphSentences(c, youRe)
	if you < minAddresses {
		return false
	}
	if speechTitleRe.MatchString(c.Sources[0].Meta.Title) {
		return true
	}
	for _, p := range c.Passages {
		if p.Ref.Kind != essay.Paragraph || len(p.Sentences) == 0 {
			continue
		}
		// The first paragraph alone: a speech opens on its hearers,
		// and a heading that names one heads the text, not a later
		// section quoting one.
		return addressRe.MatchString(p.Sentences[0].Text) || speechTitleRe.MatchString(strings.TrimSpace(p.Section))
	}
	return false
}

// minAddresses is how many of a speech's sentences must speak to its
// hearers as "you" (see speaks).
const minAddresses = 3

// addressRe opens a text on its hearers, named before a colon, a comma
// or a dash: "Mr. President and Fellow-Citizens of New York:--",
// "Ladies and Gentlemen,", "Friends and fellow citizens:".
var addressRe = lazyregexp.New(`(?i)^(?:(?:mr\.?|madam)\s+(?:president|chairman|speaker)|(?:my\s+)?(?:fellow[- ]?(?:citizens|countrymen)|friends|countrymen)|ladies\s+and\s+gentlemen|gentlemen)\b[^.!?:;]{0,60}?(?::|,|--|—)`)

// speechTitleRe is a title or heading that calls the text a speech:
// "Speech at the Cooper Institute", "Address Delivered at ...",
// "Inaugural Address", "Oration on ...".
var speechTitleRe = lazyregexp.New(`(?i)^(?:(?:the\s+)?(?:speech|address|oration|remarks)\s+(?:at|to|before|delivered|on|of|in)\b|(?:\p{L}+\s+){0,2}(?:speech|address|oration)$)`)
