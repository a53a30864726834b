package guide

import (
	"slices"
	"strings"
	"testing"
)

// TestStoryScenesAreWhatHappens builds two stories' guides, whose scenes
// were chosen as an argument's claims: the Narrative's were four of its
// reflections ("The same traits of character might be seen in ...",
// "Children from seven to ten years old ... might be seen at all
// seasons of the year.") beside two events, and the Scandal in
// Bohemia's only two, a journey home and a glimpse. A scene tells an
// event; what may be, a modal's, is no scene.
func TestStoryScenesAreWhatHappens(t *testing.T) {
	for name, want := range map[string][]string{
		"douglass-narrative.md": {"Aunt Hester had not only disobeyed his orders", "Mr. Severe, the overseer, used to stand by the door"},
		"sherlock-holmes.txt":   {"Holmes dashed into the crowd to protect the lady", "Holmes rushed at the bell-pull"},
	} {
		g := textGuide(t, name)
		var scenes []string
		for _, q := range g.Questions() {
			scenes = append(scenes, q.Text)
			if tenseOf(q.Text).has(modal) {
				t.Errorf("%s: the scene %q says what may be", name, q.Text)
			}
		}
		if len(scenes) < 5 {
			t.Errorf("%s: %d scenes, want at least 5", name, len(scenes))
		}
		for _, w := range want {
			if !slices.ContainsFunc(scenes, func(s string) bool { return strings.HasPrefix(s, w) }) {
				t.Errorf("%s: no scene opens %q; scenes %q", name, w, scenes)
			}
		}
	}
}

// TestHappensWeighsEvents weighs sentences as scenes: a told event with
// its moment and its actor most, a plain told one more than one that
// says what may be seen.
func TestHappensWeighsEvents(t *testing.T) {
	b := &builder{}
	w := func(text string) float64 { return b.happens(&sentence{text: text}) }
	moment := w("One night they walked to the river.")
	told := w("The farm was sold at a loss.")
	may := w("Children might be seen at all seasons of the year.")
	if !(moment > told && told > may && may < untoldBelow && told >= untoldBelow) {
		t.Errorf("happens: moment %.2f, told %.2f, may %.2f; want them in that order, only the last under %.2f", moment, told, may, untoldBelow)
	}
}
