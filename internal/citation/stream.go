package citation

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/sentence"
)

// Flagger passes a model's answer through to a writer as it streams,
// checked as Check checks it, so that nothing shows as valid that is
// not, even for a moment. Words pass as they come. A citation is held
// from its bracket (or its bare ref, "¶99") until its sentence is
// complete, and is then shown as Check decides: flagged if its ref is
// not in the corpus or was not retrieved ("[¶99: invalid citation]"). A
// quotation is held from its opening mark until its sentence, and the
// citations after it, are complete; it is then checked against the
// passages they name, and shown with its citations flagged if it is not
// verbatim in them. A citation shown before a quotation that then fails
// ("In [¶53] he writes ...") is flagged again where the quotation ends.
//
// A citation of a passage that shares too few of its claim's words to
// support it (Supported false in Check's report) shows as "[¶53: weak
// support]". A sentence that makes a claim and cites nothing is marked
// UncitedFlag where it ends, once the next one begins, if the answer
// cites something, so that a model that declines to answer is not marked.
// Until the answer cites, the text is held back from the end of its first
// claim.
type Flagger struct {
	w         io.Writer
	corpus    *essay.Corpus
	retrieved []essay.Ref
	allowed   map[essay.Ref]bool
	// text is the answer so far; text[:emitted] has been written, and
	// text[:settled] has been checked.
	text             string
	buf              strings.Builder
	emitted, settled int
	// shown records what was written for each marker, by its start.
	shown map[int]string
	// segments are the settled stretches not yet written whole.
	segments []*segment
	// cited is true once a settled stretch cites something.
	cited bool
	// marked is where the sentences already weighed for UncitedFlag end.
	marked int
	err    error
}

// UncitedFlag follows a sentence of a model's answer that makes a claim
// without citing a passage.
const UncitedFlag = "[no citation]"

// Bounds on what a Flagger holds back.
const (
	// maxGroup bounds how long an open bracket is held back; bracketRe's
	// groups are shorter.
	maxGroup = 90
	// maxHeld bounds how much of an open quotation or sentence is held
	// back: a quotation longer than this is shown, and checked, in parts.
	maxHeld = 4096
	// minClaimWords is the fewest words of a sentence that makes a claim.
	minClaimWords = 4
)

// NewFlagger returns a Flagger writing to w.
//
//   - c: the corpus; a ref it lacks is flagged.
//   - retrieved: the refs the answer is written from; others are flagged.
func NewFlagger(w io.Writer, c *essay.Corpus, retrieved []essay.Ref) *Flagger {
	return &Flagger{w: w, corpus: c, retrieved: retrieved, allowed: allowedRefs(c, retrieved), shown: map[int]string{}}
}

// Write takes the next piece of the answer and writes what can be settled.
func (f *Flagger) Write(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	f.buf.Write(p)
	f.text = f.buf.String()
	f.advance(false)
	return len(p), f.err
}

// Flush writes whatever is held back; call it when the answer ends.
func (f *Flagger) Flush() error {
	if f.err == nil {
		f.advance(true)
	}
	return f.err
}

// advance checks what has settled and writes what may be shown.
//
//   - final: the answer is complete.
func (f *Flagger) advance(final bool) {
	settled, hold := len(f.text), len(f.text)
	if !final {
		// Nothing settled spans the last settle point, so the rest is
		// read on its own.
		settled = f.settled + settlePoint(f.text[f.settled:])
		hold = f.holdPoint(settled)
	}
	var fresh *segment
	if settled > f.settled {
		// A settle point begins a sentence, past the markers of the one
		// before: the new text is checked alone, as Check would check it
		// within the whole.
		fresh = &segment{base: f.settled, k: newChecker(f.text[f.settled:settled], f.corpus, f.retrieved)}
		fresh.k.run()
		f.segments = append(f.segments, fresh)
		f.cited = f.cited || len(fresh.k.markers) > 0
	}
	f.settled = settled
	if !f.cited && !final {
		hold = min(hold, max(f.emitted, f.firstClaimEnd()))
	}
	if hold <= f.emitted && fresh == nil {
		return
	}
	edits := f.edits(hold, final)
	if fresh != nil {
		edits = append(edits, f.corrections(fresh, hold)...)
		sortEdits(edits)
	}
	if out := apply(f.text[f.emitted:hold], f.emitted, edits); out != "" {
		_, f.err = io.WriteString(f.w, out)
	}
	f.emitted = hold
	for len(f.segments) > 0 && f.segments[0].end() <= f.emitted {
		f.segments = f.segments[1:]
	}
}

// segment is a settled stretch of the answer, text[base:base+len(k.text)],
// and its check.
type segment struct {
	base int
	k    *checker
}

