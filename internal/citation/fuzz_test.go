package citation

import (
	"strings"
	"testing"
	"unicode/utf8"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// FuzzParse feeds arbitrary text, as a model might write it, to the marker
// parser and the checker. Markers must lie inside the text, in order,
// without overlapping, and each must name at least one ref. Checking the
// text against the essay must keep its promise: every citation it accepts
// names a passage of the corpus and quotes it verbatim, and every ref it
// rejects is flagged in the rewritten answer.
func FuzzParse(f *testing.F) {
	corp := essaytest.Embedded(f)
	var all []essay.Ref
	for _, p := range corp.Passages {
		all = append(all, p.Ref)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkMarkers(t, text, Parse(text))
		rep := Check(text, corp, all)
		for _, c := range rep.Citations {
			p, ok := corp.Passage(c.Ref)
			if !ok {
				t.Fatalf("citation of %s, which the corpus lacks", c.Ref)
			}
			if c.Quote == "" || !strings.Contains(p.Text(), c.Quote) {
				t.Fatalf("quote %q is not verbatim in %s", c.Quote, c.Ref)
			}
			if !strings.Contains(rep.Text, c.Ref.Marker()) {
				t.Fatalf("answer %q lacks the marker of its citation %s", rep.Text, c.Ref)
			}
		}
		for _, inv := range rep.Invalid {
			if !strings.Contains(rep.Text, "["+inv.Ref+": invalid citation]") {
				t.Fatalf("answer %q does not flag invalid %s", rep.Text, inv.Ref)
			}
		}
	})
}

func checkMarkers(t *testing.T, text string, ms []Marker) {
	t.Helper()
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("marker %+v lies outside text of %d bytes or overlaps the one before (ending at %d)", m, len(text), last)
		}
		if m.Raw != text[m.Start:m.End] {
			t.Fatalf("marker Raw %q is not text[%d:%d] = %q", m.Raw, m.Start, m.End, text[m.Start:m.End])
		}
		if utf8.ValidString(text) && !utf8.ValidString(m.Raw) {
			t.Fatalf("marker %q splits a character", m.Raw)
		}
		if len(m.Refs) == 0 || len(m.Refs) > len(m.Raw)*(maxRange+1) {
			t.Fatalf("marker %q names %d refs", m.Raw, len(m.Refs))
		}
		for _, r := range m.Refs {
			if r.N <= 0 {
				t.Fatalf("marker %q names %#v", m.Raw, r)
			}
		}
		last = m.End
	}
}

// FuzzQuotations feeds arbitrary text to the quotation finder. The
// quotations must lie inside the text, in order, without overlapping or
// crossing a line; their marks must be quotation marks; one left open
// must be a double one that runs to the end of its line. Streamed in
// pieces, the text must be flagged wherever Check flags it.
func FuzzQuotations(f *testing.F) {
	for _, seed := range []string{
		`He writes 'Stalin's power was limited' [¶53] and “the ‘reform’” [¶54].`,
		`In the '30s the others' plans failed; rock 'n' roll.`,
		"« a » „b“ ‚c‘ ‹d› `e` ``f`` \"\"g\"\" ''h''",
		"“open [¶53]\n'unclosed single ’stray» end",
		`In [¶53] Furr writes 'Stalin ruled alone as a tyrant'. He was stymied [¶53].`,
	} {
		f.Add(seed)
	}
	corp := essaytest.Embedded(f)
	var all []essay.Ref
	for _, p := range corp.Passages {
		all = append(all, p.Ref)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, q := range Quotations(text) {
			if q.From < last || q.From >= q.Start || q.Start > q.End || q.End > q.To || q.To > len(text) {
				t.Fatalf("quotation %+v lies outside text of %d bytes or overlaps the one before (ending at %d)", q, len(text), last)
			}
			if strings.Contains(text[q.From:q.End], "\n") {
				t.Fatalf("quotation %+v crosses a line: %q", q, text[q.From:q.To])
			}
			if !marks(text[q.From:q.Start]) || (q.Closed && (q.End == q.To || !marks(text[q.End:q.To]))) {
				t.Fatalf("quotation %+v has marks %q and %q", q, text[q.From:q.Start], text[q.End:q.To])
			}
			if !q.Closed && (q.Single || q.End != q.To || (q.To < len(text) && text[q.To] != '\n')) {
				t.Fatalf("open quotation %+v does not run to the end of its line", q)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(text[q.From:q.Start]) || !utf8.ValidString(text[q.Start:q.End])) {
				t.Fatalf("quotation %+v splits a character", q)
			}
			last = q.To
		}
		var out strings.Builder
		fl := NewFlagger(&out, corp, all[:4])
		for i := 0; i < len(text); i += 7 {
			fl.Write([]byte(text[i:min(i+7, len(text))]))
		}
		fl.Flush()
		for _, inv := range Check(text, corp, all[:4]).Invalid {
			if !strings.Contains(out.String(), "["+inv.Ref+": invalid citation]") {
				t.Fatalf("streamed %q does not flag invalid %s", out.String(), inv.Ref)
			}
		}
	})
}

// marks reports whether s is made of quotation marks only.
func marks(s string) bool {
	return s != "" && strings.Trim(s, "\"'`“”‘’„‚«»‹›") == ""
}
