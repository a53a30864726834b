package answer

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"studyguide/internal/generate"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
)

// Rewriter turns a follow-up ("Who stopped him?") into a question that can
// be searched on its own. Offline, Carry adds the earlier question's key
// terms; in LLM mode a model rewrites the follow-up as a standalone
// question.
type Rewriter interface {
	// Rewrite returns the question to search for. It returns question
	// unchanged when it stands on its own or history is empty.
	//
	//   - history: the conversation so far, oldest first, already bounded.
	//   - question: the user's question, cleaned of control characters.
	Rewrite(ctx context.Context, history []generate.Turn, question string) (string, error)
}

// Carry resolves follow-ups offline: when a question leans on the one
// before it (a pronoun, "And the others?", "Why?"), it appends the earlier
// question's terms that the corpus knows, so that retrieval finds the same
// topic.
type Carry struct {
	// Known reports whether the corpus holds a stem, as the search index's
	// BM25.Has does.
	Known func(stem string) bool
}

var _ Rewriter = Carry{}

// RewriterFunc lets a plain function serve as a Rewriter.
type RewriterFunc func(ctx context.Context, history []generate.Turn, question string) (string, error)

var _ Rewriter = RewriterFunc(nil)

// Rewrite calls f.
func (f RewriterFunc) Rewrite(ctx context.Context, history []generate.Turn, question string) (string, error) {
	return f(ctx, history, question)
}

// Limits of Carry.
const (
	// maxCarried bounds the terms carried into a follow-up, so that a
	// chain of follow-ups does not grow without end.
	maxCarried = 6
	// standaloneTerms is how many known content terms make a question
	// stand on its own even when it holds a pronoun.
	standaloneTerms = 3
	// maxHops bounds how far back a chain of follow-ups is resolved.
	maxHops = 4
)

// pronouns point back at something said before.
var pronouns = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true,
	"it": true, "its": true, "they": true, "them": true, "their": true,
	"this": true, "that": true, "these": true, "those": true, "there": true,
}

// boundPronouns may point at a person the question itself names before
// them ("What does the author admit he cannot prove?", "Did Jivago think
// he could win?"). An object pronoun seldom does ("What did Jivago say
// of him?" asks of someone else), nor does "it" or "this".
var boundPronouns = map[string]bool{"he": true, "his": true, "she": true, "hers": true, "they": true, "their": true}

// personNouns name a person by role, as a pronoun after them may point at.
var personNouns = map[string]bool{"author": true, "writer": true, "historian": true, "scholar": true, "researcher": true, "professor": true}

// connectors open a question that continues the last one.
var connectors = map[string]bool{"and": true, "but": true, "so": true, "then": true, "also": true}

// Rewrite returns question with the earlier question's key terms appended
// in parentheses when it is a follow-up, and question itself otherwise.
func (c Carry) Rewrite(ctx context.Context, history []generate.Turn, question string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return c.rewrite(history, question, maxHops), nil
}

func (c Carry) rewrite(history []generate.Turn, question string, hops int) string {
	if len(history) == 0 || hops == 0 || c.Known == nil || !c.isFollowUp(question) {
		return question
	}
	last := history[len(history)-1]
	// A follow-up with no words of its own ("Why?", "And then?") asks
	// about what the last answer quoted, not about its question: carrying
	// the question's terms would only find the same answer again.
	if bareFollowUp(question) {
		if carried := c.keyTerms(quotedIn(last.Answer), question); len(carried) > 0 {
			return question + " (" + strings.Join(carried, ", ") + ")"
		}
	}
	// A bare follow-up ("Why?") was about the quoted words, and names
	// nothing a later "him" could point at: look past it to the question
	// that named the topic.
	for len(history) > 1 && bareFollowUp(history[len(history)-1].Question) {
		history = history[:len(history)-1]
	}
	// The question before may itself have been a follow-up: resolve it
	// first, so that "Why?" after "Who stopped him?" still finds the
	// person the first question named.
	prev := c.rewrite(history[:len(history)-1], history[len(history)-1].Question, hops-1)
	carried := c.keyTerms(prev, question)
	if len(carried) == 0 {
		return question
	}
	return question + " (" + strings.Join(carried, ", ") + ")"
}

