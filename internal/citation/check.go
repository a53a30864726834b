package citation

import (
	"fmt"
	"slices"
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
	// Unverified holds the quotations that cite no passage and stand in
	// none that the answer was written from; Text flags each with
	// UnverifiedFlag.
	Unverified []string
	// Uncited holds the sentences that make a claim and cite nothing, in
	// an answer that cites something; Text marks each with UncitedFlag,
	// as a Flagger marks them while the answer streams.
	Uncited []string
}

// Valid reports whether the answer has at least one valid citation.
func (r Report) Valid() bool { return len(r.Citations) > 0 }

// Support thresholds for a claim that quotes nothing.
const (
	minShared      = 2
	minShareOfWord = 0.34
	minQuoteWords  = 2
)

// Check parses the citation markers in text and checks every ref, and
// every quotation against the passages its citation names.
//
// A quotation belongs to the citation that follows it in its sentence
// ("... “words” [¶53]"), or else to the one before it ("In [¶53] he
// writes “words”."); markers side by side ("[¶53] [¶54]") are one
// citation. Each quotation must stand verbatim in one of the passages its
// citation names; if one does not, every ref of that citation is flagged.
// A quotation that belongs to no citation must stand in one of the
// retrieved passages, or it is flagged where it ends.
//
//   - text: the answer, with markers such as [¶53] after the claims.
//   - c: the corpus; a ref it lacks is invalid.
//   - retrieved: the refs the answer was written from; a ref outside them
//     is invalid even if the corpus has it, because the writer never saw it.
func Check(text string, c *essay.Corpus, retrieved []essay.Ref) Report {
	k := newChecker(text, c, retrieved)
	k.run()
	return k.rep
}

// checker holds one Check's state.
type checker struct {
	text    string
	c       *essay.Corpus
	allowed map[essay.Ref]bool
	markers []Marker
	spans   []sentence.Span
	owners  []int
	claims  []string
	// groups[g] lists the markers, side by side, of citation g; group[i]
	// is marker i's citation.
	groups [][]int
	group  []int
	// quoted[g] holds the quotations that belong to citation g.
	quoted [][]quotation
	// loose holds the quotations that belong to no citation.
	loose []quotation
	// rewrites[i] is what marker i becomes; looseEnds are where loose
	// quotations that failed end. run fills them in.
	rewrites  []string
	looseEnds []int
	// shown[i] is marker i as a terminal shows it: its rewrite, with a
	// weakly supported citation marked WeakFlag.
	shown []string
	// failedAt maps a marker flagged for a quotation to where that
	// quotation ends.
	failedAt map[int]int

	rep     Report
	seen    map[string]bool
	flagged map[Invalid]bool
	stems   stemSets
	texts   map[*essay.Passage]normalized
	finds   map[found]result
	best    map[pair]Citation
}

// quotation is one quotation of the answer, as the pieces an ellipsis
// leaves that are long enough to check.
type quotation struct {
	q      Quote
	pieces []string
}

// pair is a passage cited for a claim: an answer may cite the same
// passages for the same claim many times over; each pair is weighed once.
type pair struct {
	ref   essay.Ref
	claim int
}

func newChecker(text string, c *essay.Corpus, retrieved []essay.Ref) *checker {
	k := &checker{
		text: text, c: c,
		seen: map[string]bool{}, flagged: map[Invalid]bool{}, stems: stemSets{},
		texts: map[*essay.Passage]normalized{}, best: map[pair]Citation{}, failedAt: map[int]int{},
		finds: map[found]result{}, allowed: allowedRefs(c, retrieved),
	}
	k.markers = citing(text, Parse(text), c)
	k.spans = sentence.Split(text)
	k.owners, k.claims = claimsFor(text, k.spans, k.markers)
	k.groupMarkers()
	k.attach()
	return k
}

// run checks every citation and quotation, filling in the report.
func (k *checker) run() {
	k.rewrites, k.shown = make([]string, len(k.markers)), make([]string, len(k.markers))
	for g, members := range k.groups {
		k.cite(g, members, k.rewrites)
	}
	k.looseEnds = k.looseFlags()
	edits := append(k.edits(0, len(k.text), k.rewrites), k.uncited()...)
	sortEdits(edits)
	k.rep.Text = apply(k.text, 0, edits)
}

