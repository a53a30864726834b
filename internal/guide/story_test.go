package guide

import (
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestStoriesAreToldByTheirNarrator reads which texts tell a story in
// dialogue, and builds two guides: Candide's and The Scandal in
// Bohemia's check questions asked "According to the author, who sprang
// from his chair ...?", where the narrator tells what happened. An
// argument and a history keep "the author"; a memoir, which tags little
// speech, is read as a story by tellsOwnStory instead.
func TestStoriesAreToldByTheirNarrator(t *testing.T) {
	for name, want := range map[string]bool{
		"candide.md": true, "sherlock-holmes.txt": true, "ben-hur.md": true,
		"on-liberty.txt": false, "acton-study-of-history.md": false, "thucydides-archaeology.md": false,
		"douglass-narrative.md": false, "civil-disobedience.md": false, "turner-frontier.md": false,
	} {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := tellsStory(c); got != want {
			t.Errorf("tellsStory(%s) = %v, want %v", name, got, want)
		}
	}
	for _, name := range []string{"candide.md", "sherlock-holmes.txt"} {
		g := textGuide(t, name)
		if len(g.Check) == 0 {
			t.Fatalf("%s: no check questions", name)
		}
		for _, k := range g.Check {
			if strings.Contains(k.Question, "author") {
				t.Errorf("%s: %q gives the author the narrator's account", name, k.Question)
			}
		}
		if g.Caveat() != "" {
			t.Errorf("%s: a story is cautioned as an argument: %q", name, g.Caveat())
		}
	}
	if got := unframed("In the story, who fled quickly to another village?"); got != "Who fled quickly to another village?" {
		t.Errorf("unframed = %q", got)
	}
}

// TestStorySourcingAsksWhatTheNarratorKnows builds the guides of three
// stories: their sourcing prompts asked what "the author" could have
// known of his own characters, and Ben-Hur's "whose records, from when,
// kept where?". They now ask who tells what happens and what that
// teller could have seen or heard.
func TestStorySourcingAsksWhatTheNarratorKnows(t *testing.T) {
	for _, name := range []string{"candide.md", "sherlock-holmes.txt", "ben-hur.md"} {
		g := textGuide(t, name)
		n := 0
		for _, th := range g.Themes {
			for _, q := range th.Questions {
				for _, p := range q.Historian {
					if p.Level != Sourcing {
						continue
					}
					n++
					for _, bad := range []string{"could the author", "the author have known", "whose records", "Miss Cunegonde, Cunegonde"} {
						if strings.Contains(p.Text, bad) {
							t.Errorf("%s: %q asks %q of a story", name, p.Text, bad)
						}
					}
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no sourcing prompt", name)
		}
	}
}
