package retrieve

import (
	"strconv"
	"strings"

	"studyguide/internal/terms"
)

// numberWords holds the words that spell a number below a hundred, alone
// or as the first of two ("fifty-three", "fifty three").
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// spelledNumber reads the number that fields spell from their start
// ("six", "fifty-three", "fifty three", "one hundred and five") and
// returns it in digits with how many fields it took; ok is false when
// the first field spells no number.
//
// Parameters:
//   - fields: a question's words from where a number may start.
func spelledNumber(fields []string) (digits string, used int, ok bool) {
	var words []string
	for _, f := range fields {
		parts := strings.Split(strings.ToLower(trim(f)), "-")
		words = append(words, parts...)
		if len(words) > 8 {
			break
		}
	}
	n, taken := 0, 0
	for taken < len(words) {
		w := words[taken]
		v, isNum := numberWords[w]
		switch {
		case isNum && (n%100 == 0 || n%100 >= 20 && n%10 == 0 && v < 10):
			n += v
		case w == "hundred" && n > 0 && n < 10:
			n *= 100
		case w == "and" && n >= 100 && n%100 == 0 && taken+1 < len(words) && numberWords[words[taken+1]] > 0:
		default:
			return spelledDigits(n, fields, words[:taken])
		}
		taken++
	}
	return spelledDigits(n, fields, words[:taken])
}

// spelledDigits turns n, read from the words read, into its digits and
// the count of fields those words came from.
func spelledDigits(n int, fields []string, read []string) (string, int, bool) {
	if n == 0 {
		return "", 0, false
	}
	used, seen := 0, 0
	for used < len(fields) && seen < len(read) {
		seen += len(strings.Split(trim(fields[used]), "-"))
		used++
	}
	if seen > len(read) {
		// A hyphenated field half read ("six-year") is no number.
		return "", 0, false
	}
	return strconv.Itoa(n), used, true
}

// spelledStems holds the stems of the words that spell a number, left
// out of a question's words beside the refs it names ("note twelve").
var spelledStems = func() map[string]bool {
	out := map[string]bool{terms.Stem("hundred"): true}
	for w := range numberWords {
		out[terms.Stem(w)] = true
	}
	return out
}()
