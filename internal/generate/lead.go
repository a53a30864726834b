package generate

import (
	"slices"
	"strings"

	"studyguide/internal/essay"
	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// leadFromBest moves the best sentence of the best passage retrieved to
// the head of order, when one of its sentences scores enough to be quoted:
// retrieval weighed every passage with the vectors and the notes
// beside it, which the words of one sentence cannot, and its first
// passage answers more often than the passage of the sentence sharing
// most words with the question. The others keep their order.
//
// A sentence that leans on the one before it ("He was ...", "But this
// excuse is not ...") is not moved: the sentence it leans on would open
// the answer, and that one answers nothing the best sentence does not.
// Nor is anything moved when the best sentence is the best passage's
// already.
//
//   - order: sentence indexes, best score first.
//   - floor: the least score a sentence is quoted with. Moving a sentence
//     below it to the head would end the answer before it began: the
//     choosing stops at the first sentence under the floor.
//   - cued: the part's stems a cue reads into sentences (see cue): a
//     sentence that does with the person what the question asks answers
//     it, whatever its passage's rank, and one that does not may not
//     lead in its place.
func leadFromBest(order []int, sents []sentence, scores []float64, floor float64, cued []string) {
	if len(order) == 0 {
		return
	}
	head := sents[order[0]]
	if head.rank == 0 {
		return
	}
	leadWith(order, scores, floor, func(i int) bool {
		return sents[i].rank == 0 && !leansBack(sents[i].passage, sents[i].text) && !continues(sents[i].text) &&
			!slices.ContainsFunc(cued, func(st string) bool { return head.stems[st] && !sents[i].stems[st] })
	})
}

// leadWith moves to the head of order the first sentence that ok admits,
// among those scoring at least floor (see leadFromBest).
func leadWith(order []int, scores []float64, floor float64, ok func(i int) bool) {
	for k, i := range order {
		if scores[i] <= 0 || scores[i] < floor {
			return
		}
		if ok(i) {
			toHead(order, k)
			return
		}
	}
}

// toHead moves order[k] to the head of order, keeping the rest in turn.
func toHead(order []int, k int) {
	i := order[k]
	copy(order[1:k+1], order[:k])
	order[0] = i
}

// leadWithStatement moves to the head of order the best sentence that
// states something, preferring the best passage's, when one of the
// author's questions heads it and such a sentence scores enough to be
// quoted: asked why wages rose, the author asking whether high wages
// were wise says less than the sentence saying they were thought needed
// to hire engineers. The question may still follow it. Asked whether, the
// author's question may be all the text says, and keeps its place; so
// does one asking what part p asks (see mirrors), which capQuestions
// left uncapped: asked how the author portrays the town, his "does any
// one think that the town does right?" is how.
//
//   - p: the part, with only the words some sentence holds (see
//     heldPart).
//   - owns: whether each sentence holds a word of the part itself, not
//     only a word standing in for one ("specifically" for "specialist"),
//     which is no answer to lead with.
//   - floor: the least score a sentence is quoted with (see leadFromBest).
//   - why: whether the question asks why. Its premise names what was
//     asked ("Given that the plan named no court, ...", asked why the
//     plan failed), and a statement scoring no more than it does not
//     lead in its place: it is no likelier the reason.
func leadWithStatement(order []int, sents []sentence, scores []float64, owns []bool, floor float64, p retrieve.Part, weights map[string]float64, why bool) {
	asks := func(s sentence) bool { return onlyAsks(s, why) }
	if len(order) == 0 || !asks(sents[order[0]]) || mirrors(sents[order[0]], p, weights) {
		return
	}
	framed := framedQuestion(sents[order[0]].text)
	pick := -1
	for k, i := range order {
		if scores[i] <= 0 || scores[i] < floor {
			break
		}
		if asks(sents[i]) || !owns[i] || why && framed && scores[i] <= scores[order[0]] {
			continue
		}
		if pick < 0 {
			pick = k
		}
		if sents[i].rank == sents[order[0]].rank {
			pick = k
			break
		}
	}
	if pick > 0 {
		toHead(order, pick)
	}
}

// leadWithDefinition moves to the head of order the best sentence that
// names or defines a word of part p ("the stratum called the gentry"),
// when it scores enough to be quoted: asked what a thing
// is, that sentence answers, whatever its passage's rank.
//
//   - floor: the least score a sentence is quoted with (see leadFromBest).
func leadWithDefinition(order []int, sents []sentence, scores []float64, floor float64, p retrieve.Part) {
	leadWith(order, scores, floor, func(i int) bool {
		return slices.ContainsFunc(sents[i].defines, func(st string) bool { return slices.Contains(p.Stems, st) })
	})
}

// capQuestions caps the scores of the author's own questions at the best
// score of a statement holding a word of part p, unless one of them
// asks what p asks (see mirrors), and returns the best score then. Asked
// why or what, the author asking whether high wages were wise is no
// answer, however many of the question's words it holds; it may follow
// the statement that is one.
//
//   - owns: whether each sentence holds a word of the part itself.
func capQuestions(sents []sentence, scores []float64, owns []bool, p retrieve.Part, weights map[string]float64, why bool) float64 {
	var stated, best float64
	p = heldPart(sents, p)
	for i, s := range sents {
		if scores[i] <= 0 {
			continue
		}
		if onlyAsks(s, why) {
			if mirrors(s, p, weights) {
				stated = 0
				break
			}
			continue
		}
		if owns[i] {
			stated = max(stated, scores[i])
		}
	}
	for i, s := range sents {
		if stated > 0 && onlyAsks(s, why) {
			scores[i] = min(scores[i], stated)
		}
		best = max(best, scores[i])
	}
	return best
}

// mirrors reports whether sentence s, one of the author's questions,
// asks what part p asks: it holds at least mirrorShare of the part's
// words, by weight. Asked "what role should the guild play?", the author
// asking "what is the proper role of a guild in the town?" says the text
// leaves it open.
//
// A question framed by a statement (see framedQuestion) asks what
// follows the premise it opens with: "Given that the charter names no
// court, it is fair to ask: who would judge?" asks why it is fair to ask
// who would judge, and not why the charter names none.
func mirrors(s sentence, p retrieve.Part, weights map[string]float64) bool {
	if head, tail, ok := strings.Cut(s.text, ":"); ok && framedQuestion(s.text) {
		if i := strings.LastIndex(head, ","); i >= 0 {
			tail = head[i+1:] + " " + tail
		}
		s.stems = map[string]bool{}
		for _, st := range terms.Stems(tail) {
			s.stems[st] = true
		}
		s.refers = nil
	}
	return len(p.Stems) > 0 && s.share(p, weights) >= mirrorShare
}

// heldPart returns part p with only the words some sentence of sents
// holds: a word no sentence holds ("How does the author portray the
// town?") tells none of them from another, and would leave the author's
// question holding the rest ("does any one think that the town does
// right?") short of the share that mirrors it. A part of which some
// sentence holds fewer than minCovered words is returned whole: one word
// shared ("paid" of "Why were specialists paid more?") says little of
// what the part asks.
func heldPart(sents []sentence, p retrieve.Part) retrieve.Part {
	held := slices.DeleteFunc(slices.Clone(p.Stems), func(st string) bool {
		return !slices.ContainsFunc(sents, func(s sentence) bool { return s.holds(st) })
	})
	if len(held) >= minCovered {
		p.Stems = held
	}
	return p
}

// mirrorShare is the share of a question's words, by weight, one of the
// author's questions holds when it asks the same.
const mirrorShare = 0.5

// onlyAsks reports whether s is one of the author's questions and states
// nothing that answers: a question framed by a statement (see
// framedQuestion) states what it takes as given, which tells what was
// so ("Given that the charter names no court, ...") but, asked why
// (why), no reason for it.
func onlyAsks(s sentence, why bool) bool {
	return s.question && (why || !framedQuestion(s.text))
}

// asksWhy reports whether a question, given as its words, asks why,
// after a word that only leads in (see asksWh).
func asksWhy(words []string) bool {
	i := slices.IndexFunc(words, func(w string) bool { return !leadIns[w] })
	return i >= 0 && whyWords[words[i]]
}

// framedQuestion reports whether a question sentence states something
// before a colon that opens its question ("Given that the charter names
// no court, it is fair to ask: who would judge?").
func framedQuestion(text string) bool {
	head, _, ok := strings.Cut(text, ":")
	return ok && len(terms.Words(head)) >= minWords
}

// asksWh reports whether a question, given as its words, asks why, what,
// how, who, which, where or when, after a word that only leads in ("so",
// "and"): not whether something is so ("Did ...", "Could ..."), where the
// author's own question may be all the text says, nor a string of words.
func asksWh(words []string) bool {
	i := slices.IndexFunc(words, func(w string) bool { return !leadIns[w] })
	if i < 0 {
		return false
	}
	switch words[i] {
	case "why", "what", "how", "who", "whom", "whose", "which", "where", "when", "what's", "how's":
		return true
	}
	return false
}

// leadIns only lead a question in ("so why ...", "and what ...").
var leadIns = map[string]bool{"so": true, "and": true, "but": true, "then": true, "ok": true, "okay": true, "well": true, "now": true}

// rankFirst orders the passage of rank lead before all others, leaving the
// others in their order.
func rankFirst(rank, lead int) int {
	switch {
	case rank == lead:
		return 0
	case rank < lead:
		return rank + 1
	}
	return rank
}

// ownFirst leaves out, when a passage holds one of the first part p's
// own words, the sentences of the passages holding only words standing in
// for them, and returns the best score left: a later part is not
// answered from such a passage either (see Selection.chance). Stand-ins
// are retrieval's guesses at words the text lacks ("fruit" for a misspelt
// "berry"): beside a passage saying what was asked, one sharing only a
// guess answers nothing. In a passage that holds the part's words, a
// stand-in says them in other words ("dealt with" for "handle"), as does
// one that is another form of the word ("suspect" for "suspicion", see
// holdsKin) anywhere.
func ownFirst(sents []sentence, scores []float64, owns []bool, p retrieve.Part, q *retrieve.Query) float64 {
	holding := map[*essay.Passage]bool{}
	for i, s := range sents {
		if owns[i] && scores[i] > 0 {
			holding[s.passage] = true
		}
	}
	best := 0.0
	for i, s := range sents {
		if len(holding) > 0 && !holding[s.passage] && !holdsKin(s, p, q.StandIns) && !holdsKin(s, p, q.Related) {
			scores[i] = 0
		}
		best = max(best, scores[i])
	}
	return best
}
