package retrieve

import (
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/terms"
	"studyguide/internal/thesaurus"
)

// whatIsRe reads a question asking only what a term is ("what is a
// plenum?", "What was the X?", "whats the X thing"), the term in its
// group.
var whatIsRe = lazyregexp.New(`^(?:so\s+|and\s+)?(?:what|wat|wht)(?:\s+is|\s+was|\s+are|\s+were|'s|’s|s)\s+(?:the\s+|a\s+|an\s+)?([^?,;:]+?)(?:\s+thing)?\s*\?*$`)

// meanRe reads a question asking what a term means ("what does X
// mean?", "what does the term X mean").
var meanRe = lazyregexp.New(`^(?:what|wat)\s+(?:does|did|do)\s+(?:the\s+(?:term|word|phrase)\s+)?(?:the\s+|a\s+|an\s+)?([^?,;:]+?)\s+mean\s*\?*$`)

// maxDefinedWords bounds the words of a term asked what it is: a longer
// run is a question, not a term.
const maxDefinedWords = 5

// maxMentions is the most sentences a term may stand in for the text to
// mention it only in passing: a term it uses more often is one it
// discusses, which a reader learns from the whole.
const maxMentions = 2

// definedTerm returns the words of the term q asks only what it is, or
// nil.
func definedTerm(q *Query) []string {
	text := strings.ToLower(strings.TrimSpace(q.Text))
	m := whatIsRe.FindStringSubmatch(text)
	if m == nil {
		m = meanRe.FindStringSubmatch(text)
	}
	if m == nil {
		return nil
	}
	words := wordSpans(m[1])
	if len(words) == 0 || len(words) > maxDefinedWords {
		return nil
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = m[1][w[0]:w[1]]
	}
	return out
}

// unexplained reports whether q asks only what a term is ("What is a
// plenum?") that the text mentions in passing and never explains: it
// names the term in at most maxMentions sentences, none of which says
// what it is (see explains). The text mentions the term, but a sentence
// merely holding it ("at the time of the July Plenum") does not answer
// what it is. A term the text never names as asked is left to the rest
// of the test.
func (r *Retriever) unexplained(q *Query) bool {
	_, ok := r.passingMention(q)
	return ok
}

// Mention is where a text names a term it does not explain: the term as
// the text writes it, and the first sentence naming it.
type Mention struct {
	Term     string
	Passage  *essay.Passage
	Sentence string
}

// passingMention returns where the text first names the term q asks
// only what it is, when it mentions it in passing and never explains it
// (see unexplained).
func (r *Retriever) passingMention(q *Query) (Mention, bool) {
	var first Mention
	term := definedTerm(q)
	if term == nil {
		return first, false
	}
	stems := make([]string, len(term))
	for i, w := range term {
		stems[i] = terms.Stem(w)
	}
	key := ""
	for _, s := range stems {
		if !terms.IsStopword(s) && (key == "" || len(r.Index.BM25.Postings[s]) < len(r.Index.BM25.Postings[key])) {
			key = s
		}
	}
	if key == "" {
		return first, false
	}
	mentions := 0
	seen := map[*essay.Passage]bool{}
	for _, post := range r.Index.BM25.Postings[key] {
		p, ok := r.Corpus.Passage(r.Index.Chunks[post.Doc].Ref)
		if !ok || seen[p] {
			continue
		}
		seen[p] = true
		for _, sn := range p.Sentences {
			at, explained := explains(sn.Text, stems)
			if explained {
				return first, false
			}
			if at == "" {
				continue
			}
			if mentions++; mentions > maxMentions {
				return first, false
			}
			if first.Passage == nil || p.Ref.Less(first.Passage.Ref) {
				first = Mention{Term: at, Passage: p, Sentence: sn.Text}
			}
		}
	}
	return first, mentions > 0
}

// explains returns the term of stems as sentence text writes it, "" when
// it does not name it, and reports whether it says what the term is
// there: it sets the term in quotation
// marks, as a term it stops on; it names it with a word of naming
// ("called", "known as", "the term"); a noun before it says what kind of
// thing it is ("the newspaper X"); an apposition or a parenthesis
// follows it ("X, the ...", "X (...)"); or a verb of being or meaning
// does ("X was ...", "X means ...").
func explains(text string, stems []string) (term string, explained bool) {
	spans := wordSpans(text)
	for i := 0; i+len(stems) <= len(spans); i++ {
		if !stemsAt(text, spans[i:i+len(stems)], stems) {
			continue
		}
		term = text[spans[i][0]:spans[i+len(stems)-1][1]]
		if termIntroduced(text, spans, i) || termFollowed(text, spans, i+len(stems)) {
			return term, true
		}
	}
	return term, false
}

