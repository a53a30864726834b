package essay

import (
	"regexp"
	"strconv"
)

// markerRe finds note markers in running text: "[3]", "[^3]", superscript
// digits, and digits set right against a word or its punctuation
// ("times.15", "prostitute,1", "liberty1 throughout"). A number after a
// space ("in 1936") or inside a decimal ("3.5") is not a marker.
var markerRe = regexp.MustCompile(`\[\^?([1-9]\d{0,2})\]|([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})|([\pL.,;:!?"”’)\]])([1-9]\d{0,2})(?:\s|$)`)

// markersIn returns the note numbers text marks, in order.
func markersIn(text string) []int {
	var out []int
	for _, m := range markerRe.FindAllStringSubmatchIndex(text, -1) {
		switch {
		case m[2] >= 0:
			n, _ := strconv.Atoi(text[m[2]:m[3]])
			out = append(out, n)
		case m[4] >= 0:
			out = append(out, superDigits(text[m[4]:m[5]]))
		case m[8] >= 0:
			// "3.5": a period between digits is a decimal point.
			if text[m[6]] == '.' && m[6] > 0 && text[m[6]-1] >= '0' && text[m[6]-1] <= '9' {
				continue
			}
			n, _ := strconv.Atoi(text[m[8]:m[9]])
			out = append(out, n)
		}
	}
	return out
}