// uncited records each sentence that makes a claim and cites nothing,
// and returns the edits that mark it. An answer that cites nothing (a
// decline) is left unmarked, as a Flagger leaves its last sentence.
func (k *checker) uncited() []edit {
	if len(k.markers) == 0 {
		return nil
	}
	cites := map[int]bool{}
	for _, o := range k.owners {
		cites[o] = true
	}
	quoted := k.citedQuotations()
	var out []edit
	for j, sp := range k.spans {
		s := k.text[sp.Start:sp.End]
		if cites[j] || !claim(s) || inQuotation(quoted, sp) {
			continue
		}
		k.rep.Uncited = append(k.rep.Uncited, strings.TrimSpace(s))
		out = append(out, edit{start: sp.End, end: sp.End, with: " " + UncitedFlag})
	}
	return out
}

// citedQuotations returns the byte ranges of the quotations that belong to
// a citation: each is checked whole against the passages it cites.
func (k *checker) citedQuotations() [][2]int {
	var out [][2]int
	for _, qs := range k.quoted {
		for _, qt := range qs {
			out = append(out, [2]int{qt.q.Start, qt.q.End})
		}
	}
	return out
}

// inQuotation reports whether sentence sp ends inside one of the quoted
// ranges, before the quoted words end: a quotation of several sentences
// carries its ref after the last, and the sentences before it are cited
// by it, their words checked with the rest. A sentence that ends where
// its quotation does ("He calls it “a cult.”") is cited only by a marker
// of its own.
func inQuotation(quoted [][2]int, sp sentence.Span) bool {
	for _, r := range quoted {
		if sp.End > r[0] && sp.End < r[1] {
			return true
		}
	}
	return false
}

// edits returns the changes run decided for text[from:to], in order:
// each marker rewritten as forms has it (k.rewrites, or k.shown), and a
// flag after each loose quotation that failed. A flag goes before a
// marker that starts where its quotation ends.
func (k *checker) edits(from, to int, forms []string) []edit {
	var out []edit
	for _, end := range k.looseEnds {
		if end > from && end <= to {
			out = append(out, edit{start: end, end: end, with: " " + UnverifiedFlag})
		}
	}
	for i, m := range k.markers {
		if m.Start >= from && m.End <= to {
			out = append(out, edit{start: m.Start, end: m.End, with: forms[i]})
		}
	}
	slices.SortStableFunc(out, func(a, b edit) int { return a.start - b.start })
	return out
}

