package retrieve

import "studyguide/internal/terms"

// digitNames are the numbers of one digit in words, by digit.
var digitNames = [10]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// numberWord returns the stem of the other way of writing a number of
// one digit, "3" for "three" and "three" for "3", or nil: a text writes
// small numbers in words and a question often in figures ("the 3
// stages"), or the other way round.
func numberWord(stem string) []string {
	if len(stem) == 1 && stem[0] >= '0' && stem[0] <= '9' {
		return []string{terms.Stem(digitNames[stem[0]-'0'])}
	}
	for d, name := range digitNames {
		if stem == terms.Stem(name) {
			return []string{string(rune('0' + d))}
		}
	}
	return nil
}
