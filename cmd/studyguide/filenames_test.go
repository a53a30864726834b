package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/answer"
	"studyguide/internal/llm/llmtest"
)

// oddNames are corpus file names whose characters once made refs
// ambiguous or reached the terminal raw: spaces, commas, brackets, "¶"
// and an escape sequence.
var oddNames = map[string]string{
	"my reader.txt":               "my-reader",
	"notes, part [2] ¶ draft.txt": "notes-part-2-draft",
	"bell\x1b[31mred\x1b[0m.txt":  "bell-31mred-0m",
}

// oddCorpus writes a folder of three readings under odd names and returns
// its path.
func oddCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	// Each file holds the text a model's reply below cites it for; a map
	// would give them out in a different order each run.
	texts := map[string]string{
		"my reader.txt":               "The harvest failed in the valley because the river flooded the low fields in spring.",
		"notes, part [2] ¶ draft.txt": "Merchants raised the price of grain after the flood, and the town council fixed a limit.",
		"bell\x1b[31mred\x1b[0m.txt":  "The council's limit on grain prices was repealed within a year under pressure from merchants.",
	}
	for name := range oddNames {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(texts[name]+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestOddFileNamesAreCitedValidlyOffline asks a corpus of oddly named
// files a question offline: every citation checks out and names its file
// by its slug, and no escape sequence reaches the output.
func TestOddFileNamesAreCitedValidlyOffline(t *testing.T) {
	dir := oddCorpus(t)
	t.Setenv("STUDYGUIDE_INDEX_DIR", t.TempDir())
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	var out, errOut bytes.Buffer
	code := run([]string{"studyguide", "ask", "--json", "--corpus", dir, "Why did merchants raise the price of grain?"}, strings.NewReader(""), &out, &errOut)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var ans answer.Answer
	if err := json.Unmarshal(out.Bytes(), &ans); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if len(ans.Citations) == 0 || len(ans.InvalidCitations) > 0 {
		t.Fatalf("citations %+v, invalid %+v", ans.Citations, ans.InvalidCitations)
	}
	for _, c := range ans.Citations {
		if !c.Supported || !strings.HasPrefix(c.Ref, "notes-part-2-draft ¶") && !strings.HasPrefix(c.Ref, "my-reader ¶") && !strings.HasPrefix(c.Ref, "bell-31mred-0m ¶") {
			t.Errorf("citation %+v", c)
		}
	}
	if strings.ContainsRune(out.String()+errOut.String(), '\x1b') {
		t.Errorf("an escape sequence from a file name reached the output: %q", out.String())
	}
}

// TestOddFileNamesAreCitedValidlyByAModel has a model cite each file by its
// slug, and one by its name as written: all check out.
func TestOddFileNamesAreCitedValidlyByAModel(t *testing.T) {
	dir := oddCorpus(t)
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: `The author writes that “Merchants raised the price of grain after the flood” [notes-part-2-draft ¶1], ` +
		`that the river “flooded the low fields in spring” [my reader ¶1], and that the limit “was repealed within a year” [bell-31mred-0m ¶1].`})
	code, out, stderr := runAPI(t, s, nil, "ask", "--json", "-k", "3", "--corpus", dir, "What happened to grain prices after the flood?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var ans answer.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(ans.InvalidCitations) > 0 || len(ans.Citations) != 3 {
		t.Fatalf("citations %+v, invalid %+v", ans.Citations, ans.InvalidCitations)
	}
	for _, c := range ans.Citations {
		if !c.Supported {
			t.Errorf("citation %+v does not check out", c)
		}
	}
	user := s.Chats()[0].Messages[len(s.Chats()[0].Messages)-1].Content
	if strings.ContainsRune(user, '\x1b') || !strings.Contains(user, "[notes-part-2-draft ¶1]") {
		t.Errorf("the prompt does not label passages by slug, or holds an escape: %q", user)
	}
}
