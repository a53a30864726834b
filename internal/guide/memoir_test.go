package guide

import (
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestMemoirsAreToldAsStories reads which texts are first-person
// narratives of events, and builds the Narrative's guide: Douglass's
// memoir was "built from the text's central claims", each section
// "Claim 1.1", with prompts to "sort the evidence for this claim into
// claims and the reasons given for them" and a debate card on whether
// "the claim holds". An argument in the first person, a history told in
// the third and a story in dialogue are not memoirs.
func TestMemoirsAreToldAsStories(t *testing.T) {
	for name, want := range map[string]bool{
		"douglass-narrative.md": true,
		"civil-disobedience.md": false, "thucydides-archaeology.md": false, "goldman-kronstadt.md": false,
		"on-liberty.txt": false, "douglass-lynched.md": false, "woman-suffrage.txt": false, "candide.md": false,
		"lincoln-cooper-union.txt": false, "gibbon-general-observations.md": false, "mahan-sea-power.md": false,
	} {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := tellsOwnStory(c); got != want {
			t.Errorf("tellsOwnStory(%s) = %v, want %v", name, got, want)
		}
	}
	g := textGuide(t, "douglass-narrative.md")
	if !g.Voice.Narrates() || g.Voice.Claim() != "scene" {
		t.Fatalf("the Narrative reads as %q, its sections as %q", g.Voice.Kind, g.Voice.Claim())
	}
	for _, q := range g.Questions() {
		for _, p := range q.Discussion {
			for _, bad := range []string{"into claims and the reasons", "does the claim hold", "before accepting this"} {
				if strings.Contains(p.Text, bad) {
					t.Errorf("%q asks %q of a scene of a memoir", p.Text, bad)
				}
			}
		}
	}
}

// TestFocusQuestionKeepsAParticiplesPhrase puts claims that open on a
// participle's phrase as the plan's focus question: Woman Suffrage's
// read "Does the text show that knowing that women must have more to
// complain of ...?". A claim that opens on its subject, a gerund or a
// word in "-ing" that is no participle still reads "Does the text show
// that ...".
func TestFocusQuestionKeepsAParticiplesPhrase(t *testing.T) {
	for _, c := range []struct {
		claim  string
		quoted bool
	}{
		// Woman Suffrage, ch. 4.
		{"Knowing that women must have more to complain of than men under any circumstances possibly could, and seeing the Fathers had eighteen grievances, a protracted search was made through statute books, church usages, and the customs of society to find that exact number.", true},
		// Tolstoy, the second epilogue.
		{"Having in theory rejected the view held by the ancients, it still follows them in practice.", true},
		// Locke and the Federalist.
		{"Nothing can make any man so, but his actually entering into it by positive engagement, and express promise and compact.", false},
		{"Nothing is more certain than the indispensable necessity of government, and it is equally undeniable, that whenever and however it is instituted, the people must cede to it some of their natural rights in order to vest it with requisite powers.", false},
		{"Teaching is the surest road to learning.", false},
	} {
		got := askOf(Voice{}, &Question{Text: c.claim, Origin: Claim})
		if q := strings.HasPrefix(got, "Does the text bear out the claim “"); q != c.quoted {
			t.Errorf("askOf(%.40q...) = %q", c.claim, got)
		}
	}
}
