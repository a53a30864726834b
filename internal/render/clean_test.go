package render

import "testing"

func TestClean(t *testing.T) {
	tests := map[string]string{
		"plain ¶53 “quote”":           "plain ¶53 “quote”",
		"red \x1b[31mtext\x1b[0m":     "red text",
		"title \x1b]0;pwned\x07 here": "title  here",
		"bell\x07 and nul\x00":        "bell and nul",
		"line\nbreak\ttab":            "line\nbreak tab",
		"bidi \u202eevil\u202c":       "bidi evil",
	}
	for in, want := range tests {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
	if got := OneLine("two\nlines\x1b[2J"); got != "two lines" {
		t.Errorf("OneLine = %q", got)
	}
}

func TestWrap(t *testing.T) {
	if got := Wrap("one two three four", 9, ""); got != "one two\nthree\nfour" {
		t.Errorf("Wrap = %q", got)
	}
	if got := Wrap("one two", 0, "  "); got != "  one two" {
		t.Errorf("Wrap without width = %q", got)
	}
}
