package guide

import (
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// teller names who makes the claim of a sentence a prompt quotes: the
// author of an argument; the document, of a law; in a story, the narrator, or the character
// whose words the sentence gives. "Write the strongest objection to the
// judgment in "… "this is what I was always taught by Mr. Pangloss, and
// I see plainly that all is for the best."", then name the record that
// would decide between the author and the objector" gave Candide's
// words to Voltaire, and the cut had left out who speaks them.
func (b *builder) teller(s *sentence) string {
	if b.voice.Enacts() {
		// A law has no author who argues: "What does the author take
		// for granted in ... shall immediately assume the powers ..."
		return b.voice.Text()
	}
	if !b.voice.Narrates() {
		return b.voice.Maker()
	}
	if !b.spoken(s) {
		return "the narrator"
	}
	if name := b.speakerOf(s); name != "" {
		return name
	}
	return "the speaker"
}

// Teller is teller capitalized, to open a prompt.
func (b *builder) Teller(s *sentence) string { return terms.Capitalize(b.teller(s)) }

// speakerOf returns the name that tags a spoken sentence, as the text
// writes it ("said Candide", "Pangloss replied"), looking in the
// sentence and, for a sentence that goes on with words a tag before
// it gave, in the sentences before it in its block; "" when no name
// tags it.
func (b *builder) speakerOf(s *sentence) string {
	for i := s.i; i >= 0 && i >= s.i-3; i-- {
		t := s.p.Sentences[i]
		if t.Block != s.p.Sentences[s.i].Block {
			break
		}
		if name := taggedSpeaker(t.Text); name != "" {
			return name
		}
		if opensQuote(t.Text) {
			// The words began here, untagged.
			break
		}
	}
	return ""
}

// taggedSpeaker returns the name a speech tag outside the sentence's
// quotation marks gives, or "" for none or a pronoun.
func taggedSpeaker(text string) string {
	rest := quotedSpanRe.ReplaceAllString(text, " ")
	for _, re := range []*lazyregexp.Regexp{tagBeforeNameRe, tagAfterNameRe} {
		if m := re.FindStringSubmatch(rest); m != nil && !titleOnly[m[1]] {
			return m[1]
		}
	}
	return ""
}

// tagBeforeNameRe and tagAfterNameRe find a speaker's name beside a verb
// of saying: "said Candide", "Pangloss replied".
var (
	tagBeforeNameRe = lazyregexp.New(`\b(?:said|cried|replied|answered|asked|exclaimed|returned|continued|remarked|whispered|muttered|shouted|added)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)`)
	tagAfterNameRe  = lazyregexp.New(`(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?(?:said|cried|replied|answered|asked|exclaimed|returned|continued|remarked|whispered|muttered|shouted|added)\b`)
)

// titleOnly are words a tag may give before a name that are no name
// themselves, nor any speaker's.
var titleOnly = map[string]bool{"I": true, "He": true, "She": true, "They": true, "We": true, "It": true, "The": true}
