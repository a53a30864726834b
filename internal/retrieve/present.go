package retrieve

import (
	"slices"
	"sync"

	"studyguide/internal/terms"
)

// unstatedNow reports whether q asks how a thing the corpus names stands
// today ("Is the Jivago Gazette still published?", "Does the Jivago
// archive still exist today?", "Which library now holds Jivago's
// papers?"), and no sentence naming it, nor those going on about it by a
// pronoun (see window), speaks of the present or of what became of it
// (see presentStems). A text names a newspaper or a manuscript in passing,
// as a source; whether it still runs, or where it is kept, is a fact of
// the asker's day the text seldom knows. Only a question asking the
// present of the thing itself is read (see asksNow); one naming nothing
// the corpus names is left to the other tests.
func (r *Retriever) unstatedNow(q *Query) bool {
	if !asksNow(q.Words) {
		return false
	}
	runs := settingsOut(q, r.nameRuns(q, q.Stems))
	author := r.authorWords()
	for s := range runs {
		if author[s] {
			delete(runs, s)
		}
	}
	if len(runs) == 0 {
		return false
	}
	for n := range runs {
		for _, a := range r.name(n).at {
			window := r.window(a)
			if namesWhole(runs, runs[n], window) && hasAnyStem(window, presentStems()) {
				return false
			}
		}
	}
	return true
}

// asksNow reports whether ws, a question's words in lower case, ask how
// something stands today: "still" after a present auxiliary opening the
// question ("is it still a newspaper", "does it still exist"), or a word
// of the present ("today", "nowadays", "currently") in a question opening
// with one, with "where" or "which", or with no question word at all
// ("Jivago Gazette still exist today?"). "Was he still General
// Secretary?" asks of the past; "What can activists today learn?" asks
// what the text holds for today's reader, not how a thing it names
// stands, and so does any question asking what one may learn from
// something ("Do activists nowadays have anything to learn from X?").
func asksNow(ws []string) bool {
	if len(ws) == 0 || learnsFrom(ws) {
		return false
	}
	first := ws[0]
	opens := presentAuxiliaries[first] || first == "where" || first == "which" || !askers[first] && !auxiliaries[first]
	switch {
	case presentAuxiliaries[first] && slices.Contains(ws, "still"):
		return true
	case opens && hasAny(ws, nowWords):
		return true
	case opens && slices.Contains(ws[1:], "now") && hasAny(ws, custodyWords):
		return true
	}
	return asksKept(ws)
}

// asksKept reports whether ws ask where a thing is kept now: "Which
// archive holds X?", "In which archival fond are X held?", "Where is X
// kept?". "Where was the trial held?" asks of an event, in the past.
func asksKept(ws []string) bool {
	switch {
	case len(ws) == 0 || !hasAny(ws, custodyWords):
		return false
	case ws[0] == "where":
		// "Where did the new view take hold?" holds no custody: a
		// question asking where a thing is kept says it "is kept".
		return hasAny(ws, presentAuxiliaries) && hasAny(ws, keptWords)
	case ws[0] == "which" || ws[0] == "in":
		return hasAny(ws, repositoryWords) && !hasAny(ws, words("was", "were", "did"))
	}
	return false
}

// keptWords say a thing is kept: "Where is X held?".
var keptWords = words("held", "kept", "housed", "stored", "preserved")

// repositoryWords name where documents are kept.
var repositoryWords = words("archive", "archives", "archival", "library", "museum", "fond", "repository")

// presentAuxiliaries open a question asking how something stands now.
var presentAuxiliaries = words("is", "are", "does", "do", "has", "have")

// learnsFrom reports whether ws, a question's words in lower case, ask
// what one may learn from something: "learn" before "from", or
// "lessons".
func learnsFrom(ws []string) bool {
	i := slices.Index(ws, "learn")
	return i >= 0 && slices.Contains(ws[i+1:], "from") || slices.Contains(ws, "lessons")
}

// nowWords place a question in the asker's day.
var nowWords = words("today", "nowadays", "currently", "anymore")

// custodyWords ask where a thing is kept: "Which archive now holds X?"
// asks of today as "today" does.
var custodyWords = words("hold", "holds", "held", "kept", "keeps", "housed", "stored", "preserved")

// presentWords speak of how a thing stands at the text's writing, or of
// what became of it: a sentence saying a paper "is still published", or
// that documents were "stolen from their archive", answers whether they
// are around today.
var presentWords = []string{"still", "today", "now", "nowadays", "currently", "longer", "ceased", "continue", "remain",
	"survive", "exist", "existence", "alive", "lost", "stolen", "destroyed", "missing", "disappeared", "archive", "library", "museum", "kept", "preserved"}

// presentStems returns the stems of presentWords.
var presentStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range presentWords {
		out[terms.Stem(w)] = true
	}
	return out
})

// hasAnyStem reports whether stems hold a stem of set.
func hasAnyStem(stems, set map[string]bool) bool {
	for s := range set {
		if stems[s] {
			return true
		}
	}
	return false
}
