package sentence

import (
	"slices"
	"strings"

	"studyguide/internal/memo"
)

// pronouns open a sentence whose subject is named in the one before it.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "his": true, "her": true, "their": true, "it": true, "its": true}

// PronounReach is how many words into a sentence a pronoun that is its
// subject stands.
const PronounReach = 5

// LeadingPronoun returns, lower-cased, the pronoun that is a sentence's
// subject and stands for someone or something named before it, or "":
// one comes among its first few words before any name ("He was stymied
// ...", "But he had ...", "Throughout his life he condemned ..."), and no
// name follows it closely, which it would point forward to ("In his last
// speech Gladstone ..."). An empty "it" ("It is a tragedy that ...")
// stands for nothing before it, and a pronoun far into a sentence ("...
// was that they were planning ...") for a noun of its own.
func LeadingPronoun(text string) string {
	return leadingPronouns.Get(text, leadingPronoun)
}

// leadingPronouns keeps what LeadingPronoun found in each sentence.
var leadingPronouns = memo.Memo[string, string]{Max: maxMemo}

// leadingPronoun is LeadingPronoun, read afresh.
func leadingPronoun(text string) string {
	fields := leadingFields(text, PronounReach+3)
	capital := func(f string) bool {
		f = strings.Trim(f, "\"“”'‘’(),;:")
		return f != "" && strings.ContainsAny(f[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	}
	for i, f := range fields {
		if i == PronounReach {
			break
		}
		w := strings.ToLower(strings.Trim(f, "\"“”'‘’(),;:"))
		if pronouns[w] {
			// The expression of an empty "it" is read last: most
			// sentences have no pronoun to test.
			if slices.ContainsFunc(fields[i+1:min(len(fields), i+4)], capital) || EmptyIt(text) {
				return ""
			}
			return w
		}
		if i > 0 && capital(f) {
			return ""
		}
	}
	return ""
}

// leadingFields returns the first n of text's fields, as strings.Fields
// splits them: LeadingPronoun reads no further, and the answers test
// every sentence they might quote.
func leadingFields(text string, n int) []string {
	out := make([]string, 0, n)
	for f := range strings.FieldsSeq(text) {
		if len(out) == n {
			break
		}
		out = append(out, f)
	}
	return out
}
