package guide

import (
	"testing"
)

// TestGlossaryLeavesOutWhatNotesOnlyCite builds two guides whose notes
// cite works: Turner's glossary gave "Mississippi Valley", which the
// body names once and the notes quote only as the title of Monette's
// history; the Federalist's gave "Emperor" by a note that lists him
// among the League of Cambray's members, and "Phidias" by a note that
// opens on a stray bracket and "Ibid.".
func TestGlossaryLeavesOutWhatNotesOnlyCite(t *testing.T) {
	for name, absent := range map[string][]string{
		"turner-frontier.md": {"Mississippi Valley"},
		"federalist.txt":     {"Emperor", "Phidias"},
	} {
		g := textGuide(t, name)
		for _, term := range g.Terms {
			for _, a := range absent {
				if term.Term == a {
					t.Errorf("%s: the glossary gives %q: %q", name, a, term.Quote.Text)
				}
			}
		}
	}
}

// TestBibliographicOpenings reads sentences that only point to a source,
// a footnote's stray bracket before them included.
func TestBibliographicOpenings(t *testing.T) {
	for text, want := range map[string]bool{
		"] Ibid. Phidias was supposed to have stolen some public gold.": true,
		"Ibid., p. 4.":            true,
		") See the first volume.": true,
		"Phidias was a sculptor.": false,
		"The Emperor was at war.": false,
	} {
		if got := bibRe.MatchString(text); got != want {
			t.Errorf("bibRe.MatchString(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTitlesInNameLists reads lists of titled rulers as lists of names,
// which say nothing of any one of them.
func TestTitlesInNameLists(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"The League of Cambray, comprehending the Emperor, the King of France, the King of Aragon, and most of the Italian princes and states.", "Emperor", true},
		{"led by Remond, Nell, Wells-Brown, and Douglass", "Nell", true},
		{"The Emperor was at war with the King of France.", "Emperor", false},
	} {
		if got := inNameList(c.text, c.term); got != c.want {
			t.Errorf("inNameList(%q, %q) = %v, want %v", c.text, c.term, got, c.want)
		}
	}
}
