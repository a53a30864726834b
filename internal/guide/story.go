package guide

import (
	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// tellsStory reports whether a text is a story told in dialogue: at
// least minSpeechTags of its paragraphs' sentences, and storySpeechShare
// of them, tag a speaker's words ("..., " said Holmes", "cried
// Candide,"). Candide tags 13% of its sentences, The Scandal in
// Bohemia 9%, Ben-Hur's galley chapter 6%; no argument, history or
// memoir of the tests passes 1% (Acton quotes a few sayings). Its check
// questions then ask what the story tells, not "According to the author,
// who ...?", where the narrator or a character speaks.
func tellsStory(c *essay.Corpus) bool {
	n, tags := paragraphSentences(c, speechTagRe)
	return tags >= minSpeechTags && float64(tags) >= storySpeechShare*float64(n)
}

// paragraphSentences counts the sentences of the corpus's paragraphs,
// and those of them re matches: the shares that tell a text's form
// (tellsStory, enacts) leave the notes out, whose citations speak in
// no voice of the text's.
func paragraphSentences(c *essay.Corpus, re *lazyregexp.Regexp) (n, matched int) {
	return paragraphSentencesWhere(c, re.MatchString)
}

// paragraphSentencesWhere is paragraphSentences with a test of a
// sentence's text in place of an expression.
func paragraphSentencesWhere(c *essay.Corpus, ok func(string) bool) (n, matched int) {
	for _, p := range c.Passages {
		if p.Ref.Kind != essay.Paragraph {
			continue
		}
		for _, s := range p.Sentences {
			n++
			if ok(s.Text) {
				matched++
			}
		}
	}
	return n, matched
}

// minSpeechTags and storySpeechShare are how many of a text's sentences
// must tag speech for it to read as a story (see tellsStory).
const (
	minSpeechTags    = 5
	storySpeechShare = 0.03
)

// speechTagRe is the tag that gives a speaker his words: a verb of
// saying after a closing quotation mark that a comma, "!" or "?" ends
// ("?" asked the man), or before its speaker ("said he,", "replied
// Pangloss.").
var speechTagRe = lazyregexp.New(`[,!?]["”]\s+(?:(?:the\s+)?\p{L}+\s+){0,2}(?:said|cried|replied|answered|asked|exclaimed|returned|continued|remarked|whispered|muttered|shouted|added)\b|\b(?:said|cried|replied|answered|asked|exclaimed|returned|remarked)\s+(?:he|she|I|\p{Lu}\p{L}+)[,.;:]`)
