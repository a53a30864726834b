package citation

import (
	"strings"
	"unicode"

	"studyguide/internal/essay"
	"studyguide/internal/sentence"
	"studyguide/internal/terms"
)

// Citation is one checked citation: a ref that exists and was retrieved,
// with the passage's words that support the claim.
type Citation struct {
	Ref essay.Ref
	// Quote is verbatim from the passage: the words the answer quoted, or
	// else the passage's sentence that best supports the claim.
	Quote string
	// Supported is true when the claim quotes the passage verbatim or
	// shares enough of its words with Quote.
	Supported bool
	// Claim is the answer's sentence that carries the marker.
	Claim string
}

// Invalid is a citation that did not check out.
type Invalid struct {
	// Ref is the ref as the answer gave it, normalized ("¶99").
	Ref    string
	Reason string
}

// Report is the outcome of checking an answer.
type Report struct {
	// Text is the answer with every marker rewritten: valid refs as [¶N],
	// invalid ones flagged so that no reader takes them as valid.
	Text      string
	Citations []Citation
	Invalid   []Invalid
}

// Valid reports whether the answer has at least one valid citation.
func (r Report) Valid() bool { return len(r.Citations) > 0 }

// Support thresholds for a claim that quotes nothing.
const (
	minShared      = 2
	minShareOfWord = 0.34
	minQuoteWords  = 2
)

// Check parses the citation markers in text and checks every ref.
//
//   - text: the answer, with markers such as [¶53] after the claims.
//   - c: the corpus; a ref it lacks is invalid.
//   - retrieved: the refs the answer was written from; a ref outside them
//     is invalid even if the corpus has it, because the writer never saw it.
func Check(text string, c *essay.Corpus, retrieved []essay.Ref) Report {
	allowed := map[essay.Ref]bool{}
	for _, r := range retrieved {
		allowed[r] = true
	}
	markers := Parse(text)
	claims := claimsFor(text, markers)
	rep := Report{}
	seen := map[string]bool{}
	rewrites := make([]string, len(markers))
	for i, m := range markers {
		var parts []string
		for _, ref := range m.Refs {
			p, reason := resolve(ref, c, allowed)
			if p == nil {
				rep.Invalid = appendInvalid(rep.Invalid, Invalid{Ref: ref.String(), Reason: reason})
				parts = append(parts, "["+ref.String()+": invalid citation]")
				continue
			}
			cit, err := support(p, claims[i])
			if err != "" {
				rep.Invalid = appendInvalid(rep.Invalid, Invalid{Ref: p.Ref.String(), Reason: err})
				parts = append(parts, "["+p.Ref.String()+": invalid citation]")
				continue
			}
			parts = append(parts, p.Ref.Marker())
			if key := cit.Ref.String() + "\x00" + cit.Quote; !seen[key] {
				seen[key] = true
				rep.Citations = append(rep.Citations, cit)
			}
		}
		rewrites[i] = strings.Join(parts, " ")
	}
	rep.Text = rewrite(text, markers, rewrites)
	return rep
}

func appendInvalid(list []Invalid, inv Invalid) []Invalid {
	for _, x := range list {
		if x == inv {
			return list
		}
	}
	return append(list, inv)
}

// resolve finds the passage a ref names, or says why it is invalid.
func resolve(ref essay.Ref, c *essay.Corpus, allowed map[essay.Ref]bool) (*essay.Passage, string) {
	p, ok := c.Passage(ref)
	if !ok {
		return nil, "not in the corpus"
	}
	if !allowed[p.Ref] {
		return nil, "not among the passages the answer was written from"
	}
	return p, ""
}

// claimsFor returns, for each marker, the sentence of text it belongs to,
// without markers. A marker that opens a sentence ("... leaders.” [¶53]")
// belongs to the sentence before it.
func claimsFor(text string, markers []Marker) []string {
	spans := sentence.Split(text)
	claims := make([]string, len(markers))
	for i, m := range markers {
		s := spanOf(spans, m.Start)
		if s > 0 && onlyMarkersBefore(text, spans[s].Start, m.Start, markers) {
			s--
		}
		if s >= 0 {
			claims[i] = stripMarkers(text[spans[s].Start:spans[s].End])
		}
	}
	return claims
}

func spanOf(spans []sentence.Span, pos int) int {
	found := -1
	for i, s := range spans {
		if s.Start <= pos {
			found = i
		}
	}
	return found
}

func onlyMarkersBefore(text string, from, to int, markers []Marker) bool {
	rest := text[from:to]
	for _, m := range markers {
		if m.Start >= from && m.End <= to {
			rest = strings.Replace(rest, m.Raw, "", 1)
		}
	}
	return strings.TrimSpace(rest) == ""
}

