package citation

import (
	"sort"
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
	markers := citing(text, Parse(text), c)
	owners, claims := claimsFor(text, markers)
	rep := Report{}
	seen := map[string]bool{}
	flagged := map[Invalid]bool{}
	flag := func(inv Invalid) string {
		if !flagged[inv] {
			flagged[inv] = true
			rep.Invalid = append(rep.Invalid, inv)
		}
		return "[" + inv.Ref + ": invalid citation]"
	}
	// An answer may cite the same passages for the same claim many times
	// over; each pair is checked once.
	type pair struct {
		ref   essay.Ref
		claim int
	}
	type outcome struct {
		cit    Citation
		reason string
	}
	checked := map[pair]outcome{}
	stems := stemSets{}
	rewrites := make([]string, len(markers))
	for i, m := range markers {
		var parts []string
		for _, ref := range m.Refs {
			p, reason := resolve(ref, c, allowed)
			if p == nil {
				parts = append(parts, flag(Invalid{Ref: ref.String(), Reason: reason}))
				continue
			}
			key := pair{p.Ref, owners[i]}
			out, ok := checked[key]
			if !ok {
				out.cit, out.reason = support(p, claimText(claims, owners[i]), stems)
				checked[key] = out
			}
			if out.reason != "" {
				parts = append(parts, flag(Invalid{Ref: p.Ref.String(), Reason: out.reason}))
				continue
			}
			parts = append(parts, p.Ref.Marker())
			if key := out.cit.Ref.String() + "\x00" + out.cit.Quote; !seen[key] {
				seen[key] = true
				rep.Citations = append(rep.Citations, out.cit)
			}
		}
		rewrites[i] = strings.Join(parts, " ")
	}
	rep.Text = rewrite(text, markers, rewrites)
	return rep
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

// claimsFor finds the sentence of text each marker belongs to. A marker
// that opens a sentence ("... leaders.” [¶53]") belongs to the sentence
// before it. owners[i] is the index in claims of marker i's sentence, or -1
// for none; claims holds those sentences without their markers.
//
// It runs in one pass over markers and sentences: an answer may hold
// thousands of markers, and comparing each with all the others took
// minutes.
func claimsFor(text string, markers []Marker) (owners []int, claims []string) {
	spans := sentence.Split(text)
	claims = make([]string, len(spans))
	done := make([]bool, len(spans))
	owners = make([]int, len(markers))
	s, onlyMarkers := -1, false
	for i, m := range markers {
		prev := s
		for s+1 < len(spans) && spans[s+1].Start <= m.Start {
			s++
		}
		// onlyMarkers: nothing but markers and spaces lies between the
		// start of sentence s and this marker.
		switch {
		case s < 0:
			onlyMarkers = false
		case i == 0 || s != prev:
			onlyMarkers = isBlank(text[spans[s].Start:m.Start])
		default:
			onlyMarkers = onlyMarkers && isBlank(text[markers[i-1].End:m.Start])
		}
		owner := s
		if s > 0 && onlyMarkers {
			owner = s - 1
		}
		owners[i] = owner
		if owner >= 0 && !done[owner] {
			claims[owner], done[owner] = stripMarkers(text, spans[owner], markers), true
		}
	}
	return owners, claims
}

func claimText(claims []string, owner int) string {
	if owner < 0 {
		return ""
	}
	return claims[owner]
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// stripMarkers returns the text of span without the markers inside it,
// whitespace-normalized.
func stripMarkers(text string, span sentence.Span, markers []Marker) string {
	var b strings.Builder
	last := span.Start
	first := sort.Search(len(markers), func(i int) bool { return markers[i].Start >= span.Start })
	for _, m := range markers[first:] {
		if m.Start >= span.End {
			break
		}
		if m.Start >= last && m.End <= span.End {
			b.WriteString(text[last:m.Start])
			b.WriteByte(' ')
			last = m.End
		}
	}
	b.WriteString(text[last:span.End])
	return strings.Join(strings.Fields(b.String()), " ")
}

// citing drops the markers that are quoted words rather than citations: a
// marker inside curly quotes whose text stands in the corpus, as when an
// answer quotes a passage that itself reads "see [¶99]". Left as markers,
// they would be checked as citations and the quote would no longer match
// its passage.
func citing(text string, markers []Marker, c *essay.Corpus) []Marker {
	quoted := quotedRanges(text)
	if len(quoted) == 0 {
		return markers
	}
	out := markers[:0:0]
	for _, m := range markers {
		if !inRanges(quoted, m.Start, m.End) || !inCorpus(c, m.Raw) {
			out = append(out, m)
		}
	}
	return out
}

func inRanges(ranges [][2]int, start, end int) bool {
	for _, r := range ranges {
		if start >= r[0] && end <= r[1] {
			return true
		}
	}
	return false
}

func inCorpus(c *essay.Corpus, s string) bool {
	for _, p := range c.Passages {
		for _, b := range p.Blocks {
			if strings.Contains(b, s) {
				return true
			}
		}
	}
	return false
}

// support checks a claim against a passage. A quotation in the claim must
// stand verbatim in the passage; the citation's quote is then that text.
// Otherwise the quote is the passage's sentence that shares most words with
// the claim. It returns a reason when the claim misquotes the passage.
func support(p *essay.Passage, claim string, stems stemSets) (Citation, string) {
	cit := Citation{Ref: p.Ref, Claim: claim}
	quotes := quotations(claim)
	if len(quotes) > 0 {
		text := newNormalized(p.Text())
		for _, q := range quotes {
			if found, ok := text.find(q); ok {
				cit.Quote, cit.Supported = found, true
				return cit, ""
			}
		}
		return cit, "the quoted words are not in " + p.Ref.String()
	}
	cit.Quote, cit.Supported = bestSentence(p, claim, stems)
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
	for _, r := range quotedRanges(s) {
		out = append(out, s[r[0]:r[1]])
	}
	return out
}

// quotedRanges returns the byte ranges inside the outermost curly double
// quotes of s, without the quotes.
func quotedRanges(s string) [][2]int {
	var out [][2]int
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
				out = append(out, [2]int{start, i})
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
	return newNormalized(text).find(quote)
}

// normalized is a text with its whitespace collapsed and quotes
// straightened, mapped back to the original, for finding quotes in it.
type normalized struct {
	src, text    string
	starts, ends []int
}

func newNormalized(src string) normalized {
	text, starts, ends := normalize(src)
	return normalized{src: src, text: text, starts: starts, ends: ends}
}

// find looks for quote in the text, ignoring differences of whitespace and
// of curly against straight quotes, and returns the text's own words.
func (n normalized) find(quote string) (string, bool) {
	nq, _, _ := normalize(quote)
	// A quote may end with punctuation of its own that the passage puts
	// elsewhere; try it as given first, then without.
	for _, q := range []string{nq, strings.TrimRight(nq, ".,;: ")} {
		if q == "" {
			continue
		}
		if i := strings.Index(n.text, q); i >= 0 {
			return n.src[n.starts[i]:n.ends[i+len(q)-1]], true
		}
	}
	return "", false
}

// normalize collapses whitespace runs to one space, trims the ends and
// straightens quotes. For every byte j of the result, s[starts[j]:ends[j]]
// is the text it came from.
func normalize(s string) (out string, starts, ends []int) {
	// The result is never longer than s: sizing everything up front keeps
	// a long passage from being copied over and over as it grows.
	var b strings.Builder
	b.Grow(len(s))
	starts, ends = make([]int, 0, len(s)), make([]int, 0, len(s))
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
func bestSentence(p *essay.Passage, claim string, stems stemSets) (string, bool) {
	want := terms.Unique(terms.Stems(claim))
	best, bestShared := "", -1
	for i, have := range stems.of(p) {
		shared := 0
		for _, w := range want {
			if have[w] {
				shared++
			}
		}
		if shared > bestShared {
			best, bestShared = p.Sentences[i].Text, shared
		}
	}
	ok := bestShared >= minShared || (bestShared >= 1 && float64(bestShared) >= minShareOfWord*float64(len(want)) && len(want) <= 3)
	return best, ok
}

// stemSets holds the stems of each passage's sentences, computed once per
// check rather than once per claim.
type stemSets map[*essay.Passage][]map[string]bool

func (c stemSets) of(p *essay.Passage) []map[string]bool {
	if sets, ok := c[p]; ok {
		return sets
	}
	sets := make([]map[string]bool, len(p.Sentences))
	for i, s := range p.Sentences {
		sets[i] = map[string]bool{}
		for _, st := range terms.Stems(s.Text) {
			sets[i][st] = true
		}
	}
	c[p] = sets
	return sets
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