// cite checks citation g, whose markers are members, and writes each
// marker's rewritten form.
func (k *checker) cite(g int, members []int, rewrites []string) {
	// Each marker's refs, resolved in order: a nil passage is flagged.
	passages := make([][]*essay.Passage, len(members))
	var ps []*essay.Passage
	for n, i := range members {
		for _, ref := range k.markers[i].Refs {
			p, _ := resolve(ref, k.c, k.allowed)
			passages[n] = append(passages[n], p)
			if p != nil && !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
	}
	found, missing, at := k.findQuotes(k.quoted[g], ps)
	for n, i := range members {
		var parts, shown []string
		for r, p := range passages[n] {
			part, weak := k.citeRef(i, k.markers[i].Refs[r], p, found, missing, ps)
			if missing != "" && p != nil {
				k.failedAt[i] = at
			}
			parts = append(parts, part)
			if weak {
				part = "[" + p.Ref.String() + ": " + WeakFlag + "]"
			}
			shown = append(shown, part)
		}
		rewrites[i] = strings.Join(parts, " ")
		k.shown[i] = strings.Join(shown, " ")
	}
}

// WeakFlag marks, on a terminal, a citation of a passage that shares too
// few of the claim's words to support it clearly (Supported false).
const WeakFlag = "weak support"

// citeRef checks one ref of marker i: it returns the ref as the answer
// shows it, and whether the passage supports its claim only weakly.
func (k *checker) citeRef(i int, ref essay.Ref, p *essay.Passage, found map[*essay.Passage]Citation, missing string, ps []*essay.Passage) (string, bool) {
	if p == nil {
		_, reason := resolve(ref, k.c, k.allowed)
		return k.flag(Invalid{Ref: ref.String(), Reason: reason}), false
	}
	if missing != "" {
		return k.flag(Invalid{Ref: p.Ref.String(), Reason: fmt.Sprintf("the quoted words %s are not in %s", missing, refList(ps))}), false
	}
	cit, ok := found[p]
	if !ok {
		cit = k.bestFor(p, k.owners[i])
	}
	cit.Claim = claimText(k.claims, k.owners[i])
	if key := cit.Ref.String() + "\x00" + cit.Quote; !k.seen[key] {
		k.seen[key] = true
		k.rep.Citations = append(k.rep.Citations, cit)
	}
	return p.Ref.Marker(), !cit.Supported
}

func (k *checker) flag(inv Invalid) string {
	if !k.flagged[inv] {
		k.flagged[inv] = true
		k.rep.Invalid = append(k.rep.Invalid, inv)
	}
	return "[" + inv.Ref + ": invalid citation]"
}

// findQuotes looks for each quotation in the passages. found holds, for a
// passage that has one, the first quotation in its own words; missing
// shows the first quotation that none of them has, or is empty, and at
// is where that quotation ends.
func (k *checker) findQuotes(qs []quotation, ps []*essay.Passage) (found map[*essay.Passage]Citation, missing string, at int) {
	found = map[*essay.Passage]Citation{}
	for _, q := range qs {
		for _, piece := range q.pieces {
			in := false
			for _, p := range ps {
				words, ok := k.find(p, piece)
				if !ok {
					continue
				}
				in = true
				if _, has := found[p]; !has {
					found[p] = Citation{Ref: p.Ref, Quote: words, Supported: true}
				}
			}
			if !in && missing == "" {
				missing, at = shortQuote(piece), q.q.To
			}
		}
	}
	return found, missing, at
}

// find looks for a quotation in p, once for each pair: an answer may
// repeat a quotation and cite many passages for it.
func (k *checker) find(p *essay.Passage, quote string) (string, bool) {
	key := found{p, quote}
	if r, ok := k.finds[key]; ok {
		return r.words, r.ok
	}
	n, ok := k.texts[p]
	if !ok {
		n = newNormalized(p.Text())
		k.texts[p] = n
	}
	words, ok := n.find(quote)
	k.finds[key] = result{words, ok}
	return words, ok
}

// found and result key and hold what find found.
type (
	found struct {
		p     *essay.Passage
		quote string
	}
	result struct {
		words string
		ok    bool
	}
)

// bestFor is the citation of p for a claim that quotes nothing from it:
// its sentence that shares most words with the claim.
func (k *checker) bestFor(p *essay.Passage, owner int) Citation {
	key := pair{p.Ref, owner}
	cit, ok := k.best[key]
	if !ok {
		cit = Citation{Ref: p.Ref}
		cit.Quote, cit.Supported = bestSentence(p, claimText(k.claims, owner), k.stems)
		k.best[key] = cit
	}
	return cit
}

// looseFlags returns where to flag the quotations that belong to no
// citation and stand in none of the retrieved passages: where each ends.
func (k *checker) looseFlags() []int {
	if len(k.loose) == 0 {
		return nil
	}
	var ps []*essay.Passage
	for _, p := range k.c.Passages {
		if k.allowed[p.Ref] {
			ps = append(ps, p)
		}
	}
	var ends []int
	for _, q := range k.loose {
		if _, missing, _ := k.findQuotes([]quotation{q}, ps); missing != "" {
			ends = append(ends, q.q.To)
			k.rep.Unverified = append(k.rep.Unverified, missing)
		}
	}
	return ends
}

// groupMarkers makes one citation of markers that stand side by side,
// with nothing but spaces and separators between them: "[¶53] [¶54]"
// cites as "[¶53, ¶54]" does.
func (k *checker) groupMarkers() {
	k.group = make([]int, len(k.markers))
	for i, m := range k.markers {
		if i > 0 && strings.Trim(k.text[k.markers[i-1].End:m.Start], " ,;") == "" {
			g := len(k.groups) - 1
			k.groups[g] = append(k.groups[g], i)
			k.group[i] = g
			continue
		}
		k.group[i] = len(k.groups)
		k.groups = append(k.groups, []int{i})
	}
	k.quoted = make([][]quotation, len(k.groups))
}

// attach gives each quotation of the text to the citation it belongs to:
// the first after it whose marker belongs to the sentence where the
// quotation ends, or else the last before it in the sentence where it
// begins. An unclosed quotation ends at the first marker inside it.
func (k *checker) attach() {
	for _, q := range Quotations(k.text) {
		if !q.Closed {
			if i := k.markerFrom(q.Start); i < len(k.markers) && k.markers[i].Start < q.End {
				q.End, q.To = k.markers[i].Start, k.markers[i].Start
			}
		}
		inner := unwrap(k.text, q)
		var pieces []string
		for _, piece := range splitEllipsis(stripMarkers(k.text, inner, k.markers)) {
			if len(terms.Words(piece)) >= minQuoteWords {
				pieces = append(pieces, piece)
			}
		}
		if len(pieces) == 0 {
			continue
		}
		qt := quotation{q: q, pieces: pieces}
		if g := k.citationOf(q); g >= 0 {
			k.quoted[g] = append(k.quoted[g], qt)
		} else {
			k.loose = append(k.loose, qt)
		}
	}
}

// unwrap returns the span that q quotes, without the marks of quotations
// that wrap all of it (“‘...’”: a quotation of a quotation).
func unwrap(text string, q Quote) sentence.Span {
	start, end := q.Start, q.End
	for range maxUnwrap {
		inner := strings.TrimLeftFunc(text[start:end], unicode.IsSpace)
		lead := end - start - len(inner)
		inner = strings.TrimRightFunc(inner, unicode.IsSpace)
		qs := Quotations(inner)
		if len(qs) != 1 || !qs[0].Closed || qs[0].From != 0 || qs[0].To != len(inner) {
			return sentence.Span{Start: start, End: end}
		}
		start, end = start+lead+qs[0].Start, start+lead+qs[0].End
	}
	return sentence.Span{Start: start, End: end}
}

// maxUnwrap bounds how many wrapping quotations unwrap takes off.
const maxUnwrap = 4

// citationOf finds the citation a quotation belongs to, or -1.
func (k *checker) citationOf(q Quote) int {
	if after := k.markerFrom(q.To); after < len(k.markers) && k.owners[after] == k.sentenceAt(max(q.To-1, q.From)) {
		return k.group[after]
	}
	if before := k.markerFrom(q.From) - 1; before >= 0 && k.owners[before] == k.sentenceAt(q.From) {
		return k.group[before]
	}
	return -1
}

// markerFrom returns the first marker that starts at or after offset, or
// len(k.markers) when none does.
func (k *checker) markerFrom(offset int) int {
	return sort.Search(len(k.markers), func(i int) bool { return k.markers[i].Start >= offset })
}

// sentenceAt returns the sentence holding offset, or the one before the
// space it falls in; -1 before the first.
func (k *checker) sentenceAt(offset int) int {
	return sort.Search(len(k.spans), func(i int) bool { return k.spans[i].Start > offset }) - 1
}

// UnverifiedFlag follows, in a checked answer, a quotation that cites no
// passage and stands in none that the answer was written from.
const UnverifiedFlag = "[quotation not in the sources]"

// refList names passages: "¶53", "¶53 or ¶54".
func refList(ps []*essay.Passage) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Ref.String()
	}
	if len(names) > 1 {
		return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	}
	return strings.Join(names, "")
}