func (s *segment) end() int { return s.base + len(s.k.text) }

// settlePoint returns where the last sentence of text whose words have
// begun begins, past the markers that open it (they belong to the
// sentence before): all before it is settled, for no marker that comes
// later can belong to it. A point inside a quotation settles nothing.
func settlePoint(text string) int {
	spans := sentence.Split(text)
	markers := Parse(text)
	quotes := Quotations(text)
	open := openFrom(text)
	for j := len(spans) - 1; j >= 1; j-- {
		pos := pastMarkers(text, spans[j].Start, markers)
		if pos >= len(text) || strings.ContainsRune("[(", rune(text[pos])) {
			continue
		}
		if (open >= 0 && open < pos) || insideQuote(quotes, pos) {
			continue
		}
		return pos
	}
	return 0
}

// pastMarkers skips the markers and spaces at pos.
func pastMarkers(text string, pos int, markers []Marker) int {
	for {
		for pos < len(text) && unicode.IsSpace(rune(text[pos])) {
			pos++
		}
		i := markerAt(markers, pos)
		if i < 0 {
			return pos
		}
		pos = markers[i].End
	}
}

func markerAt(markers []Marker, pos int) int {
	for i, m := range markers {
		if m.Start == pos {
			return i
		}
		if m.Start > pos {
			break
		}
	}
	return -1
}

func insideQuote(qs []Quote, pos int) bool {
	for _, q := range qs {
		if q.From < pos && pos < q.To {
			return true
		}
	}
	return false
}

// holdPoint returns how far the text may be shown now: not past its
// trailing spaces (an uncited sentence's mark may yet go there), an open
// bracket or bare ref, a marker or a quotation that is open or not yet
// settled. A hold longer
// than maxHeld is let go.
func (f *Flagger) holdPoint(settled int) int {
	text, base := f.text[f.settled:], f.settled
	hold := len(strings.TrimRightFunc(text, unicode.IsSpace))
	// Not the first bytes of a character yet to come.
	if i := lastRuneStart(text); i >= 0 && !utf8.FullRuneInString(text[i:]) {
		hold = min(hold, i)
	}
	from := max(f.emitted-base, 0)
	if i := openGroup(text[from:]); from+i < hold {
		hold = from + i
	}
	if i := openBare(text[from:]); from+i < hold {
		hold = from + i
	}
	if open := openFrom(text); open >= 0 && open < hold {
		hold = open
	}
	for _, q := range Quotations(text) {
		if base+q.To > settled && q.From < hold {
			hold = q.From
			break
		}
	}
	// Not past a marker whose sentence has not settled: how well its
	// passage supports the claim is known only when the claim is whole.
	for _, m := range Parse(text) {
		if m.Start < hold && base+m.Start >= f.emitted && base+m.End > settled {
			hold = m.Start
			break
		}
	}
	if len(text)-hold > maxHeld {
		hold = len(text) - maxHeld
	}
	return max(base+hold, f.emitted)
}

// openGroup returns where a bracket group that may still close begins:
// the last opening bracket with no closing bracket or newline after it,
// if it is recent enough. A group cannot hold brackets or newlines, so no
// earlier bracket can begin one, but for a section's count ("[No. 70
// (2) ¶3]"): read as a group of its own, it let the marker out before
// its check.
func openGroup(s string) int {
	masked := maskCounts(s)
	i := strings.LastIndexAny(masked, "[(")
	// A count still being written ("[No. 70 (2") belongs to the group
	// before it, if one is open.
	if i > 0 && masked[i] == '(' && strings.Trim(masked[i+1:], "0123456789") == "" {
		if j := strings.LastIndexAny(masked[:i], "[("); j >= 0 && !strings.ContainsAny(masked[j:i], "])\n") {
			i = j
		}
	}
	if i < 0 || len(s)-i > maxGroup || strings.ContainsAny(masked[i:], "])\n") {
		return len(s)
	}
	return i
}

// maskCounts returns s with every section's count ("(2)") made letters.
func maskCounts(s string) string {
	found := countRe.FindAllStringIndex(s, -1)
	if found == nil {
		return s
	}
	b := []byte(s)
	for _, m := range found {
		for k := m[0]; k < m[1]; k++ {
			b[k] = 'x'
		}
	}
	return string(b)
}

// lastRuneStart returns where the last character of s begins, or -1.
func lastRuneStart(s string) int {
	for i := len(s) - 1; i >= 0 && i >= len(s)-utf8.UTFMax; i-- {
		if utf8.RuneStart(s[i]) {
			return i
		}
	}
	return -1
}