// isFollowUp reports whether a question leans on the one before: it points
// back with a pronoun and has few terms of its own ("Who stopped him?"),
// it has no terms of its own ("Why?"), or it opens as a continuation and
// every content word it has is one the corpus knows ("And the others?").
// A question with words the corpus lacks ("And the World Cup?") is left
// alone, so that the essay's silence on it is not covered up by the
// earlier topic.
func (c Carry) isFollowUp(question string) bool {
	words := terms.Words(question)
	known, unknown := 0, 0
	pointsBack := pointsBack(question)
	for _, w := range words {
		if terms.IsStopword(w) {
			continue
		}
		if c.Known(terms.Stem(w)) {
			known++
		} else {
			unknown++
		}
	}
	bare := known+unknown == 0 || continuesLast(words)
	switch {
	case pointsBack:
		return known < standaloneTerms && unknown <= 1
	case bare:
		return unknown == 0 && known < standaloneTerms
	}
	return false
}

// pointsBack reports whether a question holds a pronoun pointing outside
// it: one of pronouns with no person named before it in the question, by
// a name (a capitalized word after the first) or by role (personNouns),
// that it may point at.
func pointsBack(question string) bool {
	named := false
	for i, w := range wordRe.FindAllString(question, -1) {
		lw := strings.ToLower(w)
		if pronouns[lw] && !(named && boundPronouns[lw]) {
			return true
		}
		r := []rune(w)
		named = named || i > 0 && unicode.IsUpper(r[0]) || personNouns[strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")]
	}
	return false
}

// bareFollowUp reports whether a question has no words of its own to
// search for: "Why?", "Why not?", "How?", "And then?".
func bareFollowUp(question string) bool {
	words := terms.Words(question)
	return len(words) > 0 && len(terms.Stems(question)) == 0
}

// quoteRe matches a quotation an answer makes, between curly quotes.
var quoteRe = lazyregexp.New(`“([^”]*)”`)

// quotedIn returns the quotations of an answer, one to a line, or "" when
// it quotes nothing.
func quotedIn(answer string) string {
	var b strings.Builder
	for _, m := range quoteRe.FindAllStringSubmatch(answer, -1) {
		b.WriteString(m[1])
		b.WriteString("\n")
	}
	return b.String()
}

// continuesLast reports whether a question opens as a continuation of the
// last one: "And ...", "What about ...".
func continuesLast(words []string) bool {
	if len(words) == 0 {
		return false
	}
	if connectors[words[0]] {
		return true
	}
	return len(words) > 1 && (words[0] == "what" || words[0] == "how") && words[1] == "about"
}

// wordRe matches a word as written, keeping hyphens and apostrophes inside
// it ("all-powerful", "author's").
var wordRe = lazyregexp.New(`[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*`)

// keyTerms returns prev's words, as written, that hold a content stem the
// corpus knows and question lacks, at most maxCarried of them.
func (c Carry) keyTerms(prev, question string) []string {
	have := map[string]bool{}
	for _, s := range terms.Stems(question) {
		have[s] = true
	}
	var out []string
	for _, w := range wordRe.FindAllString(prev, -1) {
		if len(out) == maxCarried {
			break
		}
		add := false
		for _, s := range terms.Stems(w) {
			if !have[s] && c.Known(s) {
				add = true
			}
			have[s] = true
		}
		if add {
			out = append(out, w)
		}
	}
	return out
}

// resolve returns the question to search for: question itself, or the
// follow-up as the Rewriter restates it. If the Rewriter fails, the
// Fallback resolves it, or else it is searched as asked; warning says
// which.
func (s *Service) resolve(ctx context.Context, history []generate.Turn, question string) (searched string, warning error) {
	if s.Rewriter == nil || len(history) == 0 {
		return question, nil
	}
	r, err := s.Rewriter.Rewrite(ctx, history, question)
	if err != nil && ctx.Err() == nil {
		if s.Fallback == nil {
			return question, fmt.Errorf("could not resolve the follow-up (%w); searching the question as asked", err)
		}
		warning = fmt.Errorf("could not restate the follow-up (%w); carrying the earlier question's terms instead", err)
		r, err = s.Fallback.Rewrite(ctx, history, question)
	}
	if err != nil {
		return question, warning
	}
	if r = strings.Join(strings.Fields(r), " "); r == "" || len(r) > MaxQuestionBytes {
		return question, warning
	}
	return r, warning
}