func stripMarkers(s string) string {
	for _, m := range Parse(s) {
		s = strings.Replace(s, m.Raw, "", 1)
	}
	return strings.Join(strings.Fields(s), " ")
}

// support checks a claim against a passage. A quotation in the claim must
// stand verbatim in the passage; the citation's quote is then that text.
// Otherwise the quote is the passage's sentence that shares most words with
// the claim. It returns a reason when the claim misquotes the passage.
func support(p *essay.Passage, claim string) (Citation, string) {
	cit := Citation{Ref: p.Ref, Claim: claim}
	quotes := quotations(claim)
	for _, q := range quotes {
		if found, ok := Verbatim(p.Text(), q); ok {
			cit.Quote, cit.Supported = found, true
			return cit, ""
		}
	}
	if len(quotes) > 0 {
		return cit, "the quoted words are not in " + p.Ref.String()
	}
	cit.Quote, cit.Supported = bestSentence(p, claim)
	return cit, ""
}

// quotations returns the quoted passages of a claim that are long enough to
// check: text in curly quotes, or else in straight double quotes.
func quotations(claim string) []string {
	out := curlyQuotes(claim)
	if len(out) == 0 {
		parts := strings.Split(claim, "\"")
		for i := 1; i < len(parts); i += 2 {
			out = append(out, parts[i])
		}
	}
	var long []string
	for _, q := range out {
		for _, piece := range splitEllipsis(q) {
			if len(terms.Words(piece)) >= minQuoteWords {
				long = append(long, piece)
			}
		}
	}
	return long
}

// curlyQuotes returns the outermost spans in curly double quotes; quotes
// nested inside them stay part of the span.
func curlyQuotes(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '“':
			if depth == 0 {
				start = i + len("“")
			}
			depth++
		case '”':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				out = append(out, s[start:i])
			}
		}
	}
	return out
}

func splitEllipsis(q string) []string {
	q = strings.ReplaceAll(q, "…", "...")
	var out []string
	for _, piece := range strings.Split(q, "...") {
		if piece = strings.TrimSpace(piece); piece != "" {
			out = append(out, piece)
		}
	}
	return out
}

// Verbatim looks for quote in text, ignoring differences of whitespace
// and of curly against straight quotes, and returns the text's own words:
// what a reader may be shown as quoted from text.
func Verbatim(text, quote string) (string, bool) {
	nt, starts, ends := normalize(text)
	nq, _, _ := normalize(quote)
	// A quote may end with punctuation of its own that the passage puts
	// elsewhere; try it as given first, then without.
	for _, q := range []string{nq, strings.TrimRight(nq, ".,;: ")} {
		if q == "" {
			continue
		}
		if i := strings.Index(nt, q); i >= 0 {
			return text[starts[i]:ends[i+len(q)-1]], true
		}
	}
	return "", false
}

// normalize collapses whitespace runs to one space, trims the ends and
// straightens quotes. For every byte j of the result, s[starts[j]:ends[j]]
// is the text it came from.
func normalize(s string) (out string, starts, ends []int) {
	var b strings.Builder
	pendingSpace := -1
	for i, r := range s {
		size := len(string(r))
		if unicode.IsSpace(r) {
			if pendingSpace < 0 && b.Len() > 0 {
				pendingSpace = i
			}
			continue
		}
		if pendingSpace >= 0 {
			b.WriteByte(' ')
			starts, ends = append(starts, pendingSpace), append(ends, i)
			pendingSpace = -1
		}
		switch r {
		case '“', '”', '„':
			r = '"'
		case '‘', '’':
			r = '\''
		}
		n := b.Len()
		b.WriteRune(r)
		for ; n < b.Len(); n++ {
			starts, ends = append(starts, i), append(ends, i+size)
		}
	}
	return b.String(), starts, ends
}

// bestSentence returns the passage sentence that shares the most content
// words with the claim, and whether it shares enough to support it.
func bestSentence(p *essay.Passage, claim string) (string, bool) {
	want := terms.Unique(terms.Stems(claim))
	best, bestShared := "", -1
	for _, s := range p.Sentences {
		have := map[string]bool{}
		for _, st := range terms.Stems(s.Text) {
			have[st] = true
		}
		shared := 0
		for _, w := range want {
			if have[w] {
				shared++
			}
		}
		if shared > bestShared {
			best, bestShared = s.Text, shared
		}
	}
	ok := bestShared >= minShared || (bestShared >= 1 && float64(bestShared) >= minShareOfWord*float64(len(want)) && len(want) <= 3)
	return best, ok
}

// rewrite replaces each marker of text with its rewritten form.
func rewrite(text string, markers []Marker, with []string) string {
	var b strings.Builder
	last := 0
	for i, m := range markers {
		b.WriteString(text[last:m.Start])
		b.WriteString(with[i])
		last = m.End
	}
	b.WriteString(text[last:])
	return b.String()
}
