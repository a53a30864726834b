package llm

import (
	"strings"
	"testing"
)

func TestRedactScrubsEveryTraceOfTheKey(t *testing.T) {
	key := "gsk_AbCdEfGh1234567890ijklMNOPqrst6789"
	for _, tc := range []struct{ in, want string }{
		{"key " + key + " refused", "key [redacted] refused"},
		// Masked as servers echo it: first characters, stars, last ones.
		{"Invalid API Key: gsk_AbCd****************6789.", "Invalid API Key: [redacted]."},
		{"key gsk_****6789 expired", "key [redacted] expired"},
		{"key ****************6789 expired", "key [redacted] expired"},
		{"key gsk_Ab...6789 expired", "key [redacted] expired"},
		// A fragment of eight or more of its characters, or the key cut
		// short.
		{"token EfGh1234567 is bad", "token [redacted] is bad"},
		{"got gsk_AbCdEfGh12", "got [redacted]"},
		// Not the prefix such keys share, nor words that merely look alike.
		{"keys start with gsk_ on Groq", "keys start with gsk_ on Groq"},
		{"use gsk_XyZw**** for this", "use gsk_XyZw**** for this"},
		{"wait... and then 6789 more", "wait... and then 6789 more"},
		{"Stalin was stymied by 1234567 leaders", "Stalin was stymied by 1234567 leaders"},
	} {
		if got := redact(tc.in, key); got != tc.want {
			t.Errorf("redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	proj := "sk-proj-Q1w2E3r4T5y6U7i8O9p0"
	for _, tc := range []struct{ in, want string }{
		{"project keys begin sk-proj- and go on", "project keys begin sk-proj- and go on"},
		{"key sk-proj-Q1w2E3r4 refused", "key [redacted] refused"},
		{"key sk-proj-Q1w2**********O9p0 refused", "key [redacted] refused"},
	} {
		if got := redact(tc.in, proj); got != tc.want {
			t.Errorf("redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := redact(strings.Repeat("x", maxScan+1)+key, key); strings.Contains(got, key) {
		t.Error("a long text kept the key")
	}
}
