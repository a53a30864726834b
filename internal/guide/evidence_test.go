package guide

import (
	"strings"
	"testing"
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
