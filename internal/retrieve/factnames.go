package retrieve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// nameRe finds a question asking a name: "What was the name of X?",
// "What's the author's name?".
var nameRe = lazyregexp.New(`(?i)\bthe name of\b|['’]s name\b`)

// asksName reports whether q asks the name of someone or something, or
// the name it goes by today (see presentNameRe).
func asksName(q *Query) bool {
	return nameRe.MatchString(q.Text) || presentNameRe.MatchString(q.Text)
}

// presentNameRe finds a question asking the name something goes by
// today: "What is the city of X called today?", "What is X's modern
// name?".
var presentNameRe = lazyregexp.New(`(?i)\bcalled (?:today|now|nowadays)\b|\b(?:today|now|nowadays) called\b|\bknown as (?:today|now)\b|\b(?:modern|present|current|present-day) name\b`)

// renamingRe finds a sentence telling what something is called at
// another time: "the country now called Hellas", "later renamed".
var renamingRe = lazyregexp.New(`(?i)\b(?:now|today|nowadays|renamed|present-day|modern-day|formerly|later called|later known)\b`)

// namesOther reports whether a sentence of passage p holds, or holds
// near, a word of what q asks the name of (see dates) and a word
// capitalized after its first that q does not hold: a name it gives. A
// text that tells of "the jailer" and never names him does not answer
// "What was the jailer's name?".
func (r *Retriever) namesOther(q *Query, p *essay.Passage) bool {
	subject := askedOf(q)
	subject = slices.DeleteFunc(slices.Clone(subject), func(s string) bool { return s == "name" })
	// The name of someone's thing ("the name of X's book") is that
	// thing's: a sentence naming X beside others, with no book in it,
	// gives the name of no book. The name of a person is left to the
	// question's subject: a text may name the man it tells of in a note.
	if n := possessed(q.Text); n != "" && !thesaurus.Person(n) {
		subject = []string{n}
	}
	// The name of a person ("the man", "the jailer") is a person's:
	// "Christianity" in the sentence does not give it.
	asked, person := map[string]bool{}, false
	for _, w := range q.Words {
		asked[terms.Stem(w)] = true
		person = person || !terms.IsStopword(w) && thesaurus.Person(w)
	}
	for _, s := range q.Stems {
		asked[s] = true
	}
	// The name a thing goes by today is given only where the text tells
	// of its renaming: a sentence naming a city beside people names
	// no name the city goes by today.
	present := presentNameRe.MatchString(q.Text)
	for _, sn := range p.Sentences {
		held := words(terms.Stems(sn.Text)...)
		if len(subject) > 0 && !slices.ContainsFunc(subject, func(s string) bool { return r.heldNear(q, s, held) }) ||
			present && !renamingRe.MatchString(sn.Text) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			s := terms.Stem(strings.ToLower(w))
			if !asked[s] && !terms.IsStopword(s) && (!person || thesaurus.Person(w) || thesaurus.Senses(s) == 0) {
				return true
			}
		}
	}
	return false
}

// holderRe finds a question asking who held an office over a thing
// ("Who chaired the commission that drafted X?", "Who was the head of
// the secret police?"); its group is the first word of the thing. "Who
// led X?" is left out: a text answers it of a movement or a people in
// many other words than an office's.
var holderRe = lazyregexp.New(`(?i)^\W*who(?:\s+was|\s+is|'s|’s)?\s+(?:the\s+)?(?:chaired|headed|presided\s+over|directed|commanded|head|chair|chairman|director|president|chief|commander)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?([\p{L}-]+)`)

// heldOver returns the stem of the thing q asks who held an office
// over (see holderRe), or "".
func heldOver(q *Query) string {
	m := holderRe.FindStringSubmatch(q.Text)
	if m == nil {
		return ""
	}
	return terms.Stem(strings.ToLower(m[1]))
}

// namesHolder reports whether a sentence of p holds the thing q asks
// who held an office over, a word of office ("head", "Commander") and
// a name q does not give: "the Commander of the Fortress, K." answers
// "Who commanded the Fortress?"; a sentence saying only that someone
// could not control the thing, or naming none, does not.
func (r *Retriever) namesHolder(q *Query, p *essay.Passage) bool {
	over := heldOver(q)
	asked := words(terms.Stems(q.Text)...)
	for _, sn := range p.Sentences {
		stems := terms.Stems(sn.Text)
		held := words(stems...)
		if !r.heldNear(q, over, held) || !slices.ContainsFunc(stems, func(s string) bool { return officeStems[s] }) {
			continue
		}
		for _, w := range givenNames(sn.Text) {
			if s := terms.Stem(strings.ToLower(w)); !asked[s] && !terms.IsStopword(s) && !officeStems[s] && s != over {
				return true
			}
		}
	}
	return false
}

// officeStems are the stems of the words naming an office or holding it.
var officeStems = words(terms.Stems("chaired chair chairman chairmen headed head heads led lead leader leaders ran run directed director commanded commander commanders presided president chief secretary minister")...)

// givenNames returns the words of a sentence capitalized after its first
// word, leaving out those that open a quotation or a clause after a colon
// ("the jailer said, \"Come, boys\""): capitalized as its first word, not
// as a name.
func givenNames(text string) []string {
	var out []string
	prev := '.'
	start := -1
	for i, c := range text + " " {
		if unicode.IsLetter(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := text[start:i]
			first, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(first) && !strings.ContainsRune("\"“‘'(:;.!?[", prev) {
				out = append(out, w)
			}
			start = -1
			prev = 'a'
		}
		if !unicode.IsSpace(c) {
			prev = c
		}
	}
	return out
}
