package suggest

import "testing"

func TestNearest(t *testing.T) {
	names := []string{"ask", "show", "questions", "index", "guide", "chat", "eval"}
	for typed, want := range map[string]string{
		"aks": "ask", "shwo": "show", "qestions": "questions", "guid": "guide",
		"index": "index", "xyzzy": "", "": "",
	} {
		if got := Nearest(typed, names); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", typed, got, want)
		}
	}
}
