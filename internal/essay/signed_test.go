package essay

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// TestSearchesOnlyWhatCanMatch holds dashSigned, bracketSigned and
// credits, which skip a text lacking what every match has, to the
// searches they stand for, on every block end and every sentence of the
// essay, the four development texts and two texts with signed and
// credited notes.
func TestSearchesOnlyWhatCanMatch(t *testing.T) {
	essay, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cs := []*Corpus{essay}
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md", "gibbon-general-observations.md", "acton-study-of-history.md"} {
		c, err := Load("testdata/texts/" + name)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	signed, credited := 0, 0
	for _, c := range cs {
		for _, p := range c.Passages {
			for _, b := range p.Blocks {
				last := strings.TrimRightFunc(b, unicode.IsSpace)
				if got, want := dashSigned(last), dashSignedRe.FindStringSubmatchIndex(last); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: dashSigned(%.60q) = %v, want %v", p.Ref, last, got, want)
				}
				if got, want := bracketSigned(last), bracketSignedRe.FindStringSubmatchIndex(last); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: bracketSigned(%.60q) = %v, want %v", p.Ref, last, got, want)
				}
				if dashSigned(last) != nil || bracketSigned(last) != nil {
					signed++
				}
			}
			for _, s := range p.Sentences {
				got, want := credits(s.Text), creditRe.FindAllStringSubmatchIndex(s.Text, -1)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: credits(%.60q) = %v, want %v", p.Ref, s.Text, got, want)
				}
				credited += len(got)
			}
		}
	}
	if signed == 0 || credited == 0 {
		t.Errorf("%d signatures and %d credits found: the texts should have some of each", signed, credited)
	}
}

// TestByLineOnlyOpeningBy holds byLine, which skips a line not opening
// "by", to byLineRe on every block of the essay and the four
// development texts, and on a few lines at the edges.
func TestByLineOnlyOpeningBy(t *testing.T) {
	lines := []string{"By John Stuart Mill", "BY HENRY DAVID THOREAU", "bY Emma Goldman", "by", "b", "", "By the way, this is prose.", "Byron", " By Someone", "Written by Someone"}
	for _, name := range []string{"civil-disobedience.md", "on-liberty.txt", "goldman-kronstadt.md", "douglass-lynched.md"} {
		data, err := os.ReadFile("testdata/texts/" + name)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	essay, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range essay.Passages {
		lines = append(lines, p.Blocks...)
	}
	for _, line := range lines {
		if got, want := byLine(line), byLineRe.FindStringSubmatch(line); !reflect.DeepEqual(got, want) {
			t.Errorf("byLine(%.60q) = %q, want %q", line, got, want)
		}
	}
}
