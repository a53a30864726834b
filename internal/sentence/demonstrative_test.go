package sentence

import "testing"

func TestBareDemonstrative(t *testing.T) {
	for text, want := range map[string]bool{
		"Mukhin believes this was a fatal mistake.":                                             true,
		"Stalin seems to be one of the few Soviet leaders to have understood this to a degree.": true,
		"These were never put into practice.":                                                   true,
		"That was the end of the matter.":                                                       true,
		"This, of course, was the point.":                                                       true,
		// Before a noun it names what it points at.
		"Pyzhikov attributes this democratic strain to Leningraders.": false,
		"Some of these venues were informal.":                         false,
		"This essay reports what the archives show.":                  false,
		// A clause of its own sentence may be what it points at.
		"Transcripts show that, though at times leaders did directly disagree with him, this occurred rarely.": false,
		// A dash joining two names, as a hyphen would, ends no clause.
		"The dilemma of the State -- Party contradiction followed from this.": true,
		"The Jivago -- Smith quarrel, in which both lost, came of this.":      false,
		// A clause commenting on the claim is no clause it can point at.
		"As any reader of this essay will realize, I believe this is of immense importance for our future.": true,
		"As we have seen, this was the point.":         true,
		"As Jivago points out above, these were rare.": true,
		// A clause of "as" saying what happened may be what it points at.
		"As the archives opened, this became clear.": false,
		// "That is," points at nothing before.
		"That is, the colonies elected their own assemblies.": false,
	} {
		if got := BareDemonstrative(text) >= 0; got != want {
			t.Errorf("BareDemonstrative(%q) >= 0 is %v, want %v", text, got, want)
		}
	}
}
