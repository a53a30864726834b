package retrieve

import (
	"slices"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/sentence"
	"studyguide/internal/terms"
)

// unstatedConclusion reports whether q asks exactly what someone the
// corpus names concluded or learned ("What specific conclusions did X
// draw from Y?", "What exactly did X conclude about Z?") and the
// sentences naming him with a word of concluding only say that he
// concluded something about a topic, not what: "X made important
// deductions about the nature of Z" says that X drew conclusions, and a
// question asking which ones shares all its words. Only a sentence naming
// the topic (see topicRe) withholds them; one giving what was concluded
// (a clause after the word, "X learned that ..."; a colon or a
// quotation; "... is the lesson"), or followed by one going on about it
// by a pronoun, answers. The doer is a name the question does not set
// after a preposition ("What specific lesson does the author draw from
// the Revolution?" asks the author's lesson, not the Revolution's), and
// stands before the word of concluding in the sentence. Asked without a
// word of specifics ("What did X learn from Y?"), the sentence saying
// that he learned from it answers.
func (r *Retriever) unstatedConclusion(q *Query) bool {
	if len(q.Parts) > 1 || !hasAny(q.Words, specificsWords) {
		return false
	}
	if !slices.ContainsFunc(q.Words, func(w string) bool { return concludingWords[w] }) {
		return false
	}
	runs := r.nameRuns(q, q.Stems)
	reported := false
	for i, w := range q.Words {
		n := terms.Stem(w)
		if runs[n] == 0 || objectAt(q.Words, i) {
			continue
		}
		for _, s := range r.spellings(n) {
			text := s.passage.Sentences[s.sentence].Text
			m := concludingRe.FindStringIndex(text)
			if m == nil || !slices.Contains(terms.Stems(text[:m[0]]), n) {
				continue
			}
			next := s.sentence + 1
			if contentRe.MatchString(text[m[1]:]) || givenBeforeRe.MatchString(text[:m[0]]) ||
				next < len(s.passage.Sentences) && sentence.LeadingPronoun(s.passage.Sentences[next].Text) != "" {
				return false
			}
			reported = reported || topicRe.MatchString(text[m[1]:])
		}
	}
	return reported
}

// objectAt reports whether the name starting or going on at ws[i] is
// the object of a preposition: "from the Paris Commune", "about X".
func objectAt(ws []string, i int) bool {
	for i--; i >= 0; i-- {
		switch {
		case objectPrepositions[ws[i]]:
			return true
		case !determiners[ws[i]]:
			return false
		}
	}
	return false
}

var (
	objectPrepositions = words("from", "about", "of", "on", "in", "regarding", "concerning", "by", "with", "to", "for", "at")
	// specificsWords ask for the content itself, not that there was any.
	specificsWords = words("specific", "specifically", "exactly", "precisely", "concrete", "concretely", "particular")
	// concludingWords are a question's words of drawing a conclusion.
	concludingWords = words("conclude", "concluded", "conclusion", "conclusions", "deduce", "deduced", "deduction", "deductions",
		"lesson", "lessons", "learn", "learned", "learnt", "infer", "inferred", "inference", "inferences", "findings")
)

// concludingRe finds a sentence's word of drawing a conclusion.
var concludingRe = lazyregexp.New(`(?i)\b(?:conclu(?:de|ded|des|sions?)|deduc(?:e|ed|es|tions?)|lessons?|learn(?:ed|t|s)?|infer(?:red|s|ences?)?|findings)\b`)

// contentRe finds, after a word of concluding, what was concluded: a
// clause ("that ...", "what ...", "how ..."), a colon, a dash or a
// quotation.
var contentRe = lazyregexp.New(`(?i)^\W*(?:\w+\W+){0,3}?(?:that|what|how|why|which)\b|:|["“'‘]|\s--?\s|—`)

// topicRe finds, after a word of concluding, the topic the conclusions
// were about, which a sentence withholding them names instead ("made
// important deductions about the nature of Z"). A sentence naming no
// topic ("Candide heard his lessons with all the good faith of his
// age") may leave what was learned to the passage after it.
var topicRe = lazyregexp.New(`(?i)^\s+(?:about|on|regarding|concerning|as to)\b`)

// givenBeforeRe finds what was concluded given before the word, as a
// predicate's subject: "Not hatred, but unity - that is the lesson".
var givenBeforeRe = lazyregexp.New(`(?i)\b(?:is|was|are|were)\s+(?:the|their|his|her|its|our|a|an)\s+(?:\w+\s+)?$`)
