package retrieve

import (
	"strings"

	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// A question asking whether someone agrees with a person the text names
// ("does the author agree with Smith?") asks how the text weighs that
// person's view: it is answered where the author reports the view and
// speaks in his own voice of it ("Smith and Jones seem to believe ...
// As I suggest above, perhaps ..."), not by a note that only cites the
// person's book ("Full text of the resolution is in Smith, Title. See
// also Smith's earlier treatment ..."), which may name him more often,
// nor by one that only reports the view.

// agreeWords ask whether one agrees with another.
var agreeWords = words("agree", "agrees", "agreed", "agreeing", "disagree", "disagrees", "disagreed", "disagreeing")

// citingShare is the part of its score a passage naming the person
// agreed with keeps when another passage weighs his view (see
// favourViews).
const citingShare = 0.5

// viewRe finds how a sentence reports a person's view after his name:
// a verb of believing or saying, perhaps after another name and a
// hedge ("and Jones seem to believe"), or a noun of view he owns
// ("'s theory").
var viewRe = lazyregexp.New(`^(?:(?:\s+and\s+\p{Lu}\p{L}+)?(?:\s+(?:also|too|clearly|apparently))?\s+(?:(?:seems?|appears?)\s+to\s+)?` +
	`(?:believes?|thinks?|argues?|claims?|contends?|maintains?|insists?|holds|attributes?|suggests?|says|writes|considers?|sees|concludes?|asserts?)\b` +
	`|['’]s\s+(?:\p{L}+\s+)?(?:theory|view|views|argument|arguments|claim|claims|thesis|position|opinion|interpretation|conclusion|belief)\b)`)

// agreedWith returns the stems of the names a question asks agreement
// with: the words after "agree with" (or "disagree with") that the text
// writes as names, joined by "and".
func (r *Retriever) agreedWith(ws []string) []string {
	var out []string
	for i := 0; i+2 < len(ws); i++ {
		if !agreeWords[ws[i]] || ws[i+1] != "with" {
			continue
		}
		for _, w := range ws[i+2:] {
			s := terms.Stem(w)
			if w == "and" {
				continue
			}
			if !r.named(s) {
				break
			}
			out = append(out, s)
		}
	}
	return out
}

// favourViews lets the passages naming a person a question asks
// agreement with (see agreedWith) keep citingShare of their score, but
// those where the text weighs his view: a sentence reports it (see
// reportsView) in a passage where the author speaks of his own view
// (see Stance). With no such passage, as where the author never says
// "I", nothing changes.
func (r *Retriever) favourViews(q *Query, scores []float64) {
	for _, s := range r.agreedWith(q.Words) {
		n := r.name(s)
		if n.many {
			continue
		}
		weighs, others := map[int]bool{}, map[int]bool{}
		for _, at := range n.at {
			i := r.positions().of[at.passage.Ref]
			others[i] = true
			if reportsView(at.passage.Sentences[at.sentence].Text, s) && Stance.weigh(r.voices()[i]) > 0 {
				weighs[i] = true
			}
		}
		if len(weighs) == 0 {
			continue
		}
		for i := range others {
			if !weighs[i] {
				scores[i] *= citingShare
			}
		}
	}
}

// reportsView reports whether sentence text reports the view of the
// person named by stem s: a word of that stem, capitalized, followed as
// viewRe finds.
func reportsView(text, s string) bool {
	for _, loc := range capitalRe.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		if terms.Stem(strings.ToLower(w)) != s {
			continue
		}
		if viewRe.MatchString(text[loc[1]:]) {
			return true
		}
	}
	return false
}

// capitalRe finds a capitalized word.
var capitalRe = lazyregexp.New(`\p{Lu}\p{L}+`)
