package citation

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
	"studyguide/internal/essay/essaytest"
)

func TestFlaggerNeverShowsAMadeUpRefAsValid(t *testing.T) {
	c := essaytest.Embedded(t)
	retrieved := []essay.Ref{ref(t, "¶53"), ref(t, "note 15")}
	answer := "Furr argues that Stalin was stymied by other Party leaders [53]. He adds a claim [¶99] (¶58) " +
		"and a footnote [n15], a year (1936), an aside [sic] and an open [bracket\nthat never closes."
	want := "Furr argues that Stalin was stymied by other Party leaders [¶53]. He adds a claim [¶99: invalid citation] [¶58: invalid citation] " +
		"and a footnote [note 15], a year (1936), an aside [sic] and an open [bracket\nthat never closes."
	for _, size := range []int{1, 2, 3, 7, 1000} {
		var out strings.Builder
		f := NewFlagger(&out, c, retrieved)
		for i := 0; i < len(answer); i += size {
			if _, err := f.Write([]byte(answer[i:min(i+size, len(answer))])); err != nil {
				t.Fatal(err)
			}
			if s := out.String(); strings.Contains(s, "[¶99]") || strings.Contains(s, "(¶58)") {
				t.Fatalf("pieces of %d: an invalid ref showed as valid: %q", size, s)
			}
		}
		if err := f.Flush(); err != nil {
			t.Fatal(err)
		}
		// The stream shows, as Check's text does not, that note 15
		// supports its claim weakly.
		if got := strings.Replace(out.String(), "[note 15: "+WeakFlag+"]", "[note 15]", 1); got != want || got == out.String() {
			t.Errorf("pieces of %d:\n got %q\nwant %q", size, out.String(), want)
		}
	}
	if got := Check(answer, c, retrieved).Text; got != want {
		t.Errorf("Check and the stream disagree:\n%q\n%q", got, want)
	}
}

func TestFlaggerReleasesLongBrackets(t *testing.T) {
	var out strings.Builder
	f := NewFlagger(&out, essaytest.Embedded(t), nil)
	long := "[" + strings.Repeat("x", maxGroup+5)
	f.Write([]byte(long))
	if out.String() != long {
		t.Errorf("a long open bracket was held back: %q", out.String())
	}
}