// shortQuote shows a quotation in a reason: its first words, in quotes.
func shortQuote(q string) string {
	words := strings.Fields(q)
	if len(words) > maxShownWords {
		return "“" + strings.Join(words[:maxShownWords], " ") + " …”"
	}
	return "“" + strings.Join(words, " ") + "”"
}

// maxShownWords bounds how much of a quotation a reason repeats.
const maxShownWords = 8

// allowedRefs returns the refs an answer written from the retrieved
// passages may cite: those passages, and the items of a list one of them
// introduces (essay.Passage.List), which the writer reads with it.
func allowedRefs(c *essay.Corpus, retrieved []essay.Ref) map[essay.Ref]bool {
	allowed := map[essay.Ref]bool{}
	for _, r := range retrieved {
		allowed[r] = true
		if c == nil {
			continue
		}
		if p, ok := c.Passage(r); ok {
			for _, item := range p.List {
				allowed[item.Ref] = true
			}
		}
	}
	return allowed
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
func claimsFor(text string, spans []sentence.Span, markers []Marker) (owners []int, claims []string) {
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
// marker inside a quotation whose text stands in the corpus, as when an
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

// quotedRanges returns the byte ranges that the quotations of s quote,
// without their marks.
func quotedRanges(s string) [][2]int {
	var out [][2]int
	for _, q := range Quotations(s) {
		out = append(out, [2]int{q.Start, q.End})
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
// and of quotation marks (curly, straight, guillemets), and returns the text's own words:
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
		case '“', '”', '„', '«', '»':
			r = '"'
		case '‘', '’', '‚', '‹', '›', '`':
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
	edits := make([]edit, len(markers))
	for i, m := range markers {
		edits[i] = edit{start: m.Start, end: m.End, with: with[i]}
	}
	return apply(text, 0, edits)
}

// edit replaces text[start:end] with with.
type edit struct {
	start, end int
	with       string
}

// apply makes edits, in order and not overlapping, to text, which begins
// at offset base of the text the edits' offsets count in.
func apply(text string, base int, edits []edit) string {
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(text[last : e.start-base])
		b.WriteString(e.with)
		last = e.end - base
	}
	b.WriteString(text[last:])
	return b.String()
}
