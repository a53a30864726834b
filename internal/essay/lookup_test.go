package essay

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLookupAllReadsSeveralRefs(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"¶53":                 "¶53",
		"¶53 ¶54":             "¶53 ¶54",
		"note 15, ¶56":        "note 15 ¶56",
		"56 57 n12":           "¶56 ¶57 note 12",
		"note 12 note 11 ¶ 5": "", // ¶5 is not in the essay
	}
	for in, want := range tests {
		ps, err := c.LookupAll(in)
		if want == "" {
			if err == nil || !strings.Contains(err.Error(), "no passage ¶5 ") {
				t.Errorf("LookupAll(%q) error = %v, want it to name ¶5", in, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("LookupAll(%q): %v", in, err)
			continue
		}
		var got []string
		for _, p := range ps {
			got = append(got, p.Ref.String())
		}
		if strings.Join(got, " ") != want {
			t.Errorf("LookupAll(%q) = %v, want %s", in, got, want)
		}
	}
}

func TestLookupAllKeepsSourcesWithSpaces(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"my reader.txt": "1. First of the reader.\n\n2. Second of the reader.\n",
		"other.txt":     "1. First of the other.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := c.LookupAll("my reader ¶2 other ¶1")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || !strings.Contains(ps[0].Text(), "Second of the reader") || !strings.Contains(ps[1].Text(), "First of the other") {
		t.Errorf("LookupAll read %d passages: %v", len(ps), ps)
	}
	if _, err := c.LookupAll("my reader ¶2 other ¶7"); err == nil || !strings.Contains(err.Error(), "no passage other ¶7") {
		t.Errorf("a ref the corpus lacks: error = %v, want it named", err)
	}
}