// stream feeds answer to a Flagger in pieces of size and returns what it
// wrote, calling each with the output after every piece.
func stream(t *testing.T, answer string, size int, retrieved []essay.Ref, each func(out string)) string {
	t.Helper()
	var out strings.Builder
	f := NewFlagger(&out, essaytest.Embedded(t), retrieved)
	for i := 0; i < len(answer); i += size {
		if _, err := f.Write([]byte(answer[i:min(i+size, len(answer))])); err != nil {
			t.Fatal(err)
		}
		if each != nil {
			each(out.String())
		}
	}
	if err := f.Flush(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestFlaggerChecksQuotations: a quotation that is not verbatim in the
// passage its citation names never shows with the citation as valid,
// whatever its marks; a true one streams as it came.
func TestFlaggerChecksQuotations(t *testing.T) {
	retrieved := []essay.Ref{ref(t, "¶53"), ref(t, "¶54")}
	for _, marks := range [][2]string{{"'", "'"}, {"‘", "’"}, {"«", "»"}, {"„", "“"}, {"`", "`"}, {"“", "”"}} {
		answer := "Furr writes that " + marks[0] + "Stalin ruled alone as a tyrant" + marks[1] + " [¶53]. " +
			"He adds " + marks[0] + "The \"cult\" disguised these political struggles." + marks[1] + " [¶54]"
		want := Check(answer, essaytest.Embedded(t), retrieved).Text
		if !strings.Contains(want, "[¶53: invalid citation]") || !strings.Contains(want, "[¶54]") {
			t.Fatalf("%s: Check gives %q", answer, want)
		}
		for _, size := range []int{1, 3, 8, 1000} {
			got := stream(t, answer, size, retrieved, func(out string) {
				if strings.Contains(out, "[¶53]") {
					t.Fatalf("%s, pieces of %d: the failed quotation showed as valid: %q", marks, size, out)
				}
			})
			if got != want {
				t.Errorf("%s, pieces of %d:\n got %q\nwant %q", marks, size, got, want)
			}
		}
	}
}

// TestFlaggerStreamsWords: outside quotations and brackets, words show as
// they come, before their sentence ends.
func TestFlaggerStreamsWords(t *testing.T) {
	var out strings.Builder
	f := NewFlagger(&out, essaytest.Embedded(t), []essay.Ref{ref(t, "¶53")})
	f.Write([]byte("Furr argues that "))
	f.Write([]byte("Stalin was "))
	if out.String() != "Furr argues that Stalin was" {
		t.Errorf("after two pieces: %q", out.String())
	}
	f.Write([]byte("“never"))
	if out.String() != "Furr argues that Stalin was " {
		t.Errorf("an open quotation showed before its check: %q", out.String())
	}
}

// TestFlaggerMarksUncitedClaims: in a model's answer that cites, a
// sentence that makes a claim and cites nothing is marked as such; a
// model that declines is not.
func TestFlaggerMarksUncitedClaims(t *testing.T) {
	retrieved := []essay.Ref{ref(t, "¶53")}
	answer := "Furr argues that Stalin was stymied by other leaders [¶53]. Stalin was a tyrant who ruled alone. " +
		"Why? He was never able to attain his goal [¶53]. In short, the leaders won the struggle."
	want := "Furr argues that Stalin was stymied by other leaders [¶53]. Stalin was a tyrant who ruled alone. " + UncitedFlag +
		" Why? He was never able to attain his goal [¶53]. In short, the leaders won the struggle. " + UncitedFlag
	for _, size := range []int{1, 5, 1000} {
		if got := stream(t, answer, size, retrieved, nil); got != want {
			t.Errorf("pieces of %d:\n got %q\nwant %q", size, got, want)
		}
	}
	// A claim before the first citation is held back until the answer
	// cites, and then marked.
	first := "Stalin was a tyrant who ruled alone. Furr argues that he was stymied by other leaders [¶53]."
	wantFirst := "Stalin was a tyrant who ruled alone. " + UncitedFlag + " Furr argues that he was stymied by other leaders [¶53]."
	for _, size := range []int{1, 7, 1000} {
		if got := stream(t, first, size, retrieved, nil); got != wantFirst {
			t.Errorf("pieces of %d:\n got %q\nwant %q", size, got, wantFirst)
		}
	}
	// Check, which a JSON answer goes through, marks them alike.
	rep := Check(answer, essaytest.Embedded(t), retrieved)
	if rep.Text != want || len(rep.Uncited) != 2 || rep.Uncited[0] != "Stalin was a tyrant who ruled alone." {
		t.Errorf("checked whole:\n got %q\nwant %q\nuncited %q", rep.Text, want, rep.Uncited)
	}
	decline := "The essay does not address this question. It never mentions the NEP."
	if got := stream(t, decline, 4, retrieved, nil); got != decline {
		t.Errorf("a declining answer became %q", got)
	}
	if rep := Check(decline, essaytest.Embedded(t), retrieved); rep.Text != decline || len(rep.Uncited) != 0 {
		t.Errorf("a declining answer, checked whole, became %q", rep.Text)
	}
}

// TestQuotationOfSeveralSentencesIsCitedWhole: the sentences of one
// quotation share the ref after its last, streamed or checked whole, and
// its words are checked as one; a sentence that merely ends on a quoted
// word still needs a ref of its own.
func TestQuotationOfSeveralSentencesIsCitedWhole(t *testing.T) {
	retrieved := []essay.Ref{ref(t, "¶53")}
	answer := "Furr argues: “In fact, Stalin was never \"all-powerful.\" He was stymied by the combined efforts of other Party leaders.” [¶53]"
	for _, size := range []int{1, 6, 1000} {
		if got := stream(t, answer, size, retrieved, nil); got != answer {
			t.Errorf("pieces of %d:\n got %q\nwant %q", size, got, answer)
		}
	}
	rep := Check(answer, essaytest.Embedded(t), retrieved)
	if rep.Text != answer || len(rep.Uncited) != 0 || len(rep.Citations) != 1 || !rep.Citations[0].Supported {
		t.Errorf("checked whole: %q, uncited %q, citations %+v", rep.Text, rep.Uncited, rep.Citations)
	}
	invented := "Furr argues: “Stalin ruled alone as a tyrant. He was stymied by the combined efforts of other Party leaders.” [¶53]"
	if rep := Check(invented, essaytest.Embedded(t), retrieved); len(rep.Invalid) != 1 {
		t.Errorf("an invented first sentence passed: %+v", rep)
	}
	scare := "He calls the leaders “all-powerful.” Furr argues he was stymied by other leaders [¶53]."
	if rep := Check(scare, essaytest.Embedded(t), retrieved); len(rep.Uncited) != 1 {
		t.Errorf("a sentence ending on a quoted word went uncited unflagged: %q", rep.Text)
	}
}

// TestFlaggerFlagsACitationBeforeItsQuotation: a citation before the
// quotation it names is held until the quotation is checked, and flagged
// where it stands.
func TestFlaggerFlagsACitationBeforeItsQuotation(t *testing.T) {
	retrieved := []essay.Ref{ref(t, "¶53")}
	answer := "In [¶53] Furr writes 'Stalin ruled alone as a tyrant'. He was stymied by other leaders [¶53]."
	got := stream(t, answer, 2, retrieved, nil)
	want := "In [¶53: invalid citation] Furr writes 'Stalin ruled alone as a tyrant'. He was stymied by other leaders [¶53]."
	if got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

// BenchmarkFlaggerLongAnswer streams a long answer word by word: each
// piece must cost little more than the text since the last settled
// sentence.
func BenchmarkFlaggerLongAnswer(b *testing.B) {
	c := essaytest.Embedded(b)
	var all []essay.Ref
	for _, p := range c.Passages {
		all = append(all, p.Ref)
	}
	answer := strings.Repeat("Furr argues that “Stalin was never \"all-powerful.\"” [¶53] Stalin was stymied by the leaders [¶53]. ", 200)
	words := strings.SplitAfter(answer, " ")
	for b.Loop() {
		f := NewFlagger(io.Discard, c, all)
		for _, w := range words {
			f.Write([]byte(w))
		}
		f.Flush()
	}
}

// TestFlaggerShowsWeakSupport: a citation whose passage shares too few of
// the claim's words shows so, where Check reports it unsupported.
func TestFlaggerShowsWeakSupport(t *testing.T) {
	retrieved := []essay.Ref{ref(t, "¶53"), ref(t, "note 15")}
	answer := "Bananas grow in tropical climates [note 15]. Stalin was stymied by other leaders [¶53]."
	want := "Bananas grow in tropical climates [note 15: " + WeakFlag + "]. Stalin was stymied by other leaders [¶53]."
	if got := stream(t, answer, 3, retrieved, nil); got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

func TestFlaggerHoldsASectionCount(t *testing.T) {
	// A collection that prints two versions of one paper: the second's
	// refs are "No. 70 (2) ...", and "(2)" inside a marker does not close
	// it early.
	long := strings.Repeat("The body of the paper goes on at length here. ", 8)
	paper := "FEDERALIST No. 70\n\n" + long + "Energy is a leading character.1\n\n" + long + "\n\nPUBLIUS.\n\n1 A note.\n\n"
	file := filepath.Join(t.TempDir(), "papers.txt")
	if err := os.WriteFile(file, []byte(paper+paper), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := essay.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	retrieved := []essay.Ref{ref(t, "No. 70 (2) note 1")}
	answer := "The author says it again [No. 70 (2) note 1]. He never says so [No. 70 (3) note 1] or so (No. 70 (4) note 1)."
	want := "The author says it again [No. 70 (2) note 1]. He never says so [No. 70 (3) note 1: invalid citation] or so [No. 70 (4) note 1: invalid citation]."
	for _, size := range []int{1, 2, 3, 7, 1000} {
		var out strings.Builder
		f := NewFlagger(&out, c, retrieved)
		for i := 0; i < len(answer); i += size {
			if _, err := f.Write([]byte(answer[i:min(i+size, len(answer))])); err != nil {
				t.Fatal(err)
			}
			if s := out.String(); strings.Contains(s, "(3) note 1]") || strings.Contains(s, "(4) note 1)") {
				t.Fatalf("pieces of %d: an invalid ref showed as valid: %q", size, s)
			}
		}
		if err := f.Flush(); err != nil {
			t.Fatal(err)
		}
		if got := strings.ReplaceAll(out.String(), ": "+WeakFlag, ""); got != want {
			t.Errorf("pieces of %d:\n got %q\nwant %q", size, out.String(), want)
		}
	}
}
