package retrieve

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// A reader who half remembers a text checks what he remembers with the
// wrong person in it: "was it Jivago who wrote the letter?" where the
// text has Lara write it. The person he names is not in the passage, or
// not in the text, so the question was declined, though the text
// answers it: someone else did it. readWrongName answers it from that
// passage, and the answer says whom the text names instead.

// Misnamed is a person a question names whom the passage that answers
// it does not, and the names it gives instead.
type Misnamed struct {
	Asked string
	Named []string
}

// checkTags are the phrases that make a question check what the asker
// remembers of someone.
var checkTags = []string{"was it", "it was", "wasn't it", "wasn't he", "didn't he", "didn't she", "isn't it", "is it true"}

// checkOpeners are the first words of a question asking yes or no.
var checkOpeners = map[string]bool{"was": true, "were": true, "did": true, "is": true, "are": true, "does": true, "do": true, "had": true, "has": true, "have": true, "could": true, "would": true, "can": true}

// asksCheck reports whether q checks a thing the asker remembers: it
// carries a tag asking whether it was so ("was it ... who", "..., wasn't
// it?"), or states it with a question mark, opening with no verb and
// asking no "what" or "who". A question opening "Did X ..." or "Was X
// ..." asks of X, whom the text may never name: it is no memory of the
// text checked.
func asksCheck(q *Query) bool {
	lower := " " + strings.ToLower(q.Text) + " "
	for _, t := range checkTags {
		if strings.Contains(lower, " "+t+" ") || strings.Contains(lower, " "+t+"?") || strings.Contains(lower, " "+t+",") {
			return true
		}
	}
	if len(q.Words) == 0 || checkOpeners[q.Words[0]] {
		return false
	}
	if !strings.HasSuffix(strings.TrimSpace(q.Text), "?") {
		return false
	}
	return !slices.ContainsFunc(q.Words, func(w string) bool {
		return strings.HasPrefix(w, "wh") || w == "how"
	})
}

// readWrongName returns s, or, when s is declined and checks something
// of a person it names inside its sentence (see asksCheck), the search
// for the question without that name, if that one is answered from a
// passage that does not name him but holds every other name the
// question gives, with the person noted as misnamed and the names that
// passage's best sentence gives instead.
func (r *Retriever) readWrongName(ctx context.Context, s *Search) (*Search, error) {
	p := r.params()
	if !s.Abstains(p) || !asksCheck(s.Q) {
		return s, nil
	}
	lower := strings.ToLower(s.Q.Text)
	toks := typedWords(lower)
	for i, t := range toks {
		typed := s.Q.Text[t.start : t.start+len(t.word)]
		if i == 0 || !typedCapital(typed, 0) || strings.ToUpper(typed) == typed {
			// A word in capitals is an acronym ("NKVD"), no person.
			continue
		}
		stem := terms.Stem(t.word)
		inText := r.Index.BM25.Has(stem)
		if inText && !r.named(stem) || !inText && commonWord(t.word) {
			continue
		}
		text := s.Q.Text[:t.start] + s.Q.Text[t.start+len(t.word):]
		alt, err := r.prepare(ctx, text)
		if err != nil {
			return nil, err
		}
		if alt.Abstains(p) {
			continue
		}
		order := alt.lexicalRanking(p).order
		if len(order) == 0 {
			continue
		}
		top := r.Corpus.Passages[order[0]]
		held := terms.Stems(top.Text())
		if slices.Contains(held, stem) {
			continue
		}
		if !r.holdsAllElse(alt.Q, held) {
			continue
		}
		named := r.namesInstead(top, alt.Q)
		if len(named) == 0 {
			continue
		}
		alt.Q.Asked = s.Q.Asked
		alt.Q.Respelled = slices.Clone(s.Q.Respelled)
		alt.Q.Misnamed = append(alt.Q.Misnamed, Misnamed{Asked: typed, Named: named})
		return alt, nil
	}
	return s, nil
}

// minCheckedStems is the fewest stems the text holds that a question
// checked without its person must keep: with fewer, any passage
// sharing a word would answer for the person.
const minCheckedStems = 2

// holdsAllElse reports whether held, the stems of a passage, holds every
// stem of q the text holds, as written or through a related stem ("die"
// through "death"), and at least minCheckedStems of them: what the
// asker remembers is all there but the person.
func (r *Retriever) holdsAllElse(q *Query, held []string) bool {
	n := 0
	for _, st := range q.Stems {
		if !r.Index.BM25.Has(st) {
			continue
		}
		if !slices.Contains(held, st) && !slices.ContainsFunc(q.Related[st], func(k string) bool { return slices.Contains(held, k) }) {
			return false
		}
		n++
	}
	return n >= minCheckedStems
}

// namesInstead returns the names of the sentence of top holding most
// of q's stems that q does not give: capitalized words the text writes
// as names, not in capitals alone (a country's letters) nor beside a
// name q gives (a first name).
func (r *Retriever) namesInstead(top *essay.Passage, q *Query) []string {
	best, most := "", -1
	for _, s := range top.Sentences {
		sn := s.Text
		n := 0
		for _, st := range terms.Stems(sn) {
			if slices.Contains(q.Stems, st) {
				n++
			}
		}
		if n > most {
			best, most = sn, n
		}
	}
	// A name in brackets cites a source; "Jivago's" owns a thing and
	// does nothing.
	best = bracketed.ReplaceAllString(best, " ")
	words := strings.FieldsFunc(best, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '’' })
	var out []string
	run := ""
	flush := func() {
		if run != "" && !slices.Contains(out, run) {
			out = append(out, run)
		}
		run = ""
	}
	for i, w := range words {
		st := terms.Stem(strings.ToLower(w))
		given := slices.Contains(q.Stems, st)
		possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
		if w == "" || possessive || !unicode.IsUpper([]rune(w)[0]) || strings.ToUpper(w) == w || !r.named(st) || given {
			flush()
			continue
		}
		if i+1 < len(words) && slices.Contains(q.Stems, terms.Stem(strings.ToLower(words[i+1]))) {
			// A first name of a person the question gives.
			flush()
			continue
		}
		if run != "" {
			run += " "
		}
		run += w
	}
	flush()
	return out
}

// bracketed matches a passage's words in brackets.
var bracketed = lazyregexp.New(`\([^)]*\)`)
