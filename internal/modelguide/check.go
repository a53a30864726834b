package modelguide

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"studyguide/internal/citation"
	"studyguide/internal/essay"
	"studyguide/internal/guide"
	"studyguide/internal/lazyregexp"
	"studyguide/internal/render"
)

// Limits on what the model writes.
const (
	// An evidence quote of the model's is minQuoteWords to maxQuoteWords
	// words; the guide shows the whole sentences that hold it.
	minQuoteWords = 3
	maxQuoteWords = 80
	// maxPromptRunes bounds a prompt's length.
	maxPromptRunes = 1200
	// maxShown bounds how much of a model's text a notice repeats.
	maxShown = 40
)

// linkRe finds what would turn a prompt into a link, or into an image
// that the HTML handout would load from the network: Markdown's "](" (a
// space between, as in "[¶57] (see ...)", makes no link), a URL, an
// address.
var linkRe = lazyregexp.New(`(?i)\]\(|://|\bwww\.|\bmailto:`)

// checker checks the items of one question's reply.
type checker struct {
	c *essay.Corpus
	// given is what the model was shown: the only passages it may cite,
	// with the asker, which prompts may cite but evidence may not.
	given map[essay.Ref]bool
	asker essay.Ref
	note  func(format string, args ...any)
}

func newChecker(c *essay.Corpus, given []*essay.Passage, asker essay.Ref, note func(string, ...any)) *checker {
	k := &checker{c: c, given: map[essay.Ref]bool{}, asker: asker, note: note}
	for _, p := range given {
		k.given[p.Ref] = true
	}
	return k
}

// passage finds the passage a ref of the model's names, or says why it
// may not be cited.
//
//   - asker: whether the ref may name the passage that asks the question,
//     as a prompt's may; evidence may not, for it would quote the question.
func (k *checker) passage(raw string, asker bool) (*essay.Passage, string) {
	ref, err := essay.ParseRef(raw)
	if err != nil {
		return nil, "not a passage ref"
	}
	return k.resolve(ref, asker)
}

func (k *checker) resolve(ref essay.Ref, asker bool) (*essay.Passage, string) {
	p, ok := k.c.Passage(ref)
	switch {
	case !ok:
		return nil, "not in the corpus"
	case p.Ref == k.asker && !asker:
		return nil, "the passage that asks the question, not evidence on it"
	case p.Ref != k.asker && !k.given[p.Ref]:
		return nil, "not among the passages the model was given"
	}
	return p, ""
}

// evidence checks the model's evidence. A quote that fails is replaced by
// the offline guide's quote from the same passage, if it has one, or
// dropped; too little evidence left is made up from the offline guide's.
func (k *checker) evidence(items []quoteItem, offline []guide.Quote) []guide.Quote {
	var out []guide.Quote
	have := map[essay.Ref]bool{}
	keep := func(q guide.Quote) {
		out = append(out, q)
		have[q.Ref] = true
	}
	for i, it := range items {
		if len(out) == guide.MaxEvidence {
			k.note("dropped %d more evidence items: a question shows at most %d", len(items)-i, guide.MaxEvidence)
			break
		}
		p, why := k.passage(it.Ref, false)
		if p == nil {
			k.note("dropped the evidence from %s: %s", refName(it.Ref), why)
			continue
		}
		if have[p.Ref] {
			k.note("dropped a second quote from %s: one quote a passage", p.Ref)
			continue
		}
		q, why := evidenceQuote(k.c, p, it.Quote)
		if why == "" {
			keep(q)
			continue
		}
		if off, ok := quoteFrom(offline, p.Ref); ok {
			keep(off)
			k.note("repaired the evidence from %s: %s; it quotes the offline guide's words instead", p.Ref, why)
			continue
		}
		k.note("dropped the evidence from %s: %s", p.Ref, why)
	}
	if len(out) >= guide.MinEvidence {
		return out
	}
	// None of the model's evidence left: the offline guide's, whole.
	// Some: made up to guide.MinEvidence.
	whole := len(out) == 0
	var added []string
	for _, off := range offline {
		// The offline guide's evidence whole may quote a passage twice.
		if !whole && (have[off.Ref] || len(out) >= guide.MinEvidence) {
			continue
		}
		keep(off)
		added = append(added, off.Ref.String())
	}
	if len(added) > 0 {
		k.note("added the offline guide's evidence from %s: fewer than %d of the model's passages checked out", strings.Join(added, ", "), guide.MinEvidence)
	}
	return out
}

func quoteFrom(qs []guide.Quote, ref essay.Ref) (guide.Quote, bool) {
	for _, q := range qs {
		if q.Ref == ref {
			return q, true
		}
	}
	return guide.Quote{}, false
}

// evidenceQuote checks a quote of the model's against its passage and
// returns the whole sentences of the passage that hold it, as the offline
// guide quotes evidence (guide.Around), or says why it fails.
func evidenceQuote(c *essay.Corpus, p *essay.Passage, raw string) (guide.Quote, string) {
	q := unquote(strings.TrimSpace(render.OneLine(raw)))
	words := len(strings.Fields(q))
	switch {
	case q == "":
		return guide.Quote{}, "it quotes nothing"
	case hasEllipsis(q):
		return guide.Quote{}, "the quote leaves words out"
	case words < minQuoteWords:
		return guide.Quote{}, fmt.Sprintf("the quote is shorter than %d words", minQuoteWords)
	case words > maxQuoteWords:
		return guide.Quote{}, fmt.Sprintf("the quote is longer than %d words", maxQuoteWords)
	}
	found, why := verbatimIn(p, q)
	if why != "" {
		return guide.Quote{}, why
	}
	at := strings.Index(p.Text(), found)
	whole, ok := guide.Around(c, p, at, at+len(found))
	if !ok {
		return guide.Quote{}, "the quote runs across more sentences than a quote may hold"
	}
	for _, s := range p.Sentences {
		if _, inside := citation.Verbatim(whole.Text, s.Text); inside && s.Question {
			return guide.Quote{}, "the quote is a question the essay asks, not evidence"
		}
	}
	return whole, ""
}

