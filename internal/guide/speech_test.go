package guide

import (
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/essay"
)

// TestSpeechesAreToldFromTheirOwnSigns reads the texts' forms: Lincoln's
// Cooper Union address opens on its hearers ("MR. PRESIDENT AND
// FELLOW-CITIZENS OF NEW YORK:--") under a heading calling it a speech;
// the Federalist says "my fellow-citizens" on its way but is a paper,
// and the essays, the law and the history are none.
func TestSpeechesAreToldFromTheirOwnSigns(t *testing.T) {
	for name, want := range map[string]bool{
		"lincoln-cooper-union.txt": true,
		"federalist.md":            false,
		"douglass-lynched.md":      false,
		"civil-disobedience.md":    false,
		"amendments.md":            false,
		"woman-suffrage.txt":       false,
		"turner-frontier.md":       false,
	} {
		c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := speaks(c); got != want {
			t.Errorf("speaks(%s) = %v, want %v", name, got, want)
		}
	}
	c, err := essay.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if speaks(c) {
		t.Error("the essay reads as a speech")
	}
}

// TestSpeechGuideHasASpeaker builds the Cooper Union address's guide: its
// prompts, check questions and answer key speak of the speaker and the
// listener, never of an author who writes for a reader ("What could the
// author have known of that example ...? Would a reader of the time
// ..."), and a prompt asks whom the speech's "you" stands for.
func TestSpeechGuideHasASpeaker(t *testing.T) {
	g := textGuide(t, "lincoln-cooper-union.txt")
	if g.Voice.Kind != essay.KindSpeech {
		t.Fatalf("the address reads as %q, want a speech", g.Voice.Kind)
	}
	var texts []string
	for _, q := range g.Questions() {
		for _, p := range append(q.Discussion, q.Historian...) {
			texts = append(texts, p.Text)
		}
	}
	for _, k := range g.Check {
		texts = append(texts, k.Question)
	}
	texts = append(texts, g.Plan.Disagree...)
	for _, s := range g.Plan.Steps {
		texts = append(texts, s.Activity)
	}
	speaker, audience := 0, 0
	for _, s := range texts {
		if strings.Contains(s, "Whom does that “you” stand for") {
			audience++
		}
		if strings.Contains(s, "the author") || strings.Contains(s, "a reader of") {
			t.Errorf("the speech's guide says %q", s)
		}
		if strings.Contains(s, "the speaker") {
			speaker++
		}
	}
	if speaker == 0 {
		t.Error("the speech's guide never names the speaker")
	}
	// The speaker turns from the hall to the South: "that fault is
	// primarily yours". The guide asks whom "you" stands for.
	if audience == 0 {
		t.Error("the speech's guide never asks whom its \"you\" stands for")
	}
	if got := g.Voice.KeyedBy(); got != "The speaker says" {
		t.Errorf("the answer key opens %q, want \"The speaker says\"", got)
	}
}