// openBare returns where a bare ref that may still grow ("¶5", "¶¶53-")
// begins at the end of s, or len(s).
func openBare(s string) int {
	i := strings.LastIndex(s, "¶")
	if i < 0 || len(s)-i > maxGroup || strings.TrimLeft(s[i:], "¶ 0123456789-–") != "" {
		return len(s)
	}
	for i >= len("¶") && strings.HasSuffix(s[:i], "¶") {
		i -= len("¶")
	}
	return i
}

// edits returns the changes to text[f.emitted:hold]: markers rewritten
// as the check of their settled segment decided, or by their refs alone
// where the text has not settled; flags after failed loose quotations;
// UncitedFlag after each newly settled sentence that cites nothing.
func (f *Flagger) edits(hold int, final bool) []edit {
	var out []edit
	for _, seg := range f.segments {
		for _, e := range seg.k.edits(f.emitted-seg.base, hold-seg.base, seg.k.shown) {
			e.start, e.end = e.start+seg.base, e.end+seg.base
			out = append(out, e)
		}
		for i, m := range seg.k.markers {
			if start := seg.base + m.Start; start >= f.emitted && seg.base+m.End <= hold {
				f.shown[start] = seg.k.shown[i]
			}
		}
		out = append(out, f.uncited(seg, hold, final)...)
	}
	for _, m := range Parse(f.text[f.settled:]) {
		m.Start, m.End = m.Start+f.settled, m.End+f.settled
		if m.Start < f.emitted || m.End > hold {
			continue
		}
		with := f.flag(m)
		f.shown[m.Start] = with
		out = append(out, edit{start: m.Start, end: m.End, with: with})
	}
	sortEdits(out)
	return out
}

// uncited marks the sentences of a segment, not yet weighed, that make a
// claim and cite nothing.
func (f *Flagger) uncited(seg *segment, hold int, final bool) []edit {
	if !f.cited {
		// A model that declines cites nothing: none of its sentences is
		// marked. advance holds the text back from the first claim's end
		// until the answer cites, so its mark can still go there.
		return nil
	}
	k := seg.k
	cites := map[int]bool{}
	for _, o := range k.owners {
		cites[o] = true
	}
	quoted := k.citedQuotations()
	var out []edit
	for j, sp := range k.spans {
		end := seg.base + sp.End
		if end <= f.marked {
			continue
		}
		if end > hold && !final {
			break
		}
		f.marked = end
		if cites[j] || !claim(k.text[sp.Start:sp.End]) || inQuotation(quoted, sp) {
			continue
		}
		at := max(end, f.emitted)
		out = append(out, edit{start: at, end: at, with: " " + UncitedFlag})
	}
	return out
}

// firstClaimEnd returns where the first settled sentence that makes a
// claim ends, or the end of the text if none does.
func (f *Flagger) firstClaimEnd() int {
	for _, seg := range f.segments {
		for _, sp := range seg.k.spans {
			if claim(seg.k.text[sp.Start:sp.End]) {
				return seg.base + sp.End
			}
		}
	}
	return len(f.text)
}

// claim reports whether a sentence makes a claim that needs a citation:
// it has a few words and neither asks nor leads into what follows.
func claim(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) >= minClaimWords && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, ":")
}

// corrections flags again, where its quotation ends (or where the text
// stands now, if that was shown), each marker of a newly settled segment
// shown before as valid that its check now flags because a quotation
// after it failed.
func (f *Flagger) corrections(seg *segment, hold int) []edit {
	var out []edit
	for i, m := range seg.k.markers {
		start := seg.base + m.Start
		was, ok := f.shown[start]
		if !ok || seg.base+m.End > f.emitted || was == seg.k.shown[i] {
			continue
		}
		f.shown[start] = seg.k.shown[i]
		if at, failed := seg.k.failedAt[i]; failed {
			at = min(max(seg.base+at, f.emitted), hold)
			out = append(out, edit{start: at, end: at, with: " " + seg.k.rewrites[i]})
		}
	}
	return out
}

// flag writes a marker as Check would before quotes are weighed: valid
// refs in canonical form, the others flagged.
func (f *Flagger) flag(m Marker) string {
	parts := make([]string, len(m.Refs))
	for i, ref := range m.Refs {
		p, _ := resolve(ref, f.corpus, f.allowed)
		if p == nil {
			parts[i] = "[" + ref.String() + ": invalid citation]"
			continue
		}
		parts[i] = p.Ref.Marker()
	}
	return strings.Join(parts, " ")
}

// sortEdits orders edits by where they start, an insertion before a
// replacement at the same place.
func sortEdits(es []edit) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && less(es[j], es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func less(a, b edit) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	return a.end == a.start && b.end > b.start
}
