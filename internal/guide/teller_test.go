package guide

import (
	"strings"
	"testing"
)

// TestStoryPromptsGiveWordsToWhoSpeaksThem builds Candide's guide: its
// prompts gave a character's words to the author ("... "this is what I
// was always taught by Mr. Pangloss ..."", then name the record that
// would decide between the author and the objector") and asked for
// readings "the author would accept". A story's prompts name the
// speaker, or the narrator, and what the story bears out.
func TestStoryPromptsGiveWordsToWhoSpeaksThem(t *testing.T) {
	g := textGuide(t, "candide.md")
	named := false
	for _, th := range g.Themes {
		for _, q := range th.Questions {
			for _, p := range append(append([]Prompt{}, q.Discussion...), q.Historian...) {
				if strings.Contains(p.Text, "the author would accept") || strings.Contains(p.Text, "between the author and") || strings.HasPrefix(p.Text, "The author ") {
					t.Errorf("a prompt gives the story to its author: %q", p.Text)
				}
				if strings.Contains(p.Text, "taught by Mr. Pangloss") && strings.Contains(p.Text, "between Candide and the objector") {
					named = true
				}
			}
		}
	}
	if !named {
		t.Error("no prompt gives Candide his own words")
	}
}

// TestTaggedSpeaker finds the name a speech tag gives, outside the
// quotation marks.
func TestTaggedSpeaker(t *testing.T) {
	for text, want := range map[string]string{
		`"You are right," said Candide; "this is what I was always taught."`:                                        "Candide",
		`"There can be no effect without a cause," modestly answered Candide; "the whole is arranged for the best.`: "Candide",
		`"Not at all," said he; "for I have never seen him."`:                                                       "",
		`Pangloss replied, "It is demonstrable."`:                                                                   "Pangloss",
		`"By Castor! if a man may swear a woman's oath," said another, "let us not lament."`:                        "",
	} {
		if got := taggedSpeaker(text); got != want {
			t.Errorf("taggedSpeaker(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestStoryCounterpointsAskTheStory builds Candide's guide: its
// counterpoints gave Pangloss's "Stones were made to be hewn ..." as "a
// view as others' rather than the author's" and asked of the narrator's
// "she clearly perceived the force of the Doctor's reasons" "which
// records, from whom, and from when?". A story keeps no records and its
// author never speaks in it: what weighs a view is what else it tells.
func TestStoryCounterpointsAskTheStory(t *testing.T) {
	g := textGuide(t, "candide.md")
	asked := false
	for _, th := range g.Themes {
		for _, q := range th.Questions {
			for _, p := range q.Historian {
				if strings.Contains(p.Text, "which records") || strings.Contains(p.Text, "rather than the author's") {
					t.Errorf("a counterpoint asks for a history's evidence of a story: %q", p.Text)
				}
				if strings.Contains(p.Text, "the story") {
					asked = true
				}
			}
		}
	}
	if !asked {
		t.Error("no historian's prompt asks what the story tells")
	}
}
