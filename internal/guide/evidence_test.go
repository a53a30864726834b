package guide

import (
	"strings"
	"testing"

	"studyguide/internal/terms"
)

// TestClaimIsNotItsOwnEvidence builds Civil Disobedience's guide, whose
// first claim, "I heartily accept the motto ...", stood again in its own
// evidence, in a run with the sentence after it: no claim's evidence
// quotes the claim.
func TestClaimIsNotItsOwnEvidence(t *testing.T) {
	g := textGuide(t, "civil-disobedience.md")
	for _, q := range g.Questions() {
		if q.Origin != Claim {
			continue
		}
		for _, e := range q.Evidence {
			if e.Ref == q.Ref && strings.Contains(e.Text, q.Text) {
				t.Errorf("the claim of %s is quoted in its own evidence: %q", q.Ref.Marker(), e.Text)
			}
		}
	}
}

// TestVeryLongEvidenceIsCutAtItsFirstClause builds the guide of
// Machiavelli's chapters (a text whose guide is read, never its question
// set), whose claim on clemency quoted ¶2's sentence of 150 words whole:
// its usual cut ("Therefore, putting on one side imaginary things ...,
// and discussing those which are real …") leaves no main clause. It is
// now cut at its first semicolon, after "I say that all men ... are
// remarkable for some of those qualities which bring them either blame
// or praise", and no piece of evidence runs past twice the words a cut
// starts at.
func TestVeryLongEvidenceIsCutAtItsFirstClause(t *testing.T) {
	g := textGuide(t, "machiavelli-prince.md")
	for _, q := range g.Questions() {
		for _, e := range q.Evidence {
			if strings.HasPrefix(e.Text, "Therefore, putting on one side") && !strings.HasSuffix(e.Text, "either blame or praise …") {
				t.Errorf("%s: ¶2 quoted as %q, want it cut after its first clause", q.Ref, e.Text)
			}
			if n := wordCount(e.Text); n > 2*cutWords && !strings.Contains(e.Text, Ellipsis) {
				t.Errorf("%s: evidence of %d words quoted whole: %.80q", q.Ref, n, e.Text)
			}
		}
	}
}

// TestNegatedWordIsReadAsLess reads a word a negating prefix joins
// ("anti-republican") at negatedShare of its weight as evidence, unless
// the sentence also uses it bare, and leaves the stems the summary and
// glossary read alone.
func TestNegatedWordIsReadAsLess(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"Jivago's rule was harsh and deeply anti-republican.", negatedShare},
		{"Jivago's rule was anti-republican, though he called it republican.", 1},
		{"The republic survived Jivago's rule.", 1},
	} {
		s := &sentence{text: c.text, stems: stemsOutsideAsides(c.text)}
		readSenses(s)
		st := terms.Stem("republican")
		if c.want == 1 && s.heard != nil && s.heard[st] != s.stems[st] {
			t.Errorf("%q: evidence reads %q at %v, want its own weight %v", c.text, st, s.heard[st], s.stems[st])
		}
		if c.want != 1 && (s.heard == nil || s.heard[st] != c.want*s.stems[st] || s.stems[st] != 1) {
			t.Errorf("%q: evidence reads %q at %v (stems %v), want %v", c.text, st, s.heard[st], s.stems[st], c.want)
		}
	}
}

// TestOfficeHoldersAreReadAsPeople reads a "-ship" noun after "the" that
// stands for the people who lead ("the Jivago leadership") as the word
// for them, not as the way of leading a question may ask about; "of"
// after it, or a base that names no person, leaves it as it is.
func TestOfficeHoldersAreReadAsPeople(t *testing.T) {
	for _, c := range []struct {
		text, word string
		people     bool
	}{
		{"They aimed at the arrest of the Jivago leadership and a coup.", "leadership", true},
		{"The membership voted the plan down.", "membership", true},
		{"Political leadership of that kind is rare.", "leadership", false},
		{"They praised the leadership of the movement.", "leadership", false},
		{"The hardship of the winter was great.", "hardship", false},
	} {
		s := &sentence{text: c.text, stems: stemsOutsideAsides(c.text), pos: map[string][]int{}}
		readSenses(s)
		st, base := terms.Stem(c.word), terms.Stem(strings.TrimSuffix(c.word, "ship"))
		_, own := s.stems[st]
		got := s.heard != nil && s.heard[base] > 0 && s.heard[st] == 0
		if !own || got != c.people {
			t.Errorf("%q: %q read as %q: %v, want %v", c.text, c.word, base, got, c.people)
		}
	}
}

// TestEvidenceAnswersRatherThanSharesANegatedWord builds the essay's
// guide, whose "What form can "democracy" take ...?" quoted ¶55's "the
// effect of the "cult" was authoritarian, and deeply anti-democratic",
// which shares only that word with it, while ¶50's "This "democracy" is
// a form and a technique of capitalist class rule" went to weaker
// claims of other questions. It now quotes ¶50's sentence, and every
// question keeps the quote it opened on. "What are the specific forms of
// political leadership ...?" opened on ¶57's "assassination of the Party
// leadership", the people who lead; it opens on the local leaders'
// "dictatorial habits", and "Or did this model ...?" keeps ¶50's "Nor
// does "democracy" mean ...", which that move had cost it.
func TestEvidenceAnswersRatherThanSharesANegatedWord(t *testing.T) {
	g, _ := build(t, "¶56")
	first := map[string]string{
		"What form can":                    `Nor does "democracy" mean`,
		"Would the implementation":         "Once we question the idea",
		"Or did this model":                `Nor does "democracy" mean`,
		"What are the specific forms":      "At the same time, local Party leaders",
		"What is the proper role":          "The material benefits of high Party office",
		"What forms of political (and eco": "The idea shared by virtually all socialists",
	}
	for _, q := range g.Questions() {
		if strings.HasPrefix(q.Text, "What form can") {
			form := false
			for _, e := range q.Evidence {
				form = form || strings.HasPrefix(e.Text, `This "democracy" is a form`)
				if strings.Contains(e.Text, "anti-democratic") {
					t.Errorf("%.40q quotes %s %.60q", q.Text, e.Ref.Marker(), e.Text)
				}
			}
			if !form {
				t.Errorf("%.40q does not quote ¶50's \"This democracy is a form ...\"", q.Text)
			}
		}
		for _, e := range q.Evidence {
			if strings.HasPrefix(q.Text, "What are the specific forms") && strings.Contains(e.Text, "Party leadership") {
				t.Errorf("%.40q quotes %s %.60q", q.Text, e.Ref.Marker(), e.Text)
			}
		}
		for opens, want := range first {
			if strings.HasPrefix(q.Text, opens) && (len(q.Evidence) == 0 || !strings.HasPrefix(q.Evidence[0].Text, want)) {
				t.Errorf("%.40q no longer opens on %q", q.Text, want)
			}
		}
	}
}
