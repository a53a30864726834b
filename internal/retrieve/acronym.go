package retrieve

import (
	"strings"

	"studyguide/internal/terms"
)

// stemAsTyped returns the stem of w, a lower-cased word of text: read as
// an acronym when text types it so (see acronymAfterArticle), otherwise
// as the word. "What score do I need on the SAT" then searches for
// "sat", not the "sit" the irregular past tense stems to, and neither
// the dictionary nor the corpus knows the acronym by that verb.
func stemAsTyped(text, w string) string {
	if acronymAfterArticle(text, w) {
		return terms.StemAcronym(w)
	}
	return terms.Stem(w)
}

// acronymAfterArticle reports whether text types word wholly in capitals
// after an article, ending its phrase, where the word is an irregular
// past tense the stemmer reads as another word ("on the SAT", read as
// "sit"). An article takes no verb: the capitals spell an acronym, not
// a verb stressed. A form in "n" is left out, as a plural ("the MEN")
// or a participle ("the CHOSEN") follows an article as a noun or an
// adjective; so is a word a noun follows ("the LOST cause"), and a
// question typed all in capitals, which stresses nothing.
func acronymAfterArticle(text, word string) bool {
	lower := strings.ToLower(word)
	stem := terms.Stem(lower)
	if text == strings.ToUpper(text) || strings.HasPrefix(lower, stem) || strings.HasPrefix(stem, lower) || strings.HasSuffix(lower, "n") {
		return false
	}
	fields := strings.Fields(text)
	for i := 1; i < len(fields); i++ {
		f := strings.TrimRight(fields[i], "\"'”’)],;:.?!")
		if !strings.EqualFold(f, word) || f != strings.ToUpper(f) || !articles[strings.ToLower(fields[i-1])] {
			continue
		}
		if f != fields[i] || endsPhrase(fields[i+1:]) {
			return true
		}
	}
	return false
}

// endsPhrase reports whether rest, the fields after a word, opens with
// no content word: the word ends its phrase.
func endsPhrase(rest []string) bool {
	if len(rest) == 0 {
		return true
	}
	ws := terms.Words(rest[0])
	return len(ws) == 0 || terms.IsStopword(ws[0])
}
