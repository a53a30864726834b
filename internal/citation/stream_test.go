package citation

import (
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
		if out.String() != want {
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
