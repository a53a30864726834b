package retrieve

import (
	"strings"
	"unicode"
)

// backThings are the pronouns that point back to a thing another clause
// names.
var backThings = words("it", "its")

// withBackName returns the later clause of a question asking two things
// with "it" read as the name the earlier clause gives, a run of
// capitalized words after its first ("When was the Boston Tea Party and
// what did Adams make of it?" asks in its second clause what Adams made
// of the Boston Tea Party), or after unchanged when the earlier
// clause asks no time or place of what it names last, or the later
// points back to nothing: in "What was the title of X's book on Y, and
// was it well reviewed?" "it" is the book.
func withBackName(before, after string) string {
	opening := strings.Fields(strings.ToLower(before))
	if len(opening) == 0 || opening[0] != "when" && opening[0] != "where" {
		return after
	}
	name := lastNameRun(before)
	if name == "" {
		return after
	}
	fields := strings.Fields(after)
	changed := false
	for i, f := range fields {
		w := strings.ToLower(strings.TrimRight(f, "?.,;!"))
		if !backThings[w] {
			continue
		}
		tail := f[len(strings.TrimRight(f, "?.,;!")):]
		if w == "its" {
			fields[i] = name + "'s" + tail
		} else {
			fields[i] = name + tail
		}
		changed = true
	}
	if !changed {
		return after
	}
	return strings.Join(fields, " ")
}

// lastNameRun returns the run of capitalized words that ends text, after
// its first word, or "": the thing a clause asking when or where names
// last ("When was the Boston Tea Party") is what a later "it" points
// back to, where a name before the clause's verb ("In what year did
// Adams die") or a possessive ("Adams's first speech") leaves the thing
// pointed back to another.
func lastNameRun(text string) string {
	fields := strings.Fields(text)
	var run []string
	for i := len(fields) - 1; i > 0; i-- {
		w := strings.Trim(fields[i], "\"“”?.,;:!()")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, "'’") {
			break
		}
		run = append([]string{w}, run...)
	}
	return strings.Join(run, " ")
}
