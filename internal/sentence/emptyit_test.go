package sentence

import "testing"

func TestEmptyIt(t *testing.T) {
	for text, want := range map[string]bool{
		"It is a tragedy that we do not have a parallel experience.": true,
		"But it follows that the plan would not have worked.":        true,
		"It could be argued whether the reform was sincere.":         true,
		"It was surely meant as a unifying measure.":                 false,
		"It must be recovered.":                                      false,
		"He was stymied by the combined efforts of others.":          false,
	} {
		if got := EmptyIt(text); got != want {
			t.Errorf("EmptyIt(%q) = %v, want %v", text, got, want)
		}
	}
}