// termIntroduced reports whether what stands before the term opening at
// spans[i], or before the article opening it, says what it is (see
// explains).
func termIntroduced(text string, spans [][2]int, i int) bool {
	word := func(k int) string {
		if k < 0 {
			return ""
		}
		return strings.ToLower(text[spans[k][0]:spans[k][1]])
	}
	for at := i; at >= 0 && at >= i-1; at-- {
		if at < i && !articles[word(at)] {
			break
		}
		before := text[:spans[at][0]]
		if at > 0 {
			before = text[spans[at-1][1]:spans[at][0]]
		}
		prev := word(at - 1)
		if quoted(before) || termNamers[prev] || termCopulas[prev] || prev == "as" && word(at-2) == "known" || strings.TrimSpace(before) == "" && kindNoun(text, spans, at) {
			return true
		}
	}
	return false
}

// termCopulas before a term say what something is by it: "any man more
// right than his neighbors constitutes a majority of one" says what a
// majority of one is.
var termCopulas = words("is", "are", "was", "were", "be", "been", "constitutes", "constitute", "constituted", "becomes", "become", "became")

// articles are the articles that may open a term.
var articles = words("the", "a", "an")

// termFollowed reports whether what follows the term ending before spans[j]
// says what it is: an apposition or a parenthesis, or a verb of being
// or meaning (see explains).
func termFollowed(text string, spans [][2]int, j int) bool {
	if j >= len(spans) {
		return false
	}
	after := text[spans[j-1][1]:spans[j][0]]
	next := strings.ToLower(text[spans[j][0]:spans[j][1]])
	return apposed(after, next) || strings.TrimSpace(strings.Trim(after, `"”’'`)) == "" && definingVerbs[next]
}

// wordSpans returns the spans of the words of text: runs of letters and
// digits.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, c := range text {
		word := unicode.IsLetter(c) || unicode.IsDigit(c)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// stemsAt reports whether the words of text at spans are stems, in order.
func stemsAt(text string, spans [][2]int, stems []string) bool {
	for k, sp := range spans {
		if terms.Stem(strings.ToLower(text[sp[0]:sp[1]])) != stems[k] {
			return false
		}
	}
	return true
}

// quoted reports whether a term stands after an opening quotation
// mark, given what stands between it and the word before.
func quoted(before string) bool {
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, `"`) || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "‘") || strings.HasSuffix(b, "'")
}

// termNamers name what follows them: "the stratum called X", "the
// term X" ("known as X" is read apart: "as" alone names nothing).
var termNamers = words("called", "named", "termed", "dubbed", "term", "word", "phrase", "concept", "notion", "ie")

// definingVerbs say what a term before them is or means.
var definingVerbs = words("is", "was", "are", "were", "means", "meant", "refers", "denotes", "stands")

// apposed reports whether what follows a term, after and its next word,
// sets something beside it that says what it is: a parenthesis, a dash,
// or a comma before an article or a relative pronoun ("X, the secret
// police,", "X, which ...").
func apposed(after, next string) bool {
	a := strings.TrimLeft(after, `"”’' `)
	switch {
	case strings.HasPrefix(a, "("), strings.HasPrefix(a, "--"), strings.HasPrefix(a, "—"), strings.HasPrefix(a, "–"):
		return true
	case strings.HasPrefix(a, ","):
		return appositionOpeners[next]
	}
	return false
}

// appositionOpeners open a phrase set beside a term after a comma.
var appositionOpeners = words("a", "an", "the", "which", "who", "that", "or", "i", "ie")

// kindNoun reports whether the word before the term at spans[i] is a
// noun in lower case, which says what kind of thing it is: "the
// newspaper X".
func kindNoun(text string, spans [][2]int, i int) bool {
	if i == 0 {
		return false
	}
	w := text[spans[i-1][0]:spans[i-1][1]]
	if w != strings.ToLower(w) || terms.IsStopword(w) {
		return false
	}
	nouns, others := thesaurus.Tagged(terms.Stem(w))
	return nouns > others
}
