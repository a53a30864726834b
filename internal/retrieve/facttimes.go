package retrieve

import "studyguide/internal/lazyregexp"

// frequencyRe finds how often something was done, said in words rather
// than as a number: "never", "many times", "repeatedly". A question
// asking how many times a thing was done is answered by a passage that
// says it was never done, or done many times, as well as by a number.
var frequencyRe = lazyregexp.New(`(?i)\b(?:never|often|repeatedly|seldom|rarely|again and again|(?:many|several|numerous|countless|a few) times)\b`)

// asksTimes reports whether a question, given as its words, asks how
// many times something was done ("how many times", or "how many time"
// as a learner may write it).
func asksTimes(words []string) bool {
	for i := 2; i < len(words); i++ {
		if words[i-2] == "how" && words[i-1] == "many" && (words[i] == "times" || words[i] == "time") {
			return true
		}
	}
	return false
}
