package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"studyguide/internal/answer"
	"studyguide/internal/llm/llmtest"
)

// TestAskJSONHasNoEscapes: a model's escape sequences and C1 controls
// (CSI as one character, NEL) reach neither the JSON answer nor the
// terminal, and its quotation is still checked.
func TestAskJSONHasNoEscapes(t *testing.T) {
	text := "Grover Furr argues\x1b]0;pwned\x07 that Stalin \x1b[31m“was never \"all-powerful.\"”\x1b[0m [¶53]\u009b2J\u0085 He adds\u200b nothing\u202e more [¶53]."
	s := llmtest.New(t)
	s.Queue(llmtest.Reply{Text: text}, llmtest.Reply{Text: text})
	code, out, stderr := runAPI(t, s, nil, "ask", "--json", question)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var ans answer.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	checkClean(t, "the JSON answer", ans.Answer)
	checkClean(t, "stdout", out)
	if strings.ContainsAny(ans.Answer, "\u200b\u202e") || len(ans.Citations) == 0 || ans.Citations[0].Quote != `was never "all-powerful."` {
		t.Errorf("answer %q, citations %+v", ans.Answer, ans.Citations)
	}
	code, out, _ = runAPI(t, s, nil, "ask", question)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	checkClean(t, "the terminal", out)
}

// TestFileNamesReachNoTerminalRaw: a corpus file whose name holds escape
// sequences and control characters is named without them in every
// output: the Sources list, index, show, questions and JSON.
func TestFileNamesReachNoTerminalRaw(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "evil\x1b]0;pwned\x07\x1b[2J\u009b31m.txt"), "1. The Nile flooded every summer, and the pharaohs claimed the credit.\n\n2. Did the floods make the pharaohs powerful?\n")
	writeFile(t, filepath.Join(dir, "plain.txt"), "1. The scribes recorded every flood of the Nile.\n")
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Skip("this file system does not take such names")
	}
	for _, args := range [][]string{
		{"ask", "--corpus", dir, "Did the floods make the pharaohs powerful?"},
		{"ask", "--json", "--corpus", dir, "Did the floods make the pharaohs powerful?"},
		{"index", "--corpus", dir},
		{"questions", "--corpus", dir},
		{"guide", "--corpus", dir},
	} {
		code, out, stderr := runCLI(t, args...)
		if code != exitOK {
			t.Errorf("%q: exit %d: %s", args, code, stderr)
		}
		checkClean(t, strings.Join(args[:1], " ")+" stdout", out)
		checkClean(t, strings.Join(args[:1], " ")+" stderr", stderr)
		if strings.Contains(out+stderr, "pwned") && strings.Contains(out+stderr, "]0;") {
			t.Errorf("%q: an escape sequence's text survived: %q", args, out)
		}
	}
}
