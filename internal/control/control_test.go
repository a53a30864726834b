package control

import "testing"

func TestStrip(t *testing.T) {
	tests := map[string]string{
		"plain ¶53 “quote”":            "plain ¶53 “quote”",
		"red \x1b[31mtext\x1b[0m":      "red text",
		"title \x1b]0;pwned\x07 here":  "title  here",
		"clear\x1b[2J\x1b[Hscreen":     "clearscreen",
		"bell\x07 and nul\x00":         "bell and nul",
		"lone escape\x1b":              "lone escape",
		"bidi \u202eevil\u202c":        "bidi evil",
		"zero\u200bwidth\ufeff":        "zerowidth",
		"keeps\ttabs\r\nand\u00a0nbsp": "keeps\ttabs\r\nand\u00a0nbsp",
		"form\ffeed\vtab":              "form\ffeed\vtab",
	}
	for in, want := range tests {
		if got := Strip(in); got != want {
			t.Errorf("Strip(%q) = %q, want %q", in, got, want)
		}
	}
}
