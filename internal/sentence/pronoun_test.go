package sentence

import "testing"

func TestLeadingPronoun(t *testing.T) {
	for text, want := range map[string]string{
		"He was stymied by the combined efforts of other Party leaders.":               "he",
		"But he had the effrontery to put the blame on another.":                       "he",
		"Throughout his life he condemned the cult many times.":                        "his",
		"In his last speech Gladstone spoke of the harvest.":                           "",
		"It is a tragedy that we do not have a parallel experience.":                   "",
		"One of the charges against the leaders was that they were planning a change.": "",
		"The Party stood apart from the state.":                                        "",
	} {
		if got := LeadingPronoun(text); got != want {
			t.Errorf("LeadingPronoun(%q) = %q, want %q", text, got, want)
		}
	}
}