// unquote takes off the quotation marks (quoteMarks) a model may put
// around a quote, but not a mark the text's own words end on ("the effect
// of the "cult"").
func unquote(q string) string {
	first, fs := utf8.DecodeRuneInString(q)
	last, ls := utf8.DecodeLastRuneInString(q)
	if len(q) < fs+ls || !strings.ContainsRune(quoteMarks, first) || !strings.ContainsRune(quoteMarks, last) {
		return q
	}
	inner := q[fs : len(q)-ls]
	if strings.Count(inner, `"`)%2 != 0 {
		return q
	}
	return strings.TrimSpace(inner)
}

// verbatimIn finds q in p, as the passage's own words within one block.
func verbatimIn(p *essay.Passage, q string) (string, string) {
	found, ok := citation.Verbatim(p.Text(), q)
	switch {
	case !ok:
		return "", fmt.Sprintf("the quote is not verbatim in %s", p.Ref)
	case strings.Contains(found, "\n"):
		return "", fmt.Sprintf("the quote runs across two blocks of %s", p.Ref)
	}
	return found, ""
}

// quoteMarks are the marks a model may put around an evidence quote.
const quoteMarks = "\"'`“”‘’„‚«»‹›"

func hasEllipsis(s string) bool {
	return strings.Contains(s, "...") || strings.Contains(s, "…")
}

// prompts checks the model's prompts of one kind ("discussion"), each at
// one of levels. A prompt that fails is replaced by the offline guide's at
// its level, if there is one, or dropped; a level the model left out, or
// whose prompt was dropped, is filled from the offline guide. The result
// is in the order of levels.
func (k *checker) prompts(kind string, levels []string, items []promptItem, offline []guide.Prompt) []guide.Prompt {
	got := map[string]guide.Prompt{}
	for _, it := range items {
		level := strings.ToLower(strings.TrimSpace(it.Level))
		if !slices.Contains(levels, level) {
			k.note("dropped a %s prompt: its level %s is not one of %s", kind, shown(it.Level), strings.Join(levels, ", "))
			continue
		}
		if _, dup := got[level]; dup {
			k.note("dropped a second %s prompt: one prompt a level", level)
			continue
		}
		p, why := k.prompt(level, it)
		if why == "" {
			got[level] = p
			continue
		}
		if off, ok := promptAt(offline, level); ok {
			got[level] = off
			k.note("repaired the %s prompt: %s; it is the offline guide's instead", level, why)
			continue
		}
		k.note("dropped the %s prompt: %s", level, why)
	}
	var out []guide.Prompt
	for _, level := range levels {
		if p, ok := got[level]; ok {
			out = append(out, p)
		} else if off, ok := promptAt(offline, level); ok {
			out = append(out, off)
		}
	}
	return out
}

func promptAt(ps []guide.Prompt, level string) (guide.Prompt, bool) {
	for _, p := range ps {
		if p.Level == level {
			return p, true
		}
	}
	return guide.Prompt{}, false
}

// prompt checks one prompt: its refs and the markers in its text must
// name passages the model was given, and each quotation must stand
// verbatim in one of them. The prompt it returns quotes the passages' own
// words in curly quotes.
func (k *checker) prompt(level string, it promptItem) (guide.Prompt, string) {
	text := render.OneLine(it.Prompt)
	switch {
	case text == "":
		return guide.Prompt{}, "it is empty"
	case utf8.RuneCountInString(text) > maxPromptRunes:
		return guide.Prompt{}, fmt.Sprintf("it is longer than %d characters", maxPromptRunes)
	case linkRe.MatchString(text):
		return guide.Prompt{}, "it holds a link"
	}
	var refs []essay.Ref
	var cited []*essay.Passage
	cite := func(p *essay.Passage) {
		if !slices.Contains(refs, p.Ref) {
			refs = append(refs, p.Ref)
			cited = append(cited, p)
		}
	}
	for _, raw := range it.Refs {
		p, why := k.passage(raw, true)
		if p == nil {
			return guide.Prompt{}, fmt.Sprintf("it cites %s, %s", refName(raw), why)
		}
		cite(p)
	}
	for _, m := range citation.Parse(text) {
		for _, ref := range m.Refs {
			p, why := k.resolve(ref, true)
			if p == nil {
				return guide.Prompt{}, fmt.Sprintf("it cites %s, %s", ref, why)
			}
			cite(p)
		}
	}
	if len(refs) == 0 {
		return guide.Prompt{}, "it cites no passage"
	}
	text, quotes, why := checkQuotes(text, cited)
	if why != "" {
		return guide.Prompt{}, why
	}
	return guide.Prompt{Level: level, Text: text, Refs: refs, Quotes: quotes}, ""
}

// refName names a ref of the model's in a notice: as the guide writes
// refs, or else as the model wrote it.
func refName(raw string) string {
	if ref, err := essay.ParseRef(raw); err == nil {
		return ref.String()
	}
	return shown(raw)
}

// shown is a model's text as a notice may repeat it: cleaned, short and
// quoted.
func shown(s string) string {
	s = render.OneLine(s)
	if utf8.RuneCountInString(s) > maxShown {
		s = string([]rune(s)[:maxShown]) + "..."
	}
	return fmt.Sprintf("%q", s)
}
