package guide

import "testing"

// TestGlossaryHeadsTitledNames builds two guides whose people the text
// always names after a title: The Scandal in Bohemia's glossary headed
// its landlady "Turner", a name the story never writes alone, and
// Douglass's Narrative headed his overseer "Severe". Holmes, whom the
// story names bare, keeps his name as it is.
func TestGlossaryHeadsTitledNames(t *testing.T) {
	for name, want := range map[string]map[string]string{
		"sherlock-holmes.txt":   {"Turner": "Mrs. Turner", "Holmes": "Holmes"},
		"douglass-narrative.md": {"Severe": "Mr. Severe"},
	} {
		g := textGuide(t, name)
		for term, head := range want {
			found := false
			for _, tm := range g.Terms {
				if tm.Term == term {
					found = true
					if tm.Heading() != head {
						t.Errorf("%s: %q is headed %q, want %q", name, term, tm.Heading(), head)
					}
				}
			}
			if !found {
				t.Errorf("%s: the glossary has no %q", name, term)
			}
		}
	}
}
