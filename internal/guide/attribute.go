package guide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
)

// attributedCheck frames check question q, the i-th of the guide, as a
// question of what the text says, not of what is so: "What never made
// men a whit more just?" asked in the guide's own voice reads as
// settled, and its answer ("Law") as fact, when it is one author's
// claim. The framings take
// turns, so that ten questions do not open on one stem. A question that
// already names the author or the text ("How does the author describe
// ...?") is left as it is.
func attributedCheck(q string, v Voice, i int) string {
	if q == "" || attributedRe.MatchString(q) {
		return q
	}
	frames := v.checkFrames()
	return frames[i%len(frames)] + ", " + lowerFirst(q)
}

// attributedRe finds a question that already says whose account it asks
// about. "According to" does so only where it opens the question: "Who
// answered the Herodians according to their condition?" asks what a
// sentence tells, in its own words, and went out unframed, as fact.
var attributedRe = lazyregexp.New(`(?i)\bthe (?:author|authors|text|document|writer|essay|narrator|story|speaker|speech)\b|^according to\b`)

// checkFrames are the openings that put a check question to the text:
// the author's account for an argument or a narrative, the document's
// words for a charter or a law.
func (v Voice) checkFrames() []string {
	if v.Kind == essay.KindDocument {
		return []string{"According to the document", "As the document has it"}
	}
	if v.Kind == essay.KindNarrative {
		// A story's narrator tells it, and its characters speak in
		// it: "According to the author, who sprang from his chair?"
		// gave the author what the narrator saw.
		return []string{"According to the narrator", "In the story"}
	}
	if v.Speaks() {
		// A speech is heard: "In the author's account" of a
		// speech gave it a writer.
		return []string{"According to the speaker", "In the speaker's account"}
	}
	who := "the author"
	if v.several() {
		who = "the authors"
	}
	return []string{"According to " + who, "In " + possessive(who) + " account"}
}

// possessive returns the possessive of a noun phrase: "the author's",
// "the authors'".
func possessive(who string) string {
	if strings.HasSuffix(who, "s") {
		return who + "'"
	}
	return who + "'s"
}

// lowerFirst lowers the first letter of a question that opens on a
// question word, a verb or a preposition, so that it reads on after a
// framing phrase; a name or "I" keeps its capital.
func lowerFirst(q string) string {
	w := q
	if i := strings.IndexFunc(q, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = q[:i]
	}
	if !openerRe.MatchString(w) {
		return q
	}
	r, n := utf8.DecodeRuneInString(q)
	return string(unicode.ToLower(r)) + q[n:]
}

// openerRe is a word a check question opens on that is no name: a
// question word, a verb, or the preposition of an opening phrase kept in
// front ("In the USSR, who ...?").
var openerRe = lazyregexp.New(`^(?:What|Who|Whom|Whose|Which|When|Where|Why|How|Is|Are|Was|Were|Has|Have|Had|Must|Might|Can|Could|Would|Will|Should|May|Did|Does|Do|Shall|In|During|After|Before|By|Throughout|Under|Within|Among|If|Whenever|Unless|Until|Once)$`)

// KeyedBy introduces an answer key's sentence as the text's words, not
// the guide's: "The author argues", "The author writes", "The authors
// write", "The document reads".
func (v Voice) KeyedBy() string {
	if v.Kind == essay.KindDocument {
		return "The document reads"
	}
	if v.Kind == essay.KindNarrative {
		return "The story reads"
	}
	if v.Speaks() {
		return "The speaker " + v.Says()
	}
	if v.several() {
		return "The authors " + v.Says()
	}
	return "The author " + v.Says()
}

// unframed returns check question q without the framing attributedCheck
// gave it, as the sentence it was made from asks it: what two questions
// share, or what an answer gives away, is in these words, not in the
// framing every question shares.
func unframed(q string) string {
	for _, v := range []Voice{{}, {Kind: essay.KindDocument}, {Kind: essay.KindNarrative}, {Kind: essay.KindSpeech}, {Author: "A and B"}} {
		for _, f := range v.checkFrames() {
			if rest, ok := strings.CutPrefix(q, f+", "); ok {
				r, n := utf8.DecodeRuneInString(rest)
				return string(unicode.ToUpper(r)) + rest[n:]
			}
		}
	}
	return q
}
