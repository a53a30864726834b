package llm

import (
	"regexp"
	"strings"
)

// Bounds of what redact takes for a piece of the key.
const (
	// minRun is the fewest characters of the key, beyond its common
	// prefix, that a run must share with it to be scrubbed.
	minRun = 8
	// minMasked is the fewest characters of the key that a masked echo
	// must show ("gsk_****6789") to be taken for it.
	minMasked = 4
	// maxScan bounds the text searched for runs of the key; longer text
	// loses only the whole key.
	maxScan = 1 << 16
)

// maskedRe finds what may be a key masked as servers echo it: its first
// characters, three or more stars (or dots, bullets), its last ones.
var (
	maskedRe = regexp.MustCompile(`[A-Za-z0-9_\-]*(?:\*{3,}|•{3,}|\.{3,}|…)[A-Za-z0-9_\-]*`)
	starsRe  = regexp.MustCompile(`\*{3,}|•{3,}|\.{3,}|…`)
)

// keyPrefixRe matches the prefix keys of a kind share ("sk-proj-",
// "gsk_", "sk-ant-api03-"): a piece of it alone says nothing of the key.
var keyPrefixRe = regexp.MustCompile(`^(?:[a-z]{1,5}[0-9]{0,2}[-_]){1,3}`)

// redact replaces with "[redacted]" every trace of key in s: the key
// whole, any run of minRun or more of its characters beyond its common
// prefix (a fragment, or the key cut short), and a masked echo that shows
// its first and last characters around stars.
func redact(s, key string) string {
	if key == "" || s == "" {
		return s
	}
	s = strings.ReplaceAll(s, key, "[redacted]")
	if len(s) <= maxScan {
		s = scrub(s, runsOf(s, key))
	}
	return maskedRe.ReplaceAllStringFunc(s, func(m string) string {
		if masks(m, key) {
			return "[redacted]"
		}
		return m
	})
}

// runsOf marks the bytes of s that lie in a run shared with key, at least
// minRun long beyond key's common prefix. It is the longest-common-
// substring table, one row at a time.
func runsOf(s, key string) []bool {
	prefix := len(keyPrefixRe.FindString(key))
	marked := make([]bool, len(s))
	prev := make([]int, len(key)+1)
	cur := make([]int, len(key)+1)
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(key); j++ {
			if s[i] != key[j] {
				cur[j+1] = 0
				continue
			}
			n := prev[j] + 1
			cur[j+1] = n
			// The run is key[j-n+1 : j+1]; count what lies past the prefix.
			if past := j + 1 - max(j-n+1, prefix); past >= minRun {
				for k := i - n + 1; k <= i; k++ {
					marked[k] = true
				}
			}
		}
		prev, cur = cur, prev
	}
	return marked
}

// scrub replaces each marked stretch of s with "[redacted]".
func scrub(s string, marked []bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if !marked[i] {
			b.WriteByte(s[i])
			i++
			continue
		}
		for i < len(s) && marked[i] {
			i++
		}
		b.WriteString("[redacted]")
	}
	return b.String()
}

// masks reports whether m, a word with a run of stars in it, shows the
// key's first characters before the stars and its last after them.
func masks(m, key string) bool {
	loc := starsRe.FindStringIndex(m)
	if loc == nil {
		return false
	}
	head, tail := m[:loc[0]], m[loc[1]:]
	return strings.HasPrefix(key, head) && strings.HasSuffix(key, tail) &&
		len(head)+len(tail) >= minMasked && len(head)+len(tail) < len(key)
}
