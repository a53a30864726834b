package retrieve

import "testing"

// TestTitleGivenByPronoun checks, on the essay, that a title a note
// gives of someone's work in the sentence after naming him ("Pyzhikov
// attributes ... (See also his article "N.A. Voznesenski" at <>)")
// answers a question asking it: eval80's and eval59's questions were
// declined as asking a title the text never gives. A title the text
// never gives is still declined.
func TestTitleGivenByPronoun(t *testing.T) {
	checkReadings(t, []readingCase{
		{"What is the title of Pyzhikov's online article?", "note 3", Respelling{}},
		{"What's the title of Pyzhikov's article on Voznesenskiy?", "note 3", Respelling{}},
	})
	checkStillDeclined(t, []textQuestions{{"", []string{"What is the title of Zhdanov's book?"}}})
}
