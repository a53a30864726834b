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

func TestUnknown(t *testing.T) {
	names := []string{"/sources", "/show"}
	if got := Unknown("command", "/SORCES", names, "/help lists them").Error(); got != `unknown command "/SORCES": did you mean "/sources"? (/help lists them)` {
		t.Errorf("near miss: %q", got)
	}
	if got := Unknown("command", "/zzzz", names, "/help lists them").Error(); got != `unknown command "/zzzz" (/help lists them)` {
		t.Errorf("far miss: %q", got)
	}
}
