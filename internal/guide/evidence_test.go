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
