package prompts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltInTemplatesRender(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.Names(), " "); got != "answer.tmpl guide.tmpl rewrite.tmpl system.tmpl" {
		t.Errorf("templates = %s", got)
	}
	out, err := s.Render("answer.tmpl", map[string]any{
		"Question": "Was Stalin all-powerful?",
		"Passages": []map[string]string{{"Label": "[¶53]", "Text": "One point will strike almost every reader.", "Voice": "", "Quotes": ""}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "<passage label=\"[¶53]\">\nOne point will strike almost every reader.\n</passage>") {
		t.Errorf("answer prompt = %q", out)
	}
	if _, err := s.Render("answer.tmpl", map[string]any{"Question": "q"}); err == nil {
		t.Error("a missing field rendered without error")
	}
	if _, err := s.Render("nope.tmpl", nil); err == nil {
		t.Error("an unknown template rendered")
	}
}

func TestOverrides(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("system.tmpl", "Rules for {{.Title}}.")
	write("notes.txt", "not a template")
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if out, _ := s.Render("system.tmpl", map[string]any{"Title": "T", "Author": ""}); out != "Rules for T." {
		t.Errorf("override not used: %q", out)
	}

	write("sytem.tmpl", "typo")
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "sytem.tmpl replaces no template") {
		t.Errorf("misspelt override: err = %v", err)
	}
	os.Remove(filepath.Join(dir, "sytem.tmpl"))
	write("answer.tmpl", "{{.Question")
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "answer.tmpl")) {
		t.Errorf("broken override: err = %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing folder: err = %v", err)
	}
}
