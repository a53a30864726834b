package retrieve

import (
	"testing"
)

// TestADayOfAMonthCountsNothing checks that the count test reads a
// number in a date as no count: the essay cites a newspaper's issue "of
// January 13, 2000", and "how many issues a week" it put out is
// declined, as the text gives no such count; a number beside the words
// asked of still counts, and the day's number counts when gives is not
// told to read a count without days.
func TestADayOfAMonthCountsNothing(t *testing.T) {
	any := func(string) bool { return true }
	if gives(countRe, "The earliest publication is in the newspaper of January 13, 2000.", map[string]bool{"2000": true}, any, factReading{dayless: true}) {
		t.Errorf("the day of a date was read as a count")
	}
	if !gives(countRe, "The earliest publication is in the newspaper of January 13, 2000.", map[string]bool{"2000": true}, any, factReading{}) {
		t.Errorf("read with the days of months, the 13 of the date gave no count")
	}
	if !gives(countRe, "The newspaper put out 13 issues in January.", nil, any, factReading{dayless: true}) {
		t.Errorf("a count beside a month was not read")
	}
	r := retriever(t, Hybrid)
	abstains := abstainsOn(t, r)
	if q := "How many issues a week did Sovetskaia Rossiia put out in 2000?"; !abstains(q) {
		t.Errorf("%q was answered: the text gives only the day of an issue", q)
	}
}
