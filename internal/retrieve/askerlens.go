package retrieve

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"studyguide/internal/essay"
	"studyguide/internal/terms"
)

// lensPhrases are the words a question casts a text or its people in,
// the terms of a critic or a playwright: a place one sees from
// ("standpoint", "angle", "lens"), a part one plays ("villain",
// "narrator"), a failing one has ("blind spot", "tragic flaw"). A text
// tells its people's views, deeds and failings without casting them so:
// "What is the narrator's angle on the war?" asks what he thinks of the
// war, which the text tells without the word. Weighed as words of the
// subject, the text's lacking them declined the question.
var lensPhrases = [][]string{
	{"standpoint"}, {"standpoints"}, {"viewpoint"}, {"viewpoints"}, {"angle"}, {"angles"},
	{"stance"}, {"stances"}, {"lens"}, {"lenses"}, {"slant"},
	{"villain"}, {"villains"}, {"antagonist"}, {"antagonists"}, {"narrator"},
	{"blind", "spot"}, {"blind", "spots"}, {"tragic", "flaw"}, {"fatal", "flaw"},
}

// causeKinds are the nouns for a cause a question asks for right after
// "what" or "which" ("What factor drove X?"): a text gives the cause
// without calling it a factor, as it gives a thesis without calling it
// so (see argued). "What drove X?" asked the same and was answered.
// Elsewhere ("a decisive factor in X") the word's kin ("role") find the
// passage, and it is weighed as any other; and "of" after it makes a
// term of it ("what factor of safety"), which asks of no cause.
var causeKinds = [][]string{
	{"what", "factor"}, {"what", "factors"}, {"which", "factor"}, {"which", "factors"},
	{"what", "driver"}, {"what", "drivers"}, {"which", "driver"}, {"which", "drivers"},
}

// outcomePhrases are the words that ask how a thing turned out ("Why
// did the strike fail?", "Did his plan work out?", "did he lose?"): a
// text telling a thing's fate tells it in words of its own ("the owners
// never met a single demand"), and a question asking the fate of a
// thing it never names is declined for lacking that thing.
var outcomePhrases = [][]string{
	{"fail"}, {"fails"}, {"failed"}, {"failing"}, {"failure"}, {"failures"},
	{"succeed"}, {"succeeds"}, {"succeeded"}, {"success"}, {"successful"},
	{"lose"}, {"loses"}, {"lost"}, {"losing"}, {"win"}, {"wins"}, {"won"},
	{"flop"}, {"flopped"}, {"backfire"}, {"backfired"},
	{"work", "out"}, {"worked", "out"}, {"pan", "out"}, {"panned", "out"},
	{"go", "wrong"}, {"went", "wrong"}, {"gone", "wrong"},
	{"fall", "through"}, {"fell", "through"},
}

// askerFrame returns the stems of q's words that cast what it asks (see
// lensPhrases), name the kind of cause it asks for (see causeKinds), or
// ask how it turned out (see outcomePhrases), when the corpus lacks one
// of a phrase's stems: those stems weigh nothing against the text. A text writing the word ("the angle of the roof",
// "the harvest failed") is weighed by it as by any other.
//
// A word of outcome counts so only when the question asks the fate of a
// thing, not who won or lost, and when passages is nil (the search, see
// unframed) or one of passages tells that thing's fate (see
// outcomeTold): "Why did the strike fail?" is answered by "The strike
// never won the owners over", and "Who won the war?" asks for a victor
// a text speaking of a war in passing never names.
func (r *Retriever) askerFrame(q *Query, passages []*essay.Passage) map[string]bool {
	out := r.framedBy(q, lensPhrases, true)
	if kinds := r.framedBy(q, causeKinds, false); kinds != nil {
		if out == nil {
			out = map[string]bool{}
		}
		maps.Copy(out, kinds)
	}
	outcome := r.framedBy(q, outcomePhrases, true)
	if len(outcome) == 0 || slices.Contains(q.Words, "who") || !r.outcomeTold(q, outcome, passages) {
		return out
	}
	if out == nil {
		out = map[string]bool{}
	}
	maps.Copy(out, outcome)
	return out
}

