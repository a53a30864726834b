package guide

import (
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestStoryThemeNamesWhomItFollows names a story's scenes that share
// none of its ideas by the person most of them follow: Candide's were
// "what Voltaire writes". Scenes that name no one person in half of
// them, and a story's that share an idea (the Narrative's
// "plantation"), keep their names.
func TestStoryThemeNamesWhomItFollows(t *testing.T) {
	g := textGuide(t, "candide.md")
	if len(g.Themes) != 1 || g.Themes[0].Name != "what happens to Candide" {
		t.Errorf("Candide's themes = %v, want one, \"what happens to Candide\"", themeNames(g))
	}
	if g := textGuide(t, "douglass-narrative.md"); len(g.Themes) != 1 || g.Themes[0].Name != "plantation" {
		t.Errorf("the Narrative's themes = %v, want \"plantation\"", themeNames(g))
	}
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "sherlock-holmes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(c, nil)
	scenes := func(texts ...string) []*Question {
		var qs []*Question
		for _, s := range texts {
			qs = append(qs, &Question{Text: s, Origin: Claim})
		}
		return qs
	}
	if got := b.followedPerson(scenes("Holmes laughed.", "The King took a heavy chamois leather bag from under his cloak and laid it on the table.", "Holmes dashed into the crowd to protect the lady; but just as he reached her he gave a cry and dropped to the ground, with the blood running freely down his face.")); got != "Holmes" {
		t.Errorf("followedPerson of two scenes of Holmes's in three = %q, want Holmes", got)
	}
	if got := b.followedPerson(scenes("Holmes laughed.", "The King took a heavy chamois leather bag from under his cloak and laid it on the table.", "The door of Briony Lodge was open, and an elderly woman stood upon the steps.")); got != "" {
		t.Errorf("followedPerson of three scenes that share no one = %q, want none", got)
	}
}

// themeNames lists a guide's themes' names.
func themeNames(g *Guide) []string {
	var out []string
	for _, th := range g.Themes {
		out = append(out, th.Name)
	}
	return out
}

// TestStoryPromptsAskForTheStorysWords asks a story's class to explain a
// scene in the story's words: the Narrative's Create prompt asked them
// to "weigh this scene using the author's terms ‘plantation’ and
// ‘slavery’", though a story has characters and events, not terms. An
// argument's prompt still asks for its author's terms.
func TestStoryPromptsAskForTheStorysWords(t *testing.T) {
	for name, want := range map[string]string{
		"douglass-narrative.md": "explains this scene using the story's words ‘",
		"douglass-lynched.md":   "using the author's terms ‘",
	} {
		g := textGuide(t, name)
		found := false
		for _, q := range g.Questions() {
			for _, p := range q.Discussion {
				found = found || strings.Contains(p.Text, want)
				if name == "douglass-narrative.md" && strings.Contains(p.Text, "author's terms") {
					t.Errorf("%s: a scene's prompt asks for the author's terms: %q", name, p.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s: no prompt says %q", name, want)
		}
	}
}
