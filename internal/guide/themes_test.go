package guide

import (
	"path/filepath"
	"testing"

	"studyguide/internal/essay"
)

// TestThemesThatWouldShareANameTakeTheirOwn names two blocks of
// questions that the text's weightiest idea would both name
// ("revolution, as ¶36 asks", "revolution, as ¶74 asks") by their own
// words.
func TestThemesThatWouldShareANameTakeTheirOwn(t *testing.T) {
	c, err := essay.Load(filepath.Join("..", "essay", "testdata", "texts", "goldman-kronstadt.md"))
	if err != nil {
		t.Fatal(err)
	}
	themes := []*Theme{
		{Name: "revolution", Questions: []*Question{{Text: "What country in Europe or America is prepared to interpret such revolutionary mottoes into life?"}}},
		{Name: "revolution", Questions: []*Question{{Text: "Shall that climax reverse the process of transvaluation, turn against it, betray it?"}}},
	}
	distinguish(c, themes)
	if themes[0].Name != "revolutionary mottoes" || themes[1].Name != "transvaluation" {
		t.Errorf("themes named %q and %q, want \"revolutionary mottoes\" and \"transvaluation\"", themes[0].Name, themes[1].Name)
	}
}