// framedBy returns the stems of the phrases of phrases that q writes, of
// those phrases one of whose stems the corpus lacks; nil when there are
// none. Unless ofTerm, a phrase "of" follows is left out: it makes a
// term ("factor of safety").
func (r *Retriever) framedBy(q *Query, phrases [][]string, ofTerm bool) map[string]bool {
	var out map[string]bool
	for _, p := range phrases {
		stems := terms.Stems(strings.Join(p, " "))
		if !slices.ContainsFunc(stems, func(s string) bool { return !r.Index.BM25.Has(s) }) {
			continue
		}
		for i := 0; i+len(p) <= len(q.Words); i++ {
			if !slices.Equal(q.Words[i:i+len(p)], p) || !ofTerm && at(q.Words, i+len(p)) == "of" {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			for _, s := range stems {
				out[s] = true
			}
		}
	}
	return out
}

// outcomeTold reports whether q, its words of outcome aside, asks of a
// thing, a word the corpus holds that names no one (a name alone, "did
// X lose?", says nothing of what was lost), and one of passages holds a
// sentence naming that thing and telling how something turned out: a
// word of falling short or of attaining (see outcomeStems). With
// passages nil only the question is read.
func (r *Retriever) outcomeTold(q *Query, outcome map[string]bool, passages []*essay.Passage) bool {
	var things []string
	runs := r.nameRuns(q, q.Stems)
	for _, s := range q.Stems {
		if !outcome[s] && r.Index.BM25.Has(s) && runs[s] == 0 && !nameStem(s) && !kindWord(s) {
			things = append(things, s)
		}
	}
	if len(things) == 0 {
		return false
	}
	if passages == nil {
		return true
	}
	for _, p := range passages {
		for _, sent := range p.Sentences {
			stems := terms.Stems(sent.Text)
			if slices.ContainsFunc(stems, func(s string) bool { return slices.Contains(things, s) }) &&
				slices.ContainsFunc(terms.Words(sent.Text), func(w string) bool { return outcomeStems()[terms.Stem(w)] || fallingShort[w] }) {
				return true
			}
		}
	}
	return false
}

// fallingShort are the words of grammar that tell a thing fell short:
// "never", "not", "unable" ("unable to reach the summit").
var fallingShort = words("never", "not", "unable", "cannot", "nothing", "neither", "nor")

// outcomeStems returns the stems of the words that tell how an effort
// ended, of English generally: attaining it or falling short of it.
var outcomeStems = sync.OnceValue(func() map[string]bool {
	return words(terms.Stems("fail failed failure succeed succeeded success achieve achieved attain attained " +
		"accomplish accomplished manage managed defeat defeated thwart thwarted block blocked frustrate frustrated " +
		"obstruct obstructed prevent prevented stop stopped collapse collapsed abandon abandoned result results outcome")...)
})

// unframed returns the question searched without the stems that cast
// what it asks (see askerFrame), for the evidence that the corpus
// addresses it: the words standing in for "fail" found a passage on
// another failure, not the one on the thing whose fate is asked. It is
// s.Q itself when there are none, or when they are all its stems.
func (s *Search) unframed() *Query {
	frame := s.r.askerFrame(s.Q, nil)
	if len(frame) == 0 || !slices.ContainsFunc(s.Q.Stems, func(t string) bool { return !frame[t] }) {
		return s.Q
	}
	cp := *s.Q
	cp.unsearched = slices.Clone(cp.unsearched)
	cp.StandIns = maps.Clone(cp.StandIns)
	for t := range frame {
		cp.unsearched = append(cp.unsearched, t)
		delete(cp.StandIns, t)
	}
	return &cp
}

// framesHeld reports whether the evidence read from passages leaves out
// every stem unframed left out of the search: the passages it found tell
// what the question's words of outcome ask (see askerFrame).
func (s *Search) framesHeld(passages []*essay.Passage) bool {
	held := s.r.askerFrame(s.Q, passages)
	for t := range s.r.askerFrame(s.Q, nil) {
		if !held[t] {
			return false
		}
	}
	return true
}

// framedHead reports whether head, the stem of the noun a question asks
// for (see headStem), is one of frame's (see askerFrame), or stands
// right after one: in "What factor drove X?" the run "factor drove" read
// as one noun, and "drove" is no thing asked for.
func framedHead(q *Query, frame map[string]bool, head string) bool {
	if frame[head] {
		return true
	}
	for i := 1; i < len(q.Words); i++ {
		if terms.Stem(q.Words[i]) == head && frame[terms.Stem(q.Words[i-1])] {
			return true
		}
	}
	return false
}
