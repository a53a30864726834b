package essay

import (
	"strings"
	"unicode"

	"studyguide/internal/lazyregexp"
)

// volumeTitleRe finds a title that names a volume or a collection rather
// than one work: "Volume Five", "Vol. II", "Collected Works", "Papers and
// Writings", "Selected Speeches".
var volumeTitleRe = lazyregexp.New(`(?i)\b(?:vol\.|volume)\s+(?:[0-9]+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\b(?:works|writings|papers|speeches|letters|essays|collected|selected)\b`)

// titleFromHeading gives the title of a volume way to the one heading
// that stands over every paragraph: a file that holds one speech, letter
// or essay out of a collected edition is that piece, and a guide headed
// with the edition's name ("The Works of ..., Volume Two") names a book
// the class is not reading. A heading that only numbers a part ("CHAPTER
// II.", "Introductory") names no work, and the volume's title stays.
func (s *Source) titleFromHeading() {
	if !volumeTitleRe.MatchString(s.Meta.Title) {
		return
	}
	heading, ok := s.soleHeading()
	if !ok || !namesWork(heading) {
		return
	}
	s.Meta.Title = TitleCase(strings.TrimRight(heading, ".,;:"))
}

// soleHeading returns the section every paragraph of the source stands
// under, if there is one.
func (s *Source) soleHeading() (string, bool) {
	heading, seen := "", false
	for _, p := range s.Passages {
		if p.Ref.Kind != Paragraph {
			continue
		}
		if seen && p.Section != heading {
			return "", false
		}
		heading, seen = p.Section, true
	}
	return heading, heading != ""
}

// namesWork reports whether a heading names a piece of writing: at least
// two words beyond a part's number ("Chapter VIII. Of the Beginning of
// Political Societies" does, "CHAPTER II." and "Introductory" do not).
func namesWork(heading string) bool {
	rest := designatorRe.ReplaceAllString(heading, "")
	words := 0
	for _, w := range strings.Fields(rest) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 2
}
