package citation

import (
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

// TestCheckFlagsInventedQuotesInEveryStyle: an invented quotation is
// flagged whatever its marks, and a real one passes in the same marks.
func TestCheckFlagsInventedQuotesInEveryStyle(t *testing.T) {
	c := essaytest.Embedded(t)
	retrieved := []essay.Ref{ref(t, "¶53"), ref(t, "¶54")}
	marks := [][2]string{
		{"“", "”"}, {`"`, `"`}, {"'", "'"}, {"‘", "’"}, {"«", "»"}, {"« ", " »"}, {"»", "«"},
		{"„", "“"}, {"„", "”"}, {"‚", "‘"}, {"‹", "›"}, {"`", "`"}, {`""`, `""`}, {"“‘", "’”"},
	}
	for _, m := range marks {
		invented := "Furr writes " + m[0] + "Stalin ruled alone as a tyrant" + m[1] + " [¶53]."
		rep := Check(invented, c, retrieved)
		if len(rep.Citations) != 0 || len(rep.Invalid) != 1 || !strings.Contains(rep.Invalid[0].Reason, "are not in ¶53") ||
			!strings.Contains(rep.Text, "[¶53: invalid citation]") {
			t.Errorf("%s: report %+v", invented, rep)
		}
		real := "Furr writes " + m[0] + "He was stymied by the combined efforts of other Party leaders" + m[1] + " [¶53]."
		rep = Check(real, c, retrieved)
		if len(rep.Invalid) != 0 || len(rep.Citations) != 1 || !rep.Citations[0].Supported ||
			rep.Citations[0].Quote != "He was stymied by the combined efforts of other Party leaders" {
			t.Errorf("%s: report %+v", real, rep)
		}
	}
}

func TestCheckEveryQuotationOfAClaim(t *testing.T) {
	c := essaytest.Embedded(t)
	retrieved := []essay.Ref{ref(t, "¶53"), ref(t, "¶54")}
	tests := []struct {
		text    string
		invalid string // the flagged ref, or "" for none
	}{
		// One real and one invented quotation under one citation.
		{`Furr writes that “Stalin was never "all-powerful."” and that ‘Stalin ruled alone as a tyrant’ [¶53].`, "¶53"},
		// An invented quotation over two sentences.
		{`Furr writes: “Stalin ruled alone. He was a tyrant.” [¶53]`, "¶53"},
		{`Furr writes: “He was stymied by the combined efforts of other Party leaders. He was never able to attain his goal of constitutional reforms.” [¶53]`, ""},
		// The citation before the quotation.
		{`In [¶53] Furr writes 'Stalin ruled alone as a tyrant'.`, "¶53"},
		{`In [¶53] Furr writes 'Stalin was never "all-powerful."'.`, ""},
		// Markers side by side are one citation: the quotation may stand
		// in either passage.
		{`Furr writes 'The "cult" disguised these political struggles' [¶53] [¶54].`, ""},
		{`Furr writes 'The "cult" disguised these political struggles' [¶53, ¶54].`, ""},
		{`Furr writes 'The "cult" disguised these political struggles' [¶53].`, "¶53"},
		// Each quotation belongs to the citation after it.
		{`Furr writes 'The "cult" disguised these political struggles' [¶54] and 'He was stymied by other leaders' [¶53].`, "¶53"},
		{`Furr writes 'The "cult" disguised these political struggles' [¶54] and 'He was stymied by the combined efforts' [¶53].`, ""},
		// An unclosed quotation ends at the marker inside it.
		{"Furr writes “Stalin ruled alone as a tyrant [¶53].\nMore.", "¶53"},
		// Apostrophes are not quotations.
		{`Furr's view is that the leaders' efforts stymied Stalin in the '30s [¶53].`, ""},
	}
	for _, tc := range tests {
		rep := Check(tc.text, c, retrieved)
		var got []string
		for _, inv := range rep.Invalid {
			got = append(got, inv.Ref)
		}
		if strings.Join(got, ",") != tc.invalid {
			t.Errorf("%s\n flagged %v, want %q: %+v", tc.text, got, tc.invalid, rep.Invalid)
		}
	}
}

// TestCheckFlagsLooseQuotations: a quotation that cites nothing must
// stand in a retrieved passage, or it is flagged where it ends.
func TestCheckFlagsLooseQuotations(t *testing.T) {
	c := essaytest.Embedded(t)
	retrieved := []essay.Ref{ref(t, "¶53"), ref(t, "¶54")}
	rep := Check("He was stymied [¶53]. The author calls him ‘a tyrant who ruled alone’. He calls it 'The “cult”', a word.", c, retrieved)
	want := "He was stymied [¶53]. The author calls him ‘a tyrant who ruled alone’ " + UnverifiedFlag + ". " + UncitedFlag +
		" He calls it 'The “cult”', a word. " + UncitedFlag
	if rep.Text != want || len(rep.Unverified) != 1 {
		t.Errorf("text %q\nwant %q\nunverified %q", rep.Text, want, rep.Unverified)
	}
	// Flagged before a marker that starts where it ends.
	rep = Check("He writes ‘a tyrant who ruled alone’[¶99].", c, retrieved)
	if !strings.Contains(rep.Text, "[¶99: invalid citation]") {
		t.Errorf("text %q", rep.Text)
	}
}
