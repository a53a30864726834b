package generate

import (
	"slices"
	"strings"

	"studyguide/internal/retrieve"
	"studyguide/internal/terms"
)

// Asked to judge a person ("Was Jivago a good man?", "was jivago evil"),
// the text answers with what its author says of him: a sentence of which
// he is the subject ("Jivago seems to be one of the few to have seen
// it", "He was stymied by ..."), or one judging him in the question's
// own word ("some declare that Jivago was a saint"). A sentence that
// names him inside a claim about something else ("it does not indicate
// that Jivago did not support it") shares his name and judges nothing
// of him.

// judgedPersons returns the stems of the people a question asks to be
// judged, "Was|Is <name> (a|an) <judging word> ...?", and the judging
// word. It returns nil for any other question.
//
//   - written: the stems the passages write only as names (see
//     writtenNames).
func judgedPersons(q *retrieve.Query, written map[string]bool) ([]string, string) {
	ws := q.Words
	if len(q.Parts) != 1 || len(ws) < 3 || ws[0] != "was" && ws[0] != "is" {
		return nil, ""
	}
	persons := namesIn(q.Text, written)
	if len(persons) == 0 || !slices.Contains(persons, terms.Stem(ws[1])) {
		return nil, ""
	}
	rest := ws[2:]
	if rest[0] == "a" || rest[0] == "an" || rest[0] == "really" || rest[0] == "actually" {
		rest = rest[1:]
	}
	if len(rest) == 0 || !judging[rest[0]] {
		return nil, ""
	}
	return persons, rest[0]
}

// judging words judge a person as a whole.
var judging = map[string]bool{"good": true, "bad": true, "evil": true, "nice": true, "decent": true, "great": true,
	"terrible": true, "wicked": true, "cruel": true, "kind": true, "hero": true, "villain": true, "monster": true,
	"saint": true, "tyrant": true, "moral": true, "immoral": true, "honest": true, "dishonest": true}

// subjectReach is how many words into a sentence its subject stands:
// "In fact, Jivago was never ...".
const subjectReach = 4

// ofPerson reports whether one of persons is the subject of sentence s:
// named among its first words, or standing behind the pronoun opening
// it (see referent).
func ofPerson(s sentence, persons []string) bool {
	if slices.ContainsFunc(s.refers, func(st string) bool { return slices.Contains(persons, st) }) {
		return true
	}
	fields := strings.Fields(s.text)
	for _, f := range fields[:min(len(fields), subjectReach)] {
		if slices.ContainsFunc(terms.Stems(strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")), func(st string) bool { return slices.Contains(persons, st) }) {
			return true
		}
	}
	return false
}

// aboutJudged returns sents without the sentences of which no person the
// question asks to be judged is the subject (see judgedPersons) and that
// do not hold its judging word itself, or sents as they are for any
// other question. The word is matched whole: "consumer-goods" holds the
// stem of "good" and judges no one.
func aboutJudged(sents []sentence, q *retrieve.Query, hits []retrieve.Hit) []sentence {
	persons, word := judgedPersons(q, writtenNames(hits))
	if persons == nil {
		return sents
	}
	return slices.DeleteFunc(sents, func(s sentence) bool {
		return !ofPerson(s, persons) && !slices.ContainsFunc(terms.Words(s.text), func(w string) bool { return w == word || judgedBy[word][w] })
	})
}

// judgedBy holds, for a judging word, the words in which a text judges a
// person so without it: asked whether someone was honest, "documenting
// his lies" answers, though he is not its subject.
var judgedBy = map[string]map[string]bool{
	"honest":    truthWords,
	"dishonest": truthWords,
}

// truthWords say that someone told the truth or lied.
var truthWords = map[string]bool{"lie": true, "lies": true, "lied": true, "liar": true, "liars": true, "lying": true,
	"truth": true, "truthful": true, "untruthful": true, "falsehood": true, "falsehoods": true, "falsely": true,
	"deceived": true, "deceit": true, "deception": true, "honesty": true, "dishonesty": true}
